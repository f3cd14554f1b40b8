/**
 * Project documents against the real database and a real (temporary) documents folder: the
 * domain functions in a tenant's unit of work, then the HTTP routes the browser calls, signed
 * in with a session cookie as Auth.js issues it. A refused upload writes nothing: no row, no file.
 */
import { mkdtempSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POST } from "@/app/api/t/[tenant]/projects/[id]/documents/route";
import { DELETE, GET } from "@/app/api/t/[tenant]/projects/[id]/documents/[documentId]/route";
import type { SessionClaims } from "@/server/auth/session-user";
import { startSession } from "@/server/auth/sessions";
import { withTenant, type TenantDb } from "@/server/db/tenant";
import { addDocument, deleteDocument, DocumentTooLargeError, listDocuments, readDocument } from "@/server/deployments/documents/documents";
import { documentStore } from "@/server/deployments/documents/storage";
import { AppError } from "@/server/errors";
import { seedMember, unique } from "../../prisma/seed/factories";
import { callerFor, failure, makeCrm, makeTenant, ownerDb } from "../support/fixtures";

// env() reads these at its first call, which no import makes: set before any request or domain call.
const DIR = mkdtempSync(join(tmpdir(), "sb-documents-"));
process.env.DOCUMENTS_DIR = DIR;
process.env.DOCUMENT_MAX_BYTES = String(100 * 1024);

const APP = process.env.APP_URL!;
const COOKIE = "authjs.session-token";
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, 0xb8, ...new Array(100).fill(0)]);

type Tenant = Awaited<ReturnType<typeof makeTenant>>;

/** A project as the won-deal flow makes one, written directly: its own template and version. */
async function makeProject(t: Tenant) {
  const db = ownerDb();
  const crm = await makeCrm(t);
  const tenantId = t.tenant.id;
  const template = await db.template.create({ data: { tenantId, name: unique("Docs template") } });
  const version = await db.templateVersion.create({
    data: { tenantId, templateId: template.id, number: 1, status: "PUBLISHED", document: { phases: [] }, publishedAt: new Date() },
  });
  return db.project.create({
    data: {
      tenantId, name: `Project of ${t.slug}`, accountId: crm.account.id, dealId: crm.deal.id, serviceLineId: crm.line.id,
      templateId: template.id, templateVersionId: version.id, targetGoLive: new Date("2030-01-31"),
    },
  });
}

/** Signs `user` in as config.ts's jwt callback does: a session row, and a cookie naming it. */
async function cookieOf(user: { id: string; email: string; name: string }): Promise<string> {
  const session = await startSession(user.id, { userAgent: "vitest", ipAddress: "203.0.113.9" });
  const claims: SessionClaims = { uid: user.id, sid: session.token, email: user.email, name: user.name, signIn: { method: "email" } };
  return `${COOKIE}=${await encode({ token: claims, secret: process.env.AUTH_SECRET!, salt: COOKIE })}`;
}

const filesOf = (tenantId: string, projectId: string) => readdir(join(DIR, tenantId, projectId)).catch(() => [] as string[]);
const rowsOf = (projectId: string) => ownerDb().projectDocument.findMany({ where: { projectId } });
const formWith = (name: string, bytes: Uint8Array, type = "application/pdf") => {
  const form = new FormData();
  form.append("file", new File([bytes as BlobPart], name, { type }));
  return form;
};

let t: Tenant;
let other: Tenant;
let projectId: string;
let admin: string;
let viewer: string;
let stranger: string;

beforeAll(async () => {
  t = await makeTenant("docs");
  other = await makeTenant("docs-other");
  projectId = (await makeProject(t)).id;
  const v = await seedMember(ownerDb(), t.tenant.id, { email: `viewer@${t.slug}.test`, name: "Docs Viewer", roles: ["VIEWER"] });
  [admin, viewer, stranger] = await Promise.all([cookieOf(t.admin.user), cookieOf(v.user), cookieOf(other.admin.user)]);
});
afterAll(() => rm(DIR, { recursive: true, force: true }));

