/**
 * Mark Won's deployment half (DESIGN §2, §4): one project per line that needs installing,
 * pinned to the latest published version of the chosen template, with only the actions whose
 * condition holds for the line, each given to the project's person for its role — then the
 * cascade starts it, in the same unit of work as the subscriptions. A line without a usable
 * template refuses the whole win, naming the line.
 */
import type { Prisma } from "@/generated/prisma/client";
import { localDate, type IsoDate } from "@/server/calendar/business-days";
import { TENANT_CALENDAR_SELECT } from "@/server/calendar/member-calendar";
import type { AttributeValues } from "@/server/crm/attributes";
import type { TenantDb } from "@/server/db/tenant";
import { fieldError, msg } from "@/server/errors";
import { actionsOf, templateDocumentSchema, type ActionRole, type TemplateDocument } from "@/server/templates/document";
import { applyTransition } from "./apply";
import { settle } from "./engine/cascade";
import { initialProject } from "./engine/initial";
import { memberDirectory } from "@/server/identity/members";
import { defaultPerson, responsibleRole, rolesNeeded, type StaffRole } from "./engine/people";
import { asDate, engineContext, loadProject } from "./project-state";

export type ProjectChoice = { serviceLineId: string; templateId?: string | null; targetGoLive?: IsoDate | null; people?: Partial<Record<StaffRole, string | null>> };
export type InstallableLine = { id: string; serviceTypeId: string; serviceTypeName: string; defaultTemplateId: string | null; attributes: AttributeValues };
type Deal = { id: string; name: string; accountId: string; accountName: string; ownerId: string | null; targetCloseDate: IsoDate };
type Account = { salesRepId: string | null; salesAdminId: string | null; technicianId: string | null; technicalContactId: string | null };

