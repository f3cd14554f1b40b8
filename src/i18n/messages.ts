/**
 * The message catalogs, shared by the web UI (next-intl) and emails (use-intl core). Each
 * area of the app keeps its own file per language; they merge here into one catalog.
 */
import en from "./messages/en.json";
import enAccounts from "./messages/en/accounts.json";
import enDeals from "./messages/en/deals.json";
import fr from "./messages/fr.json";
import frAccounts from "./messages/fr/accounts.json";
import frDeals from "./messages/fr/deals.json";
import type { AppLocale } from "./locales";

const enAll = { ...en, accounts: enAccounts, deals: enDeals };
export type Messages = typeof enAll;
export const MESSAGES: Record<AppLocale, Messages> = {
  en: enAll,
  fr: { ...fr, accounts: frAccounts, deals: frDeals },
};
