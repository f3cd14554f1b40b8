"use client";
/**
 * The list's search: typed text reaches the URL (and so the server) 250 ms after the last
 * keystroke, so typing a name is one query rather than one per letter.
 */
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";

export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const t = useTranslations("accounts.list");
  const id = useId();
  const [text, setText] = useState(value);
  /** The last search this box sent, to tell its own URL changes from others'. */
  const [sent, setSent] = useState(value);
  // Follow the URL when something else changes it ("Clear filters", the back button), but not
  // when it catches up with what this box sent while the person kept typing.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) {
      setText(value);
      setSent(value);
    }
  }
  useEffect(() => {
    const q = text.trim();
    if (q === sent) return;
    const timer = setTimeout(() => {
      setSent(q);
      onSearch(q);
    }, 250);
    return () => clearTimeout(timer);
  }, [text, sent, onSearch]);
  return (
    <div className="min-w-64 flex-1 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-gray-800">
        {t("search")}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t("searchPlaceholder")}
        autoComplete="off"
        className="block w-full rounded-md border border-gray-300 px-3 py-2 text-sm shadow-sm"
      />
    </div>
  );
}
