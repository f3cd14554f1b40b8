"use client";
/** Step 4: what the import wrote, and the way back to the accounts. */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useAccounts } from "../_components/context";
import type { ImportSummary } from "../_components/types";

export function DoneStep({ result, onAgain, onDownloadRejected }: { result: ImportSummary; onAgain: () => void; onDownloadRejected: () => void }) {
  const t = useTranslations("accounts.import");
  const { slug } = useAccounts();
  const nothingNew = result.accountsCreated + result.accountsMerged + result.contactsCreated + result.contactsMerged === 0;
  return (
    <section aria-labelledby="done-heading" className="space-y-4">
      <Notice tone="success" title={t("doneTitle")}>
        <ul className="list-inside list-disc space-y-0.5">
          {nothingNew && <li>{t("nothingNew")}</li>}
          <li>{t("accountsCreated", { count: result.accountsCreated })}</li>
          {result.accountsMerged > 0 && <li>{t("accountsMatched", { count: result.accountsMerged })}</li>}
          <li>{t("contactsCreated", { count: result.contactsCreated })}</li>
          {result.contactsMerged > 0 && <li>{t("contactsMerged", { count: result.contactsMerged })}</li>}
          {result.skipped > 0 && <li>{t("duplicatesSkipped", { count: result.skipped })}</li>}
          {result.rejected > 0 && <li>{t("rowsSkipped", { count: result.rejected })}</li>}
        </ul>
      </Notice>
      <h2 id="done-heading" className="sr-only">
        {t("doneTitle")}
      </h2>
      <div className="flex gap-2">
        <Link href={`/t/${slug}/accounts`} className="inline-flex items-center rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:opacity-90">
          {t("toAccounts")}
        </Link>
        {result.rejected > 0 && (
          <Button variant="secondary" onClick={onDownloadRejected}>
            {t("downloadRejected")}
          </Button>
        )}
        <Button variant="secondary" onClick={onAgain}>
          {t("again")}
        </Button>
      </div>
    </section>
  );
}
