/**
 * The cascade by hand (French calendar: weekends, 11 November, a captured porting date) and its
 * invariants over random valid templates, attribute values and completion orders.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addBusinessDays, type BusinessCalendar, type IsoDate } from "@/server/calendar/business-days";
import { holidaySet } from "@/server/calendar/holidays";
import { DEFAULT_TEMPLATES, defaultTemplateDocument } from "@/server/templates/defaults";
import type { ActionTemplate, Phase, TemplateDocument } from "@/server/templates/document";
import { arbitraryTemplate } from "@/server/templates/testing/arbitrary-template";
import { actionTemplate as act } from "@/server/templates/testing/factories";
import { redate, settle, templatesById } from "./cascade";
import { initialProject } from "./initial";
import { isFinished, isOpen, type EngineContext, type EngineProject } from "./state";

const france: BusinessCalendar = { workingDays: [1, 2, 3, 4, 5], holidays: holidaySet("FR", 2026, 2028) };
const phase = (id: string, actions: ActionTemplate[], goLive = false): Phase => ({ id, name: id, goLive, actions });
const after = (...actionIds: string[]) => ({ trigger: { kind: "AFTER" as const, actionIds } });

const ctxOf = (document: TemplateDocument, today: IsoDate, attributes = {}): EngineContext => ({ document, attributes, calendar: france, calendarFor: () => france, today });

/** What a person's completion does to the state (the web's half), without the cascade. */
function complete(p: EngineProject, key: string, on: IsoDate, captured?: { key: string; value: IsoDate }): EngineProject {
  return {
    ...p,
    actions: p.actions.map((a) => (a.key === key ? { ...a, status: "DONE", doneOn: on } : a)),
    capturedDates: captured ? { ...p.capturedDates, [captured.key]: captured.value } : p.capturedDates,
  };
}
const find = (p: EngineProject, key: string) => p.actions.find((a) => a.key === key)!;

const SMALL: TemplateDocument = {
  phases: [
    phase("order", [act("check", { due: { kind: "AFTER_AVAILABLE", days: 1 } }), act("mandate", { ...after("check"), due: { kind: "AFTER_AVAILABLE", days: 3 } })]),
    phase("install", [
      act("porting", { role: "CARRIER", capturesDate: { key: "portingDate", label: "Porting date", expectedAfterDays: 5 } }),
      act("cutover", { ...after("porting"), due: { kind: "RELATIVE_TO_DATE", dateKey: "portingDate", days: -2 } }),
      act("port", { due: { kind: "RELATIVE_TO_DATE", dateKey: "portingDate", days: 0 } }),
    ]),
    phase("empty", []),
    phase("go-live", [act("billing")], true),
  ],
};

