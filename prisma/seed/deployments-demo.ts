/**
 * Running deployment projects for a demo tenant (issue 10), so `npm run dx` opens on a
 * lived-in My day for each demo role. The CRM demo's customer deals, and three more, are won
 * THROUGH Mark Won at past instants, then worked on through the app's own commands — actions
 * completed, started, blocked, re-dated, a project put on hold — each followed, in the same
 * unit of work and at the same instant, by the cascade the events worker would apply. Every
 * instant is counted in business days back from the real today, so a fresh seed always has:
 *
 *  - technician: overdue (a 3CX instance started long ago, phones blocked on damaged
 *    handsets), due today (a fibre router to prepare two days before the carrier installs),
 *    upcoming (a configuration whose due date was moved);
 *  - sales admin: an overdue carrier action (porting date not confirmed), billing to activate
 *    today, an eligibility check upcoming;
 *  - sales rep: a kick-off due today; support: an as-built hand-over due today;
 *  - manager: the blocked action's notification; one project on hold with its reason;
 *  - three projects live (their subscriptions active from go-live, their accounts ACTIVE).
 *
 * Skipped when the tenant already has projects.
 *
 * Two things a request does not do, and why the seed does:
 *  - Nothing is handed to Redis (each unit's after-commit hooks are dropped): the seed applies
 *    every event itself, so there is nothing left for the worker, and no browser is watching.
 *    The hand-offs would also open Redis connections that keep the seed process alive — and,
 *    with Redis down, an enqueue that never settles.
 *  - Rows a unit writes get its instant as their timestamps (created/updated at), so the
 *    activity log and the notifications read "3 weeks ago", not "just now".
 */
import { TZDate } from "@date-fns/tz";
import type { Locale } from "../../src/generated/prisma/enums";
import { addBusinessDays, localDate, type BusinessCalendar, type IsoDate } from "../../src/server/calendar/business-days";
import { businessCalendar } from "../../src/server/calendar/member-calendar";
import type { AttributeValues, CatalogueCode } from "../../src/server/crm/attributes";
import { catalogueTypeName } from "../../src/server/crm/catalogue-defaults";
import { markDealWon } from "../../src/server/crm/deal-won";
import { asDate } from "../../src/server/crm/deals";
import type { Db } from "../../src/server/db/clients";
import { withTenant, type TenantDb } from "../../src/server/db/tenant";
import { actorOf, blockActionNow, completeActionNow, moveActionDue, startActionNow, type ActorRef } from "../../src/server/deployments/action-commands";
import { applyPendingEvents } from "../../src/server/deployments/apply-events";
import { changeStatus } from "../../src/server/deployments/project-commands";
import { COMPANIES, CUSTOMERS } from "./crm-demo";

type Text = {
  deals: { secondSite: string; newSite: string; fibre: string };
  sites: { secondSite: string; newSite: string; fibre: string };
  notes: { mandate: string; courier: string; survey: string; approved: string };
  hold: string;
  block: string;
  move: string;
  today: string;
};

const TEXT: Record<Locale, Text> = {
  en: {
    deals: { secondSite: "Second site: fibre and numbers", newSite: "New site phone system", fibre: "Fibre upgrade" },
    sites: { secondSite: "Unit 7, Kirkstall Road, Leeds LS4 2BT", newSite: "Bluebell House, 5 Mill Lane, Harrogate HG1 2PL", fibre: "Kingfisher Hotel, 40 Princes Street, Edinburgh EH2 2BY" },
    notes: { mandate: "Signed mandate and a recent invoice received.", courier: "Delivery booked with the courier.", survey: "Survey done: duct access is fine.", approved: "Approved after the test calls." },
    hold: "The new site opens in the spring: the customer asked us to pause until the building is handed over.",
    block: "Two handsets arrived damaged: the distributor is sending replacements.",
    move: "The customer is still finalising the extension list and call groups.",
    today: "The customer's site manager can only let us in today.",
  },
  fr: {
    deals: { secondSite: "Deuxième site : fibre et numéros", newSite: "Téléphonie du nouveau site", fibre: "Passage à la fibre" },
    sites: { secondSite: "8 rue de Kerichen, 29200 Brest", newSite: "Hôtel de la Pointe, 29217 Le Conquet", fibre: "3 place de la Résistance, 29000 Quimper" },
    notes: { mandate: "Mandat signé et facture récente reçus.", courier: "Livraison programmée avec le transporteur.", survey: "Visite faite : l'accès au fourreau est bon.", approved: "Validé après les appels de test." },
    hold: "Le nouveau site n'ouvre qu'au printemps : le client nous demande d'attendre la livraison du bâtiment.",
    block: "Deux postes sont arrivés endommagés : le distributeur envoie des remplacements.",
    move: "Le client finalise encore la liste des postes et des groupes d'appel.",
    today: "Le responsable du site ne peut nous accueillir qu'aujourd'hui.",
  },
};

