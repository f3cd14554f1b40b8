"use client";
/**
 * The list's search: typed text reaches the URL (and so the server) 250 ms after the last
 * keystroke, so typing a name is one query rather than one per letter — or at once when the box
 * loses focus: a click on a result must not be undone by the search landing after it.
 */
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useState } from "react";

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
  const send = useCallback(() => {
    const q = text.trim();
    if (q === sent) return;
    setSent(q);
    onSearch(q);
  }, [text, sent, onSearch]);
  useEffect(() => {
    const timer = setTimeout(send, 250);
    return () => clearTimeout(timer);
  }, [send]);
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
        onBlur={send}
        placeholder={t("searchPlaceholder")}
        autoComplete="off"
        className="block w-full rounded-md border border-gray-300 px-3 py-2 text-sm shadow-sm"
      />
    </div>
  );
}
