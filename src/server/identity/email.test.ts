/** Tests for work email domains: what a person may type, and the one form it is stored in. */
import { describe, expect, it } from "vitest";
import { emailDomainName, normalizeDomain } from "./email";

describe("normalizeDomain", () => {
  it.each([
    ["acme.com", "acme.com"],
    ["  Acme.COM ", "acme.com"],
    ["@acme.com", "acme.com"],
    ["acme.com.", "acme.com"],
    ["mail.acme.co.uk", "mail.acme.co.uk"],
    ["breizh-telecom.test", "breizh-telecom.test"],
    ["xn--bcher-kva.de", "xn--bcher-kva.de"],
    ["bücher.de", "xn--bcher-kva.de"],
    ["télécom-bretagne.fr", "xn--tlcom-bretagne-bkbb.fr"],
  ])("accepts %j as %j", (typed, stored) => {
    expect(normalizeDomain(typed)).toBe(stored);
  });

  it.each([
    "",
    "localhost",
    "acme",
    "10.0.0.1",
    "acme.123",
    "https://acme.com",
    "acme.com/login",
    "acme.com:443",
    "alice@acme.com",
    "acme .com",
    "-acme.com",
    "acme-.com",
    "acme..com",
    "a_b.com",
    `${"a".repeat(64)}.com`,
    `${"abcdefghi.".repeat(26)}com`,
  ])("refuses %j", (typed) => {
    expect(normalizeDomain(typed)).toBeNull();
  });
});

describe("emailDomainName", () => {
  it("gives the normal form, or the domainFormat message", () => {
    expect(emailDomainName.parse(" @Acme.com ")).toBe("acme.com");
    const r = emailDomainName.safeParse("not a domain");
    expect(r.success ? null : r.error.issues.map((i) => i.message)).toEqual(["domainFormat"]);
  });
});
