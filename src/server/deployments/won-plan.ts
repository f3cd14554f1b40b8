/**
 * What the Mark Won dialog shows before anything is written: per line that needs installing,
 * the templates it may be deployed with (its type's default first), the people each would
 * involve with their defaults, and the schedule each gives the line from today — the actions
 * that will exist for the line's attribute values and the forecast go-live.
 */
import { localDate } from "@/server/calendar/business-days";
import { businessCalendar, TENANT_CALENDAR_SELECT } from "@/server/calendar/member-calendar";
import type { AttributeValues } from "@/server/crm/attributes";
import type { TenantDb } from "@/server/db/tenant";
import { notFound } from "@/server/errors";
import { scheduleTemplate } from "@/server/templates/schedule";
import { memberDirectory } from "@/server/identity/members";
import { usableTemplates } from "./create-projects";
import { defaultPeople, rolesNeeded } from "./engine/people";
import { iso } from "./project-state";

export async function markWonPlan(db: TenantDb, dealId: string, now = new Date()) {
  const deal = await db.deal.findFirst({
    where: { id: dealId },
    select: {
      targetCloseDate: true,
      ownerId: true,
      account: { select: { salesRepId: true, salesAdminId: true, technicianId: true } },
      lines: {
        where: { serviceType: { requiresInstallation: true } },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { id: true, quantity: true, attributes: true, serviceTypeId: true, serviceType: { select: { name: true, defaultTemplateId: true } } },
      },
    },
  });
  if (!deal) throw notFound("This deal");
  const [templates, members, tenant] = await Promise.all([
    usableTemplates(db, [...new Set(deal.lines.map((l) => l.serviceTypeId))]),
    memberDirectory(db),
    db.tenant.findFirstOrThrow({ where: { id: db.tenantId }, select: TENANT_CALENDAR_SELECT }),
  ]);
  const today = localDate(now, tenant.timezone);
  const year = Number(today.slice(0, 4));
  const calendar = businessCalendar(tenant, { from: year - 1, to: year + 2 });
  const file = { ...deal.account, dealOwnerId: deal.ownerId };
  return {
    targetGoLive: iso(deal.targetCloseDate),
    members,
    lines: deal.lines.map((line) => {
      const attributes = line.attributes as AttributeValues;
      const own = templates.filter((t) => t.serviceTypeId === line.serviceTypeId).sort((a, b) => Number(b.id === line.serviceType.defaultTemplateId) - Number(a.id === line.serviceType.defaultTemplateId));
      return {
        id: line.id,
        quantity: line.quantity,
        serviceTypeName: line.serviceType.name,
        defaultTemplateId: own.some((t) => t.id === line.serviceType.defaultTemplateId) ? line.serviceType.defaultTemplateId : null,
        templates: own.map((t) => {
          const roles = rolesNeeded(t.document, attributes);
          const schedule = scheduleTemplate({ document: t.document, attributes, start: today, calendar });
          const phaseName = new Map(t.document.phases.map((p) => [p.id, p.name]));
          return {
            id: t.id,
            name: t.name,
            number: t.number,
            roles,
            people: defaultPeople(roles, file, members),
            goLiveDate: schedule.goLiveDate,
            skipped: schedule.skipped.length,
            actions: schedule.actions.map((a) => ({ id: a.id, title: a.title, role: a.role, phase: phaseName.get(a.phaseId) ?? "", dueAt: a.dueAt, critical: a.critical })),
          };
        }),
      };
    }),
  };
}
