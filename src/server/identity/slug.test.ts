/**
 * Tests for tenant slugs: the suggestion made from a company name at sign-up, and the rule
 * that decides whether a slug can be used as `/t/<slug>`.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { SLUG_PATTERN, slugFromName, slugProblem } from "./slug";

describe("slugFromName", () => {
  it.each([
    ["Breizh Télécom", "breizh-telecom"],
    ["Acme Telecom", "acme-telecom"],
    ["ÉLECTRICITÉ & Réseaux S.A.", "electricite-reseaux-s-a"],
    ["  --Acme!!!  ", "acme"],
    ["O'Brien & Sons, Ltd.", "o-brien-sons-ltd"],
    ["Telco   2000", "telco-2000"],
    ["Müller Ñandú Çà", "muller-nandu-ca"],
    ["***", ""],
    ["", ""],
    ["日本電信", ""],
  ])("%j → %j", (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });

  it("cuts at 40 characters", () => {
    const slug = slugFromName("a".repeat(60));
    expect(slug).toBe("a".repeat(40));
  });

  it("does not end with a hyphen when the cut falls on a word break", () => {
    // 39 letters, a space, then more: the 40th character would be the hyphen.
    const slug = slugFromName(`${"b".repeat(39)} Telecom Services`);
    expect(slug).toBe("b".repeat(39));
    expect(slug.endsWith("-")).toBe(false);
  });

  it("keeps a word break that falls inside the cut", () => {
    expect(slugFromName(`${"c".repeat(38)} dx`)).toBe(`${"c".repeat(38)}-d`);
  });
});

describe("slugProblem", () => {
  it.each([
    ["ab", "too short"],
    ["a", "single character"],
    ["", "empty"],
    ["a".repeat(41), "41 characters"],
    ["Acme", "upper case"],
    ["acme--telecom", "double hyphen"],
    ["-acme", "leading hyphen"],
    ["acme-", "trailing hyphen"],
    ["acme_telecom", "underscore"],
    ["acme telecom", "space"],
    ["télécom", "accents"],
    ["acme/x", "slash"],
    ["acme\n", "trailing newline"],
  ])("%j is a format problem (%s)", (slug) => {
    expect(slugProblem(slug)).toBe("format");
  });

  it.each(["api", "login", "admin", "logout", "signup", "settings", "www", "invite", "switchboard", "health"])(
    "%j is reserved",
    (slug) => {
      expect(slugProblem(slug)).toBe("reserved");
    },
  );

  it("reports the 1-letter reserved word 't' as a format problem (it is too short anyway)", () => {
    expect(slugProblem("t")).toBe("format");
  });

  it.each(["acme", "abc", "breizh-telecom", "a1b", "123", "a-b", "a".repeat(40), "apis", "my-api", "login2"])(
    "%j is valid",
    (slug) => {
      expect(slugProblem(slug)).toBeNull();
    },
  );

  it("accepts exactly what SLUG_PATTERN accepts, for strings of slug characters", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{0,45}$/), (s) => {
        const shapeOk = s.length >= 3 && s.length <= 40 && !s.startsWith("-") && !s.endsWith("-") && !s.includes("--");
        expect(SLUG_PATTERN.test(s)).toBe(shapeOk);
        if (!shapeOk) expect(slugProblem(s)).toBe("format");
      }),
    );
  });
});

describe("slugFromName suggestions pass slugProblem", () => {
  it("every suggestion of 3+ characters that is not reserved is a valid slug", () => {
    const names = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: "grapheme", maxLength: 60 }),
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.stringMatching(/^[A-Za-zÀ-ÿ0-9 .,&'!-]{0,70}$/),
    );
    fc.assert(
      fc.property(names, (name) => {
        const slug = slugFromName(name);
        expect(slug).toMatch(/^[a-z0-9-]*$/);
        expect(slug.length).toBeLessThanOrEqual(40);
        if (slug.length >= 3 && slugProblem(slug) !== "reserved") expect(slugProblem(slug)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it("reserved words typed as names come back reserved, so sign-up can refuse them", () => {
    expect(slugProblem(slugFromName("API"))).toBe("reserved");
    expect(slugProblem(slugFromName("Login!"))).toBe("reserved");
  });
});
