/** The shapes deal pages receive, inferred from the procedures so they never drift. */
import type { RouterInputs as In, RouterOutputs as Out } from "@/components/router-types";

export type BoardColumn = Out["deals"]["board"][number];
export type BoardCard = BoardColumn["cards"][number];
export type DealList = Out["deals"]["list"];
export type DealDetail = Out["deals"]["get"];
export type DealLine = DealDetail["lines"][number];
export type DealActivity = DealDetail["activity"][number];
export type ServiceType = Out["catalogue"]["list"][number];
export type MarkWonResult = Out["deals"]["markWon"];
export type LineInput = In["deals"]["addLine"];
