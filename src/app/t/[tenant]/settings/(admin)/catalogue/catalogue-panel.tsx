"use client";
/** Settings → Catalogue & pipeline: the service types the tenant sells, and its win probabilities. */
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useTRPC } from "@/trpc/client";
import { ProbabilitiesForm } from "./probabilities-form";
import { ServiceTypeForm } from "./service-type-form";
import { ServiceTypeTable } from "./service-type-table";
import { Problem } from "@/components/problem";

export function CataloguePanel() {
  const t = useTranslations("deals.catalogue");
  const trpc = useTRPC();
  const types = useQuery(trpc.catalogue.list.queryOptions());
  // null: no form; "new": creating; an id: editing that type.
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const current = editing && editing !== "new" ? types.data?.find((s) => s.id === editing) : undefined;
  return (
    <div className="space-y-8">
      <section aria-labelledby="types-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h2 id="types-heading" className="text-lg font-semibold">
              {t("typesTitle")}
            </h2>
            <p className="text-sm text-gray-600">{t("typesIntro")}</p>
          </div>
          {editing === null && (
            <Button onClick={() => { setEditing("new"); setSaved(null); }}>
              {t("newType")}
            </Button>
          )}
        </div>
        {saved && <Notice tone="success">{t("saved", { name: saved })}</Notice>}
        {editing !== null && (editing === "new" || current) && (
          <ServiceTypeForm
            key={editing}
            type={current ?? null}
            currencies={[...new Set(types.data?.map((s) => s.currency) ?? [])]}
            onSaved={(name) => {
              setEditing(null);
              setSaved(name);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
        {types.isPending ? (
          <p role="status" className="text-sm text-gray-500">{t("loading")}</p>
        ) : types.error ? (
          <Problem error={types.error} />
        ) : types.data.length === 0 ? (
          <p className="rounded-lg border border-dashed border-gray-300 bg-white p-6 text-center text-sm text-gray-600">{t("noTypes")}</p>
        ) : (
          <ServiceTypeTable types={types.data} editingId={editing} onEdit={(id) => { setEditing(id); setSaved(null); }} />
        )}
      </section>
      <ProbabilitiesForm />
    </div>
  );
}
