/**
 * The people of a project (DESIGN §4): one member per staff role the project's actions need,
 * resolved from the customer file — the account's sales rep, sales admin and technician, the
 * deal's owner — and otherwise the first colleague who holds the role. Carrier actions are
 * followed by the sales admin; customer actions belong to the account's technical contact, not
 * to a member. The manager is always on the project: blocked actions escalate to them.
 */
import type { Role } from "@/generated/prisma/enums";
import type { AttributeValues } from "@/server/crm/attributes";
import { evaluateCondition } from "@/server/templates/condition";
import { actionsOf, STAFF_ACTION_ROLES, type ActionRole, type TemplateDocument } from "@/server/templates/document";

export type StaffRole = (typeof STAFF_ACTION_ROLES)[number];
export type People = Partial<Record<StaffRole, string | null>>;
export type Candidate = { id: string; name: string; roles: readonly Role[] };

const isStaff = (r: ActionRole): r is StaffRole => (STAFF_ACTION_ROLES as readonly string[]).includes(r);

/** The member who does (or, for a carrier, follows) an action of this role; customers' are nobody's. */
export function responsibleRole(role: ActionRole): StaffRole | null {
  if (role === "CARRIER") return "SALES_ADMIN";
  return isStaff(role) ? role : null;
}

/** Staff roles the line's existing actions need, in the catalogue's order, the manager always. */
export function rolesNeeded(document: TemplateDocument, attributes: AttributeValues): StaffRole[] {
  const needed = new Set<StaffRole>(["MANAGER"]);
  for (const { action } of actionsOf(document)) {
    const role = responsibleRole(action.role);
    if (role && evaluateCondition(action.condition, attributes)) needed.add(role);
  }
  return STAFF_ACTION_ROLES.filter((r) => needed.has(r));
}

export type CustomerFile = { salesRepId: string | null; salesAdminId: string | null; technicianId: string | null; dealOwnerId: string | null };

/** Who the customer file names for a role, if they still hold it; else the first holder (members come sorted by name). */
export function defaultPerson(role: StaffRole, file: CustomerFile, members: readonly Candidate[]): string | null {
  const named: Partial<Record<StaffRole, (string | null)[]>> = {
    SALES: [file.salesRepId, file.dealOwnerId],
    SALES_ADMIN: [file.salesAdminId],
    TECHNICIAN: [file.technicianId],
  };
  const holders = members.filter((m) => m.roles.includes(role));
  for (const id of named[role] ?? []) if (id && holders.some((m) => m.id === id)) return id;
  return holders[0]?.id ?? null;
}

export function defaultPeople(roles: readonly StaffRole[], file: CustomerFile, members: readonly Candidate[]): Record<string, string | null> {
  return Object.fromEntries(roles.map((r) => [r, defaultPerson(r, file, members)]));
}
