/**
 * Bench: what the per-request session check costs, and whether folding it into the
 * membership lookup a tenant request already makes would pay: the session row read alone,
 * the membership read alone, both one after the other (what a request does), both at once,
 * one SQL statement doing both, and the whole check from the cookie (JWT decryption included).
 */
import { encode, getToken } from "next-auth/jwt";
import { env } from "../../src/env";
import { sessionOf } from "../../src/server/auth";
import { activeSession, startSession } from "../../src/server/auth/sessions";
import { resolveMembership } from "../../src/server/db/tenant-context";
import { hashToken } from "../../src/server/identity/tokens";
import { seedMember, seedTenant } from "../../prisma/seed/factories";
import type { BenchDatabase } from "./harness";
import { timeInterleaved, type Timing } from "./stats";

export type SessionCheckResult = Record<"session" | "membership" | "sequential" | "parallel" | "combined" | "fromCookie" | "jwtOnlyBefore", Timing>;

export async function benchSessionCheck(db: BenchDatabase, n: number): Promise<SessionCheckResult> {
  const owner = db.prisma(db.url);
  const tenants = [];
  for (let t = 0; t < 20; t++) tenants.push(await seedTenant(owner, { slug: `sess-${t}`, name: `Sessions ${t}` }));
  const people = [];
  for (let i = 0; i < 200; i++) {
    const tenant = tenants[i % 20]!;
    const m = await seedMember(owner, tenant.id, { email: `s${i}@sess.test`, name: `Person ${i}`, roles: ["SALES"] });
    people.push({ userId: m.user.id, slug: tenant.slug, email: m.user.email, name: m.user.name });
  }
  await owner.$disconnect();
  const sessions = [];
  for (const p of people) for (let k = 0; k < 5; k++) sessions.push({ ...p, token: (await startSession(p.userId, { userAgent: "bench", ipAddress: null })).token });
  const one = sessions[333]!;
  const secret = env().AUTH_SECRET;
  const salt = "authjs.session-token";
  const cookie = await encode({ token: { uid: one.userId, sid: one.token, email: one.email, name: one.name, signIn: { method: "email" } }, secret, salt });
  const headers = new Headers({ cookie: `${salt}=${cookie}` });
  const system = db.prisma(db.as("app_system"));
  const tokenHash = hashToken(one.token);

  const session = () => activeSession(one.token);
  const membership = () => resolveMembership(one.slug, one.userId);
  const combined = () => system.$queryRaw`
    SELECT s.id, s."userId", s."lastSeenAt", s."expiresAt", s."revokedAt", m.id AS "membershipId", m.roles, t.id AS "tenantId", t.slug, t.name, t.locale, t.timezone, t.country, t."brandColor", c."enforceSso"
    FROM "UserSession" s
    LEFT JOIN "Tenant" t ON t.slug = ${one.slug}
    LEFT JOIN "Membership" m ON m."tenantId" = t.id AND m."userId" = s."userId"
    LEFT JOIN "SsoConnection" c ON c."tenantId" = t.id
    WHERE s."tokenHash" = ${tokenHash}`;
  // Interleaved, one run of each per round, so that load from elsewhere falls on all alike.
  const variants = {
    session,
    membership,
    sequential: async () => {
      await session();
      await membership();
    },
    parallel: () => Promise.all([session(), membership()]),
    combined,
    fromCookie: () => sessionOf(headers),
    // What reading the session cost before it had a row: Auth.js decoded the JWT and re-encoded it.
    jwtOnlyBefore: async () => encode({ token: (await getToken({ req: { headers }, secret }))!, secret, salt }),
  };
  const result = await timeInterleaved(variants, n);
  return result;
}
