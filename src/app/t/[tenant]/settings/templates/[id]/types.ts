/** What the builder reads from the server, inferred from the router so it never drifts. */
import type { RouterOutputs } from "@/components/router-types";

export type TemplateDetail = RouterOutputs["templates"]["get"];
export type ServiceTypeOption = RouterOutputs["catalogue"]["list"][number];
