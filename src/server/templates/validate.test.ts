/**
 * Tests for template validation: each rule on a small template, where its problem lands
 * (which card, which field) and how it names things; the shipped templates pass; random valid
 * templates pass and any loop injected into them is caught on every card of the loop; the
 * catalogs hold every message, in English and French.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { createTranslator } from "use-intl/core";
import { DEFAULT_ATTRIBUTES, type AttributeSchema } from "@/server/crm/attributes";
import en from "@/i18n/messages/en/template-problems.json";
import fr from "@/i18n/messages/fr/template-problems.json";
import { msg } from "@/server/errors";
import { CONDITION_MESSAGE_KEYS } from "./condition";
import { DEFAULT_TEMPLATES, defaultTemplateDocument } from "./defaults";
import { templateDocumentSchema, type ActionTemplate, type Phase, type TemplateDocument } from "./document";
import { arbitraryTemplate } from "./testing/arbitrary-template";
import { TEMPLATE_PROBLEM_KEYS, validateTemplate, type TemplateProblem } from "./validate";
import { actionTemplate } from "./testing/factories";

const act = (id: string, title: string, over: Partial<ActionTemplate> = {}): ActionTemplate => actionTemplate(id, { title, ...over });
const after = (...actionIds: string[]) => ({ trigger: { kind: "AFTER" as const, actionIds } });
const relativeTo = (dateKey: string, days = 0) => ({ due: { kind: "RELATIVE_TO_DATE" as const, dateKey, days } });
const captures = (key: string, label = `The ${key}`) => ({ capturesDate: { key, label, expectedAfterDays: 5 } });
const phase = (id: string, actions: ActionTemplate[], goLive = false): Phase => ({ id, name: `Phase ${id}`, goLive, actions });
const doc = (...phases: Phase[]): TemplateDocument => ({ phases });

const attributes: AttributeSchema = DEFAULT_ATTRIBUTES["3cx"];
const validate = (d: TemplateDocument, a: AttributeSchema = attributes) => validateTemplate(d, a);
/** "action:x trigger cycle?actions=…" — one readable line per problem, messages decoded. */
function lines(problems: TemplateProblem[]): string[] {
  return problems.map((p) => {
    const target = p.target.kind === "template" ? "template" : `${p.target.kind}:${p.target.id}`;
    return [target, p.field, decodeURIComponent(p.message.replaceAll("+", " "))].filter(Boolean).join(" ");
  });
}
const check = (d: TemplateDocument, a?: AttributeSchema) => lines(validate(d, a));
/** What the unknown-attribute message lists: the 3CX attributes, by label with the name to type. */
const THREE_CX = "Extensions (extensions), Numbers to port (numbersToPort), On-site installation (onSiteInstallation), Site address (siteAddress)";
const unknown = (name: string, attributes = THREE_CX, count = 4) => msg("conditionUnknownAttribute", { name, attributes, count });

