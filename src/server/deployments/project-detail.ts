/**
 * Everything the project page shows (DESIGN §5): the header (customer, line, template and
 * version, target against forecast go-live, status), phases with their actions, the people by
 * role with who else could take each role, the captured dates, and the activity log. The
 * forecast is the template's schedule run over what is left, with done actions at their dates.
 */
import { withActorNames } from "@/server/activity/names";
import type { TenantDb } from "@/server/db/tenant";
import { memberDirectory } from "@/server/identity/members";
import { capturedDates as capturedDateLabels } from "@/server/templates/dates";
import { scheduleWithProgress, templatesById } from "./engine/cascade";
import type { StaffRole } from "./engine/people";
import { iso, isoOrNull, loadProject } from "./project-state";

export async function projectExists(db: TenantDb, id: string): Promise<boolean> {
  return (await db.project.count({ where: { id } })) > 0;
}

export async function getProject(db: TenantDb, id: string, now = new Date()) {
  const loaded = await loadProject(db, id, now, { lock: false });
  const [header, phases, people, members, activity] = await Promise.all([
    db.project.findFirstOrThrow({
      where: { id },
      select: {
        statusReason: true, createdAt: true,
        account: { select: { id: true, name: true } },
        deal: { select: { id: true, name: true } },
        serviceLine: { select: { quantity: true, serviceType: { select: { name: true } } } },
        template: { select: { id: true, name: true } },
        templateVersion: { select: { number: true } },
      },
    }),
    db.projectPhase.findMany({
      where: { projectId: id },
      orderBy: { position: "asc" },
      select: {
        id: true, key: true, name: true, goLive: true, status: true, startedAt: true, doneAt: true,
        actions: {
          orderBy: { position: "asc" },
          select: {
            id: true, key: true, title: true, description: true, role: true, status: true, availableAt: true, dueDate: true, doneAt: true,
            capturedDate: true, captureLabel: true, blockedReason: true, blockedAt: true, skippedReason: true, note: true,
            assignee: { select: { id: true, user: { select: { name: true } } } },
            contact: { select: { firstName: true, lastName: true } },
          },
        },
      },
    }),
    db.projectMember.findMany({ where: { projectId: id }, select: { role: true, membership: { select: { id: true, user: { select: { name: true } } } } } }),
    memberDirectory(db),
    db.activity.findMany({ where: { entityType: "Project", entityId: id }, orderBy: { createdAt: "desc" }, take: 100 }),
  ]);
  const schedule = loaded.project.status === "ACTIVE" || loaded.project.status === "ON_HOLD" ? scheduleWithProgress(loaded.engine, loaded.ctx) : null;
  const templates = templatesById(loaded.ctx);
  const labels = capturedDateLabels(loaded.ctx.document);
  return {
    id,
    name: loaded.project.name,
    status: loaded.project.status,
    statusReason: header.statusReason,
    today: loaded.today,
    account: header.account,
    deal: header.deal,
    serviceLine: { serviceTypeName: header.serviceLine.serviceType.name, quantity: header.serviceLine.quantity },
    template: { ...header.template, version: header.templateVersion.number },
    targetGoLive: iso(loaded.project.targetGoLive),
    goLiveDate: isoOrNull(loaded.project.goLiveDate),
    forecastGoLive: schedule?.goLiveDate ?? null,
    phases: phases.map((p) => ({
      id: p.id,
      key: p.key,
      name: p.name,
      goLive: p.goLive,
      status: p.status,
      actions: p.actions.map((a) => {
        const due = templates.get(a.key)?.due;
        return {
          ...a,
          dueDate: isoOrNull(a.dueDate),
          capturedDate: isoOrNull(a.capturedDate),
          // The same shape as My day's, so one dialog asks for the date on both pages.
          capturesDate: a.captureLabel !== null ? { label: a.captureLabel } : null,
          dueRelativeTo: due?.kind === "RELATIVE_TO_DATE" ? (labels.get(due.dateKey)?.label ?? null) : null,
          assignee: a.assignee ? { id: a.assignee.id, name: a.assignee.user.name } : null,
          contact: a.contact ? `${a.contact.firstName} ${a.contact.lastName}`.trim() : null,
        };
      }),
    })),
    people: people.map((p) => ({
      role: p.role as StaffRole,
      member: { id: p.membership.id, name: p.membership.user.name },
      candidates: members.filter((m) => m.roles.includes(p.role)).map((m) => ({ id: m.id, name: m.name })),
    })),
    capturedDates: Object.entries(loaded.engine.capturedDates).map(([key, value]) => ({ key, value, label: labels.get(key)?.label ?? key })),
    activity: await withActorNames(db, activity),
  };
}
