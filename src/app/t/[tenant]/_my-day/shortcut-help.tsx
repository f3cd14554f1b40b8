"use client";
/** The keyboard shortcuts of My day, always one key away ("?") and visible on demand. */
import { useTranslations } from "next-intl";

const KEYS = ["j", "k", "x", "n", "s", "b", "m", "?"] as const;

export function ShortcutHelp({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const t = useTranslations("myDay.keys");
  return (
    <div className="relative">
      <button type="button" onClick={onToggle} aria-expanded={open} className="rounded-md px-2 py-1 text-sm text-gray-600 hover:bg-gray-100">
        {t("toggle")}
      </button>
      {open && (
        <dl className="absolute right-0 z-10 mt-1 w-72 space-y-1 rounded-md border border-gray-200 bg-white p-3 text-sm shadow-lg">
          {KEYS.map((k) => (
            <div key={k} className="flex gap-3">
              <dt>
                <kbd className="rounded border border-gray-300 bg-gray-50 px-1.5 font-mono text-xs">{k}</kbd>
              </dt>
              <dd className="text-gray-700">{t(k === "?" ? "help" : k)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
