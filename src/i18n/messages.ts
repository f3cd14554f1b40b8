/**
 * The message catalogs, shared by the web UI (next-intl) and emails (use-intl core). Each
 * area of the app keeps its own file per language; they merge here into one catalog.
 */
import en from "./messages/en.json";
import enAccounts from "./messages/en/accounts.json";
import enBuilder from "./messages/en/builder.json";
import enCalendar from "./messages/en/calendar.json";
import enDeals from "./messages/en/deals.json";
import enPreview from "./messages/en/preview.json";
import enRegions from "./messages/en/regions.json";
import enSso from "./messages/en/sso.json";
import enSessions from "./messages/en/sessions.json";
import enTemplateProblems from "./messages/en/template-problems.json";
import enTemplates from "./messages/en/templates.json";
import enProjects from "./messages/en/projects.json";
import enMyDay from "./messages/en/my-day.json";
import enDocuments from "./messages/en/documents.json";
import enCalendarFeed from "./messages/en/calendar-feed.json";
import enNotifications from "./messages/en/notifications.json";
import fr from "./messages/fr.json";
import frProjects from "./messages/fr/projects.json";
import frMyDay from "./messages/fr/my-day.json";
import frDocuments from "./messages/fr/documents.json";
import frCalendarFeed from "./messages/fr/calendar-feed.json";
import frNotifications from "./messages/fr/notifications.json";
import frAccounts from "./messages/fr/accounts.json";
import frBuilder from "./messages/fr/builder.json";
import frCalendar from "./messages/fr/calendar.json";
import frDeals from "./messages/fr/deals.json";
import frPreview from "./messages/fr/preview.json";
import frRegions from "./messages/fr/regions.json";
import frSso from "./messages/fr/sso.json";
import frSessions from "./messages/fr/sessions.json";
import frTemplateProblems from "./messages/fr/template-problems.json";
import frTemplates from "./messages/fr/templates.json";
import type { AppLocale } from "./locales";

const enAll = { ...en, accounts: enAccounts, deals: enDeals, templates: enTemplates, builder: enBuilder, templateProblems: enTemplateProblems, calendar: enCalendar, preview: enPreview, regions: enRegions, sso: enSso, sessions: enSessions, projects: enProjects, myDay: enMyDay, documents: enDocuments, calendarFeed: enCalendarFeed, notifications: enNotifications };
export type Messages = typeof enAll;
export const MESSAGES: Record<AppLocale, Messages> = {
  en: enAll,
  fr: { ...fr, accounts: frAccounts, deals: frDeals, templates: frTemplates, builder: frBuilder, templateProblems: frTemplateProblems, calendar: frCalendar, preview: frPreview, regions: frRegions, sso: frSso, sessions: frSessions, projects: frProjects, myDay: frMyDay, documents: frDocuments, calendarFeed: frCalendarFeed, notifications: frNotifications },
};