describe("the domain functions", () => {
  it("upload, list with the uploader, read back the same bytes, delete — with activity and the file", async () => {
    const added = await withTenant(t.tenant.id, (db) => addDocument(db, documentStore(), t.admin.user.id, projectId, { name: "Devis signé.pdf", bytes: PDF }));
    expect(added).toMatchObject({ name: "Devis signé.pdf", size: PDF.length, contentType: "application/pdf" });
    expect(await readFile(join(DIR, t.tenant.id, projectId, added.id))).toEqual(Buffer.from(PDF));

    const list = await withTenant(t.tenant.id, (db) => listDocuments(db, projectId));
    expect(list).toEqual([expect.objectContaining({ id: added.id, name: "Devis signé.pdf", uploadedBy: { id: t.admin.user.id, name: t.admin.user.name } })]);

    const read = await withTenant(t.tenant.id, (db) => readDocument(db, documentStore(), added.id));
    expect(new Uint8Array(await new Response(read.stream).arrayBuffer())).toEqual(PDF);

    await withTenant(t.tenant.id, (db) => deleteDocument(db, documentStore(), t.admin.user.id, added.id));
    expect(await rowsOf(projectId)).toEqual([]);
    expect(await filesOf(t.tenant.id, projectId)).toEqual([]);
    const activity = await ownerDb().activity.findMany({ where: { tenantId: t.tenant.id, entityId: projectId }, orderBy: { createdAt: "asc" } });
    expect(activity.map((a) => [a.action, a.entityType, a.actorId])).toEqual([
      ["document.uploaded", "Project", t.admin.user.id],
      ["document.deleted", "Project", t.admin.user.id],
    ]);
    expect(activity[0]!.after).toEqual({ name: "Devis signé.pdf", size: PDF.length, contentType: "application/pdf" });
    expect(activity[1]!.before).toEqual({ name: "Devis signé.pdf", size: PDF.length, contentType: "application/pdf" });
  });

  it("refuses a too-large file and an executable renamed .pdf, writing nothing", async () => {
    const big = new Uint8Array(100 * 1024 + 1);
    big.set(PDF);
    const tooLarge = withTenant(t.tenant.id, (db) => addDocument(db, documentStore(), t.admin.user.id, projectId, { name: "big.pdf", bytes: big }));
    await expect(tooLarge).rejects.toBeInstanceOf(DocumentTooLargeError);
    const refused = await withTenant(t.tenant.id, (db) => addDocument(db, documentStore(), t.admin.user.id, projectId, { name: "invoice.pdf", bytes: EXE })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { file: ["documentTypeRefused"] } });
    expect(await rowsOf(projectId)).toEqual([]);
    expect(await filesOf(t.tenant.id, projectId)).toEqual([]);
  });

  it("does not find another tenant's project or document", async () => {
    const mine = await withTenant(t.tenant.id, (db) => addDocument(db, documentStore(), t.admin.user.id, projectId, { name: "mine.pdf", bytes: PDF }));
    const elsewhere = (fn: (db: TenantDb) => Promise<unknown>) => withTenant(other.tenant.id, fn).catch((e: unknown) => (e as AppError).code);
    expect(await elsewhere((db) => listDocuments(db, projectId))).toBe("NOT_FOUND");
    expect(await elsewhere((db) => addDocument(db, documentStore(), other.admin.user.id, projectId, { name: "x.pdf", bytes: PDF }))).toBe("NOT_FOUND");
    expect(await elsewhere((db) => readDocument(db, documentStore(), mine.id))).toBe("NOT_FOUND");
    expect(await elsewhere((db) => deleteDocument(db, documentStore(), other.admin.user.id, mine.id))).toBe("NOT_FOUND");
    await withTenant(t.tenant.id, (db) => deleteDocument(db, documentStore(), t.admin.user.id, mine.id));
  });
});

