// Tick times of schedules in their time zones, on hand-picked days: both DST changes in New York and Berlin, month
// ends, and schedules far from UTC.
import { describe, expect, it } from "vitest";
import { nextTicks, ticksBetween } from "./scheduleTicks";

const iso = (dates: Date[]) => dates.map((date) => date.toISOString().replace(":00.000Z", "Z"));
const between = (cron: string, timezone: string, after: string, until: string) =>
  iso(ticksBetween({ cron, timezone }, new Date(after), new Date(until)));

describe("a daily schedule keeps its wall-clock time across DST changes", () => {
  it("fires at 06:00 New York time: 11:00 UTC in winter, 10:00 UTC in summer", () => {
    // Clocks spring forward on Sunday 2026-03-08 and fall back on Sunday 2026-11-01.
    expect(between("0 6 * * *", "America/New_York", "2026-03-06T00:00Z", "2026-03-10T00:00Z")).toEqual([
      "2026-03-06T11:00Z",
      "2026-03-07T11:00Z",
      "2026-03-08T10:00Z",
      "2026-03-09T10:00Z",
    ]);
    expect(between("0 6 * * *", "America/New_York", "2026-10-30T12:00Z", "2026-11-03T00:00Z")).toEqual([
      "2026-10-31T10:00Z",
      "2026-11-01T11:00Z",
      "2026-11-02T11:00Z",
    ]);
  });

  it("fires at 06:00 Berlin time: 05:00 UTC in winter, 04:00 UTC in summer", () => {
    // Berlin springs forward on 2026-03-29 and falls back on 2026-10-25.
    expect(between("0 6 * * *", "Europe/Berlin", "2026-03-27T12:00Z", "2026-03-31T00:00Z")).toEqual([
      "2026-03-28T05:00Z",
      "2026-03-29T04:00Z",
      "2026-03-30T04:00Z",
    ]);
    expect(between("0 6 * * *", "Europe/Berlin", "2026-10-23T12:00Z", "2026-10-27T00:00Z")).toEqual([
      "2026-10-24T04:00Z",
      "2026-10-25T05:00Z",
      "2026-10-26T05:00Z",
    ]);
  });

  it("fires a daily schedule far from UTC at its local time", () => {
    expect(between("0 9 * * *", "Asia/Kolkata", "2026-05-01T00:00Z", "2026-05-03T00:00Z")).toEqual([
      "2026-05-01T03:30Z",
      "2026-05-02T03:30Z",
    ]);
    // Midnight in Tokyo is the previous day in UTC.
    expect(between("0 0 * * *", "Asia/Tokyo", "2026-05-01T00:00Z", "2026-05-02T23:59Z")).toEqual([
      "2026-05-01T15:00Z",
      "2026-05-02T15:00Z",
    ]);
  });
});

