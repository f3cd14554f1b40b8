/**
 * GET /api/t/<tenant>/projects/<id>/documents/<documentId> — downloads the document, always as
 * an attachment with the type detected at upload and `nosniff`, so a browser never renders
 * or runs it in Switchboard's origin (the proxy adds the app's strict Content-Security-Policy
 * too). Viewers may download.
 * DELETE — removes it (204); not for viewers.
 */
import { z } from "zod";
import { deleteDocument, readDocument } from "@/server/deployments/documents/documents";
import { contentDisposition, documentResponse } from "@/server/deployments/documents/http";
import { documentStore } from "@/server/deployments/documents/storage";
import { notFound } from "@/server/errors";
import type { TenantDb } from "@/server/db/tenant";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ tenant: string; id: string; documentId: string }> };

/** The document's id, once it is known to belong to the project in the URL. */
async function documentOfProject(db: TenantDb, projectId: string, documentId: string): Promise<string> {
  const ids = z.object({ projectId: z.uuid(), documentId: z.uuid() }).safeParse({ projectId, documentId });
  const found = ids.success && (await db.projectDocument.findFirst({ where: { id: documentId, projectId }, select: { id: true } }));
  if (!found) throw notFound("This document");
  return found.id;
}

export async function GET(req: Request, { params }: Params) {
  const { tenant, id, documentId } = await params;
  return documentResponse(req, tenant, "read", async ({ db }) => {
    const doc = await readDocument(db, documentStore(), await documentOfProject(db, id, documentId));
    return new Response(doc.stream, {
      headers: {
        "content-type": doc.contentType,
        "content-length": String(doc.size),
        "content-disposition": contentDisposition(doc.name),
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  });
}

export async function DELETE(req: Request, { params }: Params) {
  const { tenant, id, documentId } = await params;
  return documentResponse(req, tenant, "edit", async ({ db, user }) => {
    await deleteDocument(db, documentStore(), user.id, await documentOfProject(db, id, documentId));
    return new Response(null, { status: 204 });
  });
}
