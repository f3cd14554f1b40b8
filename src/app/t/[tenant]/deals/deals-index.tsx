"use client";
/** /deals: the pipeline board, or with ?view=list the filtered list; owner filter shared. */
import { ownerParam, useUrlState } from "@/components/use-url-state";
import { PipelineBoard } from "./_board/pipeline-board";
import { DealsNav } from "./_components/deals-nav";
import { OwnerFilter } from "./_components/owner-filter";
import { useTenantCurrency } from "./_components/use-currency";
import { DealsList } from "./_list/deals-list";
import { ListFilters } from "./_list/list-filters";

export function DealsIndex({ slug, canWrite, fallbackCurrency }: { slug: string; canWrite: boolean; fallbackCurrency: string }) {
  const url = useUrlState();
  const view = url.get("view") === "list" ? "list" : "board";
  const ownerId = ownerParam(url.get("owner"));
  const currency = useTenantCurrency(fallbackCurrency);
  return (
    <div className="space-y-6">
      <DealsNav slug={slug} view={view} canWrite={canWrite}>
        <OwnerFilter resetPage={view === "list"} />
        {view === "list" && <ListFilters />}
      </DealsNav>
      {view === "list" ? <DealsList slug={slug} ownerId={ownerId} currency={currency} /> : <PipelineBoard slug={slug} ownerId={ownerId} canWrite={canWrite} currency={currency} />}
    </div>
  );
}
