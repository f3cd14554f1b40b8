import { redirect } from "next/navigation";
import { currentUser } from "@/server/auth";
import { tenantsOf } from "@/server/db/tenant-context";

/** `/`: signed-in people land in their first tenant, everyone else on the login page. */
export default async function Home() {
  const user = await currentUser();
  if (!user) redirect("/login");
  const [first] = await tenantsOf(user.id);
  redirect(first ? `/t/${first.slug}` : "/login?error=no-tenant");
}
