/**
 * Anne, in the French tenant, imports the file her old spreadsheet exports — French Excel,
 * ";" and Windows-1252, surnames in capitals — without touching the column mapping: the
 * preview splits the names, the check shows the row that repeats a company she already has
 * and the row repeated in the file, she merges the one and skips the other, imports, and
 * finds her customers.
 */
import { expect, test } from "./fixtures/test";
import { STORAGE } from "./fixtures/sso";

test.use({ storageState: STORAGE.anne });

// Unique per run, so a retry meets its own earlier import as duplicates, not as a surprise.
const run = Date.now().toString(36).slice(-4);
const creperie = `Crêperie Ty Breizh ${run}`;
const garage = `Garage Tanguy ${run}`;
const CSV = [
  "Raison sociale;SIRET;Adresse;CP;Ville;Contact;Téléphone;Portable;E-mail;Commentaires",
  "Boulangeries Kerjean;;;29000;Quimper;LE GALL Jean-Pierre;02 98 55 12 34;06 12 34 56 78;jp.legall@kerjean.fr;Livraison avant 7 h",
  `${creperie};;;;Brest;Nolwenn Le Roux;;07 81 22 33 44;nolwenn@tybreizh.fr;`,
  "Cidrerie Kervella;;;29120;;M. KERVELLA;;;lena@kervella;",
  `${creperie};;;;Brest;Nolwenn Le Roux;;07 81 22 33 44;nolwenn@tybreizh.fr;`,
  `${garage};123 456 789 00012;12 quai de l'Odet;29000;Quimper;Anaïs SALAÜN;02 98 95 00 00;;;Client depuis 2019`,
  "",
].join("\r\n");

test("Anne imports a French Excel export as it is, merges one duplicate, skips the other", async ({ page }) => {
  test.slow();
  await page.goto("/t/breizh/accounts/import");
  await page.getByLabel("Choisir un fichier CSV").setInputFiles({ name: "clients.csv", mimeType: "text/csv", buffer: Buffer.from(CSV, "latin1") });
  await expect(page.getByText("clients.csv : 5 lignes, 10 colonnes.")).toBeVisible();

  // Recognised without help: the company, the full-name contact, both phones, the notes.
  await expect(page.getByLabel("Raison sociale (obligatoire)")).toHaveValue("0");
  await expect(page.getByLabel("Nom complet du contact")).toHaveValue("5");
  await expect(page.getByLabel("Téléphone du contact")).toHaveValue("6");
  await expect(page.getByLabel("Portable du contact")).toHaveValue("7");
  await expect(page.getByLabel("Notes", { exact: true })).toHaveValue("9");

  // The preview shows the names split, the capitals read as the surname.
  const preview = page.getByRole("table", { name: "Les premières lignes du fichier, telles qu’elles seront importées" });
  await expect(preview.getByRole("row", { name: /^2 / })).toContainText("Jean-Pierre");
  await expect(preview.getByRole("row", { name: /^2 / })).toContainText("Le Gall");
  await expect(preview.getByRole("row", { name: /^6 / })).toContainText("Anaïs");
  await expect(preview.getByRole("row", { name: /^6 / })).toContainText("Salaün");

  await page.getByRole("button", { name: "Vérifier les lignes" }).click();
  await expect(page.getByText("4 lignes sont prêtes à être importées ; 1 ligne est rejetée.")).toBeVisible();
  const rejected = page.getByRole("table", { name: "Lignes rejetées" });
  await expect(rejected.getByRole("row").nth(1)).toHaveText(/Ligne 4\s*E-mail du contact\s*L’e-mail n’a pas de fin de domaine, comme \.fr ou \.com\./);

  // Duplicates: the existing company (row 2) and the repeat of row 3 (row 5).
  const duplicates = page.getByRole("table", { name: "Lignes qui répètent une fiche, et que faire de chacune" });
  await expect(page.getByRole("heading", { name: "Doublons (2)" })).toBeVisible();
  await expect(duplicates.getByRole("row", { name: /Ligne 2/ })).toContainText("Boulangeries Kerjean");
  await expect(duplicates.getByRole("row", { name: /Ligne 5/ })).toContainText("la ligne 3 du fichier");
  await page.getByRole("button", { name: "Tout ignorer" }).click();
  await expect(page.getByRole("button", { name: "Importer 2 lignes" })).toBeVisible();
  await page.getByRole("group", { name: "Que faire de la ligne 2" }).getByLabel("Fusionner").check();
  await page.getByRole("button", { name: "Importer 3 lignes" }).click();

  await expect(page.getByText("2 comptes créés")).toBeVisible();
  await expect(page.getByText("1 doublon ignoré")).toBeVisible();
  await page.getByRole("link", { name: "Voir les comptes" }).click();
  await page.getByLabel("Rechercher").fill(run);
  const list = page.getByRole("table", { name: "Comptes" });
  await expect(list.getByRole("link", { name: creperie })).toBeVisible();
  await expect(list.getByRole("link", { name: garage })).toBeVisible();
  await expect(list.getByRole("link", { name: "Cidrerie Kervella" })).toHaveCount(0);

  // The merged company gained the contact and the comment; the new one has a partial address.
  await page.getByLabel("Rechercher").fill("Boulangeries Kerjean");
  await list.getByRole("link", { name: "Boulangeries Kerjean" }).click();
  await expect(page.getByRole("row", { name: /Jean-Pierre Le Gall/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Notes" })).toContainText("Livraison avant 7 h");
});
