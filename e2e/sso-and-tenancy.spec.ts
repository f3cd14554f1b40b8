import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { startDnsServer, type DnsServer } from "../tests/support/dns-server";
import { E2E } from "./fixtures/env";
import { STORAGE } from "./fixtures/sso";

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe("as Alice, admin of Acme Telecom (signed in through SSO)", () => {
  test.use({ storageState: STORAGE.alice });

  test("lands in her tenant with her name and the English shell", async ({ page }) => {
    await page.goto("/t/acme");
    await expect(page.getByRole("heading", { name: "Hello, Alice" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Settings" })).toBeVisible();
    await expect(page.getByTestId("current-user")).toHaveText("Alice Morgan");
  });

  test("another tenant's pages are a 404 for her", async ({ page }) => {
    const res = await page.goto("/t/breizh/settings/members");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText("Anne Le Goff")).toHaveCount(0);
  });

  test("a bad OIDC issuer is refused with the reason next to the field", async ({ page }) => {
    await page.goto("/t/acme/settings/sso");
    const issuer = page.getByLabel("Issuer URL");
    await expect(issuer).toHaveValue(/localhost/);
    await issuer.fill("http://127.0.0.1:9/not-an-idp");
    await page.getByRole("button", { name: "Save SSO settings" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "No OpenID provider could be reached" })).toBeVisible();
    await page.getByRole("button", { name: "Test connection" }).click();
    await expect(page.getByText("Connection test failed")).toBeVisible();
  });
});

test.describe("as Alice, setting up SSO for a new domain", () => {
  test.use({ storageState: STORAGE.alice, permissions: ["clipboard-read", "clipboard-write"] });
  // The app resolves through DNS_SERVERS, which scripts/test.mjs points at this port.
  let dns: DnsServer;
  test.beforeAll(async () => {
    dns = await startDnsServer({ port: E2E.dnsPort });
  });
  test.afterAll(() => dns.close());

  test("copies the redirect URI to register at the identity provider", async ({ page }) => {
    await page.goto("/t/acme/settings/sso");
    const uri = `${E2E.appUrl}/api/auth/callback/sso-acme`;
    await expect(page.getByRole("heading", { name: "1. Register Switchboard at your identity provider" })).toBeVisible();
    await expect(page.getByText(uri, { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Copy redirect URI" }).click();
    await expect(page.getByRole("button", { name: "Copy redirect URI" })).toHaveText("Copied");
    expect(await clipboard(page)).toBe(uri);
  });

  test("adds a domain, sees the TXT record to create, and verifies it once the record exists", async ({ page }) => {
    const domain = `acme-group-${randomBytes(3).toString("hex")}.test`;
    await page.goto("/t/acme/settings/sso");
    const domains = page.getByRole("list", { name: "Email domains" });
    await expect(domains.getByRole("listitem", { name: "acme-telecom.test" }).getByText("Verified", { exact: true })).toBeVisible();

    await page.getByLabel("Domain", { exact: true }).fill(domain);
    await page.getByLabel("Domain", { exact: true }).press("Enter");
    await expect(page.getByText(`${domain} is added. Create its DNS record, shown below, to verify it.`)).toBeVisible();
    const row = domains.getByRole("listitem", { name: domain });
    await expect(row.getByText("Pending verification")).toBeVisible();
    await expect(row.getByTestId("record-name")).toHaveText(`_switchboard-challenge.${domain}`);
    await row.getByRole("button", { name: "Copy record value" }).click();
    const value = await clipboard(page);
    expect(value).toMatch(/^switchboard-verification=[0-9a-f]{32}$/);
    await expect(row.getByTestId("record-value")).toHaveText(value);

    await row.getByRole("button", { name: `Verify ${domain}` }).click();
    await expect(row.getByText(`No TXT record found at _switchboard-challenge.${domain} yet.`, { exact: false })).toBeVisible();
    await expect(row.getByText("Pending verification")).toBeVisible();

    dns.setTxt(`_switchboard-challenge.${domain}`, [value]);
    await row.getByRole("button", { name: `Verify ${domain}` }).click();
    await expect(row.getByText("Verified", { exact: true })).toBeVisible();
    await expect(row.getByText(/^Verified on .+ by Alice Morgan with a DNS record\.$/)).toBeVisible();
    await expect(row.getByTestId("record-name")).toHaveCount(0);

    // Removing it leaves the demo as it was, and asks first.
    await row.getByRole("button", { name: `Remove ${domain}` }).click();
    await row.getByRole("button", { name: "Yes, remove" }).click();
    await expect(domains.getByRole("listitem", { name: domain })).toHaveCount(0);
  });
});

test.describe("as Anne, admin of Breizh Télécom", () => {
  test.use({ storageState: STORAGE.anne, locale: "en-GB" });

  test("the French tenant's UI is in French even in an English browser", async ({ page }) => {
    await page.goto("/t/breizh");
    await expect(page.getByRole("heading", { name: "Bonjour, Anne" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    await expect(nav.getByRole("link", { name: "Ma journée" })).toBeVisible();
    await nav.getByRole("link", { name: "Paramètres" }).click();
    await expect(page.getByRole("heading", { name: "Inviter un membre" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  });

  test("her own language choice wins over the tenant's, and can be undone", async ({ page }) => {
    await page.goto("/t/breizh");
    await page.getByLabel("Langue").selectOption("en");
    await expect(page.getByRole("heading", { name: "Hello, Anne" })).toBeVisible();
    await page.getByLabel("Language").selectOption("");
    await expect(page.getByRole("heading", { name: "Bonjour, Anne" })).toBeVisible();
  });

  test("the SSO page walks her through the three steps in French", async ({ page }) => {
    await page.goto("/t/breizh/settings/sso");
    await expect(page.getByRole("heading", { name: "1. Déclarez Switchboard chez votre fournisseur d’identité" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Copier l’URI de redirection" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "2. Connectez votre fournisseur d’identité" })).toBeVisible();
    const row = page.getByRole("list", { name: "Domaines de messagerie" }).getByRole("listitem", { name: "breizh-telecom.test" });
    await expect(row.getByText("Vérifié", { exact: true })).toBeVisible();
    await expect(row.getByText("Vérifié par l’opérateur de Switchboard.")).toBeVisible();
  });
});
