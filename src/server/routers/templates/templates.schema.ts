/** Inputs of the template procedures; the builder validates its forms with the same schemas. */
import { z } from "zod";
import { templateDocumentSchema } from "@/server/templates/document";

const uuid = z.uuid();
export const templateName = z.string().trim().min(1, "templateName").max(120, "templateName");

export const templateIdInput = z.object({ id: uuid });
export const listTemplatesInput = z.object({ archived: z.boolean().default(false) });
export const createTemplateInput = z.object({ name: templateName, serviceTypeId: uuid.nullable() });
export const archiveTemplateInput = z.object({ id: uuid, archived: z.boolean() });
export const versionInput = z.object({ id: uuid, number: z.number().int().min(1) });
export const exportTemplateInput = z.object({ id: uuid, number: z.number().int().min(1).optional() });

export const saveDraftInput = z.object({
  id: uuid,
  name: templateName,
  serviceTypeId: uuid.nullable(),
  document: templateDocumentSchema,
  /** The draft's `updatedAt` the editor started from (null: it started from a published version); a mismatch means someone else saved meanwhile. */
  baseUpdatedAt: z.iso.datetime().nullable(),
});
export type SaveDraftInput = z.infer<typeof saveDraftInput>;

/** The file's text, parsed on the server so a malformed file gets the same clear errors as any other input. */
export const importTemplateInput = z.object({ text: z.string().max(1_000_000, "importTooLarge") });

export const publishInput = z.object({ id: uuid, baseUpdatedAt: z.iso.datetime() });
