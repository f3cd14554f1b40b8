"use client";
/**
 * A button that copies a value to the clipboard and says so, for values people paste into
 * another system (a redirect URI, a DNS record). Where the browser refuses (no clipboard
 * outside a secure context), it says to copy by hand: the value is always shown beside it.
 */
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "./button";

export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useTranslations("copy");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="secondary" className="px-2.5 py-1 text-xs" aria-label={label} onClick={copy}>
        {state === "copied" ? t("copied") : t("copy")}
      </Button>
      <span role="status" className={state === "failed" ? "text-xs text-red-700" : "sr-only"}>
        {state === "copied" ? t("copied") : state === "failed" ? t("failed") : ""}
      </span>
    </span>
  );
}
