/** Activity rows with the name of who did each change, for the pages that show a history. */
import type { TenantDb } from "@/server/db/tenant";

export async function withActorNames<A extends { actorId: string | null }>(db: TenantDb, activity: A[]): Promise<(A & { actorName: string | null })[]> {
  const actorIds = [...new Set(activity.map((a) => a.actorId).filter((x): x is string => Boolean(x)))];
  const actors = actorIds.length ? await db.membership.findMany({ where: { userId: { in: actorIds } }, select: { userId: true, user: { select: { name: true } } } }) : [];
  const nameOf = new Map(actors.map((a) => [a.userId, a.user.name]));
  return activity.map((a) => ({ ...a, actorName: a.actorId ? (nameOf.get(a.actorId) ?? null) : null }));
}
