/**
 * Layouts that hold (issue 9 item 5): on the main pages, in English (Acme, GB) and French
 * (Breizh, FR — its labels run about 30% longer), at 1280 and 1440 px, no text is clipped or
 * cut by an ellipsis without a tooltip. Each page is also saved as a full-page screenshot in
 * .test-output/shots/ for people to look at.
 */
import type { Page } from "@playwright/test";
import type { Db } from "../src/server/db/clients";
import { STORAGE } from "./fixtures/sso";
import { expect, test } from "./fixtures/test";
import { findClippedText } from "./fixtures/truncation";

const WIDTHS = [1280, 1440] as const;

type Pages = { main: [name: string, path: string][]; builder: [name: string, path: string][] };

/** The pages to measure, with the demo's ids a few of them need; the builder apart (see below). */
async function pagesOf(db: Db, slug: string): Promise<Pages> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const tenantId = tenant.id;
  // The richest demo records: an account paid by another with subscriptions, an open deal
  // with several lines, the default template with the most to show.
  const [account, deal, template, project] = await Promise.all([
    db.account.findFirstOrThrow({ where: { tenantId, billingAccountId: { not: null } }, select: { id: true } }),
    db.deal.findFirstOrThrow({ where: { tenantId, stage: "NEGOTIATION" }, select: { id: true } }),
    db.template.findFirstOrThrow({ where: { tenantId, archived: false }, orderBy: { name: "asc" }, select: { id: true } }),
    // A running project with a blocked action: every kind of action row at once.
    db.project.findFirstOrThrow({ where: { tenantId, status: "ACTIVE", actions: { some: { status: "BLOCKED" } } }, select: { id: true } }),
  ]);
  const t = `/t/${slug}`;
  const main: Pages["main"] = [
    ["home", t],
    ["projects", `${t}/projects`],
    ["project", `${t}/projects/${project.id}`],
    ["accounts", `${t}/accounts`],
    ["account", `${t}/accounts/${account.id}`],
    ["deals-board", `${t}/deals`],
    ["deals-list", `${t}/deals?view=list`],
    ["deal", `${t}/deals/${deal.id}`],
    ["forecast", `${t}/deals/forecast`],
    ["import", `${t}/accounts/import`],
    ["members", `${t}/settings/members`],
    ["sso", `${t}/settings/sso`],
    ["catalogue", `${t}/settings/catalogue`],
    ["calendar", `${t}/settings/calendar`],
    ["templates", `${t}/settings/templates`],
  ];
  return { main, builder: [["template-builder", `${t}/settings/templates/${template.id}`]] };
}

/** Visits every page at every width, saves its screenshot, and lists what is clipped. */
async function measure(page: Page, pages: Pages[keyof Pages], lang: string): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, path] of pages) {
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    const response = await page.goto(path);
    expect(response?.status(), `${path} answers`).toBe(200);
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("status").filter({ hasText: /loading|chargement/i })).toHaveCount(0);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `.test-output/shots/${name}-${width}-${lang}.png`, fullPage: true });
      for (const c of await findClippedText(page)) problems.push(`${name} @${width} ${lang}: "${c.text}" (${c.overflow}) at ${c.selector}`);
      // Six stages never fit these widths: the board scrolls, and shows there is more to the right.
      if (name === "deals-board") await expect(page.getByTestId("board")).toHaveAttribute("data-scrolls-right", "true");
    }
  }
  return problems;
}

// Each person's browser speaks their language too (Accept-Language, navigator.language).
for (const [lang, slug, storageState, locale] of [["en", "acme", STORAGE.alice, "en-GB"], ["fr", "breizh", STORAGE.anne, "fr-FR"]] as const) {
  test.describe(`${lang} (${slug})`, () => {
    test.use({ storageState, locale });

    test(`no text is clipped without a tooltip on the main pages (${lang}, 1280 and 1440 px)`, async ({ page, db }) => {
      test.setTimeout(180_000);
      const problems = await measure(page, (await pagesOf(db, slug)).main, lang);
      expect(problems, `clipped text without a title:\n${problems.join("\n")}`).toEqual([]);
    });

    // The template builder on its own, so that its layout work (phase columns, graph) is
    // measured and reported apart from the rest of the app.
    test(`no text is clipped without a tooltip in the template builder (${lang}, 1280 and 1440 px)`, async ({ page, db }) => {
      test.setTimeout(90_000);
      const problems = await measure(page, (await pagesOf(db, slug)).builder, lang);
      expect(problems, `clipped text without a title:\n${problems.join("\n")}`).toEqual([]);
    });
  });
}
