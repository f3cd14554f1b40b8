/**
 * The template designer's journey (DESIGN §3): duplicate a default template, add an action,
 * draw a loop between two cards and see it named on both, undo it, reorder a card with the
 * keyboard, publish version 2, and preview a service line without number porting.
 */
import type { Page } from "@playwright/test";
import { expect, signInByEmail, test } from "./fixtures/test";

test.use({ provisioned: true });

const SOURCE = "3CX with number porting and on-site installation";
const COPY = `Copy of ${SOURCE}`;
const CHECK_ORDER = "Check the signed order and billing details";
const SURVEY = "Check the site survey";
/** A loop as each card names it, from itself: the words around it are the catalog's to change. */
const loop = (from: string, to: string) => `${from} → ${to} → ${from}`;

const phase = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const card = (page: Page, title: string) => page.getByRole("listitem", { name: title, exact: true });
const titles = (page: Page, phaseName: string) => phase(page, phaseName).getByTestId("action-card").evaluateAll((cards) => cards.map((c) => c.getAttribute("aria-label")));

test("a designer duplicates a template, fixes a loop, reorders by keyboard, publishes and previews", async ({ page, tenant }) => {
  await signInByEmail(page, tenant.admin.email);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Settings" }).click();
  await page.getByRole("link", { name: "Templates", exact: true }).click();
  await page.getByRole("button", { name: `Duplicate ${SOURCE}` }).click();
  await page.getByRole("link", { name: `Open “${COPY}”` }).click();
  await expect(page).toHaveURL(/\/settings\/templates\/[0-9a-f-]{36}$/);
  await expect(page.getByLabel("Template name")).toHaveValue(COPY);
  await expect(page.getByTestId("template-status")).toHaveText("Version 1 published");

  // A new action in the first phase; its editor opens on it.
  await phase(page, "Order confirmed").getByRole("button", { name: "Add an action to Order confirmed" }).click();
  const editor = page.getByTestId("action-editor");
  await editor.getByLabel("Title").fill(SURVEY);
  await expect(card(page, SURVEY)).toBeVisible();
  await expect(page.getByText("Unsaved changes")).toBeVisible();

  // The new action waits for the order check, and the order check for the new action: a loop.
  await editor.getByLabel("After other actions are done").check();
  await editor.getByRole("checkbox", { name: CHECK_ORDER }).check();
  await card(page, CHECK_ORDER).getByRole("button", { name: CHECK_ORDER, exact: true }).click();
  await expect(editor.getByLabel("Title")).toHaveValue(CHECK_ORDER);
  await editor.getByLabel("After other actions are done").check();
  await editor.getByRole("checkbox", { name: SURVEY }).check();
  await expect(card(page, SURVEY)).toContainText(loop(SURVEY, CHECK_ORDER));
  await expect(card(page, CHECK_ORDER)).toContainText(loop(CHECK_ORDER, SURVEY));
  await expect(card(page, CHECK_ORDER)).toContainText("After: Check the site survey");
  await expect(page.getByRole("button", { name: "Publish" })).toBeDisabled();

  // The order check starts with its phase again: the loop is gone from both cards.
  await editor.getByLabel("When the phase starts").check();
  await expect(card(page, SURVEY)).not.toContainText(loop(SURVEY, CHECK_ORDER));
  await expect(card(page, CHECK_ORDER)).not.toContainText(loop(CHECK_ORDER, SURVEY));
  await expect(page.locator("[data-invalid]")).toHaveCount(0);
  await expect(card(page, SURVEY)).toContainText(`After: ${CHECK_ORDER}`);
  await page.keyboard.press("Escape");
  await expect(editor).toBeHidden();

  // The keyboard: focus the handle, Space to pick up, ↓ one place, Space to drop.
  const equipment = "Equipment ordered";
  const [first, second] = ["Create the 3CX instance and licence", "Order the IP phones"];
  expect((await titles(page, equipment)).slice(0, 2)).toEqual([first, second]);
  await card(page, first).getByRole("button", { name: `Move ${first}` }).focus();
  await page.keyboard.press("Space");
  // Picked up, it is over its own place at once; the live region says where it would go.
  await expect(page.getByText(`${first} would go to position 1 of 4 in ${equipment}.`)).toBeAttached();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByText(`${first} would go to position 2 of 4 in ${equipment}.`)).toBeAttached();
  await page.keyboard.press("Space");
  await expect(page.getByText(`${first} dropped at position 2 of 4 in ${equipment}.`)).toBeAttached();
  await expect.poll(async () => (await titles(page, equipment)).slice(0, 2)).toEqual([second, first]);

  // Publishing saves the draft first, then publishes it as version 2.
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/^Version 2 published\. New projects start with it/)).toBeVisible();
  await expect(page.getByTestId("template-status")).toHaveText("Version 2 published");
  await expect(page.getByText("Unsaved changes")).toBeHidden();
  await page.reload();
  await expect.poll(async () => (await titles(page, equipment)).slice(0, 2)).toEqual([second, first]);
  await expect(card(page, SURVEY)).toBeVisible();

  // The timeline for a line without numbers to port has no porting actions.
  await page.getByRole("tab", { name: "Timeline preview" }).click();
  const schedule = page.getByRole("table", { name: "Actions and their dates" });
  const porting = schedule.getByRole("row", { name: /Submit the porting request/ });
  await page.getByLabel("Numbers to port").fill("3");
  await expect(porting).toHaveCount(1);
  await page.getByLabel("Numbers to port").fill("0");
  await expect(porting).toHaveCount(0);
  await expect(schedule.getByRole("row", { name: /Create the 3CX instance and licence/ })).toHaveCount(1);
});
