/**
 * The accounts journey: create an account, give it a technical contact with a foreign mobile,
 * find it again by the contact's name, then import a French-Excel CSV where one row is wrong.
 */
import { expect, signInByEmail, test } from "./fixtures/test";

// One semicolon-separated file with a BOM, as French Excel saves it; row 3 has a bad email.
const CSV = [
  "\uFEFFRaison sociale;Prénom;Nom;E-mail;Portable",
  "Fromagerie Morvan;Anne;Morvan;anne@morvan.test;+33 6 11 22 33 44",
  "Crêperie Ty Breizh;Yann;Le Bihan;pas-un-email;",
  "Cidrerie Kervella;Lena;Kervella;lena@kervella.test;",
  "",
].join("\r\n");

test("an admin creates an account, adds a contact, finds it, and imports a CSV", async ({ page, tenant }) => {
  // A long journey through several pages, each compiled on first use in development.
  test.slow();
  await signInByEmail(page, tenant.admin.email);
  await page.getByRole("link", { name: "Accounts" }).click();
  await expect(page.getByRole("heading", { name: "No accounts yet" })).toBeVisible();

  // Create the account: straight to its page.
  await page.getByRole("button", { name: "New account" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New account" });
  await dialog.getByLabel("Company name").fill("Boulangerie Kerjean");
  await dialog.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${tenant.slug}/accounts/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Boulangerie Kerjean" })).toBeVisible();
  await expect(page.getByText("No won deal yet.")).toBeVisible();

  // A technical contact with a French mobile, in a British workspace: typed with +33.
  await page.getByRole("button", { name: "Add contact" }).click();
  const form = page.getByRole("form", { name: "New contact" });
  await form.getByLabel("First name").fill("Maël");
  await form.getByLabel("Last name").fill("Le Goff");
  await form.getByLabel("Email").fill("mael@kerjean.test");
  await form.getByLabel("Mobile").fill("+33 6 12 34 56 78");
  await form.getByRole("checkbox", { name: "Technical" }).check();
  await form.getByRole("button", { name: "Add contact" }).click();
  const contact = page.getByRole("row", { name: /Maël Le Goff/ });
  await expect(contact.getByRole("link", { name: "+33 6 12 34 56 78" })).toHaveAttribute("href", "tel:+33612345678");
  await expect(contact.getByRole("list", { name: "Roles of Maël Le Goff" })).toHaveText("Technical");
  await expect(contact.getByRole("link", { name: "mael@kerjean.test" })).toHaveAttribute("href", "mailto:mael@kerjean.test");

  // Search by the contact's last name; the search lives in the URL.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Accounts" }).click();
  const search = page.getByLabel("Search");
  await search.fill("Fournil");
  await expect(page.getByRole("heading", { name: "No account matches these filters" })).toBeVisible();
  await search.fill("Le Goff");
  await expect(page).toHaveURL(/[?&]q=Le(\+|%20)Goff/);
  const found = page.getByRole("row", { name: /Boulangerie Kerjean/ });
  await expect(found).toBeVisible();
  await expect(found.getByRole("cell", { name: "Prospect" })).toBeVisible();

  // Import: columns recognised from French headers, one bad row named by its row number.
  await page.getByRole("link", { name: "Import CSV" }).click();
  await page.getByLabel("Choose a CSV file").setInputFiles({ name: "clients.csv", mimeType: "text/csv", buffer: Buffer.from(CSV, "utf8") });
  await expect(page.getByText("clients.csv: 3 rows, 5 columns.")).toBeVisible();
  await expect(page.getByLabel("Company name (required)")).toHaveValue("0");
  await expect(page.getByLabel("Contact email")).toHaveValue("3");
  await expect(page.getByLabel("Contact mobile")).toHaveValue("4");
  await page.getByRole("button", { name: "Check the rows" }).click();
  await expect(page.getByText("2 rows are ready to import; 1 row is rejected.")).toBeVisible();
  const errors = page.getByRole("table", { name: "Rejected rows" });
  await expect(errors.getByRole("row")).toHaveCount(2);
  await expect(errors.getByRole("row").nth(1)).toHaveText(/Row 3\s*Contact email\s*The email has no @/);
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByText("2 accounts created")).toBeVisible();
  await expect(page.getByText("2 contacts created")).toBeVisible();

  await page.getByRole("link", { name: "See the accounts" }).click();
  const list = page.getByRole("table", { name: "Accounts" });
  await expect(list.getByRole("link", { name: "Fromagerie Morvan" })).toBeVisible();
  await expect(list.getByRole("link", { name: "Cidrerie Kervella" })).toBeVisible();
  await expect(list.getByRole("link", { name: "Boulangerie Kerjean" })).toBeVisible();
  await expect(list.getByRole("link", { name: "Crêperie Ty Breizh" })).toHaveCount(0);
});
