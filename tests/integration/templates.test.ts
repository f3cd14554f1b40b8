/**
 * Installation templates against the real database: the defaults every tenant gets, drafts
 * and immutable published versions, refusals that write nothing, files in and out.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { attributeSchema } from "@/server/crm/attributes";
import { provisionTenant } from "@/server/identity/provision-tenant";
import type { TemplateDocument } from "@/server/templates/document";
import { validateTemplate } from "@/server/templates/validate";
import type { SessionUser } from "@/server/auth/session-user";
import { callerFor, failure, makeTenant, ownerDb } from "../support/fixtures";

type World = Awaited<ReturnType<typeof makeTenant>>;
let t: World;
let admin: ReturnType<typeof callerFor>;

async function templateNamed(name: string) {
  const list = await admin.templates.list({ archived: false });
  const found = list.find((x) => x.name === name);
  if (!found) throw new Error(`no template ${name} in ${list.map((x) => x.name).join(", ")}`);
  return found;
}

const versionRows = (templateId: string) => ownerDb().templateVersion.findMany({ where: { templateId }, orderBy: { number: "asc" }, select: { number: true, status: true, document: true, updatedAt: true } });

/** The 3CX template's draft with `edit` applied, saved; returns what publish needs. */
async function saveEdited(id: string, edit: (doc: TemplateDocument) => void) {
  const current = await admin.templates.get({ id });
  const document = structuredClone(current.document);
  edit(document);
  return admin.templates.saveDraft({ id, name: current.name, serviceTypeId: current.serviceType?.id ?? null, document, baseUpdatedAt: current.draft?.updatedAt ?? null });
}

const action = (doc: TemplateDocument, id: string) => {
  const found = doc.phases.flatMap((p) => p.actions).find((a) => a.id === id);
  if (!found) throw new Error(`no action ${id}`);
  return found;
};

beforeAll(async () => {
  t = await makeTenant("tpl");
  await provisionTenant(ownerDb(), t.tenant);
  admin = callerFor(t.adminUser, t.slug);
});

describe("default templates", () => {
  it.each(["en", "fr"] as const)("are seeded in the tenant's language (%s), published, valid, and the default of their service type", async (locale) => {
    const db = ownerDb();
    const w = locale === "en" ? t : await makeTenant("tpl-fr");
    if (locale === "fr") {
      await db.tenant.update({ where: { id: w.tenant.id }, data: { locale: "fr", country: "FR" } });
      await provisionTenant(db, { ...w.tenant, locale: "fr", country: "FR" });
    }
    const templates = await db.template.findMany({ where: { tenantId: w.tenant.id }, include: { serviceType: true, versions: true } });
    expect(templates.map((x) => x.name).sort()).toEqual(
      locale === "en"
        ? ["3CX with number porting and on-site installation", "3CX without porting, remote install", "Fibre access (FTTO)", "Standard milestones"]
        : ["3CX avec portabilité et installation sur site", "3CX sans portabilité, installation à distance", "Accès fibre (FTTO)", "Jalons standard"],
    );
    for (const x of templates) {
      expect(x.versions.map((v) => [v.number, v.status])).toEqual([[1, "PUBLISHED"]]);
      const problems = validateTemplate(x.versions[0]!.document as TemplateDocument, attributeSchema.parse(x.serviceType?.attributeSchema ?? []));
      expect(problems, x.name).toEqual([]);
    }
    const types = await db.serviceType.findMany({ where: { tenantId: w.tenant.id }, include: { defaultTemplate: { select: { name: true } } } });
    const defaults = Object.fromEntries(types.map((s) => [s.name, s.defaultTemplate?.name ?? null]));
    expect(defaults).toMatchObject(
      locale === "en"
        ? { "3CX hosted PBX": "3CX with number porting and on-site installation", "FTTO 100M": "Fibre access (FTTO)", "Number porting": "Standard milestones", "SIP trunk": null }
        : { "Standard 3CX hébergé": "3CX avec portabilité et installation sur site", "Fibre FTTO 100M": "Accès fibre (FTTO)" },
    );
  });

  it("lists with version, phases and actions, and the default flag", async () => {
    const pbx = await templateNamed("3CX with number porting and on-site installation");
    expect(pbx).toMatchObject({ version: 1, hasDraft: false, phases: 6, isDefault: true, serviceType: { name: "3CX hosted PBX" } });
    expect(pbx.actions).toBeGreaterThan(15);
  });
});

