/**
 * Tests for template scheduling: hand-checked French timelines (weekends, public holidays,
 * dates relative to a captured porting date, conditions, running projects), the errors a
 * broken document gets, then the invariants over random valid templates, conditions and
 * calendars.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { holidaySet } from "@/server/calendar/holidays";
import { businessCalendar } from "@/server/calendar/member-calendar";
import { isBusinessDay, type BusinessCalendar, type IsoDate } from "@/server/calendar/business-days";
import { DEFAULT_TEMPLATES, defaultTemplateDocument } from "./defaults";
import { ACTION_ROLES, goLivePhase, type ActionTemplate, type DueRule, type Phase, type TemplateDocument } from "./document";
import { scheduleTemplate, type Schedule, type ScheduleInput } from "./schedule";
import { arbitraryTemplate } from "./testing/arbitrary-template";
import { actionTemplate } from "./testing/factories";

const france: BusinessCalendar = { workingDays: [1, 2, 3, 4, 5], holidays: holidaySet("FR", 2026, 2027) };

const act = actionTemplate;
const after = (...actionIds: string[]) => ({ trigger: { kind: "AFTER" as const, actionIds } });
const dueIn = (days: number): { due: DueRule } => ({ due: { kind: "AFTER_AVAILABLE", days } });
const around = (dateKey: string, days: number): { due: DueRule } => ({ due: { kind: "RELATIVE_TO_DATE", dateKey, days } });
const phase = (id: string, actions: ActionTemplate[], goLive = false): Phase => ({ id, name: id, goLive, actions });

const schedule = (document: TemplateDocument, start: IsoDate, extra: Partial<ScheduleInput> = {}) =>
  scheduleTemplate({ document, attributes: {}, start, calendar: france, ...extra });
const dates = (s: Schedule) => Object.fromEntries(s.actions.map((a) => [a.id, [a.availableAt, a.dueAt, a.completesAt]]));

describe("business days", () => {
  it("crosses a weekend and 14 July: Friday 10 July + 2 is Wednesday 15 July", () => {
    const s = schedule({ phases: [phase("p", [act("a", dueIn(2))])] }, "2026-07-10");
    expect(dates(s)).toEqual({ a: ["2026-07-10", "2026-07-15", "2026-07-15"] });
  });

  it("starts on the first business day: a project started on Labour Day starts on Monday 4 May", () => {
    const s = schedule({ phases: [phase("p", [act("a", dueIn(0)), act("b", { ...dueIn(1), ...after("a") })])] }, "2026-05-01");
    expect(dates(s)).toEqual({ a: ["2026-05-04", "2026-05-04", "2026-05-04"], b: ["2026-05-04", "2026-05-05", "2026-05-05"] });
    expect(s.phases[0]).toMatchObject({ startsAt: "2026-05-04", endsAt: "2026-05-05" });
  });

  it("counts in the assignee's calendar: a technician's day off moves only the technician's work", () => {
    const off: BusinessCalendar = { ...france, daysOff: new Set(["2026-06-02"]) };
    const doc = { phases: [phase("p", [act("tech"), act("sales", { role: "SALES" })])] };
    const s = schedule(doc, "2026-06-01", { calendarFor: (a) => (a.role === "TECHNICIAN" ? off : france) });
    expect(dates(s)).toEqual({ tech: ["2026-06-01", "2026-06-03", "2026-06-03"], sales: ["2026-06-01", "2026-06-02", "2026-06-02"] });
  });

  it("counts each action in its owner's region: an English reseller's Scottish technician", () => {
    const tenant = { workingDays: [1, 2, 3, 4, 5], country: "GB", region: "ENG" };
    const england = businessCalendar(tenant, { from: 2026, to: 2027 });
    const tom = businessCalendar(tenant, { from: 2026, to: 2027 }, { holidayRegion: "SCT" });
    const doc = { phases: [phase("p", [act("tech", dueIn(1)), act("sales", { role: "SALES", ...dueIn(1) })])] };
    const run = (start: IsoDate) => dates(schedule(doc, start, { calendar: england, calendarFor: (a) => (a.role === "TECHNICIAN" ? tom : england) }));
    // Friday 27 November + 1: Monday 30 November is St Andrew's Day, a holiday in Scotland only.
    expect(run("2026-11-27")).toEqual({ tech: ["2026-11-27", "2026-12-01", "2026-12-01"], sales: ["2026-11-27", "2026-11-30", "2026-11-30"] });
    // Friday 28 August + 1: England's summer bank holiday on the 31st is not the technician's.
    expect(run("2026-08-28")).toEqual({ tech: ["2026-08-28", "2026-08-31", "2026-08-31"], sales: ["2026-08-28", "2026-09-01", "2026-09-01"] });
  });
});

describe("phases and dependencies", () => {
  const doc: TemplateDocument = {
    phases: [
      phase("order", [act("check", dueIn(1)), act("kick-off", { ...dueIn(2), ...after("check") })]),
      phase("empty", []),
      phase("build", [act("configure", dueIn(3)), act("test", { ...dueIn(1), ...after("configure", "check") })]),
      phase("live", [act("bill", dueIn(1))], true),
      phase("after-care", [act("survey", dueIn(5))]),
    ],
  };
  const s = schedule(doc, "2026-06-01");

  it("starts each phase when the previous one is done; an empty phase passes through the same day", () => {
    expect(s.phases.map((p) => [p.id, p.startsAt, p.endsAt])).toEqual([
      ["order", "2026-06-01", "2026-06-04"],
      ["empty", "2026-06-04", "2026-06-04"],
      ["build", "2026-06-04", "2026-06-10"],
      ["live", "2026-06-10", "2026-06-11"],
      ["after-care", "2026-06-11", "2026-06-18"],
    ]);
  });

  it("makes an AFTER action available when the last thing it waits for is done", () => {
    expect(dates(s)["kick-off"]).toEqual(["2026-06-02", "2026-06-04", "2026-06-04"]);
    expect(s.actions.find((a) => a.id === "test")).toMatchObject({ availableAt: "2026-06-09", waitsFor: ["configure", "check"] });
  });

  it("dates the go-live at the end of the marked phase, even when another follows", () => {
    expect(s.phases.map((p) => p.goLive)).toEqual([false, false, false, true, false]);
    expect([s.goLiveDate, s.endDate]).toEqual(["2026-06-11", "2026-06-18"]);
  });

  it("follows the chain that sets the go-live date, and flags it", () => {
    expect(s.criticalPath).toEqual(["check", "kick-off", "configure", "test", "bill"]);
    expect(s.actions.filter((a) => a.critical).map((a) => a.id)).toEqual(["check", "kick-off", "configure", "test", "bill"]);
  });

  it("handles a template without phases", () => {
    expect(schedule({ phases: [] }, "2026-05-01")).toEqual({ actions: [], skipped: [], phases: [], goLiveDate: null, endDate: "2026-05-04", criticalPath: [] });
  });

  it("treats an AFTER id the document does not hold as nothing to wait for (a draft in the builder)", () => {
    const draft = schedule({ phases: [phase("p", [act("a", { ...dueIn(1), ...after("gone") })])] }, "2026-06-01");
    expect(draft.actions[0]).toMatchObject({ availableAt: "2026-06-01", waitsFor: [] });
  });
});

describe("dates relative to a captured date", () => {
  const doc: TemplateDocument = {
    phases: [
      phase("equipment", [
        act("submit", dueIn(2)),
        act("porting-date", { ...dueIn(10), ...after("submit"), role: "CARRIER", capturesDate: { key: "portingDate", label: "portingDate", expectedAfterDays: 5 } }),
      ]),
      phase("installation", [act("prepare", around("portingDate", -2)), act("port", { ...around("portingDate", 0), ...after("prepare") })], true),
    ],
  };

  it("uses the expected date until one is captured: porting-date done + 5, then −2", () => {
    const s = schedule(doc, "2026-06-01");
    expect(dates(s)).toMatchObject({
      "porting-date": ["2026-06-03", "2026-06-17", "2026-06-17"],
      // Expected porting date: 17 June + 5 = Wednesday 24 June.
      prepare: ["2026-06-17", "2026-06-22", "2026-06-22"],
      port: ["2026-06-22", "2026-06-24", "2026-06-24"],
    });
    // The porting date, not `prepare`, sets when `port` is due: `prepare` has two days of slack.
    expect(s.criticalPath).toEqual(["submit", "porting-date", "port"]);
  });

  it("uses the captured date once known, going back across 14 July", () => {
    const s = schedule(doc, "2026-06-01", { progress: { today: "2026-06-01", capturedDates: { portingDate: "2026-07-16" } } });
    expect(dates(s)).toMatchObject({ prepare: ["2026-06-17", "2026-07-13", "2026-07-13"], port: ["2026-07-13", "2026-07-16", "2026-07-16"] });
    // The captured date is a fact: the path starts at the action due relative to it.
    expect(s.criticalPath).toEqual(["port"]);
  });

  it("never makes an action due before it is available", () => {
    const s = schedule(doc, "2026-06-01", { progress: { today: "2026-06-01", capturedDates: { portingDate: "2026-06-18" } } });
    expect(dates(s).prepare).toEqual(["2026-06-17", "2026-06-17", "2026-06-17"]);
  });

  it("falls back to N days after availability (never before) when nothing existing captures the date", () => {
    const conditional = { phases: [phase("a", [act("capture", { condition: "porting", capturesDate: { key: "portingDate", label: "portingDate", expectedAfterDays: 5 } })]), phase("b", [act("early", around("portingDate", -2)), act("late", around("portingDate", 3))])] };
    const s = schedule(conditional, "2026-06-01", { attributes: { porting: false } });
    expect(s.skipped).toEqual(["capture"]);
    expect(dates(s)).toEqual({ early: ["2026-06-01", "2026-06-01", "2026-06-01"], late: ["2026-06-01", "2026-06-04", "2026-06-04"] });
  });
});

describe("conditions", () => {
  const doc: TemplateDocument = {
    phases: [
      phase("order", [act("check"), act("mandate", { condition: "numbersToPort > 0", ...dueIn(5) })]),
      phase("porting", [act("submit", { condition: "numbersToPort > 0", ...dueIn(2) }), act("confirm", { condition: "numbersToPort > 0", ...after("submit"), capturesDate: { key: "portingDate", label: "portingDate", expectedAfterDays: 5 } })]),
      phase("install", [act("configure", dueIn(3)), act("prepare", { condition: "numbersToPort > 0", ...around("portingDate", -2) }), act("test-calls", { ...after("prepare", "configure"), ...dueIn(1) })]),
    ],
  };

  it("leaves out porting actions when there is nothing to port, and their dependants still start", () => {
    const s = schedule(doc, "2026-06-01", { attributes: { numbersToPort: 0 } });
    expect(s.skipped).toEqual(["mandate", "submit", "confirm", "prepare"]);
    expect(s.actions.map((a) => a.id)).toEqual(["check", "configure", "test-calls"]);
    expect(s.phases[1]).toMatchObject({ startsAt: "2026-06-02", endsAt: "2026-06-02" });
    expect(s.actions[2]).toMatchObject({ waitsFor: ["configure"], availableAt: "2026-06-05", dueAt: "2026-06-08" });
  });

  it("keeps them, and waits for them, when there are numbers to port", () => {
    const s = schedule(doc, "2026-06-01", { attributes: { numbersToPort: 3 } });
    expect(s.skipped).toEqual([]);
    expect(s.actions.find((a) => a.id === "test-calls")?.waitsFor).toEqual(["prepare", "configure"]);
  });

  it("schedules the shipped 3CX template through the porting and installation dates", () => {
    const threeCx = DEFAULT_TEMPLATES.find((t) => t.key === "3cx");
    if (!threeCx) throw new Error("3CX template missing");
    const document = defaultTemplateDocument(threeCx, "en");
    const s = schedule(document, "2026-04-27", { attributes: { numbersToPort: 3, onSiteInstallation: true } });
    expect(s.skipped).toEqual(["remote-setup"]);
    // The carrier's porting date ends the equipment phase; installation is due on the date the customer confirms.
    expect(s.criticalPath).toEqual(["send-mandate", "sign-mandate", "submit-porting", "porting-date", "confirm-installation-date", "install-on-site", "train-users", "approve", "hand-over-support"]);
    expect(s.goLiveDate).toBe("2026-06-15");
    const remote = schedule(document, "2026-04-27", { attributes: { numbersToPort: 0, onSiteInstallation: false } });
    expect(remote.skipped).toEqual(["send-mandate", "sign-mandate", "order-phones", "submit-porting", "porting-date", "provision-phones", "confirm-installation-date", "install-on-site", "prepare-cutover", "port-numbers"]);
    expect(remote.goLiveDate! < s.goLiveDate!).toBe(true);
  });
});

describe("progress of a running project", () => {
  const doc: TemplateDocument = {
    phases: [phase("a", [act("a1", dueIn(2)), act("a2", { ...dueIn(3), ...after("a1") })]), phase("b", [act("b1", dueIn(2))], true)],
  };

  it("plans the same without progress", () => {
    expect(dates(schedule(doc, "2026-06-01"))).toEqual({
      a1: ["2026-06-01", "2026-06-03", "2026-06-03"],
      a2: ["2026-06-03", "2026-06-08", "2026-06-08"],
      b1: ["2026-06-08", "2026-06-10", "2026-06-10"],
    });
  });

  it("takes done dates as they are and completes nothing undone before today", () => {
    // Today is Saturday 13 June: a2, due on the 10th, can be done on Monday 15 at the earliest.
    const s = schedule(doc, "2026-06-01", { progress: { today: "2026-06-13", done: { a1: "2026-06-05" } } });
    expect(dates(s)).toEqual({
      a1: ["2026-06-01", "2026-06-03", "2026-06-05"],
      a2: ["2026-06-05", "2026-06-10", "2026-06-15"],
      b1: ["2026-06-15", "2026-06-17", "2026-06-17"],
    });
    expect(s.actions.map((a) => a.done)).toEqual([true, false, false]);
    expect(s.criticalPath).toEqual(["a2", "b1"]);
    expect(s.goLiveDate).toBe("2026-06-17");
  });

  it("uses the actual availability of an action already available", () => {
    const s = schedule(doc, "2026-06-01", { progress: { today: "2026-06-04", done: { a1: "2026-06-05" }, availableAt: { a2: "2026-06-04" } } });
    expect(dates(s).a2).toEqual(["2026-06-04", "2026-06-09", "2026-06-09"]);
  });

  it("refuses a malformed date", () => {
    expect(() => schedule(doc, "2026-06-01", { progress: { today: "2026-06-04", done: { a1: "5 June" } } })).toThrow(/progress.done\[a1\] is not a calendar date/);
    expect(() => schedule(doc, "2026-6-1")).toThrow(/input\[start\]/);
  });
});

describe("broken documents", () => {
  it("refuses a cycle instead of looping", () => {
    const loop = { phases: [phase("p", [act("a", after("c")), act("b", after("a")), act("c", after("b")), act("d")])] };
    expect(() => schedule(loop, "2026-06-01")).toThrow(/cycle.*a, b, c/);
    expect(() => schedule({ phases: [phase("p", [act("a", after("a"))])] }, "2026-06-01")).toThrow(/cycle/);
  });

  it("refuses waiting for a later phase, which waits for this one", () => {
    const doc = { phases: [phase("p", [act("a", after("b"))]), phase("q", [act("b")])] };
    expect(() => schedule(doc, "2026-06-01")).toThrow(/cycle: "a" waits for "b", in a later phase/);
  });

  it("refuses a due date relative to a date captured later", () => {
    const doc = { phases: [phase("p", [act("a", around("d", 0))]), phase("q", [act("b", { capturesDate: { key: "d", label: "d", expectedAfterDays: 1 } })])] };
    expect(() => schedule(doc, "2026-06-01")).toThrow(/"a" is due relative to a date captured by "b"/);
    // Once the date is captured nothing waits for `b` any more.
    expect(() => schedule(doc, "2026-06-01", { progress: { today: "2026-06-01", capturedDates: { d: "2026-06-10" } } })).not.toThrow();
  });

  it("refuses duplicate ids and unparsable conditions", () => {
    expect(() => schedule({ phases: [phase("p", [act("a"), act("a")])] }, "2026-06-01")).toThrow(/share the id "a"/);
    expect(() => schedule({ phases: [phase("p", [act("a", { condition: "numbersToPort >" })])] }, "2026-06-01")).toThrow(/condition/);
  });
});

describe("speed", () => {
  it("schedules a 200-action template in well under a few milliseconds", () => {
    // Ten phases of twenty, each action waiting for up to three earlier ones, some due around a captured date.
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
    const phases = Array.from({ length: 10 }, (_, p) =>
      phase(
        `p${p}`,
        Array.from({ length: 20 }, (_, i) => {
          const k = p * 20 + i;
          const deps = k > 0 && random(10) < 7 ? Array.from({ length: 3 }, () => `a${random(k)}`) : null;
          return act(`a${k}`, {
            ...(deps ? after(...deps) : {}),
            ...(k > 20 && k % 7 === 3 ? around("d5", -2) : dueIn(random(10))),
            capturesDate: k === 5 ? { key: "d5", label: "D5", expectedAfterDays: 5 } : null,
          });
        }),
      ),
    );
    const input: ScheduleInput = { document: { phases }, attributes: {}, start: "2026-04-27", calendar: france };
    for (let i = 0; i < 100; i++) scheduleTemplate(input);
    // The best of five batches: a busy CI machine slows some batches, not the code.
    const batches = Array.from({ length: 5 }, () => {
      const t0 = performance.now();
      for (let i = 0; i < 50; i++) scheduleTemplate(input);
      return (performance.now() - t0) / 50;
    });
    const ms = Math.min(...batches);
    expect(ms).toBeLessThan(3);
  });
});

// ── Properties ───────────────────────────────────────────────────────────────────────────

const BASE = Date.parse("2026-01-01T00:00:00Z");
const dateIn = (span: number) => fc.integer({ min: 0, max: span }).map((n) => new Date(BASE + n * 86_400_000).toISOString().slice(0, 10));
const dateSet = (max: number) => fc.uniqueArray(dateIn(900), { maxLength: max }).map((d) => new Set(d));
const FLAGS = ["f0", "f1", "f2", "f3"];

/** A valid template, some of its actions conditional on random flags, and random calendars per role. */
const scenario = fc
  .record({
    document: arbitraryTemplate(),
    conditions: fc.array(fc.option(fc.tuple(fc.constantFrom(...FLAGS), fc.boolean()), { nil: null, freq: 3 }), { minLength: 1, maxLength: 40 }),
    flags: fc.tuple(...FLAGS.map(() => fc.boolean())),
    start: dateIn(400),
    workingDays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
    holidays: dateSet(60),
    daysOff: fc.array(dateSet(20), { minLength: ACTION_ROLES.length, maxLength: ACTION_ROLES.length }),
  })
  .map(({ document, conditions, flags, start, workingDays, holidays, daysOff }) => {
    let k = 0;
    const conditioned: TemplateDocument = {
      phases: document.phases.map((p) => ({
        ...p,
        actions: p.actions.map((a) => {
          const c = conditions[k++ % conditions.length];
          return c ? { ...a, condition: c[1] ? c[0] : `not ${c[0]}` } : a;
        }),
      })),
    };
    const calendar: BusinessCalendar = { workingDays, holidays };
    const byRole = new Map(ACTION_ROLES.map((role, i) => [role, { ...calendar, daysOff: daysOff[i] ?? new Set<IsoDate>() }]));
    const input: ScheduleInput = {
      document: conditioned,
      attributes: Object.fromEntries(FLAGS.map((f, i) => [f, flags[i] ?? false])),
      start,
      calendar,
      calendarFor: (a) => byRole.get(a.role) ?? calendar,
    };
    return input;
  });

