/**
 * Encryption at rest for secrets a tenant gives us (its OIDC client secret): AES-256-GCM
 * under ENCRYPTION_KEY, a fresh 96-bit IV per value, stored as `v1.<iv>.<tag>.<ciphertext>`
 * (base64url) so the format can change later without guessing.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

export function encryptSecret(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export function decryptSecret(sealed: string, key: Buffer): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || data === undefined) throw new Error("Unknown secret format");
  const authTag = Buffer.from(tag, "base64url");
  // GCM would accept a shortened tag, making forgery far cheaper: only the full 16 bytes do.
  if (authTag.length !== 16) throw new Error("Invalid authentication tag");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"), { authTagLength: 16 });
  decipher.setAuthTag(authTag);
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

export function keyFromBase64(b64: string): Buffer {
  const key = Buffer.from(b64, "base64");
  if (key.length !== 32) throw new Error("ENCRYPTION_KEY must be 32 bytes");
  return key;
}
