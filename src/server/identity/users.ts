/** People, across tenants. */
import { cache } from "react";
import type { Locale } from "@/generated/prisma/enums";
import { systemDb } from "@/server/db/clients";

export async function userIdByEmail(email: string): Promise<string | undefined> {
  return (await systemDb().user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } }))?.id;
}

/** Cached per server render: the layout and the i18n config both ask. */
export const userLocale = cache(async (id: string): Promise<Locale | null> => {
  return (await systemDb().user.findUnique({ where: { id }, select: { locale: true } }))?.locale ?? null;
});

export async function setUserLocale(id: string, locale: Locale | null): Promise<void> {
  await systemDb().user.update({ where: { id }, data: { locale } });
}
