/**
 * Formats of the place: the English UI in a British tenant (Acme Telecom) reads dates as
 * "15 Nov 2026" and times on the 24-hour clock, never "Nov 15, 2026", "11/15/2026" or "PM";
 * the French tenant (Breizh Télécom) reads "15 nov. 2026" and "1 234,50 €". Phone fields offer
 * an example number of the tenant's country; date fields are typed in the tenant's order
 * and open a calendar in the reader's language. Read-only over the demo data both tenants share
 * with other journeys.
 */
import { expect, test, type Page } from "@playwright/test";
import { STORAGE } from "./fixtures/sso";

const GB_DATE = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}\b/;
const US_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}\b/;
const NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;
const TWELVE_HOUR = /\d{1,2}:\d{2}\s?(AM|PM|am|pm)\b/;
const FR_DATE = /\b\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}\b/;

/**
 * The page's main content as a person reads it (innerText keeps table cells apart), once it
 * has loaded: lists fill in after the first paint.
 */
async function mainText(page: Page, path: string | null, loaded: RegExp): Promise<string> {
  if (path) await page.goto(path);
  const main = page.locator("main");
  await expect.poll(() => main.innerText()).toMatch(loaded);
  return main.innerText();
}

function expectBritish(text: string, where: string) {
  expect(text, where).toMatch(GB_DATE);
  expect(text, where).not.toMatch(US_DATE);
  expect(text, where).not.toMatch(NUMERIC_DATE);
  expect(text, where).not.toMatch(TWELVE_HOUR);
}

test.describe("English in a British tenant", () => {
  test.use({ storageState: STORAGE.alice });

  test("accounts, an account, the deals list, a deal and the calendar show British dates", async ({ page }) => {
    expectBritish(await mainText(page, "/t/acme/accounts", GB_DATE), "accounts list");

    await page.getByRole("link", { name: "Harbour Dental Group" }).click();
    // Its deal closes on 15 November 2026.
    expectBritish(await mainText(page, null, /15 Nov 2026/), "account page");

    const list = await mainText(page, "/t/acme/deals?view=list", /15 Nov 2026/);
    expectBritish(list, "deals list");
    expect(list).toMatch(/£\d/);

    await page.getByRole("link", { name: "Phone system renewal" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Phone system renewal" })).toBeVisible();
    expectBritish(await mainText(page, null, GB_DATE), "deal page");

    const calendar = await mainText(page, "/t/acme/settings/calendar", /Christmas Day/);
    expectBritish(calendar, "calendar");
    await expect(page.getByRole("listitem").filter({ hasText: "Christmas Day" }).first()).toContainText(/25 Dec 20\d\d/);
  });

  test("the template library says when each template was last edited, exactly on hover", async ({ page }) => {
    await page.goto("/t/acme/settings/templates");
    const edited = page.locator("main table time").first();
    await expect(edited).toHaveText(/ ago$|^now$|^yesterday$/);
    // The moment in the tenant's zone, on the 24-hour clock.
    await expect(edited).toHaveAttribute("title", /^\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2}$/);
  });

  test("a date is typed day first, or picked from a calendar whose weeks start on Monday", async ({ page }) => {
    await page.goto("/t/acme/deals/new");
    const date = page.getByLabel("Target close date");
    await expect(date).toHaveAttribute("placeholder", /^31\/12\/20\d\d$/);
    await date.fill("2/3/2027");
    await date.blur();
    await expect(date).toHaveValue("02/03/2027");

    await page.getByRole("button", { name: "Choose a date" }).click();
    const calendar = page.getByRole("dialog", { name: "Calendar: Target close date" });
    await expect(calendar).toContainText("March 2027");
    // March 2027 begins on a Monday: the first cell of a Monday-first grid.
    await expect(calendar.getByRole("gridcell").first()).toHaveAccessibleName(/^Monday, 1 March 2027/);
    await calendar.getByRole("button", { name: /15 March 2027/ }).click();
    await expect(calendar).toBeHidden();
    await expect(date).toHaveValue("15/03/2027");

    await date.fill("31/02/2027");
    await date.blur();
    await expect(page.getByText(/^Enter a date like 31\/12\/20\d\d\.$/)).toBeVisible();
  });

  test("a contact's phone fields offer a British number as the example", async ({ page }) => {
    await page.goto("/t/acme/accounts");
    await page.getByRole("link", { name: "Pennine Logistics" }).click();
    await page.getByRole("button", { name: "Add contact" }).click();
    const form = page.getByRole("form", { name: "New contact" });
    await expect(form.getByLabel("Phone", { exact: true })).toHaveAttribute("placeholder", "07400 123456");
    await expect(form.getByLabel("Mobile")).toHaveAttribute("placeholder", "07400 123456");
    await form.getByRole("button", { name: "Cancel" }).click();
  });
});

test.describe("French in a French tenant", () => {
  test.use({ storageState: STORAGE.anne });

  test("accounts, an account, the deals list, a deal and the calendar show French dates", async ({ page }) => {
    const accounts = await mainText(page, "/t/breizh/accounts", FR_DATE);
    expect(accounts).not.toMatch(GB_DATE);

    const list = await mainText(page, "/t/breizh/deals?view=list", /15 nov\. 2026/);
    expect(list).not.toMatch(NUMERIC_DATE);
    // Euros after the amount, decimal comma.
    expect(list).toMatch(/\d,\d{2}\s€/);

    await page.getByRole("link", { name: "Renouvellement téléphonie" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Renouvellement téléphonie" })).toBeVisible();
    await expect(page.locator("main")).toContainText("15 nov. 2026");

    await mainText(page, "/t/breizh/settings/calendar", /Noël/);
    await expect(page.getByRole("listitem").filter({ hasText: "Noël" }).first()).toContainText(/25 déc\. 20\d\d/);

    await page.goto("/t/breizh/settings/templates");
    const edited = page.locator("main table time").first();
    await expect(edited).toHaveText(/^il y a |^maintenant$|^hier$/);
    await expect(edited).toHaveAttribute("title", /^\d{1,2} [a-zéû]+\.? \d{4}, \d{2}:\d{2}$/);
  });

  test("a date is typed day first, or picked from a calendar in French", async ({ page }) => {
    await page.goto("/t/breizh/deals/new");
    const date = page.getByLabel("Date de clôture prévue");
    await date.fill("2/3/2027");
    await date.blur();
    await expect(date).toHaveValue("02/03/2027");
    await page.getByRole("button", { name: "Choisir une date" }).click();
    const calendar = page.getByRole("dialog", { name: "Calendrier : Date de clôture prévue" });
    await expect(calendar).toContainText("mars 2027");
    await expect(calendar.getByRole("gridcell").first()).toHaveAccessibleName(/^lundi 1 mars 2027/i);
    await page.keyboard.press("Escape");
    await expect(calendar).toBeHidden();
    await expect(date).toBeFocused();
  });

  test("a contact's phone fields offer a French number as the example", async ({ page }) => {
    await page.goto("/t/breizh/accounts");
    await page.getByRole("link", { name: "Transports Le Bihan" }).click();
    await page.getByRole("button", { name: "Ajouter un contact" }).click();
    const form = page.getByRole("form", { name: "Nouveau contact" });
    await expect(form.getByLabel("Téléphone fixe")).toHaveAttribute("placeholder", "06 12 34 56 78");
    await expect(form.getByLabel("Portable")).toHaveAttribute("placeholder", "06 12 34 56 78");
  });
});
