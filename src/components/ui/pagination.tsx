"use client";
/**
 * Previous / next through a server-paginated list, with where we are in words. A list that
 * fits on its first page shows nothing: there is nowhere to go.
 */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

type Props = { page: number; pageSize: number; total: number; onPage: (page: number) => void };

export function Pagination({ page, pageSize, total, onPage }: Props) {
  const t = useTranslations("pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize && page === 1) return null;
  const from = Math.min(total, (page - 1) * pageSize + 1);
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-gray-600" aria-live="polite">
        {t("range", { from, to, total })}
      </p>
      <div className="flex items-center gap-2">
        <span className="text-gray-600">{t("page", { page, pages })}</span>
        <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t("previous")}
        </Button>
        <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t("next")}
        </Button>
      </div>
    </nav>
  );
}