describe("versions", () => {
  it("editing a published template makes draft 2; publishing it makes version 2; version 1 stays as it was", async () => {
    const { id } = await admin.templates.duplicate({ id: (await templateNamed("Fibre access (FTTO)")).id });
    const before = await versionRows(id);
    const saved = await saveEdited(id, (doc) => {
      action(doc, "approve").title = "Customer signs the acceptance report";
    });
    expect(saved.number).toBe(2);
    expect(await templateNamed("Copy of Fibre access (FTTO)")).toMatchObject({ version: 1, hasDraft: true });

    const published = await admin.templates.publish({ id, baseUpdatedAt: saved.updatedAt });
    expect(published).toEqual({ number: 2 });
    const view = await admin.templates.get({ id });
    expect(view.draft).toBeNull();
    expect(view.versions.map((v) => [v.number, v.actorName])).toEqual([
      [2, t.admin.user.name],
      [1, t.admin.user.name],
    ]);
    const v1 = await admin.templates.version({ id, number: 1 });
    expect(v1.document).toEqual(before[0]!.document);
    expect(action(v1.document, "approve").title).toBe("Approve the service");
  });

  it("the database refuses any change to a published version", async () => {
    const { id } = await templateNamed("Standard milestones");
    await expect(ownerDb().templateVersion.updateMany({ where: { templateId: id, number: 1 }, data: { document: { phases: [] } } })).rejects.toThrow(/cannot change/);
  });

  it("a draft with a cycle saves, but publishing names the loop on each card and writes nothing", async () => {
    const { id } = await admin.templates.duplicate({ id: (await templateNamed("Standard milestones")).id });
    const saved = await saveEdited(id, (doc) => {
      action(doc, "check-order").trigger = { kind: "AFTER", actionIds: ["kick-off"] };
    });
    const before = await versionRows(id);
    const error = await failure(admin.templates.publish({ id, baseUpdatedAt: saved.updatedAt }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["action.check-order.trigger", "action.kick-off.trigger"]);
    expect(error.fieldErrors["action.kick-off.trigger"]?.[0]).toMatch(/^cycle\?/);
    expect(await versionRows(id)).toEqual(before);
  });

  it("a condition over an unknown attribute blocks publishing, attached to the card's condition", async () => {
    const { id } = await admin.templates.duplicate({ id: (await templateNamed("3CX with number porting and on-site installation")).id });
    const saved = await saveEdited(id, (doc) => {
      action(doc, "order-phones").condition = "deskPhones > 0";
    });
    const error = await failure(admin.templates.publish({ id, baseUpdatedAt: saved.updatedAt }));
    expect(error.fieldErrors).toEqual({ "action.order-phones.condition": [expect.stringMatching(/^conditionUnknownAttribute\?/)] });
  });

  it("a malformed document is refused field by field and nothing is written", async () => {
    const { id } = await templateNamed("Standard milestones");
    const current = await admin.templates.get({ id });
    const before = await versionRows(id);
    const document = structuredClone(current.document);
    document.phases[0]!.actions[0]!.title = "  ";
    const error = await failure(admin.templates.saveDraft({ id, name: current.name, serviceTypeId: null, document, baseUpdatedAt: null }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors).toMatchObject({ "document.phases.0.actions.0.title": ["actionTitle"] });
    expect(await versionRows(id)).toEqual(before);
  });

  it("a save from a stale editor is refused instead of overwriting someone's work", async () => {
    const { id } = await admin.templates.duplicate({ id: (await templateNamed("Standard milestones")).id });
    const first = await saveEdited(id, (doc) => void (doc.phases[0]!.name = "Order received"));
    const current = await admin.templates.get({ id });
    const error = await failure(admin.templates.saveDraft({ id, name: current.name, serviceTypeId: null, document: current.document, baseUpdatedAt: null }));
    expect(error.code).toBe("CONFLICT");
    expect((await admin.templates.get({ id })).draft?.updatedAt).toBe(first.updatedAt);
  });

  it("discarding a draft goes back to the published version", async () => {
    const { id } = await admin.templates.duplicate({ id: (await templateNamed("Standard milestones")).id });
    await saveEdited(id, (doc) => void (doc.phases[0]!.name = "Changed"));
    expect(await admin.templates.discardDraft({ id })).toEqual({ discarded: true });
    expect((await admin.templates.get({ id })).document.phases[0]!.name).toBe("Order confirmed");
  });

  it("only admins and managers design templates", async () => {
    const tech: SessionUser = { id: t.tech.user.id, email: t.tech.user.email, name: t.tech.user.name, signIn: { method: "email" } };
    const { id } = await templateNamed("Standard milestones");
    expect((await failure(callerFor(tech, t.slug).templates.duplicate({ id }))).code).toBe("FORBIDDEN");
    expect(await callerFor(tech, t.slug).templates.get({ id })).toMatchObject({ id });
  });
});

describe("library", () => {
  it("duplicates as 'Copy of …', then 'Copy of … (2)'", async () => {
    const source = await templateNamed("3CX without porting, remote install");
    const a = await admin.templates.duplicate({ id: source.id });
    const b = await admin.templates.duplicate({ id: source.id });
    expect([a.name, b.name]).toEqual(["Copy of 3CX without porting, remote install", "Copy of 3CX without porting, remote install (2)"]);
    expect(await templateNamed(b.name)).toMatchObject({ version: 1, hasDraft: false, isDefault: false });
  });

  it("refuses to archive a service type's default, archives and restores another", async () => {
    const def = await templateNamed("Fibre access (FTTO)");
    const error = await failure(admin.templates.archive({ id: def.id, archived: true }));
    expect(error.code).toBe("CONFLICT");
    const other = await templateNamed("3CX without porting, remote install");
    await admin.templates.archive({ id: other.id, archived: true });
    expect((await admin.templates.list({ archived: true })).map((x) => x.name)).toContain(other.name);
    await admin.templates.archive({ id: other.id, archived: false });
    expect((await templateNamed(other.name)).archived).toBe(false);
  });

  it("makes another template its service type's default", async () => {
    const remote = await templateNamed("3CX without porting, remote install");
    await admin.templates.makeDefault({ id: remote.id });
    expect(await templateNamed(remote.name)).toMatchObject({ isDefault: true });
    expect(await templateNamed("3CX with number porting and on-site installation")).toMatchObject({ isDefault: false });
    await admin.templates.makeDefault({ id: (await templateNamed("3CX with number porting and on-site installation")).id });
  });
});

describe("files", () => {
  it("export then import gives the same document under a free name, as a draft", async () => {
    const source = await templateNamed("Fibre access (FTTO)");
    const file = await admin.templates.export({ id: source.id });
    expect(file).toMatchObject({ format: "switchboard.template", formatVersion: 1, name: source.name, serviceType: "FTTO 100M" });
    const imported = await admin.templates.import({ text: JSON.stringify(file) });
    // The source is still there, so the import takes the next free name.
    expect(imported.name).toMatch(/^Copy of Fibre access \(FTTO\)/);
    expect(imported.serviceTypeMatched).toBe(true);
    expect(imported.problems).toBe(0);
    const view = await admin.templates.get({ id: imported.id });
    expect(view.document).toEqual(file.document);
    expect(view.draft?.number).toBe(1);
  });

  it("says how many problems the imported draft has against the service type found here", async () => {
    const source = await templateNamed("Fibre access (FTTO)");
    const file = await admin.templates.export({ id: source.id });
    // A condition over an attribute FTTO lacks, and a date named by no one (a file from before labels).
    const [first, ...rest] = file.document.phases;
    if (!first?.actions[0]) throw new Error("the FTTO template has no first action");
    const edited = { ...first, actions: [{ ...first.actions[0], condition: "numbersToPort > 0", capturesDate: { key: "orderDate", label: "", expectedAfterDays: 1 } }, ...first.actions.slice(1)] };
    const imported = await admin.templates.import({ text: JSON.stringify({ ...file, document: { phases: [edited, ...rest] } }) });
    expect(imported.problems).toBe(2);
  });

  it.each([
    ["not JSON", "{ this is not json", { file: ["importNotJson"] }],
    ["another program's file", JSON.stringify({ name: "x", nodes: [] }), { file: ["importForeign"] }],
    ["a newer format", JSON.stringify({ format: "switchboard.template", formatVersion: 9 }), { file: ["importFormatVersion?version=9"] }],
    [
      "a damaged template",
      JSON.stringify({ format: "switchboard.template", formatVersion: 1, name: "Broken", serviceType: null, document: { phases: [{ id: "p", name: "", actions: [] }] } }),
      { file: ["importInvalid"], "document.phases.0.name": ["phaseName"] },
    ],
  ])("refuses %s with a clear error and creates nothing", async (_label, text, fieldErrors) => {
    const count = await ownerDb().template.count({ where: { tenantId: t.tenant.id } });
    const error = await failure(admin.templates.import({ text }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors).toEqual(fieldErrors);
    expect(await ownerDb().template.count({ where: { tenantId: t.tenant.id } })).toBe(count);
  });
});

describe("calendar", () => {
  it("admins set working days and country; the year's holidays follow", async () => {
    await admin.calendar.update({ workingDays: [1, 2, 3, 4, 5, 6], country: "FR", timezone: "Europe/Paris" });
    const cal = await admin.calendar.get();
    expect(cal).toMatchObject({ workingDays: [1, 2, 3, 4, 5, 6], country: "FR", timezone: "Europe/Paris" });
    expect(cal.holidays.some((h) => h.date.endsWith("-07-14"))).toBe(true);
  });

  it("members record their own days off, not someone else's", async () => {
    const tech: SessionUser = { id: t.tech.user.id, email: t.tech.user.email, name: t.tech.user.name, signIn: { method: "email" } };
    const asTech = callerFor(tech, t.slug);
    const { id } = await asTech.calendar.addDayOff({ membershipId: t.tech.membership.id, date: "2099-08-14", note: "Holiday" });
    expect((await asTech.calendar.get()).daysOff).toContainEqual(expect.objectContaining({ id, date: "2099-08-14", memberName: t.tech.user.name }));
    expect((await failure(asTech.calendar.addDayOff({ membershipId: t.admin.membership.id, date: "2099-08-15", note: null }))).code).toBe("FORBIDDEN");
    await asTech.calendar.removeDayOff({ id });
    expect((await asTech.calendar.get()).daysOff.map((d) => d.id)).not.toContain(id);
  });
});
