/**
 * Realistic CRM data for a demo tenant: accounts in every status, contacts of every role,
 * deals in every stage with priced lines, third-party payers and subscriptions. Statuses are
 * derived with the app's own rule. Skipped when the tenant already has accounts.
 */
import type { Db } from "../../src/server/db/clients";
import type { DealStage } from "../../src/generated/prisma/enums";
import { deriveAccountStatus } from "../../src/server/crm/account-status";
import { slugFromName } from "../../src/server/identity/slug";

/** "Anaïs", "Guivarc'h" → "anais", "guivarch": what an email address can carry. */
const ascii = (s: string) => slugFromName(s).replaceAll("-", "");

type Lang = "en" | "fr";
const COMPANIES: Record<Lang, string[]> = {
  en: ["Harbour Dental Group", "Pennine Logistics", "Greenway Estate Agents", "Oakfield Primary Trust", "Riverside Vets", "Castle Accountants", "Northgate Motors", "Bluebell Care Homes", "Kingfisher Hotels", "Atlas Engineering Ltd"],
  fr: ["Cabinet dentaire de l'Odet", "Transports Le Bihan", "Immobilière des Abers", "Clinique vétérinaire du Léon", "Boulangeries Kerjean", "Garage Tanguy Automobiles", "EHPAD Les Hortensias", "Hôtels de la Côte", "Expertise Comptable Morvan", "Mairie de Plougastel"],
};
const PEOPLE: Record<Lang, [string, string][]> = {
  en: [["Olivia", "Grant"], ["Harry", "Shaw"], ["Amelia", "Price"], ["Jack", "Lloyd"], ["Isla", "Murray"], ["George", "Hunt"]],
  fr: [["Nolwenn", "Le Roux"], ["Ronan", "Quéré"], ["Katell", "Guivarc'h"], ["Mathieu", "Cadiou"], ["Anaïs", "Le Gall"], ["Pierre", "Salaün"]],
};
const DEAL_NAMES: Record<Lang, string[]> = {
  en: ["Phone system renewal", "New site connectivity", "SIP migration", "Head office PBX", "Fibre upgrade"],
  fr: ["Renouvellement téléphonie", "Raccordement nouveau site", "Migration SIP", "Standard du siège", "Passage à la fibre"],
};
const STAGES: DealStage[] = ["NEW", "QUALIFIED", "PROPOSAL_SENT", "NEGOTIATION", "LOST"];

export async function seedCrmDemo(db: Db, tenant: { id: string; locale: Lang; country: string }) {
  if ((await db.account.count({ where: { tenantId: tenant.id } })) > 0) return;
  const tenantId = tenant.id;
  const [types, members] = await Promise.all([
    db.serviceType.findMany({ where: { tenantId }, orderBy: { createdAt: "asc" } }),
    db.membership.findMany({ where: { tenantId }, select: { id: true, roles: true } }),
  ]);
  const withRole = (r: string) => members.find((m) => m.roles.includes(r as never))?.id ?? null;
  const [pbx, fibre, sip, porting] = types;
  if (!pbx || !fibre || !sip || !porting) throw new Error("seed the catalogue first (provisionCrm)");
  const phonePrefix = tenant.country === "FR" ? "+332980000" : "+4411349600";
  const month = (m: number) => new Date(Date.UTC(2026, 10 + m, 15));

  for (const [i, name] of COMPANIES[tenant.locale].entries()) {
    const account = await db.account.create({
      data: { tenantId, name, salesRepId: withRole("SALES"), salesAdminId: withRole("SALES_ADMIN"), technicianId: withRole("TECHNICIAN") },
    });
    const roles = [["DECISION_MAKER"], ["TECHNICAL"], ["BILLING"]] as const;
    for (const [k, r] of roles.entries()) {
      const [first, last] = PEOPLE[tenant.locale][(i + k) % 6]!;
      await db.contact.create({
        data: { tenantId, accountId: account.id, firstName: first, lastName: last, email: `${ascii(first)}.${ascii(last)}@${ascii(name)}.test`, phone: `${phonePrefix}${String(10 + i * 3 + k).padStart(2, "0")}`, roles: [...r], locale: tenant.locale },
      });
    }
    // Accounts 0–4: an open or lost deal each (prospects); 5–6 won, installing; 7–8 live; 9 churned.
    const won = i >= 5;
    const stage: DealStage = won ? "WON" : STAGES[i % STAGES.length]!;
    const deal = await db.deal.create({
      data: {
        tenantId,
        accountId: account.id,
        name: DEAL_NAMES[tenant.locale][i % 5]!,
        stage,
        ownerId: withRole("SALES"),
        targetCloseDate: month(i % 6),
        currency: pbx.currency,
        wonAt: won ? month(-2) : null,
        lostReason: stage === "LOST" ? (tenant.locale === "fr" ? "Prix trop élevé" : "Price too high") : null,
      },
    });
    const lines = [
      { serviceTypeId: pbx.id, quantity: 8 + i, unitPrice: pbx.defaultUnitPrice, frequency: "MONTHLY" as const, commitmentMonths: 36, attributes: { extensions: 8 + i, numbersToPort: i % 2 ? 3 : 0, onSiteInstallation: i % 3 === 0 } },
      { serviceTypeId: sip.id, quantity: 1, unitPrice: sip.defaultUnitPrice, frequency: "MONTHLY" as const, commitmentMonths: 24, attributes: { channels: 4 } },
      ...(i % 2 ? [{ serviceTypeId: porting.id, quantity: 3, unitPrice: porting.defaultUnitPrice, frequency: "ONE_OFF" as const, commitmentMonths: 0, attributes: { numbersToPort: 3 } }] : []),
    ];
    const created = [];
    for (const [position, l] of lines.entries()) created.push(await db.serviceLine.create({ data: { tenantId, dealId: deal.id, position, ...l } }));
    if (!won) continue;
    const live = i >= 7;
    const churned = i === 9;
    for (const l of created) {
      const needsInstall = l.serviceTypeId !== sip.id;
      await db.subscription.create({
        data: {
          tenantId,
          accountId: account.id,
          billingAccountId: account.id,
          serviceLineId: l.id,
          status: churned ? "CANCELLED" : live || !needsInstall ? "ACTIVE" : "PENDING",
          startDate: churned || live || !needsInstall ? month(-2) : null,
          endDate: churned ? month(-1) : null,
        },
      });
    }
    const subs = await db.subscription.findMany({ where: { tenantId, accountId: account.id }, select: { status: true, startDate: true, serviceLine: { select: { dealId: true } } } });
    const status = deriveAccountStatus({ hasWonDeal: true, subscriptions: subs.map((s) => ({ status: s.status, startDate: s.startDate, dealId: s.serviceLine.dealId })) });
    await db.account.update({ where: { tenantId_id: { tenantId, id: account.id } }, data: { status } });
  }
  // A franchise whose head office pays: the last account pays for the one before it.
  const all = await db.account.findMany({ where: { tenantId }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const [payee, payer] = [all.at(-2), all.at(-1)];
  if (payee && payer) await db.account.update({ where: { tenantId_id: { tenantId, id: payee.id } }, data: { billingAccountId: payer.id } });
}
