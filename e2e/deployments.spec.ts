/**
 * The deployment journey in a French tenant: a won deal becomes a project; the technician's My
 * day shows only the available action; completing actions (one with its captured date) makes
 * the next appear in the admin's open project page without a reload; a blocked action reaches
 * the manager's bell; a document goes up and comes back; Go-Live activates the subscription and
 * makes the account active.
 */
import type { Page } from "@playwright/test";
import { seedMember, seedTenant, unique } from "../prisma/seed/factories";
import { provisionTenant } from "../src/server/identity/provision-tenant";
import type { TemplateDocument } from "../src/server/templates/document";
import { expect, signInByEmail, test } from "./fixtures/test";

const act = (id: string, title: string, over: Partial<TemplateDocument["phases"][number]["actions"][number]> = {}) => ({
  id, title, description: "", role: "TECHNICIAN" as const, trigger: { kind: "PHASE_START" as const }, condition: null,
  due: { kind: "AFTER_AVAILABLE" as const, days: 2 }, capturesDate: null, emails: [], ...over,
});

/** Small on purpose: order → installation → go-live, one captured date. */
const TEMPLATE: TemplateDocument = {
  phases: [
    {
      id: "commande", name: "Commande", goLive: false,
      actions: [
        act("valider", "Valider la commande"),
        act("date", "Confirmer la date d'installation", { trigger: { kind: "AFTER", actionIds: ["valider"] }, capturesDate: { key: "dateDInstallation", label: "Date d'installation", expectedAfterDays: 5 } }),
      ],
    },
    { id: "installation", name: "Installation", goLive: false, actions: [act("installer", "Installer sur site", { due: { kind: "RELATIVE_TO_DATE", dateKey: "dateDInstallation", days: 0 } })] },
    { id: "mes", name: "Mise en service", goLive: true, actions: [act("facturer", "Activer la facturation")] },
  ],
};

async function openAction(page: Page, title: string) {
  return page.getByRole("listitem").filter({ has: page.getByText(title, { exact: true }) });
}

