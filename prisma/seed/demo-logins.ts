/**
 * The demo logins as `npm run seed` prints them and dx shows them: each tenant with its people
 * and their roles named in that tenant's language, as its members read them in the app.
 */
import { MESSAGES } from "../../src/i18n/messages";
import type { DemoTenant } from "./demo";

export function demoLogins(tenants: readonly DemoTenant[]): string[] {
  return tenants.flatMap((t) => {
    const roleName = MESSAGES[t.locale].roles;
    return [
      `  ${t.name} — /t/${t.slug} (${t.locale}, SSO for @${t.domain})`,
      ...t.people.map((p) => `    ${p.email.padEnd(30)} ${p.name.padEnd(20)} ${p.roles.map((r) => roleName[r]).join(", ")}`),
    ];
  });
}
