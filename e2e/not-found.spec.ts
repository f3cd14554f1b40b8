/**
 * Honest statuses: an account, deal or template page for an id that is not one of the
 * tenant's records answers HTTP 404 — an unknown id, another tenant's real one and a
 * malformed one alike — with the 404 inside the tenant's shell, in the reader's language.
 */
import { randomUUID } from "node:crypto";
import { STORAGE } from "./fixtures/sso";
import { expect, test } from "./fixtures/test";

const PAGES = { account: "accounts", deal: "deals", template: "settings/templates" } as const;
type Kind = keyof typeof PAGES;

test.describe("as Alice, admin of Acme Telecom", () => {
  test.use({ storageState: STORAGE.alice });

  test("unknown, foreign and malformed ids are a 404 on the account, deal and template pages", async ({ page, db }) => {
    const firstIds = async (slug: string): Promise<Record<Kind, string>> => {
      const { id: tenantId } = await db.tenant.findUniqueOrThrow({ where: { slug }, select: { id: true } });
      const [account, deal, template] = await Promise.all([
        db.account.findFirstOrThrow({ where: { tenantId }, select: { id: true } }),
        db.deal.findFirstOrThrow({ where: { tenantId }, select: { id: true } }),
        db.template.findFirstOrThrow({ where: { tenantId }, select: { id: true } }),
      ]);
      return { account: account.id, deal: deal.id, template: template.id };
    };
    const [own, breizh] = await Promise.all([firstIds("acme"), firstIds("breizh")]);

    for (const kind of Object.keys(PAGES) as Kind[]) {
      const url = (id: string) => `/t/acme/${PAGES[kind]}/${id}`;
      expect((await page.goto(url(own[kind])))?.status(), `${kind}: her own`).toBe(200);
      const ids: Array<[string, string]> = [["unknown", randomUUID()], ["Breizh's", breizh[kind]], ["malformed", "not-an-id"], ["malformed", "12345"]];
      for (const [what, id] of ids) {
        const res = await page.goto(url(id));
        expect(res?.status(), `${kind}: ${what} id ${id}`).toBe(404);
        await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      }
    }
    // The 404 keeps the shell, and leads back to this tenant.
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to my workspace" })).toHaveAttribute("href", "/t/acme");
  });
});

test.describe("as Anne, admin of Breizh Télécom", () => {
  test.use({ storageState: STORAGE.anne });

  test("the 404 is in French", async ({ page }) => {
    const res = await page.goto(`/t/breizh/accounts/${randomUUID()}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Aller à mon espace" })).toHaveAttribute("href", "/t/breizh");
  });
});
