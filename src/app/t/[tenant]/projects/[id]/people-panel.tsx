"use client";
/** The project's people by role; handing a role to someone else moves its open actions to them. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Problem } from "@/components/problem";
import { useRoleLabel } from "@/components/use-role-label";
import { useTRPC } from "@/trpc/client";
import type { ProjectDetail } from "./project-view";

export function PeoplePanel({ project, canSteer }: { project: ProjectDetail; canSteer: boolean }) {
  const t = useTranslations("projects.people");
  const role = useRoleLabel();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reassign = useMutation(trpc.projects.reassign.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.projects.pathKey() }) }));
  return (
    <section aria-labelledby="people-title" className="space-y-3 rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="people-title" className="font-semibold">
        {t("title")}
      </h2>
      {project.people.length === 0 ? (
        <p className="text-sm text-gray-600">{t("empty")}</p>
      ) : (
        <dl className="space-y-3 text-sm">
          {project.people.map((p) => (
            <div key={p.role} className="space-y-1">
              <dt className="text-gray-500">{role(p.role)}</dt>
              <dd>
                {canSteer && p.candidates.length > 1 ? (
                  <select
                    aria-label={t("reassign", { role: role(p.role) })}
                    className="w-full rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm"
                    value={p.member.id}
                    disabled={reassign.isPending}
                    onChange={(e) => reassign.mutate({ id: project.id, role: p.role, membershipId: e.target.value })}
                  >
                    {p.candidates.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                ) : (
                  <span className="font-medium">{p.member.name}</span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {canSteer && <p className="text-xs text-gray-500">{t("hint")}</p>}
      {reassign.error && <Problem error={reassign.error} />}
    </section>
  );
}
