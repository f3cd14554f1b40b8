/**
 * Server-rendered smoke tests: the previews render real templates in both languages, with
 * labelled inputs, the go-live headline and a readable table, and degrade to a sentence when
 * the document cannot be scheduled. Interaction (typing a value, Enter on a node) is left to
 * the builder's end-to-end journey.
 */
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/i18n/messages";
import type { AppLocale } from "@/i18n/locales";
import { DEFAULT_ATTRIBUTES, type AttributeSchema } from "@/server/crm/attributes";
import { catalogueTypeName, defaultServiceTypes } from "@/server/crm/catalogue-defaults";
import { DEFAULT_TEMPLATES, defaultTemplateDocument } from "@/server/templates/defaults";
import type { TemplateDocument } from "@/server/templates/document";
import { validateTemplate } from "@/server/templates/validate";
import { DependencyGraph } from "./dependency-graph";
import { TimelinePreview } from "./timeline-preview";

const calendar = { workingDays: [1, 2, 3, 4, 5], holidays: ["2027-04-05"], today: "2027-03-01" };
const attributes = DEFAULT_ATTRIBUTES["3cx"];

function render(node: ReactNode, locale: AppLocale = "en"): string {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="Europe/Paris">
      {node}
    </NextIntlClientProvider>,
  );
  // Text only, one space between elements, so assertions read like the page.
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");
}

function threeCx(locale: AppLocale = "en"): TemplateDocument {
  const t = DEFAULT_TEMPLATES.find((d) => d.key === "3cx");
  if (!t) throw new Error("the 3CX default template is gone");
  return defaultTemplateDocument(t, locale);
}

describe("TimelinePreview", () => {
  it("renders a form from the schema, the go-live headline, the skipped actions and the dates", () => {
    const doc = threeCx();
    const text = render(<TimelinePreview document={doc} attributes={attributes} calendar={calendar} />);
    for (const label of ["Start date", "Extensions", "Numbers to port", "On-site installation", "Site address"]) expect(text).toContain(label);
    expect(text).toMatch(/Go-live on \w+day, \w+ \d+, 2027 — \d+ business days/);
    expect(text).toMatch(/\d+ actions, 1 skipped under these values/);
    // The skipped action's condition in words, with the attribute's label, not `not onSiteInstallation`.
    expect(text).toContain("Remote set-up and test calls — condition: No on-site installation");
    expect(text).not.toContain("onSiteInstallation");
    expect(text).toContain("Actions and their dates");
    // Each existing action appears with its dates in the table.
    expect(text).toMatch(/Check the signed order and billing details Sales admin Mar 1, 2027 Mar \d+, 2027/);
  });

  it("speaks French", () => {
    const french = defaultServiceTypes("t", "fr", "EUR").find((s) => s.name === catalogueTypeName("3cx", "fr"))?.attributeSchema as AttributeSchema;
    const text = render(<TimelinePreview document={threeCx("fr")} attributes={french} calendar={calendar} />, "fr");
    expect(text).toContain("Date de début");
    expect(text).toContain("Mise en place à distance et appels de test — condition : Sans installation sur site");
    expect(text).toMatch(/Mise en service le \w+ \d+ \w+ 2027 — \d+ jours ouvrés/);
  });

  it("shows a notice instead of the timeline when the document has a loop", () => {
    const text = render(<TimelinePreview document={threeCx()} attributes={attributes} calendar={calendar} disabled />);
    expect(text).toContain("cannot be drawn while actions wait for each other in a loop");
    expect(text).not.toContain("Go-live on");
  });

  it("says so, rather than crashing, when the draft cannot be scheduled", () => {
    const doc = threeCx();
    const broken: TemplateDocument = {
      phases: doc.phases.map((p, i) => (i === 0 ? { ...p, actions: p.actions.map((a, j) => (j === 0 ? { ...a, condition: "numbersToPort >" } : a)) } : p)),
    };
    const text = render(<TimelinePreview document={broken} attributes={attributes} calendar={calendar} />);
    expect(text).toContain("cannot be computed for this template yet");
  });
});

describe("DependencyGraph", () => {
  it("renders a template with problems without throwing", () => {
    const doc = threeCx();
    const looped: TemplateDocument = {
      phases: doc.phases.map((p, i) =>
        i === 0 ? { ...p, actions: p.actions.map((a) => ({ ...a, trigger: { kind: "AFTER" as const, actionIds: p.actions.map((o) => o.id) } })) } : p,
      ),
    };
    const text = render(<DependencyGraph document={looped} problems={validateTemplate(looped, attributes)} selectedId={doc.phases[0]?.actions[0]?.id} />);
    expect(text).toMatch(/\d+ actions and \d+ dependencies/);
    expect(text).toContain("Red arrows");
  });

  it("invites to add actions when there are no phases", () => {
    expect(render(<DependencyGraph document={{ phases: [] }} problems={[]} />)).toContain("Add a phase and an action");
  });
});
