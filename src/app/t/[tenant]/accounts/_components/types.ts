/** The shapes account pages receive, inferred from the procedures so they never drift. */
import type { RouterOutputs as Out } from "@/components/router-types";

export type AccountList = Out["accounts"]["list"];
export type AccountRow = AccountList["rows"][number];
export type AccountDetail = Out["accounts"]["get"];
export type Contact = AccountDetail["contacts"][number];
export type AccountDeal = AccountDetail["deals"][number];
export type AccountSubscription = AccountDetail["subscriptions"][number];
export type ActivityEntry = AccountDetail["activity"][number];
export type ImportSummary = Out["accounts"]["import"];