describe("settle", () => {
  it("starts the first phase: its PHASE_START actions are available with due dates, the rest wait", () => {
    // Tuesday 10 November 2026; 11 November is a holiday in France.
    const { project, effects } = settle(initialProject(SMALL, {}), ctxOf(SMALL, "2026-11-10"));
    expect(project.phases.map((p) => p.status)).toEqual(["ACTIVE", "PENDING", "PENDING", "PENDING"]);
    expect(find(project, "check")).toMatchObject({ availableOn: "2026-11-10", dueDate: "2026-11-12" });
    expect(find(project, "mandate")).toMatchObject({ availableOn: null, dueDate: null });
    expect(effects).toEqual([
      { kind: "phaseStarted", phaseKey: "order" },
      { kind: "actionAvailable", actionKey: "check", dueDate: "2026-11-12" },
    ]);
  });

  it("makes an AFTER action available when its predecessor is done, counted from that day", () => {
    const ctx = ctxOf(SMALL, "2026-11-10");
    const started = settle(initialProject(SMALL, {}), ctx).project;
    const { project } = settle(complete(started, "check", "2026-11-13"), { ...ctx, today: "2026-11-13" });
    // Friday 13 + 3 business days = Wednesday 18.
    expect(find(project, "mandate")).toMatchObject({ status: "TODO", availableOn: "2026-11-13", dueDate: "2026-11-18" });
    expect(project.phases[0]?.status).toBe("ACTIVE");
  });

  it("completes a phase, starts the next, passes an empty phase straight through and goes live", () => {
    let p = settle(initialProject(SMALL, {}), ctxOf(SMALL, "2026-11-10")).project;
    const step = (key: string, on: IsoDate, captured?: { key: string; value: IsoDate }) => {
      const t = settle(complete(p, key, on, captured), ctxOf(SMALL, on));
      p = t.project;
      return t.effects;
    };
    step("check", "2026-11-12");
    expect(step("mandate", "2026-11-16")).toEqual([
      { kind: "phaseDone", phaseKey: "order" },
      { kind: "phaseStarted", phaseKey: "install" },
      { kind: "actionAvailable", actionKey: "porting", dueDate: "2026-11-17" },
      // Due 2 days before the expected porting date: porting due 17 Nov + 5 = 24 Nov, +0.
      { kind: "actionAvailable", actionKey: "port", dueDate: "2026-11-24" },
    ]);
    // The carrier books 1 December: cutover is due two business days before, port on the day.
    step("porting", "2026-11-18", { key: "portingDate", value: "2026-12-01" });
    expect(find(p, "cutover")).toMatchObject({ availableOn: "2026-11-18", dueDate: "2026-11-27" });
    step("cutover", "2026-11-27");
    const last = step("port", "2026-12-01");
    expect(last.map((e) => e.kind)).toEqual(["phaseDone", "phaseStarted", "phaseDone", "phaseStarted", "actionAvailable"]);
    expect(p.phases.map((x) => x.status)).toEqual(["DONE", "DONE", "DONE", "ACTIVE"]);
    expect(step("billing", "2026-12-02")).toEqual([
      { kind: "phaseDone", phaseKey: "go-live" },
      { kind: "goLive", startDate: "2026-12-02" },
      { kind: "projectLive" },
    ]);
    expect(p).toMatchObject({ status: "LIVE", goLiveDate: "2026-12-02" });
  });

  it("starts billing from a date captured in the Go-Live phase", () => {
    const doc: TemplateDocument = { phases: [phase("go-live", [act("switch", { capturesDate: { key: "goLiveDate", label: "Go-live date", expectedAfterDays: 0 } })], true)] };
    const p = settle(initialProject(doc, {}), ctxOf(doc, "2026-11-10")).project;
    const { effects } = settle(complete(p, "switch", "2026-11-12", { key: "goLiveDate", value: "2026-11-09" }), ctxOf(doc, "2026-11-12"));
    expect(effects).toContainEqual({ kind: "goLive", startDate: "2026-11-09" });
  });

  it("treats a skipped action as finished: its dependants go on", () => {
    const ctx = ctxOf(SMALL, "2026-11-10");
    const p = settle(initialProject(SMALL, {}), ctx).project;
    const skipped = { ...p, actions: p.actions.map((a) => (a.key === "check" ? { ...a, status: "SKIPPED" as const, doneOn: "2026-11-10" } : a)) };
    expect(find(settle(skipped, ctx).project, "mandate").availableOn).toBe("2026-11-10");
  });

  it("makes nothing available on a project on hold or cancelled", () => {
    for (const status of ["ON_HOLD", "CANCELLED"] as const) {
      const held = { ...initialProject(SMALL, {}), status };
      expect(settle(held, ctxOf(SMALL, "2026-11-10"))).toEqual({ project: held, effects: [] });
    }
  });

  it("creates only the actions whose condition holds: no porting actions without numbers to port", () => {
    const doc = defaultTemplateDocument(DEFAULT_TEMPLATES.find((t) => t.key === "3cx")!, "en");
    const keys = (attrs: Record<string, number | boolean>) => initialProject(doc, attrs).actions.map((a) => a.key);
    expect(keys({ numbersToPort: 0, onSiteInstallation: false })).not.toContain("submit-porting");
    expect(keys({ numbersToPort: 3, onSiteInstallation: false })).toEqual(expect.arrayContaining(["send-mandate", "submit-porting", "porting-date", "port-numbers"]));
  });
});

describe("redate", () => {
  const ctx = ctxOf(SMALL, "2026-11-18");
  const atInstall = () => {
    let p = settle(initialProject(SMALL, {}), ctxOf(SMALL, "2026-11-10")).project;
    p = settle(complete(p, "check", "2026-11-10"), ctxOf(SMALL, "2026-11-10")).project;
    p = settle(complete(p, "mandate", "2026-11-12"), ctxOf(SMALL, "2026-11-12")).project;
    p = settle(complete(p, "porting", "2026-11-18", { key: "portingDate", value: "2026-11-24" }), ctx).project;
    return redate(p, ctx, "portingDate", Date.UTC(2026, 10, 18)).project;
  };

  it("moves every open action due relative to the changed date, skipping the holiday", () => {
    const p = { ...atInstall(), capturedDates: { portingDate: "2026-12-28" } };
    // Monday 28 December − 2 business days: Wednesday 23 (Friday 25 December is a holiday in France).
    const { project, effects } = redate(p, ctx, "portingDate", Date.UTC(2026, 10, 20));
    expect(effects).toEqual([
      { kind: "actionRedated", actionKey: "cutover", from: "2026-11-20", to: "2026-12-23", dateKey: "portingDate" },
      { kind: "actionRedated", actionKey: "port", from: "2026-11-24", to: "2026-12-28", dateKey: "portingDate" },
    ]);
    expect(redate(project, ctx, "portingDate", Date.UTC(2026, 10, 20)).effects).toEqual([]);
  });

  it("leaves a due date moved by hand after the capture", () => {
    const base = atInstall();
    const p = { ...base, capturedDates: { portingDate: "2026-12-28" }, actions: base.actions.map((a) => (a.key === "port" ? { ...a, dueMovedAt: Date.UTC(2026, 10, 21) } : a)) };
    expect(redate(p, ctx, "portingDate", Date.UTC(2026, 10, 20)).effects.map((e) => e.kind === "actionRedated" && e.actionKey)).toEqual(["cutover"]);
  });
});

