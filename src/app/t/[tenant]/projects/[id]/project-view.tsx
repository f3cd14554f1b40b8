"use client";
/**
 * The project page (DESIGN §5): the header, the phases as a timeline with their actions, the
 * people by role, the captured dates, documents and the activity log. It follows the cascade
 * live: an action completed elsewhere, or one the worker just made available, shows at once.
 */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Problem } from "@/components/problem";
import type { RouterOutputs } from "@/components/router-types";
import { useTRPC } from "@/trpc/client";
import { useLiveChanges } from "@/trpc/use-live-changes";
import { CapturedDates } from "./captured-dates";
import { DocumentsPanel } from "./documents-panel";
import { PeoplePanel } from "./people-panel";
import { PhaseTimeline } from "./phase-timeline";
import { ProjectActivity } from "./project-activity";
import { ProjectHeader } from "./project-header";

export type ProjectDetail = RouterOutputs["projects"]["get"];
export type Access = { work: boolean; steer: boolean; skip: boolean };

export function ProjectView({ id, access }: { id: string; access: Access }) {
  const t = useTranslations("projects");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.projects.get.queryOptions({ id }));
  useLiveChanges({ projectId: id }, () => void queryClient.invalidateQueries({ queryKey: trpc.projects.get.queryKey({ id }) }));
  if (query.isPending) return <p role="status" className="text-sm text-gray-500">{t("loading")}</p>;
  if (query.error) return <Problem error={query.error} />;
  const project = query.data;
  const running = project.status === "ACTIVE";
  return (
    <div className="max-w-6xl space-y-6">
      <ProjectHeader project={project} canSteer={access.steer} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <PhaseTimeline project={project} canWork={access.work && running} canSkip={access.skip && running} />
        <div className="space-y-6">
          <PeoplePanel project={project} canSteer={access.steer && running} />
          <CapturedDates project={project} canSteer={access.steer && running} />
          <DocumentsPanel projectId={project.id} canEdit={access.work} />
        </div>
      </div>
      <ProjectActivity project={project} />
    </div>
  );
}