/** The same, for a running project: some actions done on random dates, a random today. */
const running = fc
  .tuple(scenario, dateIn(600), fc.array(fc.tuple(fc.nat(), dateIn(600)), { maxLength: 10 }))
  .map(([input, today, done]): ScheduleInput => {
    const ids = input.document.phases.flatMap((p) => p.actions.map((a) => a.id));
    return { ...input, progress: { today, done: Object.fromEntries(done.map(([i, d]) => [ids[i % ids.length] as string, d])) } };
  });

describe("invariants", () => {
  it("never makes an action available before what it waits for is complete, nor before its phase starts", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const s = scheduleTemplate(input);
        const byId = new Map(s.actions.map((a) => [a.id, a]));
        const phases = new Map(s.phases.map((p) => [p.id, p]));
        for (const a of s.actions) {
          for (const w of a.waitsFor) expect(a.availableAt >= (byId.get(w)?.completesAt ?? "")).toBe(true);
          expect(a.availableAt >= (phases.get(a.phaseId)?.startsAt ?? "")).toBe(true);
          expect(a.dueAt >= a.availableAt && a.completesAt === a.dueAt).toBe(true);
        }
      }),
    );
  });

  it("puts no due date on a day the assignee does not work", () => {
    fc.assert(
      fc.property(fc.oneof(scenario, running), (input) => {
        const s = scheduleTemplate(input);
        const byId = new Map(input.document.phases.flatMap((p) => p.actions.map((a) => [a.id, a])));
        for (const a of s.actions) {
          const action = byId.get(a.id);
          expect(isBusinessDay((action && input.calendarFor?.(action)) ?? input.calendar, a.dueAt)).toBe(true);
        }
      }),
    );
  });

  it("runs phases back to back and dates the go-live no earlier than any go-live action", () => {
    fc.assert(
      fc.property(fc.oneof(scenario, running), (input) => {
        const s = scheduleTemplate(input);
        s.phases.forEach((p, i) => {
          expect(p.startsAt <= p.endsAt).toBe(true);
          if (i > 0) expect(p.startsAt).toBe(s.phases[i - 1]?.endsAt);
        });
        const goLive = goLivePhase(input.document);
        expect(s.goLiveDate).toBe(s.phases.find((p) => p.id === goLive?.id)?.endsAt);
        for (const a of s.actions.filter((x) => x.phaseId === goLive?.id)) expect((s.goLiveDate ?? "") >= a.completesAt).toBe(true);
        expect(s.endDate).toBe(s.phases.at(-1)?.endsAt);
      }),
    );
  });

  it("keeps every action whose condition holds, in document order, and lists the others as skipped", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const s = scheduleTemplate(input);
        const all = input.document.phases.flatMap((p) => p.actions);
        const holds = (a: ActionTemplate) => a.condition === null || (a.condition.startsWith("not ") ? !input.attributes[a.condition.slice(4)] : input.attributes[a.condition] === true);
        expect(s.actions.map((a) => a.id)).toEqual(all.filter(holds).map((a) => a.id));
        expect(s.skipped).toEqual(all.filter((a) => !holds(a)).map((a) => a.id));
      }),
    );
  });

  it("traces the critical path from the project start to the go-live date", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const s = scheduleTemplate(input);
        const path = s.criticalPath.map((id) => s.actions.find((a) => a.id === id));
        expect(s.actions.filter((a) => a.critical).length).toBe(path.length);
        if (path.length === 0) {
          expect(s.goLiveDate).toBe(s.phases[0]?.startsAt);
          return;
        }
        expect(path[0]?.availableAt).toBe(s.phases[0]?.startsAt);
        expect(path.at(-1)?.completesAt).toBe(s.goLiveDate);
        path.forEach((a, i) => {
          if (i > 0) expect((path[i - 1]?.completesAt ?? "") <= (a?.dueAt ?? "")).toBe(true);
        });
      }),
    );
  });

  it("completes nothing undone before today, keeps done dates, and changes nothing when today is the start", () => {
    fc.assert(
      fc.property(running, (input) => {
        const s = scheduleTemplate(input);
        const { today, done = {} } = input.progress ?? { today: "" };
        for (const a of s.actions) {
          if (a.done) expect(a.completesAt).toBe(done[a.id]);
          else expect(a.completesAt >= today).toBe(true);
        }
        const fresh = { ...input, progress: { today: input.start } };
        expect(scheduleTemplate(fresh)).toEqual(scheduleTemplate({ ...input, progress: undefined }));
      }),
    );
  });
});