describe("invariants over random templates and completion orders", () => {
  // Some actions exist only when the line's `porting` attribute is true: the others wait for nothing in their place.
  const conditioned = (doc: TemplateDocument, marks: boolean[]): TemplateDocument => {
    let i = 0;
    return { phases: doc.phases.map((p) => ({ ...p, actions: p.actions.map((a) => ({ ...a, condition: marks[i++] ? "porting" : null })) })) };
  };
  const run = fc.record({
    document: fc.tuple(arbitraryTemplate({ maxPhases: 4, maxActionsPerPhase: 5 }), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 })).map(([d, marks]) => conditioned(d, marks)),
    porting: fc.boolean(),
    picks: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    gaps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 40, maxLength: 40 }),
    skips: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  });

  it("available once each, never before its predecessors, phases in order, live exactly when all is finished, replay changes nothing", () => {
    fc.assert(
      fc.property(run, ({ document, porting, picks, gaps, skips }) => {
        const attributes = { porting };
        const ctxAt = (day: IsoDate) => ctxOf(document, day, attributes);
        const templates = templatesById(ctxAt("2026-01-05"));
        let today = "2026-01-05";
        let t = settle(initialProject(document, attributes), ctxAt(today));
        const available = new Map<string, number>();
        const phasesDone: string[] = [];
        const record = (effects: typeof t.effects, p: EngineProject) => {
          for (const e of effects) {
            if (e.kind === "phaseDone") phasesDone.push(e.phaseKey);
            if (e.kind !== "actionAvailable") continue;
            available.set(e.actionKey, (available.get(e.actionKey) ?? 0) + 1);
            const trigger = templates.get(e.actionKey)?.trigger;
            for (const dep of trigger?.kind === "AFTER" ? trigger.actionIds : []) {
              const existing = p.actions.find((a) => a.key === dep);
              if (existing) expect(isFinished(existing)).toBe(true);
            }
          }
        };
        record(t.effects, t.project);
        for (let i = 0; i < picks.length && t.project.status === "ACTIVE"; i++) {
          const open = t.project.actions.filter(isOpen);
          expect(open.length).toBeGreaterThan(0);
          const a = open[(picks[i] ?? 0) % open.length]!;
          const capture = templates.get(a.key)?.capturesDate;
          const next: EngineProject = skips[i]
            ? { ...t.project, actions: t.project.actions.map((x) => (x.key === a.key ? { ...x, status: "SKIPPED", doneOn: today } : x)) }
            : complete(t.project, a.key, today, capture ? { key: capture.key, value: addBusinessDays(france, today, 3) } : undefined);
          const ctx = ctxAt(today);
          t = settle(next, ctx);
          record(t.effects, t.project);
          if (capture && !skips[i]) t = { project: redate(t.project, ctx, capture.key, i).project, effects: [] };
          // Replaying the event: the same state, no effect.
          expect(settle(t.project, ctx)).toEqual({ project: t.project, effects: [] });
          today = addBusinessDays(france, today, gaps[i] ?? 0);
        }
        const p = t.project;
        expect(p.status === "LIVE").toBe(p.actions.every(isFinished));
        if (p.status === "LIVE") {
          expect([...available.keys()].sort()).toEqual(p.actions.map((a) => a.key).sort());
          expect(phasesDone).toEqual(document.phases.map((x) => x.id));
        }
        expect([...available.values()].every((n) => n === 1)).toBe(true);
        expect(phasesDone).toEqual(document.phases.map((x) => x.id).slice(0, phasesDone.length));
        for (const a of p.actions) if (a.availableOn === null) expect(a.status).toBe("TODO");
      }),
      { numRuns: 300 },
    );
  });
});
