/**
 * My day (DESIGN §5): the signed-in person's available open actions, on running projects
 * only — an action not yet available, done, skipped, or on a project on hold or cancelled never
 * appears. One statement on the partial index of available open actions; the page groups the
 * rows into overdue, today and upcoming by the tenant's today.
 */
import { Prisma } from "@/generated/prisma/client";
import { localDate, type IsoDate } from "@/server/calendar/business-days";
import type { TenantDb } from "@/server/db/tenant";
import { isoOrNull } from "./project-state";

/** A person has a few dozen open actions; past this many the list says there are more. */
export const MY_DAY_LIMIT = 500;

type Row = {
  id: string; title: string; status: "TODO" | "IN_PROGRESS" | "BLOCKED"; role: string; dueDate: Date | null; availableAt: Date;
  blockedReason: string | null; captureKey: string | null; captureLabel: string | null;
  projectId: string; projectName: string; accountName: string; phaseName: string;
};

/** The page's one statement (the bench also runs it bare, to weigh what the app adds). */
export function myDaySql(tenantId: string, membershipId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id, a.title, a.status, a.role, a."dueDate", a."availableAt", a."blockedReason", a."captureKey", a."captureLabel",
           p.id AS "projectId", p.name AS "projectName", acc.name AS "accountName", ph.name AS "phaseName"
    FROM "Action" a
    JOIN "Project" p ON p."tenantId" = a."tenantId" AND p.id = a."projectId"
    JOIN "ProjectPhase" ph ON ph."tenantId" = a."tenantId" AND ph.id = a."phaseId"
    JOIN "Account" acc ON acc."tenantId" = p."tenantId" AND acc.id = p."accountId"
    WHERE a."tenantId" = ${tenantId}::uuid AND a."assigneeId" = ${membershipId}::uuid
      AND a."availableAt" IS NOT NULL AND a.status IN ('TODO', 'IN_PROGRESS', 'BLOCKED') AND p.status = 'ACTIVE'
    ORDER BY a."dueDate" NULLS LAST, a."availableAt", a.id
    LIMIT ${MY_DAY_LIMIT + 1}`;
}

export type MyDayAction = ReturnType<typeof toAction>;

const toAction = (r: Row) => ({
  id: r.id,
  title: r.title,
  status: r.status,
  role: r.role,
  dueDate: isoOrNull(r.dueDate),
  availableAt: r.availableAt,
  blockedReason: r.blockedReason,
  capturesDate: r.captureKey ? { key: r.captureKey, label: r.captureLabel ?? "" } : null,
  project: { id: r.projectId, name: r.projectName, accountName: r.accountName, phaseName: r.phaseName },
});

export async function myDay(db: TenantDb, membershipId: string, now = new Date()): Promise<{ today: IsoDate; actions: MyDayAction[]; more: boolean }> {
  const rows = await db.$queryRaw<Row[]>(myDaySql(db.tenantId, membershipId));
  return { today: localDate(now, db.tenantRef.timezone), actions: rows.slice(0, MY_DAY_LIMIT).map(toAction), more: rows.length > MY_DAY_LIMIT };
}
