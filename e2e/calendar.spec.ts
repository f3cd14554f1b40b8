/**
 * The business-day calendar: an admin adds Saturday to the working week and moves the
 * tenant to France (both survive a reload), sees the public holidays follow the country, and
 * records then removes a day off. An admin of a UK tenant moves it to Scotland and gives a
 * technician their own region. A member without those roles reads the week and the regions,
 * and manages only their own days off.
 */
import { seedMember } from "../prisma/seed/factories";
import { expect, signInByEmail, test } from "./fixtures/test";

/** A calendar date `days` from now, "YYYY-MM-DD", the value a date input takes. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("an admin sets the working week and the country, and records a day off", async ({ page, tenant }) => {
  await signInByEmail(page, tenant.admin.email);
  await page.goto(`/t/${tenant.slug}/settings/calendar`);

  const week = page.getByRole("region", { name: "Working week" });
  await expect(week.getByLabel("Monday")).toBeChecked();
  await expect(week.getByLabel("Saturday")).not.toBeChecked();
  await expect(week.getByLabel("Country (public holidays)")).toHaveValue("GB");
  await expect(week.getByLabel("Time zone")).toHaveValue("Europe/London");
  // The fixture tenant is British: Christmas is always within the next twelve months.
  const holidays = page.getByRole("region", { name: "Public holidays" });
  await expect(holidays.getByRole("listitem").filter({ hasText: "Christmas Day" }).first()).toContainText(/Dec 25|25 Dec/);

  await week.getByLabel("Saturday").check();
  await week.getByLabel("Country (public holidays)").selectOption("FR");
  await week.getByRole("button", { name: "Save" }).click();
  await expect(week.getByText("The calendar was saved.")).toBeVisible();

  await page.reload();
  await expect(week.getByLabel("Saturday")).toBeChecked();
  await expect(week.getByLabel("Sunday")).not.toBeChecked();
  await expect(week.getByLabel("Country (public holidays)")).toHaveValue("FR");
  // Moving country asked for the region again: France's nationwide list needs none.
  await expect(week.getByLabel("Region (public holidays)")).toHaveValue("");
  await expect(holidays.getByRole("listitem").filter({ hasText: "Bastille Day" })).toContainText(/Jul 14|14 Jul/);

  const daysOff = page.getByRole("region", { name: "Days off" });
  await expect(daysOff.getByText("Nobody has an upcoming day off.")).toBeVisible();
  await daysOff.getByLabel("Date", { exact: true }).fill(inDays(30));
  await daysOff.getByLabel("Note (optional)").fill("Dentist");
  await daysOff.getByRole("button", { name: "Add the day off" }).click();
  await expect(daysOff.getByText(/^Day off added for/)).toBeVisible();
  const row = daysOff.getByRole("row").filter({ hasText: "Dentist" });
  await expect(row).toContainText("Ada Admin (you)");

  await row.getByRole("button", { name: /^Remove Ada Admin's day off on / }).click();
  await expect(row).toHaveCount(0);
  await expect(daysOff.getByText("Nobody has an upcoming day off.")).toBeVisible();
});

test("an admin of a UK tenant picks Scotland, sees St Andrew's Day, and sets a technician's own region", async ({ page, db, tenant }) => {
  await seedMember(db, tenant.id, { email: `tom@${tenant.slug}.test`, name: "Tom Tech", roles: ["TECHNICIAN"] });
  await signInByEmail(page, tenant.admin.email);
  await page.goto(`/t/${tenant.slug}/settings/calendar`);

  const week = page.getByRole("region", { name: "Working week" });
  const holidays = page.getByRole("region", { name: "Public holidays" });
  await expect(week.getByLabel("Region (public holidays)")).toHaveValue("ENG");
  await expect(holidays.getByText("The next twelve months (England, United Kingdom).", { exact: false })).toBeVisible();
  await expect(holidays.getByRole("listitem").filter({ hasText: "St Andrew’s Day" })).toHaveCount(0);

  await week.getByLabel("Region (public holidays)").selectOption({ label: "Scotland" });
  await week.getByRole("button", { name: "Save" }).click();
  await expect(week.getByText("The calendar was saved.")).toBeVisible();
  await expect(holidays.getByText("The next twelve months (Scotland, United Kingdom).", { exact: false })).toBeVisible();
  await expect(holidays.getByRole("listitem").filter({ hasText: "St Andrew’s Day" }).first()).toContainText(/Nov 30|30 Nov/);
  await expect(holidays.getByRole("listitem").filter({ hasText: "Easter Monday" })).toHaveCount(0);

  const people = page.getByRole("region", { name: "Holiday regions" });
  const toms = people.getByLabel("Holiday region of Tom Tech");
  await expect(toms.locator("option:checked")).toHaveText("Same as the workspace (Scotland)");
  await toms.selectOption({ label: "Northern Ireland" });
  await expect(people.getByRole("row").filter({ hasText: "Tom Tech" }).getByText("Saved")).toBeVisible();
  await page.reload();
  await expect(toms).toHaveValue("NIR");
});

test("a technician reads the working week and manages only their own days off", async ({ page, db, tenant }) => {
  const admin = await db.membership.findFirstOrThrow({ where: { tenantId: tenant.id, user: { email: tenant.admin.email } }, select: { id: true } });
  await db.dayOff.create({ data: { tenantId: tenant.id, membershipId: admin.id, date: new Date(`${inDays(10)}T00:00:00.000Z`), note: "Conference" } });
  const tech = { email: `tess@${tenant.slug}.test`, name: "Tess Tech" };
  await seedMember(db, tenant.id, { ...tech, roles: ["TECHNICIAN"] });

  await signInByEmail(page, tech.email);
  await page.goto(`/t/${tenant.slug}/settings/calendar`);
  const week = page.getByRole("region", { name: "Working week" });
  await expect(week.getByText("Only admins can change the working week.")).toBeVisible();
  await expect(week.getByRole("button", { name: "Save" })).toHaveCount(0);
  // Where people work is read, not changed: admins and managers set it.
  const people = page.getByRole("region", { name: "Holiday regions" });
  await expect(people.getByRole("row").filter({ hasText: "Tess Tech (you)" })).toContainText("Same as the workspace (England)");
  await expect(people.getByRole("combobox")).toHaveCount(0);

  const daysOff = page.getByRole("region", { name: "Days off" });
  await expect(daysOff.getByRole("heading", { name: "My days off" })).toBeVisible();
  // No member to choose: a technician records their own days off only.
  await expect(daysOff.getByLabel("Member")).toHaveCount(0);
  await daysOff.getByLabel("Date", { exact: true }).fill(inDays(20));
  await daysOff.getByRole("button", { name: "Add the day off" }).click();
  const mine = daysOff.getByRole("row").filter({ hasText: "Tess Tech (you)" });
  await expect(mine.getByRole("button", { name: /^Remove Tess Tech's day off/ })).toBeVisible();
  const theirs = daysOff.getByRole("row").filter({ hasText: "Conference" });
  await expect(theirs).toContainText("Ada Admin");
  await expect(theirs.getByRole("button")).toHaveCount(0);
});
