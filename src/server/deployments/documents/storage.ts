/**
 * Where project documents' bytes live. The database keeps a document's row (name, type, size,
 * `storageKey`); a `DocumentStore` keeps the bytes under that key. Today the only store is
 * the local disk (`DOCUMENTS_DIR`); a later issue backs the same interface with S3-compatible
 * storage, so nothing outside this file may know that keys are paths.
 *
 * Keys are `<tenantId>/<projectId>/<documentId>` (`documentKey`), built from ids only — never
 * from a file name a person typed — and every key is checked again here, so even a bad key
 * cannot reach outside the root.
 */
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { env } from "@/env";

export type DocumentBytes = Uint8Array | ReadableStream<Uint8Array>;

export interface DocumentStore {
  /** Stores the bytes under `key`, replacing what was there; all or nothing. */
  put(key: string, bytes: DocumentBytes): Promise<void>;
  /** The bytes under `key` as a stream, or null when there are none. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Removes the bytes under `key`; removing what is not there is not an error. */
  delete(key: string): Promise<void>;
}

export class UnsafeKeyError extends Error {
  constructor(key: string) {
    super(`Refused document key ${JSON.stringify(key)}: keys are segments of letters, digits, "-" and "_" joined by "/".`);
    this.name = "UnsafeKeyError";
  }
}

export function documentKey(tenantId: string, projectId: string, documentId: string): string {
  return [tenantId, projectId, documentId].join("/");
}

// No dots (so no ".."), no backslashes, no empty segment (so no leading "/" and no "//").
const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

/** The file for `key` under `root`, or a refusal for any key that could leave it. */
export function pathOfKey(root: string, key: string): string {
  if (!KEY.test(key)) throw new UnsafeKeyError(key);
  const base = resolve(root);
  const path = resolve(base, ...key.split("/"));
  // Belt and braces: the pattern already excludes "..", but the check is what guarantees it.
  const rel = relative(base, path);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel) || !path.startsWith(base + sep)) throw new UnsafeKeyError(key);
  return path;
}

export function localDiskStore(rootDir: string): DocumentStore {
  return {
    async put(key, bytes) {
      const path = pathOfKey(rootDir, key);
      await mkdir(dirname(path), { recursive: true });
      // Written beside its final name, then renamed: a crash or a failed stream mid-way never
      // leaves a half-written file under a key a row may point to.
      const partial = `${path}.partial-${randomUUID()}`;
      const source = bytes instanceof Uint8Array ? Readable.from([bytes]) : Readable.fromWeb(bytes as WebReadableStream<Uint8Array>);
      try {
        await pipeline(source, createWriteStream(partial, { flags: "wx" }));
        await rename(partial, path);
      } catch (e) {
        await rm(partial, { force: true });
        throw e;
      }
    },
    async get(key) {
      const path = pathOfKey(rootDir, key);
      // Checked before streaming: a missing file found mid-response could only break the download.
      const found = await stat(path).catch((e: NodeJS.ErrnoException) => {
        if (e.code === "ENOENT") return null;
        throw e;
      });
      if (!found?.isFile()) return null;
      return Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await rm(pathOfKey(rootDir, key), { force: true });
    },
  };
}

let configured: DocumentStore | undefined;
/** The store this process uses, from the environment. */
export function documentStore(): DocumentStore {
  configured ??= localDiskStore(env().DOCUMENTS_DIR);
  return configured;
}
