/** CRM procedures: accounts, contacts, catalogue, pipeline, deals and their lines, Mark Won. */
import { getAccount } from "@/server/crm/account-detail";
import { listAccounts } from "@/server/crm/account-list";
import { createAccount, updateAccount, updateAccountNotes } from "@/server/crm/accounts";
import { listServiceTypes, saveServiceType } from "@/server/crm/catalogue";
import { createContact, setContactActive, updateContact } from "@/server/crm/contacts";
import { getDeal } from "@/server/crm/deal-detail";
import { markDealWon } from "@/server/crm/deal-won";
import { dealBoard, listDeals } from "@/server/crm/deal-lists";
import { asDate, createDeal, moveDealStage, updateDeal } from "@/server/crm/deals";
import { dealForecast } from "@/server/crm/forecast-query";
import { importAccounts } from "@/server/crm/import/run";
import { addLine, removeLine, updateLine } from "@/server/crm/lines";
import { getProbabilities, setProbabilities } from "@/server/crm/pipeline";
import { probabilitiesInput } from "@/server/crm/stages";
import { markWonPlan } from "@/server/deployments/won-plan";
import { memberDirectory } from "@/server/identity/members";
import { createTRPCRouter, roleProcedure, tenantProcedure } from "@/server/trpc";
import {
  accountIdInput,
  accountNotesInput,
  createAccountInput,
  createContactInput,
  listAccountsInput,
  setContactActiveInput,
  updateAccountInput,
  updateContactInput,
} from "./accounts.schema";
import {
  addLineInput,
  createDealInput,
  createServiceTypeInput,
  dealIdInput,
  lineIdInput,
  listDealsInput,
  markWonInput,
  moveDealInput,
  ownerFilterInput,
  updateDealInput,
  updateLineInput,
  updateServiceTypeInput,
} from "./deals.schema";
import { importAccountsInput } from "./import.schema";

/** Selling: admins, managers, sales and sales admins; everyone else reads. */
const seller = roleProcedure("ADMIN", "MANAGER", "SALES", "SALES_ADMIN");
/** Catalogue and pipeline settings. */
const manager = roleProcedure("ADMIN", "MANAGER");

export const accountsRouter = createTRPCRouter({
  list: tenantProcedure.input(listAccountsInput).query(({ ctx, input }) => listAccounts(ctx.db, input)),
  get: tenantProcedure.input(accountIdInput).query(({ ctx, input }) => getAccount(ctx.db, input.id)),
  create: seller.input(createAccountInput).mutation(({ ctx, input }) => createAccount(ctx.db, ctx.user.id, input)),
  update: seller.input(updateAccountInput).mutation(({ ctx, input: { id, ...f } }) => updateAccount(ctx.db, ctx.user.id, id, f)),
  setNotes: seller.input(accountNotesInput).mutation(({ ctx, input }) => updateAccountNotes(ctx.db, ctx.user.id, input.id, input.notes)),
  addContact: seller.input(createContactInput).mutation(({ ctx, input: { accountId, ...f } }) => createContact(ctx.db, ctx.user.id, accountId, f)),
  updateContact: seller.input(updateContactInput).mutation(({ ctx, input: { id, ...f } }) => updateContact(ctx.db, ctx.user.id, id, f)),
  // A file of thousands of rows is checked and written in one transaction.
  import: seller.meta({ scope: "tenant", transactionTimeoutMs: 60_000 }).input(importAccountsInput).mutation(({ ctx, input }) => importAccounts(ctx.db, ctx.user.id, input)),
  setContactActive: seller.input(setContactActiveInput).mutation(({ ctx, input }) => setContactActive(ctx.db, ctx.user.id, input.id, input.active)),
});

export const catalogueRouter = createTRPCRouter({
  list: tenantProcedure.query(({ ctx }) => listServiceTypes(ctx.db)),
  create: manager.input(createServiceTypeInput).mutation(({ ctx, input }) => saveServiceType(ctx.db, ctx.user.id, null, input)),
  update: manager.input(updateServiceTypeInput).mutation(({ ctx, input: { id, ...f } }) => saveServiceType(ctx.db, ctx.user.id, id, f)),
  probabilities: tenantProcedure.query(({ ctx }) => getProbabilities(ctx.db)),
  setProbabilities: manager.input(probabilitiesInput).mutation(({ ctx, input }) => setProbabilities(ctx.db, ctx.user.id, input)),
});

export const dealsRouter = createTRPCRouter({
  list: tenantProcedure.input(listDealsInput).query(({ ctx, input }) => listDeals(ctx.db, input)),
  board: tenantProcedure.input(ownerFilterInput).query(({ ctx, input }) => dealBoard(ctx.db, input.ownerId)),
  forecast: tenantProcedure.input(ownerFilterInput).query(({ ctx, input }) => dealForecast(ctx.db, input.ownerId)),
  get: tenantProcedure.input(dealIdInput).query(({ ctx, input }) => getDeal(ctx.db, input.id)),
  create: seller.input(createDealInput).mutation(({ ctx, input: { accountId, currency, ...f } }) => createDeal(ctx.db, ctx.user.id, accountId, currency, f)),
  update: seller.input(updateDealInput).mutation(({ ctx, input: { id, ...f } }) => updateDeal(ctx.db, ctx.user.id, id, f)),
  move: seller.input(moveDealInput).mutation(({ ctx, input }) => moveDealStage(ctx.db, ctx.user.id, input.id, input.stage, input.lostReason)),
  addLine: seller.input(addLineInput).mutation(({ ctx, input: { dealId, ...f } }) => addLine(ctx.db, ctx.user.id, dealId, f)),
  updateLine: seller.input(updateLineInput).mutation(({ ctx, input: { id, ...f } }) => updateLine(ctx.db, ctx.user.id, id, f)),
  removeLine: seller.input(lineIdInput).mutation(({ ctx, input }) => removeLine(ctx.db, ctx.user.id, input.id)),
  markWon: seller
    .input(markWonInput)
    .mutation(({ ctx, input }) => markDealWon(ctx.db, ctx.user.id, input.id, input.wonAt ? asDate(input.wonAt) : new Date(), input.projects)),
  /** What Mark Won will create: templates, people and schedule per line that needs installing. */
  markWonPlan: tenantProcedure.input(dealIdInput).query(({ ctx, input }) => markWonPlan(ctx.db, input.id)),
});

export const directoryRouter = createTRPCRouter({
  /** Members as people to pick (owner, sales rep…): any member may see their colleagues. */
  members: tenantProcedure.query(({ ctx }) => memberDirectory(ctx.db)),
});
