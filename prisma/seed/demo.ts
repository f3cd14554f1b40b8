/**
 * The demo world: two resellers with SSO against the dev identity provider and one member
 * per role. Data only — the dev seed, the e2e tests and the dev IdP (which must know these
 * people) all read it from here.
 */
import type { Locale, Role } from "../../src/generated/prisma/enums";

/** `holidayRegion`: where someone works when it is not the tenant's region (its public holidays apply to them). */
export type DemoPerson = { email: string; name: string; roles: Role[]; holidayRegion?: string };
export type DemoTenant = {
  slug: string;
  name: string;
  locale: Locale;
  country: string;
  /** The holiday region (a date-holidays state code), null for the nationwide list. */
  region: string | null;
  timezone: string;
  domain: string;
  sso: { clientId: string; clientSecret: string };
  people: DemoPerson[];
};

export const DEV_IDP_ISSUER = process.env.DEV_IDP_ISSUER ?? "http://localhost:4000";

export const DEMO_TENANTS: DemoTenant[] = [
  {
    slug: "acme",
    name: "Acme Telecom",
    locale: "en",
    country: "GB",
    region: "ENG",
    timezone: "Europe/London",
    domain: "acme-telecom.test",
    sso: { clientId: "acme", clientSecret: "acme-dev-secret" },
    people: [
      { email: "alice@acme-telecom.test", name: "Alice Morgan", roles: ["ADMIN"] },
      { email: "mark@acme-telecom.test", name: "Mark Hughes", roles: ["MANAGER"] },
      { email: "sam@acme-telecom.test", name: "Sam Patel", roles: ["SALES"] },
      { email: "ada@acme-telecom.test", name: "Ada Collins", roles: ["SALES_ADMIN"] },
      // Covers Acme's Scottish customers from Glasgow: Scotland's bank holidays, not England's.
      { email: "tom@acme-telecom.test", name: "Tom Baker", roles: ["TECHNICIAN"], holidayRegion: "SCT" },
      { email: "sue@acme-telecom.test", name: "Sue Walker", roles: ["SUPPORT"] },
      { email: "vic@acme-telecom.test", name: "Vic Turner", roles: ["VIEWER"] },
    ],
  },
  {
    slug: "breizh",
    name: "Breizh Télécom",
    locale: "fr",
    country: "FR",
    region: null,
    timezone: "Europe/Paris",
    domain: "breizh-telecom.test",
    sso: { clientId: "breizh", clientSecret: "breizh-dev-secret" },
    people: [
      { email: "anne@breizh-telecom.test", name: "Anne Le Goff", roles: ["ADMIN"] },
      { email: "yann@breizh-telecom.test", name: "Yann Kerhervé", roles: ["MANAGER"] },
      { email: "soizic@breizh-telecom.test", name: "Soizic Le Bihan", roles: ["SALES"] },
      { email: "gwen@breizh-telecom.test", name: "Gwenaëlle Morvan", roles: ["SALES_ADMIN"] },
      { email: "loic@breizh-telecom.test", name: "Loïc Tanguy", roles: ["TECHNICIAN"] },
      { email: "maela@breizh-telecom.test", name: "Maëla Riou", roles: ["SUPPORT"] },
      { email: "erwan@breizh-telecom.test", name: "Erwan Guillou", roles: ["VIEWER"] },
    ],
  },
];

export { ssoProviderId } from "../../src/server/auth/provider-id";