describe("validateTemplate", () => {
  it("finds nothing wrong with a sound template", () => {
    const d = doc(
      phase("order", [act("confirm", "Confirm the order"), act("hw", "Order hardware", { ...after("confirm"), condition: "onSiteInstallation" })]),
      phase("port", [act("book", "Book the porting date", { ...captures("portingDate"), condition: "numbersToPort > 0" }), act("ship", "Ship", after("hw"))]),
      phase("install", [act("cutover", "Prepare the cut-over", relativeTo("portingDate", -2)), act("test", "Test calls", after("cutover", "ship"))], true),
    );
    expect(validate(d)).toEqual([]);
  });

  it("refuses a template with no phases", () => {
    expect(validate(doc())).toEqual([{ target: { kind: "template" }, message: "templateNoPhases" }]);
  });

  it("puts an empty phase's problem on the phase", () => {
    expect(validate(doc(phase("a", [act("x", "X")]), phase("b", [])))).toEqual([{ target: { kind: "phase", id: "b" }, field: "actions", message: "phaseEmpty" }]);
  });

  it("refuses a second Go-Live, on each marked phase, naming the others", () => {
    const d = doc(phase("a", [act("x", "X")], true), phase("b", [act("y", "Y")]), phase("c", [act("z", "Z")], true), phase("d", [act("w", "W")], true));
    expect(check(d)).toEqual(["phase:a goLive goLiveTwice?phases=Phase c, Phase d&count=2", "phase:c goLive goLiveTwice?phases=Phase a, Phase d&count=2", "phase:d goLive goLiveTwice?phases=Phase a, Phase c&count=2"]);
    expect(check(doc(phase("a", [act("x", "X")], true), phase("b", [act("y", "Y")])))).toEqual([]);
  });

  describe("AFTER lists", () => {
    it("refuses an empty list", () => {
      expect(validate(doc(phase("a", [act("x", "X", after())])))).toEqual([{ target: { kind: "action", id: "x" }, field: "trigger", message: "afterEmpty" }]);
    });

    it("refuses an action waiting for itself, once even when listed twice", () => {
      expect(check(doc(phase("a", [act("x", "X", after("x", "x"))])))).toEqual(["action:x trigger afterSelf"]);
    });

    it("counts the prerequisites that no longer exist", () => {
      expect(check(doc(phase("a", [act("x", "X", after("gone")), act("y", "Y", after("x", "gone1", "gone2"))])))).toEqual([
        "action:x trigger afterMissing?count=1",
        "action:y trigger afterMissing?count=2",
      ]);
    });

    it("refuses a prerequisite in a later phase, naming it and its phase; same or earlier phase is fine", () => {
      const d = doc(phase("a", [act("w", "Confirm"), act("x", "Order hardware", after("y"))]), phase("b", [act("y", "Ship"), act("z", "Install", after("w", "y"))]));
      expect(check(d)).toEqual(["action:x trigger afterLaterPhase?action=Ship&phase=Phase b"]);
    });
  });

  describe("loops", () => {
    it("puts the loop on every card of it, read from that card in work order", () => {
      const d = doc(phase("a", [act("order", "Order hardware", after("ship")), act("ship", "Ship", after("order"))]));
      expect(check(d)).toEqual(["action:order trigger cycle?actions=Order hardware → Ship → Order hardware", "action:ship trigger cycle?actions=Ship → Order hardware → Ship"]);
    });

    it("follows a longer loop in its order, across phases, and leaves the cards outside it alone", () => {
      const d = doc(
        phase("p1", [act("start", "Start"), act("a", "A", after("c", "start")), act("b", "B", after("a"))]),
        phase("p2", [act("c", "C", after("b"))]),
      );
      expect(check(d)).toEqual(["action:a trigger afterLaterPhase?action=C&phase=Phase p2", "action:a trigger cycle?actions=A → B → C → A", "action:b trigger cycle?actions=B → C → A → B", "action:c trigger cycle?actions=C → A → B → C"]);
    });

    it("names a loop through each card of two loops sharing a card", () => {
      const d = doc(phase("p", [act("a", "A", after("b")), act("b", "B", after("a", "c")), act("c", "C", after("b"))]));
      expect(check(d)).toEqual(["action:a trigger cycle?actions=A → B → A", "action:b trigger cycle?actions=B → A → B", "action:c trigger cycle?actions=C → B → C"]);
    });

    it("says an action after a loop can never start, naming the card it waits for", () => {
      const d = doc(phase("p", [act("a", "A", after("b")), act("b", "B", after("a")), act("d", "D", after("b")), act("e", "E", after("d"))]));
      expect(check(d)).toEqual([
        "action:a trigger cycle?actions=A → B → A",
        "action:b trigger cycle?actions=B → A → B",
        "action:d trigger unreachable?action=B",
        "action:e trigger unreachable?action=D",
      ]);
    });
  });

  describe("unreachable actions", () => {
    it.each([
      ["an empty list", after(), "afterEmpty"],
      ["itself", after("x"), "afterSelf"],
      ["a deleted action", after("gone"), "afterMissing?count=1"],
    ])("follow an action waiting for %s", (_what, trigger, own) => {
      const d = doc(phase("p", [act("x", "X", trigger), act("y", "Y", after("x")), act("ok", "Fine")]), phase("q", [act("z", "Z", after("ok", "y"))]));
      expect(check(d)).toEqual([`action:x trigger ${own}`, "action:y trigger unreachable?action=X", "action:z trigger unreachable?action=Y"]);
    });

    it("follow an action waiting for a later phase", () => {
      const d = doc(phase("p", [act("x", "X", after("late")), act("y", "Y", after("x"))]), phase("q", [act("late", "Late")]));
      expect(check(d)).toEqual(["action:x trigger afterLaterPhase?action=Late&phase=Phase q", "action:y trigger unreachable?action=X"]);
    });

    it("do not include actions that wait for a reachable action through a long chain", () => {
      const chain = Array.from({ length: 50 }, (_, i) => act(`a${i}`, `A${i}`, i === 0 ? {} : after(`a${i - 1}`)));
      expect(validate(doc(phase("p", chain)))).toEqual([]);
    });
  });

  describe("due dates relative to a captured date", () => {
    it("accept a date captured in an earlier phase or by a prerequisite in the same phase, directly or not", () => {
      const d = doc(
        phase("p1", [act("book", "Book porting", captures("portingDate"))]),
        phase("p2", [
          act("plan", "Plan install", captures("installationDate")),
          act("mid", "Confirm", after("plan")),
          act("prep", "Prepare", { ...after("mid"), ...relativeTo("installationDate", -1) }),
          act("cut", "Cut over", relativeTo("portingDate")),
        ]),
      );
      expect(validate(d)).toEqual([]);
    });

    it("say when no action captures the date", () => {
      expect(validate(doc(phase("p", [act("x", "X", relativeTo("portingDate", -2))])))).toEqual([
        { target: { kind: "action", id: "x" }, field: "due", message: "dueDateNeverCaptured" },
      ]);
    });

    it("say which action captures the date too late: a later phase, or the same phase without waiting for it", () => {
      const d = doc(
        phase("p1", [act("early", "Prepare", relativeTo("portingDate")), act("sibling", "Sibling", relativeTo("installationDate")), act("plan", "Plan the visit", captures("installationDate"))]),
        phase("p2", [act("book", "Book porting", captures("portingDate")), act("after", "After booking", { ...after("book"), ...relativeTo("installationDate") })]),
      );
      expect(check(d)).toEqual([
        "action:early due dueDateCapturedLater?action=Book porting",
        "action:sibling due dueDateCapturedLater?action=Plan the visit",
      ]);
    });

    it("say when the action captures the date it is due relative to", () => {
      expect(check(doc(phase("p", [act("x", "X", { ...captures("portingDate"), ...relativeTo("portingDate") })])))).toEqual(["action:x due dueDateCapturedHere"]);
    });

    it("name another capturing action rather than the card itself", () => {
      const d = doc(phase("p", [act("x", "X", { ...captures("d"), ...relativeTo("d") }), act("y", "Y", captures("d"))]));
      expect(check(d)).toEqual(["action:x due dueDateCapturedLater?action=Y", "action:x capturesDate dateCapturedTwice?actions=Y&count=1", "action:y capturesDate dateCapturedTwice?actions=X&count=1"]);
    });

    it("refuse a date captured by several actions, on each, naming the others", () => {
      const d = doc(phase("p", [act("x", "X", captures("d")), act("y", "Y", captures("d"))]), phase("q", [act("z", "Z", captures("d")), act("w", "W", captures("e"))]));
      expect(check(d)).toEqual([
        "action:x capturesDate dateCapturedTwice?actions=Y, Z&count=2",
        "action:y capturesDate dateCapturedTwice?actions=X, Z&count=2",
        "action:z capturesDate dateCapturedTwice?actions=X, Y&count=2",
      ]);
    });
  });

  describe("conditions", () => {
    it("checks them against the service type's attributes, with the span to underline", () => {
      const d = doc(phase("p", [act("x", "X", { condition: "numbersToPort > 0 and bandwidth = '1G'" }), act("y", "Y", { condition: "onSiteInstallation" })]));
      expect(validate(d)).toEqual([{ target: { kind: "action", id: "x" }, field: "condition", message: unknown("bandwidth"), span: { start: 22, end: 31 } }]);
      expect(validate(d, DEFAULT_ATTRIBUTES.ftto)).toEqual([
        { target: { kind: "action", id: "x" }, field: "condition", message: unknown("numbersToPort", "Bandwidth (bandwidth), Site address (siteAddress)", 2), span: { start: 0, end: 13 } },
        { target: { kind: "action", id: "y" }, field: "condition", message: unknown("onSiteInstallation", "Bandwidth (bandwidth), Site address (siteAddress)", 2), span: { start: 0, end: 18 } },
      ]);
    });

    it("reports syntax errors and ignores a blank condition", () => {
      const d = doc(phase("p", [act("x", "X", { condition: "extensions >" }), act("y", "Y", { condition: "  " })]));
      expect(validate(d)).toEqual([{ target: { kind: "action", id: "x" }, field: "condition", message: "conditionUnexpectedEnd", span: { start: 12, end: 12 } }]);
    });
  });

  it("lists problems in document order: each phase, then its cards, each card's fields in order", () => {
    const d = doc(
      phase("p1", [act("x", "X", { ...after("gone"), condition: "nope", ...relativeTo("never") })], true),
      phase("p2", []),
      phase("p3", [act("y", "Y", { ...after("y"), ...captures("k") }), act("z", "Z", captures("k"))], true),
    );
    expect(check(d)).toEqual([
      "phase:p1 goLive goLiveTwice?phases=Phase p3&count=1",
      "action:x trigger afterMissing?count=1",
      `action:x condition conditionUnknownAttribute?name=nope&attributes=${THREE_CX}&count=4`,
      "action:x due dueDateNeverCaptured",
      "phase:p2 actions phaseEmpty",
      "phase:p3 goLive goLiveTwice?phases=Phase p1&count=1",
      "action:y trigger afterSelf",
      "action:y capturesDate dateCapturedTwice?actions=Z&count=1",
      "action:z capturesDate dateCapturedTwice?actions=Y&count=1",
    ]);
  });

  it.each(DEFAULT_TEMPLATES.flatMap((t) => (["en", "fr"] as const).map((locale) => [t.key, locale, t] as const)))("passes the shipped template %s (%s)", (_key, locale, t) => {
    expect(validate(defaultTemplateDocument(t, locale), DEFAULT_ATTRIBUTES[t.serviceType])).toEqual([]);
  });

  it("validates a 200-action template in well under a millisecond or so", () => {
    const phases = Array.from({ length: 10 }, (_, p) =>
      phase(
        `p${p}`,
        Array.from({ length: 20 }, (_, i) => {
          const n = p * 20 + i;
          const deps = [n - 1, n - 7, n - 19].filter((d) => d >= p * 20 - 20 && d >= 0).map((d) => `a${d}`);
          return act(`a${n}`, `Action ${n}`, {
            ...(deps.length > 0 ? after(...deps) : {}),
            ...(i === 0 ? captures(`date${p}`) : p > 0 && i % 3 === 0 ? relativeTo(`date${p - 1}`, -1) : {}),
            condition: i % 4 === 0 ? `numbersToPort > ${i} and not onSiteInstallation` : null,
          });
        }),
      ),
    );
    const big = doc(...phases);
    expect(validate(big)).toEqual([]);
    // With a loop, so the loop and unreachable paths are timed too.
    const looped = structuredClone(big);
    const first = looped.phases[5]?.actions[0];
    if (first) first.trigger = { kind: "AFTER", actionIds: ["a119"] };
    expect(validate(looped).length).toBeGreaterThan(20);
    for (const d of [big, looped]) {
      // The fastest of several batches, so a busy machine does not fail the test; about 0.2 ms
      // here, while a cubic algorithm takes tens of milliseconds per call at this size.
      const batches = Array.from({ length: 20 }, () => {
        const start = performance.now();
        for (let i = 0; i < 10; i++) validate(d);
        return (performance.now() - start) / 10;
      });
      expect(Math.min(...batches)).toBeLessThan(2);
    }
  });
});

