/** Shapes shared by the template library's components. */
import type { RouterOutputs } from "@/components/router-types";

export type TemplateSummary = RouterOutputs["templates"]["list"][number];

/** What a row action tells the page once it is done: a sentence, and maybe where to go next. */
export type Outcome = { tone: "success" | "error"; text: string; link?: { href: string; label: string } };
