import { seedMember, seedTenant, unique } from "../prisma/seed/factories";
import { linkIn, waitForEmail } from "./fixtures/mail";
import { expect, signInByEmail, test } from "./fixtures/test";

test("an admin invites a technician, who accepts and gets the role", async ({ page, browser, tenant }) => {
  await signInByEmail(page, tenant.admin.email);
  await expect(page).toHaveURL(new RegExp(`/t/${tenant.slug}$`));
  await page.getByRole("link", { name: "Settings" }).click();

  const invitee = `tina@${tenant.slug}.test`;
  await page.getByLabel("Email").fill(invitee);
  await page.getByRole("checkbox", { name: "Technician" }).check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${invitee}.`)).toBeVisible();
  await expect(page.getByRole("listitem", { name: invitee })).toBeVisible();

  const mail = await waitForEmail(invitee, /invited you to/);
  const link = linkIn(mail, "/invite/");
  const other = await browser.newContext();
  const tina = await other.newPage();
  await tina.goto(link);
  await tina.getByLabel("Your name").fill("Tina Tech");
  await tina.getByRole("button", { name: "Accept invitation" }).click();
  await expect(tina).toHaveURL(new RegExp(`/t/${tenant.slug}$`));
  await expect(tina.getByRole("heading", { name: "Hello, Tina" })).toBeVisible();
  // Not an admin: templates and her calendar, but not the workspace's members.
  await tina.getByRole("link", { name: "Settings" }).click();
  await expect(tina.getByRole("link", { name: "Calendar" })).toBeVisible();
  await expect(tina.getByRole("link", { name: "Members" })).toHaveCount(0);

  // The invitation worked once.
  await tina.goto(link);
  await expect(tina.getByText("This invitation has already been accepted")).toBeVisible();
  await other.close();

  await page.reload();
  const row = page.getByRole("listitem", { name: "Tina Tech" });
  await expect(row.getByText("Technician")).toBeVisible();
  await expect(page.getByText("No pending invitations.")).toBeVisible();
});

test("the last admin cannot demote or remove themselves", async ({ page, tenant }) => {
  await signInByEmail(page, tenant.admin.email);
  await page.goto(`/t/${tenant.slug}/settings/members`);
  const me = page.getByRole("listitem", { name: tenant.admin.name });
  await me.getByRole("button", { name: "Edit roles" }).click();
  await me.getByRole("checkbox", { name: "Admin", exact: true }).uncheck();
  await me.getByRole("checkbox", { name: "Manager" }).check();
  await me.getByRole("button", { name: "Save roles" }).click();
  await expect(me.getByText("This is the last admin")).toBeVisible();
  await me.getByRole("button", { name: "Cancel" }).click();
  await me.getByRole("button", { name: "Remove" }).click();
  await me.getByRole("button", { name: "Yes, remove" }).click();
  await expect(me.getByText("This is the last admin: make another member an admin before removing this one.")).toBeVisible();
});

test("in French, removing a member someone else has just removed says so in French, not in the server's English", async ({ page, db, tenant }) => {
  await db.tenant.update({ where: { id: tenant.id }, data: { locale: "fr", country: "FR", region: null, timezone: "Europe/Paris" } });
  const { membership } = await seedMember(db, tenant.id, { email: `yann@${tenant.slug}.test`, name: "Yann Tech", roles: ["TECHNICIAN"] });
  await signInByEmail(page, tenant.admin.email);
  await page.goto(`/t/${tenant.slug}/settings/members`);
  const row = page.getByRole("listitem", { name: "Yann Tech" });
  await row.getByRole("button", { name: "Retirer" }).click();
  // Meanwhile, in another tab, a colleague removed him.
  await db.membership.deleteMany({ where: { id: membership.id } });
  await row.getByRole("button", { name: "Oui, retirer" }).click();
  await expect(row.getByText("Cet élément n’existe plus, ou vous n’y avez pas accès. Rechargez la page.")).toBeVisible();
  await expect(row).not.toContainText("does not exist");
});

test("a person in two tenants switches between them, then signs out", async ({ page, db, tenant }) => {
  const other = await seedTenant(db, { slug: unique("second"), name: "Second Telecom" });
  const admin = await db.user.findUniqueOrThrow({ where: { email: tenant.admin.email } });
  await db.membership.create({ data: { tenantId: other.id, userId: admin.id, roles: ["VIEWER"] } });

  await signInByEmail(page, tenant.admin.email);
  const switcher = page.getByLabel("Switch workspace");
  await expect(switcher).toHaveValue(tenant.slug);
  await switcher.selectOption(other.slug);
  await expect(page).toHaveURL(new RegExp(`/t/${other.slug}$`));
  await expect(page.getByText("Your day at Second Telecom")).toBeVisible();
  // A viewer there: templates and calendar, not the workspace's members.
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("link", { name: "Calendar" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Members" })).toHaveCount(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto(`/t/${other.slug}`);
  await expect(page).toHaveURL(/\/login$/);
  await db.tenant.delete({ where: { id: other.id } });
});
