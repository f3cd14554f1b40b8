/** Where the person is in the import: file, columns, check, done. */
import { useTranslations } from "next-intl";

const STEPS = ["file", "columns", "check", "done"] as const;

export function Steps({ current }: { current: (typeof STEPS)[number] }) {
  const t = useTranslations("accounts.import.steps");
  const at = STEPS.indexOf(current);
  return (
    <ol className="flex flex-wrap gap-2 text-sm" aria-label={t("label")}>
      {STEPS.map((s, i) => (
        <li
          key={s}
          aria-current={i === at ? "step" : undefined}
          className={`flex items-center gap-2 rounded-full px-3 py-1 ${i === at ? "bg-gray-900 text-white" : i < at ? "bg-green-50 text-green-900" : "bg-gray-100 text-gray-500"}`}
        >
          <span className="tabular-nums">{i + 1}.</span>
          {t(s)}
        </li>
      ))}
    </ol>
  );
}
