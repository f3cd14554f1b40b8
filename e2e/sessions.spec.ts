/**
 * Sessions that end (OWASP ASVS 3.3.1): a copy of the session cookie taken before signing out
 * no longer works; "Your sessions" signs out another browser, and "sign out of all devices"
 * every one; removing a role or a member takes effect on that person's next request.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { seedMember } from "../prisma/seed/factories";
import { expect, signInByEmail, test } from "./fixtures/test";

const SESSION_COOKIE = "authjs.session-token";

/** A second browser signed in as `email`. */
async function otherBrowser(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByEmail(page, email);
  return { context, page };
}

/** A tRPC query from this browser, as its pages make them; answers the HTTP status. */
async function trpcStatus(page: Page, path: string, slug?: string): Promise<number> {
  const res = await page.request.get(`/api/trpc/${path}`, { headers: slug ? { "x-tenant-slug": slug } : {} });
  return res.status();
}

test("signing out ends the session on the server: a copy of the old cookie gets the sign-in page and 401", async ({ page, browser, tenant }) => {
  await signInByEmail(page, tenant.admin.email);
  const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie).toBeDefined();

  // The copy works while the session lives…
  const thief = await browser.newContext();
  await thief.addCookies([cookie!]);
  const stolen = await thief.newPage();
  await stolen.goto(`/t/${tenant.slug}`);
  await expect(stolen.getByTestId("current-user")).toHaveText(tenant.admin.name);
  await thief.close();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);

  // …and not once it has been signed out, in a fresh browser holding the old cookie.
  const later = await browser.newContext();
  await later.addCookies([cookie!]);
  const replay = await later.newPage();
  await replay.goto(`/t/${tenant.slug}`);
  await expect(replay).toHaveURL(/\/login$/);
  await expect(replay.getByRole("heading", { name: "Sign in to Switchboard" })).toBeVisible();
  expect(await trpcStatus(replay, "identity.myTenants")).toBe(401);
  expect(await trpcStatus(replay, "directory.members", tenant.slug)).toBe(401);
  await later.close();
});

test("Your sessions lists this browser and another, signs the other out, then signs out of all devices", async ({ page, browser, tenant }) => {
  await signInByEmail(page, tenant.admin.email);
  const laptop = await otherBrowser(browser, tenant.admin.email);

  await page.getByRole("link", { name: "Your sessions" }).click();
  await expect(page.getByRole("heading", { name: "Your sessions" })).toBeVisible();
  await expect(page.getByText(/A session ends after 24 hours without activity, or 7 days after signing in/)).toBeVisible();
  const list = page.getByRole("list", { name: "Active sessions" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByText("This device")).toHaveCount(1);

  // Sign the other browser out from here: the page it has open goes to the sign-in page on its
  // next call to the server (here, changing the language), without a reload.
  await list.getByRole("listitem").filter({ hasNot: page.getByText("This device") }).getByRole("button", { name: /^Sign out of / }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await laptop.page.getByLabel("Language").selectOption("fr");
  await expect(laptop.page).toHaveURL(/\/login$/);

  // Back in on the laptop, then "sign out of all devices" from this browser ends both.
  await signInByEmail(laptop.page, tenant.admin.email);
  await page.reload();
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto(`/t/${tenant.slug}/settings/sessions`);
  await expect(page).toHaveURL(/\/login$/);
  await laptop.page.goto(`/t/${tenant.slug}`);
  await expect(laptop.page).toHaveURL(/\/login$/);
  await laptop.context.close();
});

test("a demoted admin is refused admin work at once, and a removed member gets a 404 on the next request", async ({ page, browser, db, tenant }) => {
  const colleague = { email: `bea@${tenant.slug}.test`, name: "Bea Admin" };
  await seedMember(db, tenant.id, { ...colleague, roles: ["ADMIN"] });
  const bea = await otherBrowser(browser, colleague.email);
  await bea.page.goto(`/t/${tenant.slug}/settings/members`);
  await expect(bea.page.getByRole("heading", { name: "Invite a member" })).toBeVisible();
  expect(await trpcStatus(bea.page, "members.list", tenant.slug)).toBe(200);

  await signInByEmail(page, tenant.admin.email);
  await page.goto(`/t/${tenant.slug}/settings/members`);
  const row = page.getByRole("listitem", { name: colleague.name });
  await row.getByRole("button", { name: "Edit roles" }).click();
  await row.getByRole("checkbox", { name: "Admin", exact: true }).uncheck();
  await row.getByRole("checkbox", { name: "Technician" }).check();
  await row.getByRole("button", { name: "Save roles" }).click();
  // The form's own "Technician" checkbox would match too early: wait for the saved roles' list.
  await expect(row.getByRole("list", { name: "Roles" }).getByRole("listitem")).toHaveText(["Technician"]);

  // Her very next requests: the admin API is forbidden, the admin page says so.
  expect(await trpcStatus(bea.page, "members.list", tenant.slug)).toBe(403);
  await bea.page.reload();
  await expect(bea.page.getByText("Only admins can change this workspace's settings.")).toBeVisible();

  await row.getByRole("button", { name: "Remove" }).click();
  await row.getByRole("button", { name: "Yes, remove" }).click();
  await expect(page.getByRole("listitem", { name: colleague.name })).toHaveCount(0);

  const res = await bea.page.goto(`/t/${tenant.slug}`);
  expect(res?.status()).toBe(404);
  expect(await trpcStatus(bea.page, "directory.members", tenant.slug)).toBe(404);
  await bea.context.close();
});