type Line = { code: CatalogueCode; quantity: number; attributes: AttributeValues };
/** Without `name` and `lines`: the CRM demo's deal of that account. */
type DealPlan = { key: string; account: number; name?: string; lines?: Line[]; targetAfter: number };
type Command =
  | { kind: "win"; plan: DealPlan }
  | { kind: "complete"; key: string; captured?: IsoDate; note?: string }
  | { kind: "start"; key: string }
  | { kind: "block"; key: string; reason: string }
  | { kind: "move"; key: string; to: IsoDate; reason: string }
  | { kind: "hold"; reason: string }
  /** Completes whatever is available (a project driven to go-live); nothing once it is live. */
  | { kind: "wave" };
type Step = { at: Date; deal: string; line?: CatalogueCode; command: Command };

/** Dates from the real today: `ago` an instant n business days back, `day` a date n business days away. */
type When = { ago: (n: number, hour: number) => Date; day: (n: number, cal?: BusinessCalendar) => IsoDate };

/** The story of one tenant: which deals are won when, and what is done to their projects. */
function scenario(text: Text, when: When, techCal: BusinessCalendar) {
  const [a5, a6, a7, a8] = CUSTOMERS;
  const steps: Step[] = [];
  const win = (plan: DealPlan, wonAgo: number, hour: number) => steps.push({ at: when.ago(wonAgo, hour), deal: plan.key, command: { kind: "win", plan } });
  const on = (deal: string, line: CatalogueCode) => (n: number, hour: number, command: Exclude<Command, { kind: "win" }>) => steps.push({ at: when.ago(n, hour), deal, line, command });
  const done = (key: string, extra: { captured?: IsoDate; note?: string } = {}) => ({ kind: "complete" as const, key, ...extra });
  const waves = (deal: string, lines: CatalogueCode[], from: number) => {
    for (let n = from; n >= 10; n -= 2) for (const line of lines) on(deal, line)(n, line === lines[0] ? 10 : 15, { kind: "wave" });
  };

  // Account 5: 3CX porting three numbers (remote) + number porting, won four weeks ago.
  win({ key: "a5", account: a5, targetAfter: 18 }, 20, 16);
  const p1 = on("a5", "3cx");
  p1(19, 9, done("check-order"));
  p1(19, 11, done("send-mandate"));
  p1(13, 14, done("sign-mandate", { note: text.notes.mandate }));
  p1(12, 10, done("submit-porting")); // the carrier's porting date is due 10 days later: overdue
  p1(8, 9, { kind: "start", key: "create-instance" }); // due two days after the mandate: overdue
  const p2 = on("a5", "porting");
  p2(19, 10, done("check-order"));
  p2(18, 11, done("kick-off"));
  p2(17, 9, done("order-equipment"));
  p2(15, 16, done("supplier-confirms", { note: text.notes.courier }));
  p2(11, 10, done("receive-equipment"));
  p2(10, 15, done("confirm-installation-date", { captured: when.day(-6) }));
  p2(6, 11, done("install"));
  p2(5, 16, done("as-built"));
  p2(1, 12, done("approve", { note: text.notes.approved })); // go-live: billing and hand-over due today

  // Account 6: 3CX on-site, won three weeks ago, stuck in delivery; and a second site won yesterday.
  win({ key: "a6", account: a6, targetAfter: 30 }, 14, 11);
  const p3 = on("a6", "3cx");
  p3(13, 9, done("check-order"));
  p3(12, 14, done("order-phones"));
  p3(11, 10, done("create-instance"));
  p3(9, 16, done("confirm-installation-date", { captured: when.day(6) }));
  p3(8, 9, { kind: "start", key: "configure" });
  p3(3, 15, { kind: "block", key: "provision-phones", reason: text.block });
  p3(2, 11, { kind: "move", key: "configure", to: when.day(3, techCal), reason: text.move });
  const secondSite: DealPlan = {
    key: "a6-site",
    account: a6,
    name: text.deals.secondSite,
    targetAfter: 35,
    lines: [
      { code: "ftto", quantity: 1, attributes: { bandwidth: "500M", siteAddress: text.sites.secondSite } },
      { code: "porting", quantity: 4, attributes: { numbersToPort: 4 } },
    ],
  };
  win(secondSite, 1, 10); // the fibre's eligibility check is due tomorrow
  on("a6-site", "porting")(1, 15, done("check-order")); // the sales rep's kick-off is due today

  // Account 7: live for two months (both projects), and a new site on hold.
  win({ key: "a7", account: a7, targetAfter: 30 }, 55, 10);
  waves("a7", ["3cx", "porting"], 53);
  const newSite: DealPlan = {
    key: "a7-site",
    account: a7,
    name: text.deals.newSite,
    targetAfter: 40,
    lines: [{ code: "3cx", quantity: 20, attributes: { extensions: 20, numbersToPort: 6, onSiteInstallation: true, siteAddress: text.sites.newSite } }],
  };
  win(newSite, 9, 14);
  const p8 = on("a7-site", "3cx");
  p8(8, 10, done("check-order"));
  p8(8, 11, done("send-mandate"));
  p8(4, 17, { kind: "hold", reason: text.hold });

  // Account 8: live for six weeks, and a fibre upgrade whose carrier has booked the installation.
  win({ key: "a8", account: a8, targetAfter: 25 }, 45, 10);
  waves("a8", ["3cx"], 43);
  const fibre: DealPlan = {
    key: "a8-fibre",
    account: a8,
    name: text.deals.fibre,
    targetAfter: 45,
    lines: [{ code: "ftto", quantity: 1, attributes: { bandwidth: "1G", siteAddress: text.sites.fibre } }],
  };
  win(fibre, 26, 15);
  const p7 = on("a8-fibre", "ftto");
  p7(25, 10, done("check-order"));
  p7(24, 9, done("order-circuit"));
  p7(23, 14, done("order-router"));
  p7(10, 16, done("site-survey", { note: text.notes.survey }));
  // The router is prepared two (technician's) business days before the carrier installs: today.
  p7(5, 11, done("delivery-date", { captured: addBusinessDays(techCal, when.day(0, techCal), 2) }));

  return {
    steps: steps.map((s, i) => ({ s, i })).sort((a, b) => a.s.at.getTime() - b.s.at.getTime() || a.i - b.i).map(({ s }) => s),
    live: [["a7", "3cx"], ["a7", "porting"], ["a8", "3cx"]] as const,
    dueToday: { deal: "a8-fibre", line: "ftto" as const, key: "prepare-router", reason: text.today },
  };
}

