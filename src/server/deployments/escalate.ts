/**
 * One tenant's pass of the escalation job: its blocked actions on active projects, the pure
 * rule (escalation.ts) for each, and for each that is due: escalatedAt set, the manager
 * notified, an activity row. Projects on hold are left alone — nobody is chasing them — and
 * pick up from their block's age when they resume.
 *
 * Idempotent: the update only applies if the action is still in the state the rule looked at
 * (same block, same last escalation), so a second run at the same moment, or a retried job,
 * escalates nothing twice; the notification's key (one per block, delay and period) is the
 * second guard.
 */
import { recordActivity } from "@/server/activity/record";
import { localDate } from "@/server/calendar/business-days";
import { businessCalendar, TENANT_CALENDAR_SELECT } from "@/server/calendar/member-calendar";
import type { TenantDb } from "@/server/db/tenant";
import { escalationDue, escalationKey } from "./escalation";
import { notify, recipientsForEscalation } from "./notifications";

export async function escalateBlockedActions(db: TenantDb, now = new Date()): Promise<{ escalated: number }> {
  const tenant = await db.tenant.findFirst({
    where: { id: db.tenantId },
    select: { ...TENANT_CALENDAR_SELECT, escalationDelayDays: true },
  });
  if (!tenant) return { escalated: 0 };
  const actions = await db.action.findMany({
    where: { status: "BLOCKED", blockedAt: { not: null }, project: { status: "ACTIVE" } },
    select: { id: true, title: true, blockedAt: true, blockedReason: true, escalatedAt: true, projectId: true, project: { select: { name: true } } },
    orderBy: { blockedAt: "asc" },
  });
  if (actions.length === 0) return { escalated: 0 };

  const today = localDate(now, tenant.timezone);
  const firstYear = Number(localDate(actions[0]!.blockedAt!, tenant.timezone).slice(0, 4));
  const calendar = businessCalendar(tenant, { from: Math.min(firstYear, Number(today.slice(0, 4))), to: Number(today.slice(0, 4)) });
  const delayDays = tenant.escalationDelayDays;
  const recipients = new Map<string, Promise<string[]>>();
  let escalated = 0;

  for (const a of actions) {
    const blockedAt = a.blockedAt!;
    const decision = escalationDue({ blockedAt, escalatedAt: a.escalatedAt }, { today, timeZone: tenant.timezone, delayDays, calendar });
    if (!decision.escalate) continue;
    const { count } = await db.action.updateMany({
      where: { id: a.id, status: "BLOCKED", blockedAt, escalatedAt: a.escalatedAt },
      data: { escalatedAt: now },
    });
    if (count === 0) continue; // unblocked or escalated by another run meanwhile
    if (!recipients.has(a.projectId)) recipients.set(a.projectId, recipientsForEscalation(db, a.projectId));
    const to = await recipients.get(a.projectId)!;
    await notify(db, {
      membershipIds: to,
      kind: "action.escalated",
      projectId: a.projectId,
      actionId: a.id,
      payload: { actionTitle: a.title, projectName: a.project.name, reason: a.blockedReason, days: decision.businessDaysBlocked },
      dedupeKey: escalationKey(a.id, blockedAt, delayDays, decision.period),
    });
    await recordActivity(db, {
      actorId: null,
      action: "action.escalated",
      entityType: "Action",
      entityId: a.id,
      before: { escalatedAt: a.escalatedAt?.toISOString() ?? null },
      after: { escalatedAt: now.toISOString(), period: decision.period, businessDaysBlocked: decision.businessDaysBlocked, delayDays, recipients: to },
    });
    escalated++;
  }
  return { escalated };
}
