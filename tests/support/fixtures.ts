/** Integration-test worlds built with the same factories as the dev seed and the bench. */
import { createCaller } from "@/server/root";
import { createContext } from "@/server/trpc";
import type { SessionUser } from "@/server/auth/session-user";
import { createDb, type Db } from "@/server/db/clients";
import { seedMember, seedTenant, unique } from "../../prisma/seed/factories";

let owner: Db | undefined;
/** The tables' owner: sees everything, for arranging and checking. */
export function ownerDb(): Db {
  owner ??= createDb(process.env.DATABASE_URL!, 3);
  return owner;
}

export async function makeTenant(label: string) {
  const db = ownerDb();
  const slug = unique(label);
  const tenant = await seedTenant(db, { slug, name: `${label} ${slug}` });
  const admin = await seedMember(db, tenant.id, { email: `admin@${slug}.test`, name: `${label} Admin`, roles: ["ADMIN"] });
  const tech = await seedMember(db, tenant.id, { email: `tech@${slug}.test`, name: `${label} Tech`, roles: ["TECHNICIAN"] });
  const adminUser: SessionUser = { id: admin.user.id, email: admin.user.email, name: admin.user.name, signIn: { method: "email" } };
  return { tenant, slug, admin, tech, adminUser };
}

/** A tRPC caller as `user`, on the page of tenant `slug`, as the browser would call. */
export function callerFor(user: SessionUser | null, slug: string | null) {
  return createCaller(createContext({ requestId: unique("req"), user, tenantSlug: slug }));
}