const CREATED = ["Activity", "Notification", "ProjectEvent", "Project", "Action", "Subscription", "ServiceLine", "Deal"] as const;
const UPDATED = ["Project", "Action", "Deal", "Account"] as const;

/**
 * One unit of work at a past instant: the work, then the cascade the worker would apply, then
 * the unit's rows dated at the instant. After-commit hand-offs (queue, live refresh) are dropped.
 */
async function unit<T>(base: Db, tenantId: string, at: Date, work: (db: TenantDb) => Promise<T>): Promise<T> {
  const mark = new Date();
  return withTenant(
    tenantId,
    async (tenantDb) => {
      const db = Object.assign(Object.create(tenantDb) as TenantDb, { afterCommit: () => {} });
      const result = await work(db);
      for (let round = 0; ; round++) {
        const next = await db.projectEvent.findFirst({ where: { status: "PENDING" }, orderBy: { seq: "asc" }, select: { id: true } });
        if (!next) break;
        if (round === 10) throw new Error("demo seed: project events still pending after 10 rounds");
        await applyPendingEvents(db, next.id, at);
      }
      for (const table of CREATED) await db.$executeRawUnsafe(`UPDATE "${table}" SET "createdAt" = $1 WHERE "tenantId" = $2::uuid AND "createdAt" >= $3`, at, tenantId, mark);
      for (const table of UPDATED) await db.$executeRawUnsafe(`UPDATE "${table}" SET "updatedAt" = $1 WHERE "tenantId" = $2::uuid AND "updatedAt" >= $3`, at, tenantId, mark);
      return result;
    },
    { base, timeout: 30_000 },
  );
}

