/**
 * The live-refresh message: "these projects and these people's My day changed in this tenant".
 * It carries ids only, never data — a browser that hears it refetches through the ordinary
 * tenant-checked queries. It crosses processes over Redis, so it is validated on receipt like
 * any other outside input.
 */
import { z } from "zod";

export const liveChange = z.object({
  tenantId: z.uuid(),
  projectIds: z.array(z.uuid()),
  membershipIds: z.array(z.uuid()),
  /** When the change was committed (ms since epoch); lets a listener ignore stale news. */
  at: z.number().int().nonnegative(),
});
export type LiveChange = z.infer<typeof liveChange>;

/** One channel per tenant, so a process only hears the tenants its browsers are looking at. */
export function liveChannel(prefix: string, tenantId: string): string {
  return `${prefix}:live:${tenantId}`;
}

/** The change in a Redis message, or null when it is not JSON or not a change. */
export function parseChange(raw: string): LiveChange | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = liveChange.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** What a page is watching: one project's page, or (no projectId) the member's My day. */
export type LiveInterest = { projectId?: string; membershipId: string };

/**
 * A project page cares about its project; My day cares about the actions assigned to its
 * member, which the cascade reports as that member's id.
 */
export function changeConcerns(change: LiveChange, interest: LiveInterest): boolean {
  return interest.projectId !== undefined
    ? change.projectIds.includes(interest.projectId)
    : change.membershipIds.includes(interest.membershipId);
}