describe("the HTTP routes", () => {
  const url = (doc?: string) => `${APP}/api/t/${t.slug}/projects/${projectId}/documents${doc ? `/${doc}` : ""}`;
  const upload = (cookie: string | null, form: FormData, headers: Record<string, string> = {}) =>
    POST(new Request(url(), { method: "POST", body: form, headers: { ...(cookie ? { cookie } : {}), ...headers } }), { params: Promise.resolve({ tenant: t.slug, id: projectId }) });
  const onDoc = (method: "GET" | "DELETE", cookie: string, doc: string) =>
    (method === "GET" ? GET : DELETE)(new Request(url(doc), { method, headers: { cookie } }), { params: Promise.resolve({ tenant: t.slug, id: projectId, documentId: doc }) });

  it("uploads (201), downloads the same bytes as an attachment, and deletes (204)", async () => {
    const res = await upload(admin, formWith("Procès-verbal \"final\".pdf", PDF));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; name: string; size: number; contentType: string };
    expect(body).toEqual({ id: expect.any(String), name: "Procès-verbal \"final\".pdf", size: PDF.length, contentType: "application/pdf" });

    const down = await onDoc("GET", viewer, body.id);
    expect(down.status).toBe(200);
    expect(new Uint8Array(await down.arrayBuffer())).toEqual(PDF);
    expect(Object.fromEntries(["content-type", "content-length", "x-content-type-options", "content-disposition"].map((h) => [h, down.headers.get(h)]))).toEqual({
      "content-type": "application/pdf",
      "content-length": String(PDF.length),
      "x-content-type-options": "nosniff",
      "content-disposition": `attachment; filename="Proces-verbal _final_.pdf"; filename*=UTF-8''Proc%C3%A8s-verbal%20%22final%22.pdf`,
    });

    expect((await onDoc("DELETE", viewer, body.id)).status).toBe(403);
    expect((await onDoc("DELETE", admin, body.id)).status).toBe(204);
    expect((await onDoc("GET", admin, body.id)).status).toBe(404);
    expect(await filesOf(t.tenant.id, projectId)).toEqual([]);
  });

  it("answers 413 for a too-large file and 400 for a refused one, writing nothing", async () => {
    const big = await upload(admin, formWith("big.pdf", new Uint8Array(100 * 1024 + 1)));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: expect.any(String), fieldErrors: { file: ["documentTooLarge?max=0.1"] } });
    // Announced too large: refused before the body is read.
    expect((await upload(admin, formWith("small.pdf", PDF), { "content-length": String(10 * 1024 * 1024) })).status).toBe(413);
    // Cut by Next's proxy body limit: unreadable, and announced over the limit, so too large rather than "choose a file".
    const cut = await POST(
      new Request(url(), {
        method: "POST",
        body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4',
        headers: { cookie: admin, "content-type": "multipart/form-data; boundary=x", "content-length": String(100 * 1024 + 10) },
      }),
      { params: Promise.resolve({ tenant: t.slug, id: projectId }) },
    );
    expect(cut.status).toBe(413);

    const exe = await upload(admin, formWith("invoice.pdf", EXE));
    expect(exe.status).toBe(400);
    expect(await exe.json()).toMatchObject({ error: expect.any(String), fieldErrors: { file: ["documentTypeRefused"] } });

    const none = await upload(admin, new FormData());
    expect(none.status).toBe(400);
    expect(await none.json()).toMatchObject({ fieldErrors: { file: ["documentRequired"] } });

    expect(await rowsOf(projectId)).toEqual([]);
    expect(await filesOf(t.tenant.id, projectId)).toEqual([]);
  });

  it("is 401 signed out, 404 for a non-member, 403 for a viewer or another site's form", async () => {
    expect((await upload(null, formWith("a.pdf", PDF))).status).toBe(401);
    expect((await upload(stranger, formWith("a.pdf", PDF))).status).toBe(404);
    const asViewer = await upload(viewer, formWith("a.pdf", PDF));
    expect(asViewer.status).toBe(403);
    expect(await asViewer.json()).toMatchObject({ code: "FORBIDDEN" });
    expect((await upload(admin, formWith("a.pdf", PDF), { origin: "https://evil.example" })).status).toBe(403);
    expect((await onDoc("GET", admin, "not-a-uuid")).status).toBe(404);
    expect(await rowsOf(projectId)).toEqual([]);
  });
});

describe("the tRPC procedures", () => {
  it("list the documents with the size limit; viewers cannot delete", async () => {
    const added = await withTenant(t.tenant.id, (db) => addDocument(db, documentStore(), t.admin.user.id, projectId, { name: "notes.txt", bytes: new TextEncoder().encode("Gate code 1234") }));
    const viewerUser = await ownerDb().user.findUniqueOrThrow({ where: { email: `viewer@${t.slug}.test` } });
    const asViewer = callerFor({ id: viewerUser.id, email: viewerUser.email, name: viewerUser.name, signIn: { method: "email" } }, t.slug);
    const list = await asViewer.documents.list({ projectId });
    expect(list).toEqual({ maxBytes: 100 * 1024, documents: [expect.objectContaining({ id: added.id, name: "notes.txt", contentType: "text/plain; charset=utf-8" })] });
    expect((await failure(asViewer.documents.delete({ id: added.id }))).code).toBe("FORBIDDEN");
    await callerFor(t.adminUser, t.slug).documents.delete({ id: added.id });
    expect(await rowsOf(projectId)).toEqual([]);
    expect(await filesOf(t.tenant.id, projectId)).toEqual([]);
  });
});
