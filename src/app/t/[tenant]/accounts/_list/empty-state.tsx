"use client";
/**
 * An empty list says why: a workspace with no accounts yet gets a way to start (create one,
 * or import a spreadsheet); a search that matched nothing gets a way back.
 */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useAccounts } from "../_components/context";

type Props = { kind: "none" | "noMatch" | "pageBeyond"; onNew: () => void; onClear: () => void; onFirstPage: () => void };

export function EmptyState({ kind, onNew, onClear, onFirstPage }: Props) {
  const t = useTranslations("accounts.empty");
  const { slug, canWrite } = useAccounts();
  return (
    <section aria-labelledby="accounts-empty" className="rounded-lg border border-dashed border-gray-300 bg-white p-10 text-center">
      <h2 id="accounts-empty" className="text-base font-semibold">
        {t(`${kind}Title`)}
      </h2>
      <p className="mx-auto mt-1 max-w-lg text-sm text-gray-600">{kind === "none" && !canWrite ? t("noneReadOnly") : t(`${kind}Body`)}</p>
      <div className="mt-5 flex justify-center gap-3">
        {kind === "none" && canWrite && (
          <>
            <Button onClick={onNew}>{t("newAccount")}</Button>
            <Link href={`/t/${slug}/accounts/import`} className="inline-flex items-center rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50">
              {t("importCsv")}
            </Link>
          </>
        )}
        {kind === "noMatch" && (
          <Button variant="secondary" onClick={onClear}>
            {t("clearFilters")}
          </Button>
        )}
        {kind === "pageBeyond" && (
          <Button variant="secondary" onClick={onFirstPage}>
            {t("firstPage")}
          </Button>
        )}
      </div>
    </section>
  );
}
