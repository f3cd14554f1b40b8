/**
 * Tests for rendering the outbox's emails: right language, the link in both HTML and text
 * parts, and a payload that no longer matches its schema refused rather than half-sent.
 */
import { describe, it, expect, vi } from "vitest";
import { ZodError } from "zod";
import { EMAILS, isEmailTemplate, renderEmail } from "./registry";

const MAGIC_URL = "https://app.switchboard.example/auth/magic?token=Zm9vYmFyYmF6cXV4";
const INVITE_URL = "https://app.switchboard.example/invite/aW52aXRhdGlvbi10b2tlbg";

const magicLink = {
  url: MAGIC_URL,
  tenantName: "Breizh Télécom",
  brandColor: "#0f766e",
  expiresInMinutes: 15,
  firstSignIn: false,
};

const invitation = {
  url: INVITE_URL,
  tenantName: "Breizh Télécom",
  brandColor: null,
  inviterName: "Anne Le Gall",
  roles: ["TECHNICIAN", "SALES_ADMIN"],
  // 23:30 UTC on 1 December is already 2 December in Paris, and still 1 December in New York.
  expiresAt: "2026-12-01T23:30:00.000Z",
  timezone: "Europe/Paris",
  country: "FR",
};

const HTML_TAG = /<\/?[a-z][^>]*>/i;

