/** The feed document, read back with a real iCalendar parser (ical.js) as a calendar app would. */
import { describe, expect, it } from "vitest";
import { parseFeed } from "../../../tests/support/ical";
import { renderFeed, sequenceOf, type FeedAction, type FeedOptions } from "./calendar-feed-render";

const OPTIONS: FeedOptions = { tenantName: "Acme Telecom", tenantSlug: "acme", locale: "en", appUrl: "https://switchboard.example.com", timezone: "Europe/London" };

const action = (over: Partial<FeedAction> = {}): FeedAction => ({
  id: "01970000-0000-7000-8000-00000000000a",
  title: "Install the handsets",
  status: "TODO",
  dueDate: new Date("2030-03-04T00:00:00Z"),
  updatedAt: new Date("2030-03-01T09:30:00Z"),
  projectId: "01970000-0000-7000-8000-000000000001",
  projectName: "3CX for Bakery Ltd",
  phaseName: "Installation",
  accountName: "Bakery Ltd",
  ...over,
});

const two = [action(), action({ id: "01970000-0000-7000-8000-00000000000b", title: "Port the numbers; then test", status: "BLOCKED", dueDate: new Date("2030-12-31T00:00:00Z") })];

describe("renderFeed", () => {
  it("has one all-day event per action, on its due date, ending the next day", () => {
    const { events } = parseFeed(renderFeed(two, OPTIONS));
    expect(events.map((e) => [e.allDay, e.start, e.end])).toEqual([
      [true, "2030-03-04", "2030-03-05"],
      [true, "2030-12-31", "2031-01-01"],
    ]);
  });

  it("writes the dates as DATE values whatever the server's time zone (UTC midnights are not shifted)", () => {
    const text = renderFeed(two, { ...OPTIONS, timezone: "Pacific/Kiritimati" });
    expect(text).toContain("DTSTART;VALUE=DATE:20300304\r\n");
    expect(text).toContain("DTEND;VALUE=DATE:20300305\r\n");
  });

  it("names the action and the customer, links to the project, and describes project, phase and status", () => {
    const [e, blocked] = parseFeed(renderFeed(two, OPTIONS)).events;
    const link = `https://switchboard.example.com/t/acme/projects/${action().projectId}`;
    expect(e!.summary).toBe("Install the handsets — Bakery Ltd");
    expect(blocked!.summary).toBe("Port the numbers; then test — Bakery Ltd");
    expect(e!.url).toBe(link);
    expect(e!.description).toBe(`Project: 3CX for Bakery Ltd\nPhase: Installation\nStatus: To do\n\nOpen in Switchboard: ${link}`);
    expect([e!.status, blocked!.status]).toEqual(["CONFIRMED", "TENTATIVE"]);
  });

  it("names the calendar after the tenant, in the member's language", () => {
    expect(parseFeed(renderFeed([], OPTIONS)).name).toBe("Switchboard — My actions (Acme Telecom)");
    const fr = parseFeed(renderFeed(two, { ...OPTIONS, locale: "fr" }));
    expect(fr.name).toBe("Switchboard — Mes actions (Acme Telecom)");
    expect(fr.events[1]!.description).toContain("Statut : Bloquée");
  });

  it("gives each action a stable UID on the app's host: a second render is the same document", () => {
    const first = renderFeed(two, OPTIONS);
    expect(renderFeed(two, OPTIONS)).toBe(first);
    expect(parseFeed(first).events.map((e) => e.uid)).toEqual([`action-${two[0]!.id}@switchboard.example.com`, `action-${two[1]!.id}@switchboard.example.com`]);
  });

  it("keeps the UID when the due date moves, with a higher SEQUENCE and a newer LAST-MODIFIED", () => {
    const [before] = parseFeed(renderFeed([action()], OPTIONS)).events;
    const [after] = parseFeed(renderFeed([action({ dueDate: new Date("2030-03-11T00:00:00Z"), updatedAt: new Date("2030-03-02T08:00:00Z") })], OPTIONS)).events;
    expect(after!.uid).toBe(before!.uid);
    expect(after!.start).toBe("2030-03-11");
    expect(after!.sequence).toBeGreaterThan(before!.sequence);
    expect(after!.lastModified! > before!.lastModified!).toBe(true);
  });

  it("is an empty but valid calendar when there is nothing open", () => {
    expect(parseFeed(renderFeed([], OPTIONS)).events).toEqual([]);
  });
});

describe("sequenceOf", () => {
  it("grows with every second of updatedAt and fits a 32-bit integer for decades", () => {
    expect(sequenceOf(new Date("2030-01-01T00:00:01Z")) - sequenceOf(new Date("2030-01-01T00:00:00Z"))).toBe(1);
    expect(sequenceOf(new Date("2090-01-01T00:00:00Z"))).toBeLessThan(2 ** 31);
    expect(sequenceOf(new Date("2020-01-01T00:00:00Z"))).toBe(0);
  });
});
