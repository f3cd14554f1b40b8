/**
 * The template designer's journey (DESIGN §3): duplicate a default template, add an action,
 * draw a loop between two cards and see it named on both, undo it, reorder a card with the
 * keyboard, publish version 2, and preview a service line without number porting. In French,
 * the board and the timeline name conditions and dates by their labels, and the problems
 * panel takes the designer to the card or phase a problem is about.
 */
import type { Page } from "@playwright/test";
import { STORAGE } from "./fixtures/sso";
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

test.describe("in French, at Breizh Télécom", () => {
  test.use({ storageState: STORAGE.anne });

  const CODES = ["numbersToPort", "onSiteInstallation", "installationDate", "portingDate"];
  const noCodes = async (text: Promise<string>) => {
    const seen = await text;
    expect(CODES.filter((c) => seen.includes(c))).toEqual([]);
  };

  test("the builder shows labels, never codes, and the problems panel takes you to the card", async ({ page }) => {
    await page.goto("/t/breizh/settings/templates");
    await page.getByRole("link", { name: "3CX avec portabilité et installation sur site", exact: true }).click();
    await expect(page.getByTestId("problems-panel")).toHaveText("Aucun problème : ce modèle peut être publié.");

    // Conditions and dates in words, with the service type's and the template's labels.
    await expect(card(page, "Déposer la demande de portabilité")).toContainText("Condition : Numéros à porter > 0");
    await expect(card(page, "Mise en place à distance et appels de test")).toContainText("Condition : Sans installation sur site");
    await expect(card(page, "Installer les postes sur site")).toContainText("Pour la date d’installation");
    await expect(card(page, "Préparer la bascule de portabilité")).toContainText("2 jours ouvrés avant la date de portage");
    await expect(card(page, "L'opérateur confirme la date de portage")).toContainText("Saisit la date de portage");
    await noCodes(page.getByTestId("board").innerText());
    // Six phases do not fit 1280 px: the board scrolls sideways, and its edge shadow says so.
    await expect(page.getByTestId("board")).toHaveAttribute("data-scrolls-right", "true");

    // The timeline too: a line without numbers to port skips the porting actions, and says why in words.
    await page.getByRole("tab", { name: "Aperçu du planning" }).click();
    await page.getByLabel("Numéros à porter").fill("0");
    await expect(page.getByText("Déposer la demande de portabilité — condition : Numéros à porter > 0")).toBeVisible();
    await noCodes(page.getByRole("tabpanel").innerText());

    // A problem: a captured date without a name.
    await card(page, "L'opérateur confirme la date de portage").getByRole("button", { name: "L'opérateur confirme la date de portage", exact: true }).click();
    const editor = page.getByTestId("action-editor");
    await editor.getByLabel("Nom de la date").fill("");
    await page.keyboard.press("Escape");
    const panel = page.getByTestId("problems-panel");
    await expect(panel.getByRole("heading")).toHaveText("1 problème à corriger avant de publier");
    const entry = panel.getByRole("button");
    await expect(entry).toContainText("« L'opérateur confirme la date de portage », dans Matériel commandé · Date saisie");
    await expect(entry).toContainText("Nommez la date que saisit cette action");

    // With the board scrolled away to its last phase, a click brings the card back into view, focused…
    const board = page.getByTestId("board");
    await board.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const target = card(page, "L'opérateur confirme la date de portage").getByRole("button", { name: "L'opérateur confirme la date de portage", exact: true });
    await expect(target).not.toBeInViewport();
    await entry.click();
    await expect(target).toBeFocused();
    await expect(target).toBeInViewport();
    // …and so does the keyboard.
    await board.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await entry.focus();
    await page.keyboard.press("Enter");
    await expect(target).toBeFocused();
    await expect(target).toBeInViewport();
  });
});