/** The templates a line may be deployed with: its service type's, published and not archived, each with its latest published version. */
export async function usableTemplates(db: TenantDb, serviceTypeIds: string[]) {
  const rows = await db.template.findMany({
    where: { serviceTypeId: { in: serviceTypeIds }, archived: false, versions: { some: { status: "PUBLISHED" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, serviceTypeId: true, versions: { where: { status: "PUBLISHED" }, orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, document: true } } },
  });
  return rows.flatMap((t) => {
    const v = t.versions[0];
    return v ? [{ id: t.id, name: t.name, serviceTypeId: t.serviceTypeId, versionId: v.id, number: v.number, document: templateDocumentSchema.parse(v.document) as TemplateDocument }] : [];
  });
}

const assigneeFor = (role: ActionRole, people: ReadonlyMap<StaffRole, string | null>) => {
  const responsible = responsibleRole(role);
  return responsible ? (people.get(responsible) ?? null) : null;
};

export async function createProjects(db: TenantDb, actorId: string, deal: Deal, account: Account, lines: InstallableLine[], choices: readonly ProjectChoice[], now: Date): Promise<string[]> {
  if (lines.length === 0) return [];
  const [templates, members] = await Promise.all([usableTemplates(db, [...new Set(lines.map((l) => l.serviceTypeId))]), memberDirectory(db)]);
  const file = { salesRepId: account.salesRepId, salesAdminId: account.salesAdminId, technicianId: account.technicianId, dealOwnerId: deal.ownerId };
  // Every line is checked before anything is written: a refusal names the line and writes nothing.
  const plans = lines.map((line) => {
    const choice = choices.find((c) => c.serviceLineId === line.id);
    const templateId = choice?.templateId ?? line.defaultTemplateId;
    const template = templates.find((t) => t.id === templateId && t.serviceTypeId === line.serviceTypeId);
    if (!template) throw fieldError("lines", msg(templateId ? "lineTemplateUnusable" : "lineNoTemplate", { line: line.serviceTypeName }));
    const people = rolesNeeded(template.document, line.attributes).map((role): [StaffRole, string | null] => {
      const chosen = choice?.people?.[role];
      if (chosen === undefined) return [role, defaultPerson(role, file, members)];
      if (chosen !== null && !members.some((m) => m.id === chosen && m.roles.includes(role))) throw fieldError("people", msg("personLacksRole", { role }));
      return [role, chosen];
    });
    return { line, template, people: new Map(people), targetGoLive: choice?.targetGoLive ?? deal.targetCloseDate };
  });

  const tenant = await db.tenant.findFirstOrThrow({ where: { id: db.tenantId }, select: TENANT_CALENDAR_SELECT });
  const today = localDate(now, tenant.timezone);
  const ids: string[] = [];
  for (const { line, template, people, targetGoLive } of plans) {
    const initial = initialProject(template.document, line.attributes);
    const kept = new Set(initial.actions.map((a) => a.key));
    const existing = actionsOf(template.document).filter(({ action }) => kept.has(action.id));
    const assigneeOf = new Map(existing.map(({ action }) => [action.id, assigneeFor(action.role, people)]));
    // The cascade starts the first phase before anything is written: the rows go in once, already
    // running — the project is born with its first actions available and dated.
    const ctx = await engineContext(db, tenant, today, [targetGoLive], template.document, line.attributes, assigneeOf);
    const started = settle(initial, ctx);
    const state = new Map(started.project.actions.map((a) => [a.key, a]));
    const phaseStatus = new Map(started.project.phases.map((p) => [p.key, p.status]));
    const project = await db.project.create({
      data: {
        tenantId: db.tenantId,
        name: `${deal.accountName} — ${line.serviceTypeName}`,
        accountId: deal.accountId,
        dealId: deal.id,
        serviceLineId: line.id,
        templateId: template.id,
        templateVersionId: template.versionId,
        targetGoLive: asDate(targetGoLive),
        attributes: line.attributes,
        createdById: actorId,
      },
      select: { id: true },
    });
    const phases = await db.projectPhase.createManyAndReturn({
      data: template.document.phases.map((p, position) => {
        const status = phaseStatus.get(p.id) ?? "PENDING";
        return { tenantId: db.tenantId, projectId: project.id, key: p.id, position, name: p.name, goLive: p.goLive, status, startedAt: status === "PENDING" ? null : now, doneAt: status === "DONE" ? now : null };
      }),
      select: { id: true, key: true },
    });
    const phaseId = new Map(phases.map((p) => [p.key, p.id]));
    await db.action.createMany({
      data: existing.map(({ action, phase }, position) => {
        const a = state.get(action.id);
        return {
          tenantId: db.tenantId,
          projectId: project.id,
          phaseId: phaseId.get(phase.id) ?? "",
          key: action.id,
          position,
          title: action.title,
          description: action.description,
          role: action.role,
          assigneeId: assigneeOf.get(action.id) ?? null,
          contactId: action.role === "CUSTOMER" ? account.technicalContactId : null,
          captureKey: action.capturesDate?.key ?? null,
          captureLabel: action.capturesDate?.label ?? null,
          availableAt: a?.availableOn ? now : null,
          dueDate: a?.dueDate ? asDate(a.dueDate) : null,
        };
      }),
    });
    const assigned = [...people].filter((e): e is [StaffRole, string] => e[1] !== null);
    await db.projectMember.createMany({ data: assigned.map(([role, membershipId]) => ({ tenantId: db.tenantId, projectId: project.id, role, membershipId })) });
    const log = (action: string, after: Prisma.InputJsonValue) => ({ tenantId: db.tenantId, actorId, action, entityType: "Project", entityId: project.id, after });
    await db.activity.createMany({
      data: [
        log("project.created", { template: template.name, version: template.number, targetGoLive, actions: existing.length, people: Object.fromEntries(assigned) }),
        ...started.effects.flatMap((e) => (e.kind === "phaseStarted" ? [log("phase.started", { phase: e.phaseKey })] : e.kind === "phaseDone" ? [log("phase.done", { phase: e.phaseKey })] : [])),
      ],
    });
    // A template with nothing to do for this line is live at once: billing starts today.
    const golive = started.effects.filter((e) => e.kind === "goLive" || e.kind === "projectLive");
    if (golive.length > 0) await applyTransition(db, await loadProject(db, project.id, now, { lock: false }), { project: started.project, effects: golive }, now, actorId, new Set());
    ids.push(project.id);
  }
  return ids;
}
