/**
 * The template library: every new tenant starts with the default templates; one click
 * duplicates one; a template exported to a file comes back through import as a new
 * template; a file that is not a template is named as such; archiving is undone by restoring,
 * and a service type's default cannot be archived.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, signInByEmail, test } from "./fixtures/test";

const FTTO = "Fibre access (FTTO)";
const COPY = `Copy of ${FTTO}`;
const DEFAULTS = ["Standard milestones", "3CX with number porting and on-site installation", "3CX without porting, remote install", FTTO];

/** The library row whose name link is exactly `name` (other rows' buttons mention names too). */
const row = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });

// A tenant as sign-up leaves it: the default catalogue and templates.
test.use({ provisioned: true });

test("templates are duplicated, exported, imported, archived and restored", async ({ page, tenant }) => {
  const library = `/t/${tenant.slug}/settings/templates`;
  await signInByEmail(page, tenant.admin.email);
  await page.goto(library);

  await expect(page.getByRole("table")).toHaveAccessibleName("4 templates");
  for (const name of DEFAULTS) await expect(row(page, name).getByRole("cell").nth(1)).toHaveText("v1");
  await expect(row(page, FTTO).getByRole("rowheader")).toContainText("Default for FTTO 100M");

  // Duplicate: one click, the copy is published as its own version 1.
  await row(page, FTTO).getByRole("button", { name: `Duplicate ${FTTO}` }).click();
  await expect(page.getByText(`“${COPY}” was created`)).toBeVisible();
  await expect(page.getByRole("link", { name: `Open “${COPY}”` })).toBeVisible();
  await expect(row(page, COPY).getByRole("cell").nth(1)).toHaveText("v1");
  await expect(row(page, COPY).getByRole("rowheader")).not.toContainText("Default for");

  // Export: a versioned JSON file named after the template.
  const downloading = page.waitForEvent("download");
  await row(page, FTTO).getByRole("button", { name: `Export ${FTTO}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${FTTO}.switchboard-template.json`);
  const exported = await readFile(await download.path());
  expect(JSON.parse(exported.toString("utf8"))).toMatchObject({ format: "switchboard.template", formatVersion: 1, name: FTTO, serviceType: "FTTO 100M" });

  // Import: a JSON file that is not a template is refused as such…
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import a template" });
  const file = dialog.getByLabel("Template file");
  await file.setInputFiles({ name: "package.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ name: "not-a-template", version: "1.0.0" })) });
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog.getByRole("alert")).toHaveText("This file is not a Switchboard template.");

  // …and the exported file becomes a new, unpublished template, without problems, opened in the builder.
  await file.setInputFiles({ name: download.suggestedFilename(), mimeType: "application/json", buffer: exported });
  await expect(dialog.getByRole("alert")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog.getByTestId("import-result")).toHaveText(/^Imported as “.+”, unpublished\. It has no problems: it can be published as it is\.$/);
  await dialog.getByRole("link", { name: "Open the template" }).click();
  await expect(page).toHaveURL(new RegExp(`${library}/[0-9a-f-]{36}$`));
  await expect(page.getByTestId("problems-panel")).toHaveText("No problems: this template can be published.");
  await page.goto(library);
  await expect(row(page, `${COPY} (2)`)).toContainText("Never published");
  await expect(page.getByRole("table")).toHaveAccessibleName("6 templates");

  // A service type's default cannot be archived: the server says why.
  await row(page, FTTO).getByRole("button", { name: `Archive ${FTTO}` }).click();
  await expect(page.getByText(/This template is the default for FTTO 100M/)).toBeVisible();
  await expect(row(page, FTTO)).toBeVisible();

  // Archive and restore the copy.
  await row(page, COPY).getByRole("button", { name: `Archive ${COPY}` }).click();
  await expect(page.getByText(`“${COPY}” was archived.`)).toBeVisible();
  await expect(row(page, COPY)).toHaveCount(0);
  await page.getByRole("button", { name: "Archived", exact: true }).click();
  await expect(page.getByRole("table")).toHaveAccessibleName("1 template");
  await row(page, COPY).getByRole("button", { name: `Restore ${COPY}` }).click();
  await expect(page.getByText(`“${COPY}” was restored.`)).toBeVisible();
  await expect(page.getByText("No archived templates")).toBeVisible();
  await page.getByRole("button", { name: "In use", exact: true }).click();
  await expect(row(page, COPY).getByRole("cell").nth(1)).toHaveText("v1");
});
