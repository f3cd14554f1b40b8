/**
 * Tests for encryption at rest of tenants' secrets (AES-256-GCM, `v1.<iv>.<tag>.<data>`).
 */
import { randomBytes } from "node:crypto";
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { decryptSecret, encryptSecret, keyFromBase64 } from "./secret-box";

const key = randomBytes(32);

/** Flips one bit of the base64url-encoded part `index` of a sealed value. */
function flipBit(sealed: string, index: number): string {
  const parts = sealed.split(".");
  const bytes = Buffer.from(parts[index] ?? "", "base64url");
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  parts[index] = bytes.toString("base64url");
  return parts.join(".");
}

describe("encryptSecret / decryptSecret", () => {
  it("round-trips a client secret", () => {
    const secret = "s3cr3t-Value_with.dots.and~tilde";
    expect(decryptSecret(encryptSecret(secret, key), key)).toBe(secret);
  });

  it("round-trips any unicode string, the empty string included", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.constant("")), (plain) => {
        expect(decryptSecret(encryptSecret(plain, key), key)).toBe(plain);
      }),
      { numRuns: 300 },
    );
  });

  it("stores the versioned four-part format with a 96-bit IV and a 128-bit tag", () => {
    const sealed = encryptSecret("hello", key);
    const parts = sealed.split(".");
    expect(parts).toHaveLength(4);
    expect(parts[0]).toBe("v1");
    expect(Buffer.from(parts[1] ?? "", "base64url")).toHaveLength(12);
    expect(Buffer.from(parts[2] ?? "", "base64url")).toHaveLength(16);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/);
  });

  it("gives a different ciphertext each time for the same text", () => {
    const a = encryptSecret("same secret", key);
    const b = encryptSecret("same secret", key);
    expect(a).not.toBe(b);
    expect(a.split(".")[1]).not.toBe(b.split(".")[1]);
  });

  it("does not contain the plaintext, raw or base64-encoded", () => {
    const plain = "my-very-recognisable-client-secret";
    const sealed = encryptSecret(plain, key);
    expect(sealed).not.toContain(plain);
    expect(sealed).not.toContain(Buffer.from(plain).toString("base64url").slice(0, 16));
  });

  it("fails with the wrong key", () => {
    const sealed = encryptSecret("hello", key);
    expect(() => decryptSecret(sealed, randomBytes(32))).toThrow();
  });

  it.each([
    [1, "the IV"],
    [2, "the tag"],
    [3, "the ciphertext"],
  ])("fails when part %i (%s) is tampered with", (index) => {
    const sealed = encryptSecret("a secret long enough to tamper with", key);
    expect(() => decryptSecret(flipBit(sealed, index), key)).toThrow();
  });

  it("fails when the ciphertext is truncated", () => {
    const sealed = encryptSecret("a secret long enough to tamper with", key);
    expect(() => decryptSecret(sealed.slice(0, -4), key)).toThrow();
  });

  it.each(["v2", "V1", "", "v0"])("refuses the unknown version prefix %j", (version) => {
    const sealed = encryptSecret("hello", key);
    const [, ...rest] = sealed.split(".");
    expect(() => decryptSecret([version, ...rest].join("."), key)).toThrow("Unknown secret format");
  });

  it.each(["", "v1", "v1.abc", "v1.abc.def", "not a secret", "v1..tag.data"])("refuses the malformed value %j", (sealed) => {
    expect(() => decryptSecret(sealed, key)).toThrow("Unknown secret format");
  });

  // GCM accepts short tags unless told otherwise; a 4-byte tag would make forgery cheap.
  it("refuses a tag truncated to 4 bytes", () => {
    const sealed = encryptSecret("hello", key);
    const [v, iv, tag, data] = sealed.split(".");
    const short = Buffer.from(tag ?? "", "base64url").subarray(0, 4).toString("base64url");
    expect(() => decryptSecret([v, iv, short, data].join("."), key)).toThrow();
  });
});

describe("keyFromBase64", () => {
  it("accepts a 32-byte key and returns its bytes", () => {
    const raw = randomBytes(32);
    const k = keyFromBase64(raw.toString("base64"));
    expect(k.equals(raw)).toBe(true);
    expect(decryptSecret(encryptSecret("x", k), raw)).toBe("x");
  });

  it.each([16, 31, 33, 64, 0])("rejects a %i-byte key", (n) => {
    expect(() => keyFromBase64(randomBytes(n).toString("base64"))).toThrow("ENCRYPTION_KEY must be 32 bytes");
  });
});
