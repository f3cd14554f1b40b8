/**
 * The production server's security headers: every kind of response carries them, Next puts
 * the response's nonce on every script it renders, and the main pages run without a single
 * Content-Security-Policy violation — while a script the page did not nonce is refused.
 */
import type { APIResponse, Page } from "@playwright/test";
import { STORAGE } from "./fixtures/sso";
import { expect, test } from "./fixtures/test";

function scriptSources(csp: string): string[] {
  const directive = csp.split(";").map((d) => d.trim().split(/\s+/)).find(([name]) => name === "script-src");
  return directive?.slice(1) ?? [];
}

function nonceOf(csp: string): string | undefined {
  return scriptSources(csp).find((s) => s.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
}

/** The headers every response must carry; returns its CSP for further checks. */
function expectSecurityHeaders(res: APIResponse, what: string): string {
  const h = res.headers();
  const csp = h["content-security-policy"] ?? "";
  expect(csp, `${what}: Content-Security-Policy`).toContain("frame-ancestors 'none'");
  expect(csp, `${what}: object-src`).toContain("object-src 'none'");
  expect(scriptSources(csp), `${what}: script-src`).not.toContain("'unsafe-inline'");
  expect(scriptSources(csp), `${what}: script-src (production)`).not.toContain("'unsafe-eval'");
  expect(h["x-content-type-options"], `${what}: nosniff`).toBe("nosniff");
  expect(h["referrer-policy"], `${what}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], `${what}: Permissions-Policy`).toContain("camera=()");
  // The e2e server's APP_URL is http: HSTS would be wrong there (unit tests cover https).
  expect(h["strict-transport-security"], `${what}: no HSTS over http`).toBeUndefined();
  return csp;
}

test.describe("signed in as Alice (Acme Telecom)", () => {
  test.use({ storageState: STORAGE.alice });

  test("pages, the tRPC endpoint, Auth.js, health, icons, 404s and static files all carry the headers", async ({ page }) => {
    const get = (path: string, headers?: Record<string, string>) => page.request.get(path, { headers, maxRedirects: 0 });

    const home = await get("/t/acme");
    expect(home.status()).toBe(200);
    expect(nonceOf(expectSecurityHeaders(home, "tenant home"))).toBeTruthy();

    const trpc = await get("/api/trpc/calendar.get", { "x-tenant-slug": "acme" });
    expect(trpc.status()).toBe(200);
    expectSecurityHeaders(trpc, "tRPC query");
    const refused = await page.request.get("/api/trpc/calendar.get", { headers: { "x-tenant-slug": "breizh" } });
    expect(refused.status()).toBe(404);
    expectSecurityHeaders(refused, "tRPC error");

    const session = await get("/api/auth/session");
    expect(session.status()).toBe(200);
    expectSecurityHeaders(session, "Auth.js session");
    expectSecurityHeaders(await get("/api/health"), "health");
    expectSecurityHeaders(await get("/icon.svg"), "icon");
    const missing = await get("/no-such-page");
    expect(missing.status()).toBe(404);
    expectSecurityHeaders(missing, "unknown page");

    const script = (await home.text()).match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(script, "the page loads Next's static JS").toBeTruthy();
    const asset = await get(script!);
    expect(asset.status()).toBe(200);
    expect(nonceOf(expectSecurityHeaders(asset, "static JS")), "static files get no nonce").toBeUndefined();
  });

  test("every script Next renders carries this response's nonce, and each response has its own", async ({ page }) => {
    const res = await page.goto("/t/acme/accounts");
    const nonce = nonceOf((await res!.allHeaders())["content-security-policy"] ?? "");
    expect(nonce).toBeTruthy();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // In the HTML as served: every <script> tag, inline or not, names the nonce.
    const tags = (await res!.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(3);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
    // Inline scripts in the live page too (the browser hides the attribute, the property keeps
    // it); chunks Next loads later are trusted through 'strict-dynamic' instead.
    const live = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).map((s) => s.nonce));
    expect(live.length).toBeGreaterThan(3);
    expect(new Set(live)).toEqual(new Set([nonce]));

    const again = await page.request.get("/t/acme/accounts");
    expect(nonceOf(again.headers()["content-security-policy"] ?? "")).not.toBe(nonce);
  });
});

/** Records CSP violations and CSP console errors from the first byte of each page on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__cspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on("console", (m) => {
    if (m.type() === "error" && /content security policy/i.test(m.text())) violations.push(`console on ${page.url()}: ${m.text()}`);
  });
  return violations;
}

test.describe("the main pages under the policy", () => {
  test.use({ storageState: STORAGE.alice });

  test("run their scripts (data fetched, pages interactive) with no violation", async ({ page, db }) => {
    test.slow();
    const violations = await watchViolations(page);
    const acme = await db.tenant.findUniqueOrThrow({ where: { slug: "acme" }, select: { id: true } });
    const [account, deal, template] = await Promise.all([
      db.account.findFirstOrThrow({ where: { tenantId: acme.id }, select: { id: true, name: true } }),
      db.deal.findFirstOrThrow({ where: { tenantId: acme.id }, select: { id: true, name: true } }),
      db.template.findFirstOrThrow({ where: { tenantId: acme.id, archived: false }, select: { id: true, name: true } }),
    ]);
    // Each check waits for what client code renders after a tRPC fetch: seeing it proves the
    // nonced scripts ran and could reach the API.
    const heading = (name: string | RegExp) => (p: Page) => expect(p.getByRole("heading", { name }).first()).toBeVisible();
    const visits: Array<[string, (p: Page) => Promise<void>]> = [
      ["/t/acme", heading("Hello, Alice")],
      ["/t/acme/accounts", heading("Accounts")],
      [`/t/acme/accounts/${account.id}`, heading(account.name)],
      ["/t/acme/deals", heading("Deals")],
      [`/t/acme/deals/${deal.id}`, heading(deal.name)],
      ["/t/acme/deals/forecast", heading("Forecast")],
      ["/t/acme/settings/templates", heading("Installation templates")],
      [`/t/acme/settings/templates/${template.id}`, (p) => expect(p.getByLabel("Template name")).toHaveValue(template.name)],
      ["/t/acme/settings/calendar", heading("Working week")],
      ["/t/acme/settings/members", heading("Invite a member")],
    ];
    for (const [path, rendered] of visits) {
      await page.goto(path);
      await rendered(page);
      await page.waitForLoadState("networkidle");
    }
    expect(violations).toEqual([]);

    // The watch is real: an inline handler the page did not nonce is refused, and reported.
    await page.evaluate(() => {
      (window as unknown as { injected: boolean }).injected = false;
      document.body.insertAdjacentHTML("beforeend", `<img src="/no-such-image.png" onerror="window.injected = true">`);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { injected: boolean }).injected)).toBe(false);
  });
});

test("the sign-in and sign-up pages run with no violation", async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of ["/login", "/signup"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
});
