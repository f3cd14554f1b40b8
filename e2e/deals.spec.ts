/**
 * The selling journey: a deal for an account, priced with two service lines, moved along the
 * pipeline with the mouse and with the keyboard, then won, which starts one subscription at
 * once and leaves the installable one pending, and makes the account Onboarding.
 */
import type { Locator, Page } from "@playwright/test";
import { seedPublishedTemplate } from "../prisma/seed/factories";
import { expect, signInByEmail, test } from "./fixtures/test";

/** dnd-kit follows real pointer moves: press, travel a little, travel to the target, release. */
async function dragWithMouse(page: Page, card: Locator, target: Locator) {
  const from = await card.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error("card or column is not visible");
  // The card's lower half: its owner and amounts, away from the deal's link.
  await page.mouse.move(from.x + from.width / 2, from.y + from.height * 0.75);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height * 0.75 + 5, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 15 });
  await page.mouse.up();
}

test("a deal goes from new to won across the board, by mouse and by keyboard", async ({ page, db, tenant }) => {
  const account = await db.account.create({ data: { tenantId: tenant.id, name: "Harbour Dental" }, select: { id: true } });
  await db.serviceType.createMany({
    data: [
      {
        tenantId: tenant.id,
        name: "3CX hosted PBX",
        requiresInstallation: true,
        defaultUnitPrice: "8.50",
        currency: "EUR",
        defaultFrequency: "MONTHLY",
        attributeSchema: [{ key: "extensions", label: "Extensions", type: "number", required: true }],
      },
      { tenantId: tenant.id, name: "SIP trunk", requiresInstallation: false, defaultUnitPrice: "15.00", currency: "EUR", defaultFrequency: "MONTHLY", attributeSchema: [] },
    ],
  });
  // The PBX needs installing: Mark Won deploys it with a published template of its type.
  const pbx = await db.serviceType.findFirstOrThrow({ where: { tenantId: tenant.id, name: "3CX hosted PBX" }, select: { id: true } });
  await seedPublishedTemplate(db, tenant.id, pbx.id);
  const deal = "Harbour Dental phones";

  await signInByEmail(page, tenant.admin.email);
  await page.goto(`/t/${tenant.slug}/deals/new?accountId=${account.id}`);
  await expect(page.getByRole("link", { name: "Harbour Dental" })).toBeVisible();
  await expect(page.getByLabel("Currency")).toHaveValue("EUR");
  await page.getByLabel("Deal name").fill(deal);
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${tenant.slug}/deals/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { level: 1, name: deal })).toBeVisible();

  // Ten extensions at the type's default 8.50 a month, then one SIP trunk at 15.00.
  await page.getByRole("button", { name: "Add a line" }).click();
  let dialog = page.getByRole("dialog");
  await dialog.getByLabel("Service").selectOption({ label: "3CX hosted PBX" });
  await expect(dialog.getByLabel("Unit price")).toHaveValue("8.50");
  await dialog.getByLabel("Quantity").fill("10");
  await dialog.getByRole("button", { name: "Add line" }).click();
  // Extensions are required by the type's attribute schema.
  await expect(dialog.getByRole("alert")).toBeVisible();
  await dialog.getByLabel("Extensions").fill("10");
  await dialog.getByRole("button", { name: "Add line" }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole("button", { name: "Add a line" }).click();
  dialog = page.getByRole("dialog");
  await dialog.getByLabel("Service").selectOption({ label: "SIP trunk" });
  await dialog.getByRole("button", { name: "Add line" }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId("service-line")).toHaveCount(2);
  await expect(page.getByRole("row", { name: "3CX hosted PBX" })).toContainText("Extensions: 10");
  await expect(page.getByTestId("total-mrr")).toContainText("€100.00");
  await expect(page.getByTestId("total-oneOff")).toContainText("€0.00");
  await expect(page.getByTestId("total-contractValue")).toContainText("€1,200.00");

  // The board: mouse from New to Qualified, and it stays there after a reload.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Deals" }).click();
  const column = (stage: string) => page.getByTestId(`column-${stage}`);
  const card = (stage: string) => column(stage).getByRole("listitem", { name: deal });
  // The card lands at once (optimistic); the reload must wait for the server to have it.
  const saved = () => page.waitForResponse((r) => r.url().includes("/api/trpc/deals.move") && r.ok());
  await expect(card("NEW")).toBeVisible();
  let moved = saved();
  await dragWithMouse(page, card("NEW"), column("QUALIFIED"));
  await expect(card("QUALIFIED")).toBeVisible();
  await moved;
  await page.reload();
  await expect(card("QUALIFIED")).toBeVisible();
  await expect(card("NEW")).toHaveCount(0);

  // The keyboard: focus the card's handle, Space to pick up, → to the next stage, Space to drop.
  await card("QUALIFIED").getByRole("button", { name: `Move ${deal}` }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByText(`${deal} is over Qualified.`)).toBeAttached();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText(`${deal} is over Proposal sent.`)).toBeAttached();
  moved = saved();
  await page.keyboard.press("Space");
  await expect(card("PROPOSAL_SENT")).toBeVisible();
  await moved;
  await page.reload();
  await expect(card("PROPOSAL_SENT")).toBeVisible();

  // Mark Won from the deal page: what happens to each line is shown before confirming.
  await card("PROPOSAL_SENT").getByRole("link", { name: deal }).click();
  await page.getByRole("button", { name: "Mark Won" }).click();
  dialog = page.getByRole("dialog");
  await expect(dialog.getByText("Pending until go-live: installation needed")).toBeVisible();
  await expect(dialog.getByText(/Active subscription from/)).toBeVisible();
  // The won-on date's calendar opens whole above the dialog (not cut by it); Escape closes it alone.
  // The won-on date's field comes after the installable line's own target date.
  await dialog.getByRole("button", { name: "Choose a date" }).last().click();
  const calendar = page.getByRole("dialog", { name: "Calendar: Won on" });
  await expect(calendar.getByRole("grid")).toBeInViewport({ ratio: 1 });
  await page.keyboard.press("Escape");
  await expect(calendar).toBeHidden();
  await expect(dialog).toHaveAccessibleName(`Mark ${deal} as won`);
  await dialog.getByRole("button", { name: "Mark Won" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${deal} is won.`)).toBeVisible();
  await expect(page.getByText("Harbour Dental is now Onboarding.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Open the project" })).toBeVisible();

  // Read-only now, with one subscription per line.
  await expect(page.getByRole("button", { name: "Add a line" })).toHaveCount(0);
  await expect(page.getByRole("row", { name: "3CX hosted PBX" }).getByTestId("subscription-status")).toHaveText("Pending until go-live");
  await expect(page.getByRole("row", { name: "SIP trunk" }).getByTestId("subscription-status")).toContainText("Active subscription from");

  // The account page (another area of the app) shows the derived status.
  await page.goto(`/t/${tenant.slug}/accounts/${account.id}`);
  await expect(page.getByRole("main").getByText("Onboarding", { exact: true }).first()).toBeVisible();
});

test("a deal started from the board with a date already passed is flagged overdue, found by the list's filter and counted in the forecast", async ({ page, db, tenant }) => {
  await db.account.create({ data: { tenantId: tenant.id, name: "Quayside Vets" } });
  await signInByEmail(page, tenant.admin.email);
  await page.goto(`/t/${tenant.slug}/deals`);
  await page.getByRole("link", { name: "New deal" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${tenant.slug}/deals/new$`));
  await page.getByRole("combobox", { name: "Account", exact: true }).selectOption({ label: "Quayside Vets" });
  await page.getByLabel("Deal name").fill("Quayside phones");
  await page.getByLabel("Target close date").fill("2025-06-30");
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Quayside phones" })).toBeVisible();

  await page.goto(`/t/${tenant.slug}/deals`);
  const card = page.getByTestId("column-NEW").getByRole("listitem", { name: "Quayside phones" });
  await expect(card.getByText("Overdue", { exact: true })).toBeVisible();
  await expect(card.getByTitle(/target close date has passed/)).toContainText("2025");

  await page.getByRole("link", { name: "List", exact: true }).click();
  await expect(page.getByRole("heading", { name: /Open pipeline · 1 deal/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Won/ })).toHaveCount(0);
  // The box follows the URL, which the click changes.
  await page.getByLabel("Overdue only").click();
  await expect(page).toHaveURL(/overdue=1/);
  await expect(page.getByRole("row", { name: /Quayside phones/ })).toContainText("Overdue");

  await page.getByRole("link", { name: "Forecast", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 open deal is past its target close date" })).toBeVisible();
  await expect(page.getByRole("table").getByText("incl. 1 overdue")).toBeVisible();
  await page.getByRole("link", { name: "Review them" }).click();
  await expect(page).toHaveURL(/view=list.*overdue=1|overdue=1.*view=list/);
  await expect(page.getByLabel("Overdue only")).toBeChecked();
});
