import { unique } from "../prisma/seed/factories";
import { linkIn, waitForEmail } from "./fixtures/mail";
import { expect, test } from "./fixtures/test";

test("a reseller signs up, receives a magic link and lands in its new tenant", async ({ page, db }) => {
  const slug = unique("signup");
  const email = `founder@${slug}.test`;
  await page.goto("/signup");
  await page.getByLabel("Company name").fill(`Signup ${slug}`);
  await page.getByLabel("Workspace address").fill(slug);
  // A UK company says which nation's bank holidays it follows.
  await expect(page.getByLabel("Country (public holidays)")).toHaveValue("GB");
  await page.getByLabel("Region (public holidays)").selectOption({ label: "Scotland" });
  await page.getByLabel("Your name").fill("Fiona Founder");
  await page.getByLabel("Your work email").fill(email);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByText(`We sent a sign-in link to ${email}`)).toBeVisible();

  const mail = await waitForEmail(email, /sign-in link/);
  expect(mail.html).toContain(`Signup ${slug}`);
  const link = linkIn(mail, "/auth/magic");
  await page.goto(link);
  await page.getByRole("button", { name: "Continue to Switchboard" }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${slug}$`));
  await expect(page.getByRole("heading", { name: "Hello, Fiona" })).toBeVisible();
  expect(await db.tenant.findUniqueOrThrow({ where: { slug }, select: { country: true, region: true } })).toEqual({ country: "GB", region: "SCT" });

  // The link worked once: opened again, it says so.
  await page.goto(link);
  await expect(page.getByText("This sign-in link has already been used")).toBeVisible();
  await db.tenant.delete({ where: { slug } });
});

test("sign-up refuses a taken address, a wrong email and a missing region, next to the fields", async ({ page, tenant }) => {
  await page.goto("/signup");
  await page.getByLabel("Company name").fill("Copycat Telecom");
  await page.getByLabel("Workspace address").fill(tenant.slug);
  await page.getByLabel("Your name").fill("Carl Copy");
  await page.getByLabel("Your work email").fill("carl@");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByText("Enter a valid email address, like name@company.com.")).toBeVisible();
  await expect(page.getByText("Choose a region: this country's public holidays differ from one region to another.")).toBeVisible();
  await page.getByLabel("Region (public holidays)").selectOption({ label: "England" });
  await page.getByLabel("Your work email").fill("carl@copycat.test");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByText("This address is already taken. Try another one.")).toBeVisible();
});

test("an unknown sign-in link explains itself instead of failing", async ({ page }) => {
  await page.goto("/auth/magic?token=not-a-real-token-at-all-0000");
  await expect(page.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
  await expect(page.getByText("This sign-in link is not valid")).toBeVisible();
});
