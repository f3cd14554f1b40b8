/**
 * A project's documents: list, upload, download, delete. Plain functions over a tenant's unit
 * of work and a `DocumentStore`; the HTTP routes and the tRPC router only call them.
 *
 * The bytes and the row live in two places that cannot share a transaction, so each change
 * is ordered for the failure that can be left behind to be an unreferenced file, never a row
 * without its file: an upload writes the file first, then the row (and removes the file again
 * if the row fails); a delete removes the row, and the file only once that has committed.
 */
import { randomUUID } from "node:crypto";
import { env } from "@/env";
import { recordActivity } from "@/server/activity/record";
import type { TenantDb } from "@/server/db/tenant";
import { AppError, msg, notFound } from "@/server/errors";
import { WORKING_ROLES } from "@/server/identity/roles";
import { logger } from "@/server/logger";
import { detectContentType } from "./content-type";
import { documentKey, type DocumentStore } from "./storage";

export type DocumentSummary = {
  id: string;
  name: string;
  contentType: string;
  size: number;
  createdAt: Date;
  uploadedBy: { id: string; name: string } | null;
};

/** Refused for its size: the upload route answers 413 for it, where other refusals are 400. */
export class DocumentTooLargeError extends AppError {
  constructor(readonly maxBytes: number) {
    const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
    super("INVALID_INPUT", `This file is too large: ${mb} MB at most.`, { file: [msg("documentTooLarge", { max: mb })] });
    this.name = "DocumentTooLargeError";
  }
}

export const documentTypeRefused = () =>
  new AppError("INVALID_INPUT", "This type of file is not accepted: upload a PDF, an image, an office document, or a text or CSV file.", { file: ["documentTypeRefused"] });
export const documentRequired = () => new AppError("INVALID_INPUT", "Choose a file to upload.", { file: ["documentRequired"] });
const documentEmpty = () => new AppError("INVALID_INPUT", "This file is empty.", { file: ["documentEmpty"] });

/** Everyone but viewers adds and deletes documents; viewers list and download them. */
export const DOCUMENT_EDITORS = WORKING_ROLES;

const MAX_NAME = 200;

/**
 * The name to show and to download as: the last segment of what the browser sent (some send a
 * whole path), without control characters, at most 200 characters with the extension kept.
 */
export function documentName(raw: string): string {
  const base = (raw.split(/[/\\]/).pop() ?? "").normalize("NFC").replace(/\p{Cc}/gu, "").trim();
  if (base === "" || base === "." || base === "..") return "document";
  if (base.length <= MAX_NAME) return base;
  const dot = base.lastIndexOf(".");
  const ext = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : "";
  return base.slice(0, MAX_NAME - ext.length) + ext;
}

async function assertProject(db: TenantDb, projectId: string): Promise<void> {
  const project = await db.project.findFirst({ where: { id: projectId }, select: { id: true } });
  if (!project) throw notFound("This project");
}

export async function listDocuments(db: TenantDb, projectId: string): Promise<DocumentSummary[]> {
  await assertProject(db, projectId);
  const rows = await db.projectDocument.findMany({
    where: { projectId },
    select: { id: true, name: true, contentType: true, size: true, createdAt: true, uploadedById: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  // Uploaders through their membership: a person who has left the tenant shows no name.
  const ids = [...new Set(rows.map((r) => r.uploadedById).filter((x): x is string => x !== null))];
  const members = ids.length ? await db.membership.findMany({ where: { userId: { in: ids } }, select: { userId: true, user: { select: { name: true } } } }) : [];
  const nameOf = new Map(members.map((m) => [m.userId, m.user.name]));
  return rows.map(({ uploadedById, ...r }) => {
    const name = uploadedById ? nameOf.get(uploadedById) : undefined;
    return { ...r, uploadedBy: uploadedById && name ? { id: uploadedById, name } : null };
  });
}

export type NewDocument = { name: string; bytes: Uint8Array };

export async function addDocument(
  db: TenantDb,
  store: DocumentStore,
  actorId: string,
  projectId: string,
  file: NewDocument,
  maxBytes: number = env().DOCUMENT_MAX_BYTES,
): Promise<{ id: string; name: string; size: number; contentType: string }> {
  await assertProject(db, projectId);
  if (file.bytes.length > maxBytes) throw new DocumentTooLargeError(maxBytes);
  const name = documentName(file.name);
  const detection = await detectContentType(name, file.bytes);
  if (!detection.ok) throw detection.reason === "empty" ? documentEmpty() : documentTypeRefused();

  const id = randomUUID();
  const storageKey = documentKey(db.tenantId, projectId, id);
  const document = { name, size: file.bytes.length, contentType: detection.contentType };
  await store.put(storageKey, file.bytes);
  try {
    await db.projectDocument.create({ data: { tenantId: db.tenantId, id, projectId, storageKey, uploadedById: actorId, ...document } });
    await recordActivity(db, { actorId, action: "document.uploaded", entityType: "Project", entityId: projectId, after: document });
  } catch (e) {
    await store.delete(storageKey);
    throw e;
  }
  return { id, ...document };
}

async function findDocument(db: TenantDb, id: string) {
  const row = await db.projectDocument.findFirst({ where: { id }, select: { id: true, projectId: true, name: true, contentType: true, size: true, storageKey: true } });
  if (!row) throw notFound("This document");
  return row;
}

export async function readDocument(
  db: TenantDb,
  store: DocumentStore,
  id: string,
): Promise<{ name: string; contentType: string; size: number; stream: ReadableStream<Uint8Array> }> {
  const row = await findDocument(db, id);
  const stream = await store.get(row.storageKey);
  if (!stream) {
    logger.error({ tenantId: db.tenantId, documentId: id, storageKey: row.storageKey }, "document row without its file");
    throw notFound("This document");
  }
  return { name: row.name, contentType: row.contentType, size: row.size, stream };
}

export async function deleteDocument(db: TenantDb, store: DocumentStore, actorId: string, id: string): Promise<{ id: string }> {
  const row = await findDocument(db, id);
  await db.projectDocument.deleteMany({ where: { id } });
  await recordActivity(db, {
    actorId,
    action: "document.deleted",
    entityType: "Project",
    entityId: row.projectId,
    before: { name: row.name, size: row.size, contentType: row.contentType },
  });
  // After commit: a rolled-back delete keeps its file. A file that fails to go is only disk space.
  db.afterCommit(() =>
    store.delete(row.storageKey).catch((err: unknown) => logger.error({ err, tenantId: db.tenantId, storageKey: row.storageKey }, "document file not removed")),
  );
  return { id };
}
