/**
 * Telling the people looking at a project that it changed (live refresh, src/server/live):
 * once the unit of work has committed — a browser that refetches before would read the old
 * state — the project and the members whose My day it touched are published.
 */
import type { TenantDb } from "@/server/db/tenant";
import { publishChange } from "@/server/live/changes";

export function announceChange(db: TenantDb, projectId: string, membershipIds: readonly (string | null)[]): void {
  const members = [...new Set(membershipIds.filter((id): id is string => id !== null))];
  const tenantId = db.tenantId;
  db.afterCommit(() => publishChange({ tenantId, projectIds: [projectId], membershipIds: members, at: Date.now() }));
}
