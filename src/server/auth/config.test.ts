/**
 * Tests for `ssoSlugOf`: which tenant's SSO an Auth.js request is about, read from its URL.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { ssoSlugOf } from "./config";
import { ssoProviderId } from "./provider-id";

const ORIGIN = "https://app.switchboard.example";

describe("ssoSlugOf", () => {
  it.each([
    ["/api/auth/signin/sso-acme", "acme"],
    ["/api/auth/callback/sso-breizh-telecom?code=x&state=y", "breizh-telecom"],
    ["/api/auth/callback/sso-telco2000", "telco2000"],
    ["/api/auth/signin/sso-acme?callbackUrl=%2Ft%2Facme", "acme"],
  ])("%s → %s", (path, slug) => {
    expect(ssoSlugOf(`${ORIGIN}${path}`)).toBe(slug);
    expect(ssoSlugOf(`http://localhost:3000${path}`)).toBe(slug);
  });

  it.each([
    "/api/auth/session",
    "/api/auth/callback/email-link",
    "/api/auth/signin",
    "/api/auth/csrf",
    "/api/auth/signout",
    "/api/auth/callback/sso-",
    "/t/acme/settings?next=/api/auth/signin",
  ])("%s → null", (path) => {
    expect(ssoSlugOf(`${ORIGIN}${path}`)).toBeNull();
  });

  it("is null without a URL", () => {
    expect(ssoSlugOf(undefined)).toBeNull();
    expect(ssoSlugOf("")).toBeNull();
  });

  it("reads the path only, not a slug smuggled into the query string", () => {
    expect(ssoSlugOf(`${ORIGIN}/api/auth/session?x=/api/auth/signin/sso-evil`)).toBeNull();
  });

  it("round-trips every valid provider id built by ssoProviderId", () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,3}$/);
    fc.assert(
      fc.property(slug, fc.constantFrom("signin", "callback"), (s, action) => {
        expect(ssoSlugOf(`${ORIGIN}/api/auth/${action}/${ssoProviderId(s)}`)).toBe(s);
      }),
    );
  });

  it("accepts a bare path", () => {
    expect(ssoSlugOf("/api/auth/signin/sso-acme")).toBe("acme");
  });
});
