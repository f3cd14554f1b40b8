/** The local-disk store: bytes in and out under a key, and no key that can leave the root. */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentKey, localDiskStore, pathOfKey, UnsafeKeyError, type DocumentStore } from "./storage";

let root: string;
let store: DocumentStore;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "sb-docs-"));
  store = localDiskStore(join(root, "documents"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const text = async (s: ReadableStream<Uint8Array> | null) => (s ? Buffer.from(await new Response(s).arrayBuffer()).toString("utf8") : null);

describe("keys", () => {
  const T = "0190a1b2-0000-7000-8000-000000000001";
  it("are tenant/project/document", () => {
    expect(documentKey(T, "p", "d")).toBe(`${T}/p/d`);
    expect(pathOfKey("/srv/docs", `${T}/p/d`)).toBe(`/srv/docs/${T}/p/d`);
  });

  it.each(["../etc/passwd", "a/../../b", "/etc/passwd", "a//b", "a/./b", "a\\..\\b", "a/b/", "", "..", "a/b.txt", "a/%2e%2e/b", "a\nb"])(
    "refuses %j",
    (key) => {
      expect(() => pathOfKey("/srv/docs", key)).toThrow(UnsafeKeyError);
    },
  );

  it("is refused by every operation, before touching the disk", async () => {
    await expect(store.put("../escape", new Uint8Array([1]))).rejects.toThrow(UnsafeKeyError);
    await expect(store.get("../escape")).rejects.toThrow(UnsafeKeyError);
    await expect(store.delete("../escape")).rejects.toThrow(UnsafeKeyError);
    expect(await readdir(root)).toEqual([]);
  });
});

describe("localDiskStore", () => {
  it("stores bytes and streams them back", async () => {
    await store.put("t/p/one", new TextEncoder().encode("hello"));
    expect(await text(await store.get("t/p/one"))).toBe("hello");
    expect(await readFile(join(root, "documents", "t", "p", "one"), "utf8")).toBe("hello");
  });

  it("takes a stream too, and replaces what was under the key", async () => {
    const body = new Response("streamed bytes").body!;
    await store.put("t/p/one", body);
    expect(await text(await store.get("t/p/one"))).toBe("streamed bytes");
  });

  it("leaves nothing when the incoming stream fails", async () => {
    const failing = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array([1, 2, 3]));
        c.error(new Error("connection lost"));
      },
    });
    await expect(store.put("t/p/broken", failing)).rejects.toThrow("connection lost");
    expect(await store.get("t/p/broken")).toBeNull();
    expect((await readdir(join(root, "documents", "t", "p"))).sort()).toEqual(["one"]);
  });

  it("answers null for a missing key, and deletes idempotently", async () => {
    expect(await store.get("t/p/none")).toBeNull();
    await store.delete("t/p/one");
    await store.delete("t/p/one");
    expect(await store.get("t/p/one")).toBeNull();
  });
});
