/**
 * Every email Switchboard sends, by template key: its component, the zod schema of the
 * payload stored in the outbox row (validated again when rendering, since the row outlives
 * the code that wrote it), and its subject.
 */
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import type { z } from "zod";
import type { AppLocale } from "../src/i18n/locales";
import InvitationEmail, { invitationPayload, invitationSubject } from "./invitation";
import MagicLinkEmail, { magicLinkPayload, magicLinkSubject } from "./magic-link";

type Entry<S extends z.ZodType> = {
  payload: S;
  subject: (locale: AppLocale, p: z.infer<S>) => string;
  element: (locale: AppLocale, p: z.infer<S>) => ReactElement;
};
const entry = <S extends z.ZodType>(e: Entry<S>) => e;

export const EMAILS = {
  "magic-link": entry({
    payload: magicLinkPayload,
    subject: magicLinkSubject,
    element: (locale, p) => <MagicLinkEmail {...p} locale={locale} />,
  }),
  invitation: entry({
    payload: invitationPayload,
    subject: invitationSubject,
    element: (locale, p) => <InvitationEmail {...p} locale={locale} />,
  }),
};

export type EmailTemplate = keyof typeof EMAILS;
export type EmailPayload<K extends EmailTemplate> = z.infer<(typeof EMAILS)[K]["payload"]>;

export function isEmailTemplate(v: string): v is EmailTemplate {
  return Object.hasOwn(EMAILS, v);
}

export async function renderEmail(template: EmailTemplate, locale: AppLocale, payload: unknown) {
  const e = EMAILS[template] as Entry<z.ZodType>;
  const p = e.payload.parse(payload);
  const element = e.element(locale, p);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: e.subject(locale, p), html, text };
}
