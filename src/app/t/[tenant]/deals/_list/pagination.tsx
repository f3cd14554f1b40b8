"use client";
/** Previous / next through a server-paginated list, with where we are in words. */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function Pagination({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const t = useTranslations("deals");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize && page === 1) return null;
  const from = Math.min(total, (page - 1) * pageSize + 1);
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label={t("pagination.label")} className="flex items-center justify-between gap-3 text-sm">
      <p className="text-gray-600" aria-live="polite">
        {t("pagination.range", { from, to, total })}
      </p>
      <div className="flex gap-2">
        <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t("pagination.previous")}
        </Button>
        <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t("pagination.next")}
        </Button>
      </div>
    </nav>
  );
}