describe("wall times the clocks skip or repeat", () => {
  it("fires a time in the spring-forward gap once, when the clocks resume", () => {
    // 02:30 does not exist in New York on 2026-03-08: the tick is at 03:00 EDT (07:00 UTC), then back to 02:30.
    expect(between("30 2 * * *", "America/New_York", "2026-03-06T12:00Z", "2026-03-10T00:00Z")).toEqual([
      "2026-03-07T07:30Z",
      "2026-03-08T07:00Z",
      "2026-03-09T06:30Z",
    ]);
    expect(between("30 2 * * *", "Europe/Berlin", "2026-03-28T12:00Z", "2026-03-30T12:00Z")).toEqual([
      "2026-03-29T01:00Z",
      "2026-03-30T00:30Z",
    ]);
    // Two skipped times of one night fire once.
    expect(between("0,30 2 * * *", "America/New_York", "2026-03-08T00:00Z", "2026-03-08T12:00Z")).toEqual([
      "2026-03-08T07:00Z",
    ]);
  });

  it("fires a time the clocks repeat once, at its first occurrence", () => {
    // 01:30 happens twice in New York on 2026-11-01 (EDT, then EST).
    expect(between("30 1 * * *", "America/New_York", "2026-10-31T12:00Z", "2026-11-02T12:00Z")).toEqual([
      "2026-11-01T05:30Z",
      "2026-11-02T06:30Z",
    ]);
    // 02:30 happens twice in Berlin on 2026-10-25 (CEST, then CET).
    expect(between("30 2 * * *", "Europe/Berlin", "2026-10-24T12:00Z", "2026-10-25T12:00Z")).toEqual([
      "2026-10-25T00:30Z",
    ]);
    // Asked from inside the repeated hour, the repeat is not a new tick: the next one is the day after.
    expect(
      iso(nextTicks({ cron: "30 1 * * *", timezone: "America/New_York" }, new Date("2026-11-01T05:45Z"), 1)),
    ).toEqual(["2026-11-02T06:30Z"]);
  });

  it("keeps an hourly schedule at once an hour through both changes", () => {
    expect(between("0 * * * *", "America/New_York", "2026-03-08T04:30Z", "2026-03-08T09:00Z")).toEqual([
      "2026-03-08T05:00Z", // 00:00 EST
      "2026-03-08T06:00Z", // 01:00 EST
      "2026-03-08T07:00Z", // 03:00 EDT: 02:00 does not exist
      "2026-03-08T08:00Z",
      "2026-03-08T09:00Z",
    ]);
    expect(between("30 * * * *", "America/New_York", "2026-11-01T04:00Z", "2026-11-01T08:00Z")).toEqual([
      "2026-11-01T04:30Z", // 00:30 EDT
      "2026-11-01T05:30Z", // 01:30 EDT
      "2026-11-01T06:30Z", // 01:30 EST
      "2026-11-01T07:30Z", // 02:30 EST
    ]);
    expect(iso(nextTicks({ cron: "0 * * * *", timezone: "Europe/Berlin" }, new Date("2026-10-25T00:30Z"), 3))).toEqual([
      "2026-10-25T01:00Z", // 02:00 CET, the second 02:00
      "2026-10-25T02:00Z",
      "2026-10-25T03:00Z",
    ]);
  });
});

describe("windows and month ends", () => {
  it("includes a tick at the end of the window and leaves out one at its start", () => {
    expect(between("0 6 * * *", "UTC", "2026-01-01T06:00Z", "2026-01-02T06:00Z")).toEqual(["2026-01-02T06:00Z"]);
    expect(between("0 6 * * *", "UTC", "2026-01-01T06:00Z", "2026-01-02T05:59Z")).toEqual([]);
  });

  it("skips months without the day, and finds leap days", () => {
    expect(between("0 0 31 * *", "UTC", "2026-01-01T00:00Z", "2026-06-01T00:00Z")).toEqual([
      "2026-01-31T00:00Z",
      "2026-03-31T00:00Z",
      "2026-05-31T00:00Z",
    ]);
    expect(iso(nextTicks({ cron: "0 12 29 2 *", timezone: "UTC" }, new Date("2026-01-01T00:00Z"), 2))).toEqual([
      "2028-02-29T12:00Z",
      "2032-02-29T12:00Z",
    ]);
  });

  it("crosses a month end in the schedule's zone, not in UTC", () => {
    // The first of the month at midnight in Berlin is the last evening of the month before in UTC.
    expect(between("0 0 1 * *", "Europe/Berlin", "2026-01-15T00:00Z", "2026-05-15T00:00Z")).toEqual([
      "2026-01-31T23:00Z",
      "2026-02-28T23:00Z",
      "2026-03-31T22:00Z",
      "2026-04-30T22:00Z",
    ]);
    // February's last evening in New York, then March 28th (after the change to summer time) and 29th.
    expect(
      iso(nextTicks({ cron: "0 18 28-31 * *", timezone: "America/New_York" }, new Date("2026-02-27T00:00Z"), 3)),
    ).toEqual(["2026-02-28T23:00Z", "2026-03-28T22:00Z", "2026-03-29T22:00Z"]);
  });

  it("lists the next ticks after a moment", () => {
    expect(iso(nextTicks({ cron: "0 9 * * 1", timezone: "Europe/Berlin" }, new Date("2026-03-20T00:00Z"), 3))).toEqual([
      "2026-03-23T08:00Z",
      "2026-03-30T07:00Z",
      "2026-04-06T07:00Z",
    ]);
    expect(nextTicks({ cron: "@daily", timezone: "UTC" }, new Date(), 0)).toEqual([]);
  });

  it("refuses a cron that does not parse", () => {
    expect(() => nextTicks({ cron: "0 6 * *", timezone: "UTC" }, new Date(), 1)).toThrow(/expected 5/);
  });
});
