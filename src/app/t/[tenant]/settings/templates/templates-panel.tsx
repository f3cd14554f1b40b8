"use client";
/**
 * Settings → Templates: the tenant's installation templates (DESIGN §3), in use or archived.
 * Everyone reads and exports them; managers and admins create, import, duplicate, choose
 * defaults and archive. Designing one happens in the builder, each name's link.
 */
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useUrlState } from "@/components/use-url-state";
import { useTRPC } from "@/trpc/client";
import { ImportDialog } from "./import-dialog";
import { NewTemplateDialog } from "./new-template-dialog";
import { TemplatesTable } from "./templates-table";
import type { Outcome } from "./types";
import { Problem } from "@/components/problem";

const VIEWS = ["active", "archived"] as const;

export function TemplatesPanel({ slug, canDesign }: { slug: string; canDesign: boolean }) {
  const t = useTranslations("templates");
  const trpc = useTRPC();
  const url = useUrlState();
  const archived = url.get("view") === "archived";
  const list = useQuery(trpc.templates.list.queryOptions({ archived }));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dialog, setDialog] = useState<"new" | "import" | null>(null);

  return (
    <section aria-labelledby="templates-heading" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="max-w-2xl">
          <h2 id="templates-heading" className="text-lg font-semibold">
            {t("title")}
          </h2>
          <p className="text-sm text-gray-600">{t("intro")}</p>
          {!canDesign && <p className="mt-1 text-sm text-gray-600">{t("readOnly")}</p>}
        </div>
        {canDesign && (
          <div className="flex gap-2">
            <Button variant="secondary" onClick={() => setDialog("import")}>
              {t("import")}
            </Button>
            <Button onClick={() => setDialog("new")}>{t("newTemplate")}</Button>
          </div>
        )}
      </div>
      <div role="group" aria-label={t("views.label")} className="inline-flex rounded-md border border-gray-300 bg-white p-0.5">
        {VIEWS.map((view) => {
          const on = (view === "archived") === archived;
          return (
            <button
              key={view}
              type="button"
              aria-pressed={on}
              onClick={() => {
                setOutcome(null);
                url.set({ view: view === "archived" ? view : null });
              }}
              className={`rounded px-3 py-1 text-sm font-medium ${on ? "bg-gray-900 text-white" : "text-gray-700 hover:bg-gray-100"}`}
            >
              {t(`views.${view}`)}
            </button>
          );
        })}
      </div>
      {outcome && (
        <Notice tone={outcome.tone}>
          {outcome.text}
          {outcome.link && (
            <>
              {" "}
              <Link href={outcome.link.href} className="font-medium underline">
                {outcome.link.label}
              </Link>
            </>
          )}
        </Notice>
      )}
      {list.isPending ? (
        <p role="status" className="text-sm text-gray-500">{t("loading")}</p>
      ) : list.error ? (
        <Problem error={list.error} />
      ) : list.data.length === 0 ? (
        <EmptyLibrary archived={archived} canDesign={canDesign} onNew={() => setDialog("new")} onImport={() => setDialog("import")} />
      ) : (
        <TemplatesTable slug={slug} templates={list.data} canDesign={canDesign} onOutcome={setOutcome} />
      )}
      {canDesign && (
        <>
          <NewTemplateDialog slug={slug} open={dialog === "new"} onClose={() => setDialog(null)} />
          <ImportDialog slug={slug} open={dialog === "import"} onClose={() => setDialog(null)} />
        </>
      )}
    </section>
  );
}

function EmptyLibrary({ archived, canDesign, onNew, onImport }: { archived: boolean; canDesign: boolean; onNew: () => void; onImport: () => void }) {
  const t = useTranslations("templates.empty");
  const tt = useTranslations("templates");
  const body = archived ? t("archivedBody") : canDesign ? t("activeBody") : t("activeReadOnly");
  return (
    <div className="rounded-lg border border-dashed border-gray-300 bg-white p-10 text-center">
      <h3 className="text-base font-semibold">{archived ? t("archivedTitle") : t("activeTitle")}</h3>
      <p className="mx-auto mt-1 max-w-lg text-sm text-gray-600">{body}</p>
      {!archived && canDesign && (
        <div className="mt-5 flex justify-center gap-3">
          <Button onClick={onNew}>{tt("newTemplate")}</Button>
          <Button variant="secondary" onClick={onImport}>
            {tt("import")}
          </Button>
        </div>
      )}
    </div>
  );
}
