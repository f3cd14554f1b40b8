/**
 * Realistic CRM data for a demo tenant: accounts in every status, contacts of every role,
 * deals in every stage with priced lines, third-party payers and subscriptions. Statuses are
 * derived with the app's own rule. Skipped when the tenant already has accounts.
 *
 * The customers' deals (accounts 5–8) are left in negotiation: the deployments demo
 * (deployments-demo.ts) wins them through Mark Won, so their subscriptions, projects and
 * statuses come from the app's own rules. Only the churned account's history is written here.
 */
import type { Db } from "../../src/server/db/clients";
import type { DealStage } from "../../src/generated/prisma/enums";
import { deriveAccountStatus } from "../../src/server/crm/account-status";
import { catalogueTypeName } from "../../src/server/crm/catalogue-defaults";
import { slugFromName } from "../../src/server/identity/slug";

/** "Anaïs", "Guivarc'h" → "anais", "guivarch": what an email address can carry. */
const ascii = (s: string) => slugFromName(s).replaceAll("-", "");

export type Lang = "en" | "fr";
/** Accounts 0–4 are prospects, 5–8 customers (won by the deployments demo), 9 a former customer. */
export const COMPANIES: Record<Lang, string[]> = {
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
/** Accounts whose deal the deployments demo wins (`CUSTOMERS`), and the one that churned. */
export const CUSTOMERS = [5, 6, 7, 8] as const;
const CHURNED = 9;

export async function seedCrmDemo(db: Db, tenant: { id: string; locale: Lang; country: string }) {
  if ((await db.account.count({ where: { tenantId: tenant.id } })) > 0) return;
  const tenantId = tenant.id;
  const [types, members] = await Promise.all([
    db.serviceType.findMany({ where: { tenantId } }),
    db.membership.findMany({ where: { tenantId }, select: { id: true, roles: true } }),
  ]);
  const withRole = (r: string) => members.find((m) => m.roles.includes(r as never))?.id ?? null;
  // By name: the catalogue is written in one statement, so its rows share one createdAt.
  const type = (code: "3cx" | "sip" | "porting") => types.find((t) => t.name === catalogueTypeName(code, tenant.locale));
  const [pbx, sip, porting] = [type("3cx"), type("sip"), type("porting")];
  if (!pbx || !sip || !porting) throw new Error("seed the catalogue first (provisionCrm)");
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
    // Accounts 0–4: an open or lost deal each (prospects); 5–8 in negotiation until the
    // deployments demo wins them (5–6 installing, 7–8 live); 9 won long ago, then churned.
    const won = i === CHURNED;
    const stage: DealStage = won ? "WON" : i >= CUSTOMERS[0] ? "NEGOTIATION" : STAGES[i % STAGES.length]!;
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
    for (const l of created) {
      await db.subscription.create({
        data: { tenantId, accountId: account.id, billingAccountId: account.id, serviceLineId: l.id, status: "CANCELLED", startDate: month(-2), endDate: month(-1) },
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
