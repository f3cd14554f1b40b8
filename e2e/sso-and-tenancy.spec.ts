import { expect, test } from "@playwright/test";
import { STORAGE } from "./fixtures/sso";

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
});
