/**
 * The projects list (minimal until the deployments dashboard): each project with its
 * customer, service, status, current phase, progress and target go-live, in one statement.
 */
import { Prisma } from "@/generated/prisma/client";
import type { TenantDb } from "@/server/db/tenant";
import type { ProjectStatus } from "./engine/state";
import { isoOrNull } from "./project-state";

export type ProjectListQuery = { status: ProjectStatus | null; accountId?: string | null };

type Row = {
  id: string; name: string; status: ProjectStatus; targetGoLive: Date; goLiveDate: Date | null;
  accountId: string; accountName: string; serviceTypeName: string; currentPhase: string | null; done: number; total: number;
};

export async function listProjects(db: TenantDb, q: ProjectListQuery) {
  const rows = await db.$queryRaw<Row[]>`
    SELECT p.id, p.name, p.status, p."targetGoLive", p."goLiveDate", acc.id AS "accountId", acc.name AS "accountName", st.name AS "serviceTypeName",
           (SELECT ph.name FROM "ProjectPhase" ph WHERE ph."tenantId" = p."tenantId" AND ph."projectId" = p.id AND ph.status = 'ACTIVE' ORDER BY ph.position LIMIT 1) AS "currentPhase",
           (SELECT count(*) FILTER (WHERE a.status IN ('DONE', 'SKIPPED')) FROM "Action" a WHERE a."tenantId" = p."tenantId" AND a."projectId" = p.id)::int AS done,
           (SELECT count(*) FROM "Action" a WHERE a."tenantId" = p."tenantId" AND a."projectId" = p.id)::int AS total
    FROM "Project" p
    JOIN "Account" acc ON acc."tenantId" = p."tenantId" AND acc.id = p."accountId"
    JOIN "ServiceLine" sl ON sl."tenantId" = p."tenantId" AND sl.id = p."serviceLineId"
    JOIN "ServiceType" st ON st."tenantId" = sl."tenantId" AND st.id = sl."serviceTypeId"
    WHERE p."tenantId" = ${db.tenantId}::uuid
      ${q.status ? Prisma.sql`AND p.status = ${q.status}::"ProjectStatus"` : Prisma.empty}
      ${q.accountId ? Prisma.sql`AND p."accountId" = ${q.accountId}::uuid` : Prisma.empty}
    ORDER BY p."targetGoLive", p.name, p.id
    LIMIT 500`;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    status: r.status,
    account: { id: r.accountId, name: r.accountName },
    serviceTypeName: r.serviceTypeName,
    currentPhase: r.currentPhase,
    progress: { done: r.done, total: r.total },
    targetGoLive: isoOrNull(r.targetGoLive),
    goLiveDate: isoOrNull(r.goLiveDate),
  }));
}
