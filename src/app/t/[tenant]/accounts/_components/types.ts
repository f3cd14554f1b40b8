/** The shapes account pages receive, inferred from the procedures so they never drift. */
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

type Out = inferRouterOutputs<AppRouter>;

export type AccountList = Out["accounts"]["list"];
export type AccountRow = AccountList["rows"][number];
export type AccountDetail = Out["accounts"]["get"];
export type Contact = AccountDetail["contacts"][number];
export type AccountDeal = AccountDetail["deals"][number];
export type AccountSubscription = AccountDetail["subscriptions"][number];
export type ActivityEntry = AccountDetail["activity"][number];
export type Member = Out["directory"]["members"][number];
export type ImportSummary = Out["accounts"]["import"];
export type AccountRef = { id: string; name: string };
