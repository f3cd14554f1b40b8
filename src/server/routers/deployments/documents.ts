/**
 * Project documents over tRPC: the list and deleting one. Uploads and downloads are files,
 * not JSON, so they go through the HTTP routes under /api/t/[tenant]/projects/[id]/documents.
 */
import { z } from "zod";
import { env } from "@/env";
import { DOCUMENT_EDITORS, deleteDocument, listDocuments } from "@/server/deployments/documents/documents";
import { documentStore } from "@/server/deployments/documents/storage";
import { createTRPCRouter, roleProcedure, tenantProcedure } from "@/server/trpc";

export const projectDocumentsInput = z.object({ projectId: z.uuid() });
export const documentIdInput = z.object({ id: z.uuid() });

const editor = roleProcedure(...DOCUMENT_EDITORS);

export const documentsRouter = createTRPCRouter({
  // The limit travels with the list so the page refuses a too-large file before sending it.
  list: tenantProcedure
    .input(projectDocumentsInput)
    .query(async ({ ctx, input }) => ({ documents: await listDocuments(ctx.db, input.projectId), maxBytes: env().DOCUMENT_MAX_BYTES })),
  delete: editor.input(documentIdInput).mutation(({ ctx, input }) => deleteDocument(ctx.db, documentStore(), ctx.user.id, input.id)),
});