describe("arbitraryTemplate", () => {
  it("builds well-formed templates the validator accepts", () => {
    fc.assert(
      fc.property(arbitraryTemplate(), (d) => {
        expect(templateDocumentSchema.parse(d)).toEqual(d);
        expect(validateTemplate(d, [])).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a loop injected into a valid template", () => {
  it("is reported on every card of the loop, naming a real loop through that card", () => {
    const withLoop = fc
      .tuple(arbitraryTemplate({ maxPhases: 4, maxActionsPerPhase: 5 }), fc.uniqueArray(fc.nat(), { minLength: 2, maxLength: 5 }))
      .map(([d, picks]) => {
        const all = d.phases.flatMap((p) => p.actions);
        const loop = [...new Set(picks.map((n) => n % all.length))].map((i) => all[i] as ActionTemplate);
        // Each action of the loop also waits for the one before it; the first waits for the last.
        loop.forEach((a, i) => {
          const previous = (loop[(i + loop.length - 1) % loop.length] as ActionTemplate).id;
          a.trigger = { kind: "AFTER", actionIds: [...(a.trigger.kind === "AFTER" ? a.trigger.actionIds : []), previous] };
        });
        return { d, loop };
      })
      .filter(({ loop }) => loop.length >= 2);
    fc.assert(
      fc.property(withLoop, ({ d, loop }) => {
        const problems = validateTemplate(d, []);
        const byTitle = new Map(d.phases.flatMap((p) => p.actions).map((a) => [a.title, a]));
        for (const a of loop) {
          const mine = problems.filter((p) => p.target.kind === "action" && p.target.id === a.id);
          const cycle = mine.find((p) => p.message.startsWith("cycle?"));
          expect(cycle, a.title).toBeDefined();
          expect(mine.some((p) => p.message.startsWith("unreachable?"))).toBe(false);
          const named = (new URLSearchParams(cycle?.message.slice("cycle?".length)).get("actions") ?? "").split(" → ");
          expect(named[0]).toBe(a.title);
          expect(named.at(-1)).toBe(a.title);
          for (let i = 1; i < named.length; i++) {
            const waiting = byTitle.get(named[i] ?? "");
            const waitedFor = byTitle.get(named[i - 1] ?? "");
            expect(waiting?.trigger.kind === "AFTER" && waitedFor && waiting.trigger.actionIds.includes(waitedFor.id), named.join(" → ")).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("the templateProblems catalogs", () => {
  const keys = [...CONDITION_MESSAGE_KEYS, ...TEMPLATE_PROBLEM_KEYS].sort();
  const catalogs = { en, fr } as Record<"en" | "fr", Record<string, string>>;
  const placeholders = (m: string) => [...new Set([...m.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((x) => x[1]))].sort();

  it.each(["en", "fr"] as const)("%s holds exactly the keys the validator produces", (locale) => {
    expect(Object.keys(catalogs[locale]).sort()).toEqual(keys);
  });

  it("uses the same placeholders in both languages, and French is not English", () => {
    for (const key of keys) {
      expect(placeholders(catalogs.fr[key] ?? ""), key).toEqual(placeholders(catalogs.en[key] ?? ""));
      expect(catalogs.fr[key], key).not.toBe(catalogs.en[key]);
    }
  });

  it.each(["en", "fr"] as const)("formats every %s message with every placeholder filled", (locale) => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: { templateProblems: catalogs[locale] }, namespace: "templateProblems", onError: (e) => errors.push(e.message) });
    const format = t as unknown as (key: string, values: Record<string, string | number>) => string;
    for (const key of keys) {
      const values = Object.fromEntries(placeholders(catalogs[locale][key] ?? "").map((p) => [p, p === "count" ? 2 : p === "type" ? "number" : `«${p}»`]));
      const text = format(key, values);
      expect(text, key).not.toMatch(/[{}]/);
      for (const [name, v] of Object.entries(values)) if (typeof v === "string" && name !== "type") expect(text, `${locale} ${key}`).toContain(v);
    }
    expect(errors).toEqual([]);
  });
});
