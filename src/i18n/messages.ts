/** The message catalogs, shared by the web UI (next-intl) and emails (use-intl core). */
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import type { AppLocale } from "./locales";

export type Messages = typeof en;
export const MESSAGES: Record<AppLocale, Messages> = { en, fr };