/** Collapses Intl's narrow and regular no-break spaces so dates can be compared as text. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("renderEmail: magic link", () => {
  it("renders in English with the tenant in the subject and the link in both parts", async () => {
    const r = await renderEmail("magic-link", "en", magicLink);
    expect(r.subject).toBe("Your sign-in link for Breizh Télécom");
    expect(r.html).toContain(`href="${MAGIC_URL}"`);
    expect(r.text).toContain(MAGIC_URL);
    expect(r.text).toContain("expires in 15 minutes");
    expect(r.text).toContain("Here is the sign-in link you asked for.");
    expect(r.text).not.toMatch(HTML_TAG);
    expect(r.html).toMatch(/<html[^>]*lang="en"/);
  });

  it("renders in French", async () => {
    const r = await renderEmail("magic-link", "fr", magicLink);
    expect(r.subject).toBe("Votre lien de connexion à Breizh Télécom");
    expect(r.html).toContain(`href="${MAGIC_URL}"`);
    expect(r.text).toContain(MAGIC_URL);
    expect(r.text).toContain("expire dans 15 minutes");
    expect(r.text).toContain("Se connecter");
    expect(r.text).not.toContain("Sign in");
    expect(r.text).not.toMatch(HTML_TAG);
    expect(r.html).toMatch(/<html[^>]*lang="fr"/);
  });

  it("welcomes a first sign-in to the new workspace", async () => {
    const r = await renderEmail("magic-link", "en", { ...magicLink, firstSignIn: true });
    expect(r.text).toContain("Welcome to Switchboard! Your workspace Breizh Télécom is ready.");
    expect(r.text).not.toContain("Here is the sign-in link you asked for.");
  });

  it("names Switchboard when the link is not tied to a tenant", async () => {
    const r = await renderEmail("magic-link", "en", { ...magicLink, tenantName: null });
    expect(r.subject).toBe("Your sign-in link for Switchboard");
  });

  it("escapes an ampersand in the link's HTML attribute but keeps it plain in the text", async () => {
    const url = "https://app.switchboard.example/auth/magic?token=abc&next=%2Ft%2Facme";
    const r = await renderEmail("magic-link", "en", { ...magicLink, url });
    expect(r.html).toContain(`href="${url.replace("&", "&amp;")}"`);
    expect(r.text).toContain(url);
  });

  it("escapes a tenant name that looks like HTML", async () => {
    const r = await renderEmail("magic-link", "en", { ...magicLink, tenantName: "<script>alert(1)</script>", firstSignIn: true });
    expect(r.html).not.toContain("<script>alert(1)</script>");
    expect(r.html).toContain("&lt;script&gt;");
  });
});

describe("renderEmail: invitation", () => {
  it("renders in English with the inviter and tenant in the subject and translated roles", async () => {
    const r = await renderEmail("invitation", "en", invitation);
    expect(r.subject).toBe("Anne Le Gall invited you to Breizh Télécom on Switchboard");
    expect(r.text).toContain("as Technician, Sales admin.");
    expect(r.html).toContain(`href="${INVITE_URL}"`);
    expect(r.text).toContain(INVITE_URL);
    expect(r.text).not.toMatch(HTML_TAG);
  });

  it("renders in French with French role names", async () => {
    const r = await renderEmail("invitation", "fr", invitation);
    expect(r.subject).toBe("Anne Le Gall vous invite à rejoindre Breizh Télécom sur Switchboard");
    expect(r.text).toContain("en tant que Technicien, ADV.");
    expect(r.text).not.toContain("TECHNICIAN");
    expect(r.text).not.toContain("Technician");
    expect(r.html).toContain(`href="${INVITE_URL}"`);
    expect(r.text).toContain(INVITE_URL);
    expect(r.text).not.toMatch(HTML_TAG);
  });

  it("formats the expiry in the reader's language with the tenant's country and time zone", async () => {
    const fr = plain((await renderEmail("invitation", "fr", invitation)).text);
    expect(fr).toContain("expire le 2 décembre 2026 à 00:30");

    // English in a French tenant: English words, day first and the 24-hour clock.
    const enFr = plain((await renderEmail("invitation", "en", invitation)).text);
    expect(enFr).toContain("2 December 2026 at 00:30");

    const gb = plain((await renderEmail("invitation", "en", { ...invitation, country: "GB", timezone: "Europe/London" })).text);
    expect(gb).toContain("1 December 2026 at 23:30");

    const ny = plain((await renderEmail("invitation", "en", { ...invitation, country: "US", timezone: "America/New_York" })).text);
    expect(ny).toContain("December 1, 2026 at 6:30 PM");
  });

  it("still renders an invitation queued before payloads carried the country", async () => {
    const { country: _country, ...older } = invitation;
    const en = plain((await renderEmail("invitation", "en", older)).text);
    expect(en).toContain("December 2, 2026 at 12:30 AM");
  });

  it("does not put the inviter or tenant into the wrong language's sentence", async () => {
    const r = await renderEmail("invitation", "fr", invitation);
    expect(r.text).not.toContain("invited you");
    expect(r.text).toContain("Accepter l'invitation");
  });
});

describe("renderEmail: invalid payloads", () => {
  it.each([
    ["magic-link", { ...magicLink, url: undefined }],
    ["magic-link", { ...magicLink, url: "not a url" }],
    ["magic-link", { ...magicLink, expiresInMinutes: 0 }],
    ["magic-link", { ...magicLink, firstSignIn: "yes" }],
    ["invitation", { ...invitation, url: undefined }],
    ["invitation", { ...invitation, roles: [] }],
    ["invitation", { ...invitation, expiresAt: "tomorrow" }],
    ["invitation", { ...invitation, inviterName: undefined }],
    ["invitation", null],
  ] as const)("rejects a %s payload that does not match its schema (%#)", async (template, payload) => {
    await expect(renderEmail(template, "en", payload)).rejects.toBeInstanceOf(ZodError);
  });

  it("rejects an invitation payload passed to the magic-link template", async () => {
    // The invitation payload has a url but no expiresInMinutes/firstSignIn.
    await expect(renderEmail("magic-link", "en", invitation)).rejects.toBeInstanceOf(ZodError);
  });

  it("rejects an unknown time zone instead of sending a date in the wrong zone", async () => {
    await expect(renderEmail("invitation", "en", { ...invitation, timezone: "Mars/Olympus" })).rejects.toThrow(RangeError);
  });

  it("rejects an invitation whose role is unknown", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(renderEmail("invitation", "en", { ...invitation, roles: ["FOO"] })).rejects.toThrow();
    } finally {
      quiet.mockRestore();
    }
  });
});

describe("isEmailTemplate", () => {
  it("recognises the registered templates", () => {
    expect(isEmailTemplate("magic-link")).toBe(true);
    expect(isEmailTemplate("invitation")).toBe(true);
    expect(Object.keys(EMAILS).sort()).toEqual(["invitation", "magic-link"]);
  });

  it.each(["", "magicLink", "Invitation", "toString", "constructor", "__proto__", "hasOwnProperty"])("rejects %j", (v) => {
    expect(isEmailTemplate(v)).toBe(false);
  });
});
