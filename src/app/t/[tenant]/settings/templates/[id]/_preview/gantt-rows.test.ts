import { afterEach, describe, expect, it } from "vitest";
import type { BusinessCalendar } from "@/server/calendar/business-days";
import type { Schedule, ScheduledAction } from "@/server/templates/schedule";
import { scheduleTemplate } from "@/server/templates/schedule";
import type { ActionTemplate } from "@/server/templates/document";
import { ganttRows } from "./gantt-rows";
import { actionTemplate } from "@/server/templates/testing/factories";

const calendar: BusinessCalendar = { workingDays: [1, 2, 3, 4, 5], holidays: new Set(["2027-01-01"]) };

function scheduled(id: string, phaseId: string, availableAt: string, dueAt: string, critical = false): ScheduledAction {
  return { id, phaseId, title: `Title ${id}`, role: "TECHNICIAN", availableAt, dueAt, completesAt: dueAt, done: false, critical, waitsFor: [] };
}

const schedule: Schedule = {
  actions: [
    scheduled("a", "order", "2026-12-28", "2026-12-30", true),
    scheduled("b", "live", "2026-12-30", "2027-01-05", true),
    scheduled("c", "live", "2026-12-30", "2026-12-30"),
  ],
  skipped: ["porting"],
  phases: [
    { id: "order", name: "Order", goLive: false, startsAt: "2026-12-28", endsAt: "2026-12-30" },
    { id: "live", name: "Live", goLive: true, startsAt: "2026-12-30", endsAt: "2027-01-05" },
  ],
  goLiveDate: "2027-01-05",
  endDate: "2027-01-05",
  criticalPath: ["a", "b"],
};

describe("ganttRows", () => {
  it("puts the axis over every date, shading weekends and holidays together", () => {
    const { axis } = ganttRows(schedule, calendar);
    expect(axis).toEqual({
      start: "2026-12-28",
      days: 9,
      // New Year's Day (a Friday holiday) runs into the weekend.
      closed: [{ offset: 4, length: 3 }],
      months: [{ offset: 4, date: "2027-01-01" }],
      weeks: [
        { offset: 0, date: "2026-12-28" },
        { offset: 7, date: "2027-01-04" },
      ],
    });
  });

  it("groups rows by phase, each bar from available to due, both days included", () => {
    const { groups, goLive } = ganttRows(schedule, calendar);
    expect(groups.map((g) => [g.id, g.goLive, g.offset, g.length, g.rows.map((r) => [r.id, r.offset, r.length, r.critical])])).toEqual([
      ["order", false, 0, 3, [["a", 0, 3, true]]],
      [
        "live",
        true,
        2,
        7,
        [
          ["b", 2, 7, true],
          ["c", 2, 1, false],
        ],
      ],
    ]);
    expect(groups[1]?.rows[0]).toMatchObject({ title: "Title b", role: "TECHNICIAN", availableAt: "2026-12-30", dueAt: "2027-01-05" });
    expect(goLive).toEqual({ date: "2027-01-05", offset: 8 });
  });

  it("draws a one-day axis for a template without phases", () => {
    const empty: Schedule = { actions: [], skipped: [], phases: [], goLiveDate: null, endDate: "2027-03-01", criticalPath: [] };
    expect(ganttRows(empty, calendar)).toEqual({
      axis: { start: "2027-03-01", days: 1, closed: [], months: [{ offset: 0, date: "2027-03-01" }], weeks: [{ offset: 0, date: "2027-03-01" }] },
      groups: [],
      goLive: null,
    });
  });

  describe("across a daylight-saving change", () => {
    const zone = process.env.TZ;
    afterEach(() => {
      process.env.TZ = zone;
    });
    it.each(["Europe/Paris", "America/New_York", "Australia/Sydney", "UTC"])("keeps whole days in %s", (tz) => {
      process.env.TZ = tz;
      const s: Schedule = {
        ...schedule,
        actions: [scheduled("a", "order", "2027-03-05", "2027-04-06")],
        phases: [{ id: "order", name: "Order", goLive: true, startsAt: "2027-03-05", endsAt: "2027-04-06" }],
        goLiveDate: "2027-04-06",
        endDate: "2027-04-06",
      };
      const { axis, groups, goLive } = ganttRows(s, calendar);
      expect(axis.days).toBe(33);
      expect(axis.months).toEqual([{ offset: 27, date: "2027-04-01" }]);
      expect(groups[0]?.rows[0]).toMatchObject({ offset: 0, length: 33 });
      expect(goLive?.offset).toBe(32);
    });
  });

  it("reads a real schedule: skipped actions have no row", () => {
    const act = (id: string, over: Partial<ActionTemplate> = {}): ActionTemplate =>
      actionTemplate(id, { role: "SALES_ADMIN", due: { kind: "AFTER_AVAILABLE", days: 2 }, ...over });
    const document = {
      phases: [
        { id: "order", name: "Order", goLive: false, actions: [act("check"), act("port", { condition: "numbersToPort > 0" })] },
        { id: "live", name: "Live", goLive: true, actions: [act("activate", { due: { kind: "AFTER_AVAILABLE", days: 1 } })] },
      ],
    };
    const real = scheduleTemplate({ document, attributes: { numbersToPort: 0 }, start: "2027-03-01", calendar });
    const { groups, goLive } = ganttRows(real, calendar);
    expect(groups.map((g) => g.rows.map((r) => [r.id, r.availableAt, r.dueAt]))).toEqual([
      [["check", "2027-03-01", "2027-03-03"]],
      [["activate", "2027-03-03", "2027-03-04"]],
    ]);
    expect(goLive).toEqual({ date: "2027-03-04", offset: 3 });
  });
});
