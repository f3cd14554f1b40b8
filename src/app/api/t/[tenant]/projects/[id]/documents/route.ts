/**
 * POST /api/t/<tenant>/projects/<id>/documents — uploads one document (multipart, field
 * `file`). 201 with { id, name, size, contentType }; 400 { error, fieldErrors } for a refused
 * file, 413 for one over DOCUMENT_MAX_BYTES. The rules live in src/server/deployments/documents.
 */
import { z } from "zod";
import { env } from "@/env";
import { addDocument, documentRequired, DocumentTooLargeError } from "@/server/deployments/documents/documents";
import { documentResponse } from "@/server/deployments/documents/http";
import { documentStore } from "@/server/deployments/documents/storage";
import { notFound } from "@/server/errors";

export const dynamic = "force-dynamic";

/** Room for the multipart boundaries and headers around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

export async function POST(req: Request, { params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  return documentResponse(req, tenant, "edit", async ({ db, user }) => {
    if (!z.uuid().safeParse(id).success) throw notFound("This project");
    const max = env().DOCUMENT_MAX_BYTES;
    const announced = Number(req.headers.get("content-length") ?? 0);
    // Refused before reading a body that is too large anyway, when the client announced its size.
    if (announced > max + MULTIPART_OVERHEAD) throw new DocumentTooLargeError(max);
    const form = await req.formData().catch(() => null);
    const file = form?.get("file");
    // Next's proxy passes on at most `proxyClientMaxBodySize` (10 MB unless configured) of a
    // body: a larger one arrives cut and unreadable, which is its size's fault, not the person's.
    if (!(file instanceof File)) throw announced > max ? new DocumentTooLargeError(max) : documentRequired();
    if (file.size > max) throw new DocumentTooLargeError(max);
    const created = await addDocument(db, documentStore(), user.id, id, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, max);
    return Response.json(created, { status: 201, headers: { "cache-control": "no-store" } });
  });
}