export async function seedDeploymentsDemo(base: Db, tenant: { id: string; locale: Locale }, now = new Date()) {
  if ((await base.project.count({ where: { tenantId: tenant.id } })) > 0) return;
  const run = <T>(at: Date, work: (db: TenantDb) => Promise<T>) => unit(base, tenant.id, at, work);

  const { calendar, members, types, accounts } = await withTenant(
    tenant.id,
    async (db) => ({
      calendar: await db.tenant.findFirstOrThrow({ where: { id: db.tenantId }, select: { workingDays: true, country: true, region: true, timezone: true } }),
      members: await db.membership.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, roles: true, holidayRegion: true, user: { select: { id: true, name: true } } } }),
      types: await db.serviceType.findMany({ select: { id: true, name: true, defaultUnitPrice: true, currency: true, defaultFrequency: true } }),
      accounts: await db.account.findMany({ select: { id: true, name: true, salesRepId: true, deals: { where: { stage: { notIn: ["WON", "LOST"] } }, select: { id: true } } } }),
    }),
    { base },
  );
  const actors = new Map<string, ActorRef>(members.map((m) => [m.id, actorOf(m.user, m)]));
  const holder = (role: "MANAGER" | "SALES" | "SALES_ADMIN" | "TECHNICIAN") => {
    const m = members.find((x) => x.roles.includes(role));
    if (!m) throw new Error(`demo seed: the tenant has no ${role}`);
    return m;
  };
  const [manager, salesAdmin, tech] = [actors.get(holder("MANAGER").id)!, actors.get(holder("SALES_ADMIN").id)!, holder("TECHNICIAN")];

  const tz = calendar.timezone;
  const today = localDate(now, tz);
  const year = Number(today.slice(0, 4));
  const years = { from: year - 1, to: year + 1 };
  const tenantCal = businessCalendar(calendar, years);
  const techCal = businessCalendar(calendar, years, { holidayRegion: tech.holidayRegion });
  const when: When = {
    ago(n, hour) {
      if (n < 1) throw new Error("demo seed: steps happen on past business days");
      const [y, m, d] = addBusinessDays(tenantCal, today, -n).split("-").map(Number) as [number, number, number];
      return new Date(new TZDate(y, m - 1, d, hour, 0, tz).getTime());
    },
    day: (n, cal = tenantCal) => addBusinessDays(cal, today, n),
  };
  const story = scenario(TEXT[tenant.locale], when, techCal);

  const typeOf = (code: CatalogueCode) => {
    const t = types.find((x) => x.name === catalogueTypeName(code, tenant.locale));
    if (!t) throw new Error(`demo seed: no service type for ${code}`);
    return t;
  };
  const dealIds = new Map<string, string>();
  const projectIds = new Map<string, string>();
  const projectOf = (deal: string, line: CatalogueCode | undefined) => projectIds.get(`${deal}:${line}`);

  async function winDeal(db: TenantDb, plan: DealPlan, at: Date): Promise<void> {
    const account = accounts.find((a) => a.name === COMPANIES[tenant.locale][plan.account]);
    if (!account) throw new Error(`demo seed: no account ${plan.account}`);
    const wonOn = localDate(at, tz);
    const target = asDate(addBusinessDays(tenantCal, wonOn, plan.targetAfter));
    let dealId = account.deals[0]?.id;
    if (plan.lines) {
      const first = typeOf(plan.lines[0]!.code);
      const deal = await db.deal.create({ data: { tenantId: db.tenantId, accountId: account.id, name: plan.name ?? "", stage: "NEGOTIATION", ownerId: account.salesRepId, targetCloseDate: target, currency: first.currency }, select: { id: true } });
      dealId = deal.id;
      for (const [position, l] of plan.lines.entries()) {
        const type = typeOf(l.code);
        await db.serviceLine.create({
          data: { tenantId: db.tenantId, dealId, position, serviceTypeId: type.id, quantity: l.quantity, unitPrice: type.defaultUnitPrice, frequency: type.defaultFrequency, commitmentMonths: type.defaultFrequency === "MONTHLY" ? 36 : 0, attributes: l.attributes },
        });
      }
    } else if (dealId) {
      // The Mark Won dialog proposes the deal's target date as each project's target go-live.
      await db.deal.update({ where: { tenantId_id: { tenantId: db.tenantId, id: dealId } }, data: { targetCloseDate: target } });
    } else {
      // A database seeded before this demo: the account's deal was written already won.
      console.warn(`demo seed: ${account.name} has no deal left to win; its projects are not seeded`);
      return;
    }
    const rep = actors.get(account.salesRepId ?? "") ?? actors.get(holder("SALES").id)!;
    const won = await markDealWon(db, rep.userId, dealId, at, [], at);
    // Negotiated for a month before the win.
    const opened = new Date(at.getTime() - 30 * 86_400_000);
    await db.$executeRaw`UPDATE "Deal" SET "createdAt" = ${opened} WHERE "tenantId" = ${db.tenantId}::uuid AND id = ${dealId}::uuid`;
    await db.$executeRaw`UPDATE "Account" SET "createdAt" = ${opened} WHERE "tenantId" = ${db.tenantId}::uuid AND id = ${account.id}::uuid AND "createdAt" > ${opened}`;
    const projects = await db.project.findMany({ where: { id: { in: won.projectIds } }, select: { id: true, serviceLine: { select: { serviceTypeId: true } } } });
    for (const p of projects) {
      const code = (["3cx", "ftto", "porting"] as const).find((c) => typeOf(c).id === p.serviceLine.serviceTypeId);
      projectIds.set(`${plan.key}:${code}`, p.id);
    }
    dealIds.set(plan.key, dealId);
  }

  async function act(db: TenantDb, projectId: string, c: Exclude<Command, { kind: "win" | "wave" }>, at: Date) {
    if (c.kind === "hold") return changeStatus(db, manager, projectId, "hold", c.reason, at);
    const action = await db.action.findFirst({ where: { projectId, key: c.key }, select: { id: true, assigneeId: true } });
    if (!action) throw new Error(`demo seed: project ${projectId} has no action ${c.key}`);
    // Staff do their own actions; the sales admin records the customer's and follows the carrier's.
    const actor = actors.get(action.assigneeId ?? "") ?? salesAdmin;
    if (c.kind === "complete") return completeActionNow(db, actor, action.id, { capturedDate: c.captured ?? null, note: c.note ?? null }, at);
    if (c.kind === "start") return startActionNow(db, actor, action.id, at);
    if (c.kind === "block") return blockActionNow(db, actor, action.id, c.reason, at);
    return moveActionDue(db, actor, action.id, { dueDate: c.to, reason: c.reason }, at);
  }

  for (const step of story.steps) {
    const { command, at } = step;
    if (command.kind === "win") {
      await run(at, (db) => winDeal(db, command.plan, at));
      continue;
    }
    if (!dealIds.has(step.deal)) continue;
    const projectId = projectOf(step.deal, step.line);
    if (!projectId) throw new Error(`demo seed: deal ${step.deal} has no ${step.line} project`);
    if (command.kind !== "wave") {
      await run(at, (db) => act(db, projectId, command, at));
      continue;
    }
    const open = await run(at, (db) =>
      db.action.findMany({ where: { projectId, availableAt: { not: null }, status: { in: ["TODO", "IN_PROGRESS"] }, project: { status: "ACTIVE" } }, orderBy: { position: "asc" }, select: { key: true, captureKey: true } }),
    );
    for (const [i, a] of open.entries()) {
      const t = new Date(at.getTime() + i * 20 * 60_000);
      // A date captured in passing (porting, installation) falls two business days later.
      const captured = a.captureKey ? addBusinessDays(tenantCal, localDate(t, tz), 2) : undefined;
      await run(t, (db) => act(db, projectId, { kind: "complete", key: a.key, captured }, t));
    }
  }

  const live = await base.project.findMany({ where: { tenantId: tenant.id, status: "LIVE" }, select: { id: true } });
  for (const [deal, line] of story.live) {
    const id = projectOf(deal, line);
    if (id && !live.some((p) => p.id === id)) throw new Error(`demo seed: the ${deal} ${line} project did not go live (did its template grow?)`);
  }
  // On a day off (a weekend, the technician's bank holiday) nothing is due today by the rules:
  // the customer asks for today, so the technician's today is never empty.
  const d = story.dueToday;
  const todayProject = projectOf(d.deal, d.line);
  if (todayProject) {
    const action = await base.action.findFirst({ where: { tenantId: tenant.id, projectId: todayProject, key: d.key }, select: { dueDate: true, status: true } });
    if (action && action.status !== "DONE" && action.dueDate?.toISOString().slice(0, 10) !== today) {
      await run(now, (db) => act(db, todayProject, { kind: "move", key: d.key, to: today, reason: d.reason }, now));
    }
  }
}