test("un projet de déploiement, du gain de l'affaire à la mise en service", async ({ browser, db }) => {
  test.setTimeout(150_000);
  const slug = unique("e2e-fr");
  const tenant = await seedTenant(db, { slug, name: `Télécom ${slug}`, locale: "fr", country: "FR", region: null, timezone: "Europe/Paris" });
  try {
    await provisionTenant(db, tenant);
    const admin = await seedMember(db, tenant.id, { email: `anne@${slug}.test`, name: "Anne Admin", roles: ["ADMIN"], locale: "fr" });
    const tech = await seedMember(db, tenant.id, { email: `loic@${slug}.test`, name: "Loïc Technicien", roles: ["TECHNICIAN"], locale: "fr" });
    const type = await db.serviceType.findFirstOrThrow({ where: { tenantId: tenant.id, name: "Standard 3CX hébergé" } });
    const template = await db.template.create({ data: { tenantId: tenant.id, name: "Déploiement express", serviceTypeId: type.id } });
    await db.templateVersion.create({ data: { tenantId: tenant.id, templateId: template.id, number: 1, status: "PUBLISHED", publishedAt: new Date(), document: TEMPLATE } });
    await db.serviceType.update({ where: { tenantId_id: { tenantId: tenant.id, id: type.id } }, data: { defaultTemplateId: template.id } });
    const account = await db.account.create({ data: { tenantId: tenant.id, name: "Boulangerie Kerjean", technicianId: tech.membership.id } });
    await db.contact.create({ data: { tenantId: tenant.id, accountId: account.id, firstName: "Yvon", lastName: "Kerjean", roles: ["TECHNICAL"], locale: "fr" } });
    const deal = await db.deal.create({ data: { tenantId: tenant.id, accountId: account.id, name: "Standard Kerjean", targetCloseDate: new Date("2031-03-31"), currency: "EUR" } });
    await db.serviceLine.create({ data: { tenantId: tenant.id, dealId: deal.id, serviceTypeId: type.id, quantity: 6, unitPrice: "8.50", frequency: "MONTHLY", attributes: { extensions: 6 } } });

    // Anne wins the deal: the dialog shows the template and its forecast, and the project exists.
    const anne = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await signInByEmail(anne, admin.user.email);
    await anne.goto(`/t/${slug}/deals/${deal.id}`);
    await anne.getByRole("button", { name: "Marquer gagnée" }).click();
    const dialog = anne.getByRole("dialog");
    await expect(dialog.getByLabel("Modèle d'installation")).toHaveValue(template.id);
    await dialog.getByRole("button", { name: "Marquer gagnée" }).click();
    await anne.getByRole("link", { name: "Ouvrir le projet" }).click();
    await expect(anne.getByRole("heading", { level: 1, name: "Boulangerie Kerjean — Standard 3CX hébergé" })).toBeVisible();

    // Loïc's My day: only the available action, never the one that waits for it.
    const loic = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await signInByEmail(loic, tech.user.email);
    await expect(loic.getByText("Valider la commande")).toBeVisible();
    await expect(loic.getByText("Confirmer la date d'installation")).toHaveCount(0);
    // One click: an action that asks for no date is done at once.
    await loic.getByRole("button", { name: "Terminer « Valider la commande »", exact: true }).click();

    // The next action appears in Anne's open page without a reload, and in Loïc's list.
    await expect(anne.getByRole("button", { name: "Terminer « Confirmer la date d'installation »", exact: true })).toBeVisible();
    await loic.getByRole("button", { name: "Terminer « Confirmer la date d'installation »", exact: true }).click();
    const complete = loic.getByRole("dialog");
    await complete.getByRole("button", { name: "Terminer" }).click();
    await expect(complete.getByRole("alert")).toContainText("Saisissez la date que cette action confirme.");
    await complete.getByLabel("Date d'installation").fill("15/01/2031");
    await complete.getByRole("button", { name: "Terminer" }).click();
    await expect(complete).toBeHidden();
    // Due on the captured date itself, in the tenant's format.
    const install = await openAction(anne, "Installer sur site");
    await expect(install.getByText(/15 janv\. 2031/)).toBeVisible();
    await expect(anne.getByText("15 janv. 2031").first()).toBeVisible();

    // Loïc blocks it with a reason: Anne's bell counts it at once, without a reload.
    await loic.getByRole("button", { name: "Bloquer « Installer sur site »" }).click();
    await loic.getByRole("dialog").getByLabel("Motif").fill("Accès au local technique refusé");
    await loic.getByRole("dialog").getByRole("button", { name: "Bloquer" }).click();
    await expect(loic.getByText("Bloquée : Accès au local technique refusé")).toBeVisible();
    await anne.getByRole("button", { name: "Notifications, 1 non lue" }).click();
    await expect(anne.getByText(/Accès au local technique refusé/).first()).toBeVisible();
    await anne.keyboard.press("Escape");

    // A document goes up and comes back.
    await anne.locator('input[type="file"]').setInputFiles({ name: "bon-de-commande.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
    const link = anne.getByRole("link", { name: "Télécharger bon-de-commande.pdf" });
    await expect(link).toBeVisible();
    const download = anne.waitForEvent("download");
    await link.click();
    expect((await download).suggestedFilename()).toBe("bon-de-commande.pdf");

    // Unblocked and done, then Go-Live: billing starts, the account is active.
    await loic.getByRole("button", { name: "Débloquer « Installer sur site »" }).click();
    await loic.getByRole("button", { name: "Terminer « Installer sur site »", exact: true }).click();
    // With a note for the record, through the keyboard: the selected row, then "n".
    await expect(loic.getByText("Activer la facturation")).toBeVisible();
    await loic.getByRole("listitem").filter({ hasText: "Activer la facturation" }).focus();
    await loic.keyboard.press("n");
    await loic.getByRole("dialog").getByLabel("Note (facultative)").fill("Facturation active dès aujourd'hui");
    await loic.getByRole("dialog").getByRole("button", { name: "Terminer" }).click();
    await expect(anne.getByText("En service", { exact: true }).first()).toBeVisible();
    await anne.goto(`/t/${slug}/accounts/${account.id}`);
    await expect(anne.getByRole("main").getByText("Actif", { exact: true }).first()).toBeVisible();
    const subscription = anne.getByRole("table", { name: "Abonnements du compte" }).getByRole("row", { name: /Standard 3CX hébergé/ });
    await expect(subscription).toContainText("Actif");
    await expect(subscription).not.toContainText("Pas encore démarré");
  } finally {
    await db.tenant.delete({ where: { id: tenant.id } });
  }
});
