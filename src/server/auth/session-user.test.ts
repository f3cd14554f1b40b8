/**
 * Tests for the session user: a tenant that enforces SSO admits only sessions that came
 * through its own identity provider.
 */
import { describe, it, expect } from "vitest";
import { satisfiesSso, sessionClaims, signInMethod, userOfClaims, type SessionUser } from "./session-user";

const base = { id: "0b7c8f2e-3c1a-4d5e-9f60-1a2b3c4d5e6f", email: "anne@acme.example", name: "Anne" };
const viaEmail: SessionUser = { ...base, signIn: { method: "email" } };
const viaAcmeSso: SessionUser = { ...base, signIn: { method: "sso", tenant: "acme" } };
const viaOtherSso: SessionUser = { ...base, signIn: { method: "sso", tenant: "globex" } };

describe("satisfiesSso", () => {
  const enforcing = { slug: "acme", enforceSso: true };
  const relaxed = { slug: "acme", enforceSso: false };

  it("admits any session when the tenant does not enforce SSO", () => {
    expect(satisfiesSso(viaEmail, relaxed)).toBe(true);
    expect(satisfiesSso(viaAcmeSso, relaxed)).toBe(true);
    expect(satisfiesSso(viaOtherSso, relaxed)).toBe(true);
  });

  it("admits a session from the tenant's own SSO when it enforces SSO", () => {
    expect(satisfiesSso(viaAcmeSso, enforcing)).toBe(true);
  });

  it("refuses an email-link session when the tenant enforces SSO", () => {
    expect(satisfiesSso(viaEmail, enforcing)).toBe(false);
  });

  it("refuses a session from another tenant's SSO when the tenant enforces SSO", () => {
    expect(satisfiesSso(viaOtherSso, enforcing)).toBe(false);
  });

  it("compares the slug exactly", () => {
    const upper: SessionUser = { ...base, signIn: { method: "sso", tenant: "ACME" } };
    const prefixed: SessionUser = { ...base, signIn: { method: "sso", tenant: "acme-2" } };
    expect(satisfiesSso(upper, enforcing)).toBe(false);
    expect(satisfiesSso(prefixed, enforcing)).toBe(false);
  });
});

describe("session claims", () => {
  const claims = { uid: base.id, sid: "c2lnbmVkLWluLXNlc3Npb24tc2VjcmV0", email: base.email, name: base.name, signIn: { method: "email" } };

  it("give the signed-in person of an email and an SSO session", () => {
    expect(userOfClaims(sessionClaims.parse(claims))).toEqual(viaEmail);
    expect(userOfClaims(sessionClaims.parse({ ...claims, signIn: { method: "sso", tenant: "acme" } }))).toEqual(viaAcmeSso);
  });

  it("refuse a token that names no server-side session: one issued before sessions had rows", () => {
    const { sid: _sid, ...withoutSession } = claims;
    expect(sessionClaims.safeParse(withoutSession).success).toBe(false);
    expect(sessionClaims.safeParse({ ...claims, sid: "" }).success).toBe(false);
  });

  it("refuse an SSO sign-in without its tenant, an unknown method, and a non-uuid id", () => {
    expect(signInMethod.safeParse({ method: "sso" }).success).toBe(false);
    expect(signInMethod.safeParse({ method: "password" }).success).toBe(false);
    expect(sessionClaims.safeParse({ ...claims, uid: "42" }).success).toBe(false);
  });

  it("read a missing name or email as empty rather than refusing the session", () => {
    expect(userOfClaims(sessionClaims.parse({ ...claims, name: null, email: undefined }))).toMatchObject({ name: "", email: "" });
  });
});
