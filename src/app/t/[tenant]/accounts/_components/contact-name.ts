/** How a contact is named on screen: first and last name, or the email of a contact imported with no name. */
export function contactName(c: { firstName: string; lastName: string; email: string | null }): string {
  return `${c.firstName} ${c.lastName}`.trim() || c.email || "—";
}
