/** Signs the demo admins in through the real dev IdP once, for the journeys that reuse them. */
import { test as setup } from "@playwright/test";
import { signInWithSso, STORAGE } from "./fixtures/sso";

setup("Alice signs in to Acme Telecom through its SSO", async ({ page }) => {
  await signInWithSso(page, "alice@acme-telecom.test", /\/t\/acme$/);
  await page.context().storageState({ path: STORAGE.alice });
});

setup("Anne signs in to Breizh Télécom through its SSO", async ({ page }) => {
  await signInWithSso(page, "anne@breizh-telecom.test", /\/t\/breizh$/);
  await page.context().storageState({ path: STORAGE.anne });
});
