/**
 * Mark Won's deployment half (DESIGN §2, §4): one project per line that needs installing,
 * pinned to the latest published version of the chosen template, with only the actions whose
 * condition holds for the line, each given to the project's person for its role — then the
 * cascade starts it, in the same unit of work as the subscriptions. A line without a usable
 * template refuses the whole win, naming the line.
 */
import { recordActivity } from "@/server/activity/record";
import type { IsoDate } from "@/server/calendar/business-days";
import type { AttributeValues } from "@/server/crm/attributes";
import type { TenantDb } from "@/server/db/tenant";
import { fieldError, msg } from "@/server/errors";
import { templateDocumentSchema, type TemplateDocument } from "@/server/templates/document";
import { actionsOf } from "@/server/templates/document";
import { applyTransition } from "./apply";
import { settle } from "./engine/cascade";
import { initialProject } from "./engine/initial";
import { defaultPerson, responsibleRole, rolesNeeded, type Candidate, type StaffRole } from "./engine/people";
import { asDate, loadProject } from "./project-state";

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

/** Members as people to pick: sorted by name, so a role's default is stable. */
export async function candidates(db: TenantDb): Promise<Candidate[]> {
  const rows = await db.membership.findMany({ select: { id: true, roles: true, user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } });
  return rows.map((m) => ({ id: m.id, name: m.user.name, roles: m.roles }));
}

export async function createProjects(db: TenantDb, actorId: string, deal: Deal, account: Account, lines: InstallableLine[], choices: readonly ProjectChoice[], now: Date): Promise<string[]> {
  if (lines.length === 0) return [];
  const [templates, members] = await Promise.all([usableTemplates(db, [...new Set(lines.map((l) => l.serviceTypeId))]), candidates(db)]);
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

  const ids: string[] = [];
  for (const { line, template, people, targetGoLive } of plans) {
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
      data: template.document.phases.map((p, position) => ({ tenantId: db.tenantId, projectId: project.id, key: p.id, position, name: p.name, goLive: p.goLive })),
      select: { id: true, key: true },
    });
    const phaseId = new Map(phases.map((p) => [p.key, p.id]));
    const existing = new Set(initialProject(template.document, line.attributes).actions.map((a) => a.key));
    await db.action.createMany({
      data: actionsOf(template.document)
        .filter(({ action }) => existing.has(action.id))
        .map(({ action, phase }, position) => {
          const role = responsibleRole(action.role);
          return {
            tenantId: db.tenantId,
            projectId: project.id,
            phaseId: phaseId.get(phase.id) ?? "",
            key: action.id,
            position,
            title: action.title,
            description: action.description,
            role: action.role,
            assigneeId: role ? (people.get(role) ?? null) : null,
            contactId: action.role === "CUSTOMER" ? account.technicalContactId : null,
            captureKey: action.capturesDate?.key ?? null,
            captureLabel: action.capturesDate?.label ?? null,
          };
        }),
    });
    const assigned = [...people].filter((e): e is [StaffRole, string] => e[1] !== null);
    await db.projectMember.createMany({ data: assigned.map(([role, membershipId]) => ({ tenantId: db.tenantId, projectId: project.id, role, membershipId })) });
    await recordActivity(db, {
      actorId,
      action: "project.created",
      entityType: "Project",
      entityId: project.id,
      after: { template: template.name, version: template.number, targetGoLive, actions: existing.size, people: Object.fromEntries(assigned) },
    });
    // The cascade starts the first phase now, in this unit of work: the project is born running.
    const loaded = await loadProject(db, project.id, now, { lock: false });
    await applyTransition(db, loaded, settle(loaded.engine, loaded.ctx), now, actorId, new Set());
    ids.push(project.id);
  }
  return ids;
}
