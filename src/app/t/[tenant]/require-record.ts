/**
 * A detail page's gate: 404 unless the id in the URL is one of this tenant's records. A
 * malformed id, an unknown one and another tenant's all look the same. Pages call it before
 * rendering anything, so the answer is a real HTTP 404 rather than a 200 with a message.
 */
import { notFound } from "next/navigation";
import { z } from "zod";
import { withTenant, type TenantDb } from "@/server/db/tenant";
import { tenantPage } from "./tenant";

const recordId = z.uuid();

export async function requireRecord(slug: string, id: string, exists: (db: TenantDb, id: string) => Promise<boolean>): Promise<void> {
  const { tenant } = await tenantPage(slug);
  if (!recordId.safeParse(id).success || !(await withTenant(tenant, (db) => exists(db, id)))) notFound();
}
