import { describe, expect, it } from "vitest";
import { definitionOf } from "./testing";
import {
  cronPartitionsSnapshot,
  dailyPartitionsSnapshot,
  hourlyPartitionsSnapshot,
  monthlyPartitionsSnapshot,
  timeWindowOf,
  weeklyPartitionsSnapshot,
} from "./timeWindow";
import type { PartitionsDefinitionSnapshot } from "./types";

function windowOf(
  definition: PartitionsDefinitionSnapshot,
  key: string,
): { start: string; end: string; hours: number } | null {
  const window = timeWindowOf(definition, key);
  if (!window) return null;
  return {
    start: window.start.toISOString(),
    end: window.end.toISOString(),
    hours: (window.end.getTime() - window.start.getTime()) / 3_600_000,
  };
}

describe("time-window builders", () => {
  it("builds daily partitions with date keys", () => {
    expect(dailyPartitionsSnapshot({ start: "2026-01-01" })).toEqual({
      ok: true,
      definition: {
        type: "time_window",
        cron: "0 0 * * *",
        start: "2026-01-01",
        end: null,
        timezone: "UTC",
        keyFormat: "date",
      },
    });
  });

  it("uses date-time keys when windows do not start at midnight", () => {
    const definition = definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", hourOffset: 6, minuteOffset: 30 }));
    expect(definition).toMatchObject({ cron: "30 6 * * *", start: "2026-01-01-06:30", keyFormat: "datetime" });
    expect(definitionOf(hourlyPartitionsSnapshot({ start: "2026-01-01" }))).toMatchObject({
      cron: "0 * * * *",
      start: "2026-01-01-00:00",
      keyFormat: "datetime",
    });
  });

  it("normalises start and end to the first window at or after them", () => {
    expect(definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01-00:00", end: "2026-02-01T00:00" }))).toMatchObject(
      { start: "2026-01-01", end: "2026-02-01" },
    );
    expect(definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01T06:00" }))).toMatchObject({ start: "2026-01-02" });
    expect(definitionOf(hourlyPartitionsSnapshot({ start: "2026-01-01T06:00" }))).toMatchObject({
      start: "2026-01-01-06:00",
    });
    // 2026-01-01 is a Thursday: weekly windows on Monday start on the 5th.
    expect(definitionOf(weeklyPartitionsSnapshot({ start: "2026-01-01", dayOffset: 1 }))).toMatchObject({
      cron: "0 0 * * 1",
      start: "2026-01-05",
    });
    expect(definitionOf(monthlyPartitionsSnapshot({ start: "2026-01-20", dayOffset: 15 }))).toMatchObject({
      cron: "0 0 15 * *",
      start: "2026-02-15",
    });
    // A start inside the spring-forward gap moves to the first hour that exists.
    expect(
      definitionOf(hourlyPartitionsSnapshot({ start: "2026-03-08-02:00", timezone: "America/New_York" })),
    ).toMatchObject({ start: "2026-03-08-03:00" });
  });

  it("keeps the time zone, spelled as the zone spells it", () => {
    expect(definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", timezone: "america/new_york" })).timezone).toBe(
      "America/New_York",
    );
    expect(definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", timezone: "Europe/Berlin" })).timezone).toBe(
      "Europe/Berlin",
    );
  });

  it.each([
    [
      () => dailyPartitionsSnapshot({ start: "2026-01-01", timezone: "Mars/Olympus" }),
      'Unknown time zone "Mars/Olympus"; use an IANA name such as "UTC" or "America/New_York".',
    ],
    [
      () => dailyPartitionsSnapshot({ start: "2027-02-29" }),
      'start "2027-02-29" is not a real date: February 2027 has 28 days.',
    ],
    [
      () => dailyPartitionsSnapshot({ start: "01/01/2026" }),
      'start "01/01/2026" is not a date like 2026-01-01 or a date-time like 2026-01-01-06:00.',
    ],
    [
      () => dailyPartitionsSnapshot({ start: "2026-01-01", end: "2026-01-01" }),
      'No whole window of cron "0 0 * * *" fits between start "2026-01-01" and end "2026-01-01".',
    ],
    [
      () => dailyPartitionsSnapshot({ start: "2026-01-01", hourOffset: 24 }),
      "hourOffset must be a whole number from 0 to 23; got 24.",
    ],
    [
      () => hourlyPartitionsSnapshot({ start: "2026-01-01", minuteOffset: 1.5 }),
      "minuteOffset must be a whole number from 0 to 59; got 1.5.",
    ],
    [
      () => weeklyPartitionsSnapshot({ start: "2026-01-01", dayOffset: 7 }),
      "dayOffset must be a whole number from 0 to 6; got 7.",
    ],
    [
      () => monthlyPartitionsSnapshot({ start: "2026-01-01", dayOffset: 29 }),
      "dayOffset must be a whole number from 1 to 28; got 29.",
    ],
    [
      () => cronPartitionsSnapshot({ start: "2026-01-01", cron: "0 25 * * *" }),
      'Cron "0 25 * * *": hour "25" is out of range 0-23.',
    ],
  ])("rejects bad input with a clear message (%#)", (build, message) => {
    expect(build()).toEqual({ ok: false, message });
  });

  it("builds any cron, e.g. weekdays at 06:00", () => {
    expect(definitionOf(cronPartitionsSnapshot({ cron: "0 6 * * 1-5", start: "2026-01-03" }))).toEqual({
      type: "time_window",
      cron: "0 6 * * 1-5",
      start: "2026-01-05-06:00",
      end: null,
      timezone: "UTC",
      keyFormat: "datetime",
    });
  });
});

describe("timeWindowOf", () => {
  const daily = definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01" }));

  it("covers from the key's start to the next window's start", () => {
    expect(windowOf(daily, "2026-01-31")).toEqual({
      start: "2026-01-31T00:00:00.000Z",
      end: "2026-02-01T00:00:00.000Z",
      hours: 24,
    });
    expect(windowOf(daily, "2026-12-31")?.end).toBe("2027-01-01T00:00:00.000Z");
  });

  it("is null for keys that are not window starts", () => {
    expect(timeWindowOf(daily, "2025-12-31")).toBeNull();
    expect(timeWindowOf(daily, "2026-01-01-00:00")).toBeNull();
    expect(timeWindowOf(daily, "2026-02-30")).toBeNull();
    expect(timeWindowOf({ type: "static", keys: ["a"] }, "a")).toBeNull();
  });

  it("lasts 23 and 25 hours for daily windows across DST, with plain date keys", () => {
    const newYork = definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", timezone: "America/New_York" }));
    expect(windowOf(newYork, "2026-03-07")?.hours).toBe(24);
    expect(windowOf(newYork, "2026-03-08")).toEqual({
      start: "2026-03-08T05:00:00.000Z",
      end: "2026-03-09T04:00:00.000Z",
      hours: 23,
    });
    expect(windowOf(newYork, "2026-11-01")).toEqual({
      start: "2026-11-01T04:00:00.000Z",
      end: "2026-11-02T05:00:00.000Z",
      hours: 25,
    });
    const berlin = definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", timezone: "Europe/Berlin" }));
    expect(windowOf(berlin, "2026-03-29")?.hours).toBe(23);
    expect(windowOf(berlin, "2026-10-25")?.hours).toBe(25);
  });

  it("gives each real hour of the fall-back night its own window, and the skipped hour none", () => {
    const newYork = definitionOf(hourlyPartitionsSnapshot({ start: "2026-01-01", timezone: "America/New_York" }));
    expect(windowOf(newYork, "2026-11-01-01:00")).toEqual({
      start: "2026-11-01T05:00:00.000Z",
      end: "2026-11-01T06:00:00.000Z",
      hours: 1,
    });
    expect(windowOf(newYork, "2026-11-01-01:00-0500")).toEqual({
      start: "2026-11-01T06:00:00.000Z",
      end: "2026-11-01T07:00:00.000Z",
      hours: 1,
    });
    expect(windowOf(newYork, "2026-03-08-01:00")).toEqual({
      start: "2026-03-08T06:00:00.000Z",
      end: "2026-03-08T07:00:00.000Z",
      hours: 1,
    });
    expect(timeWindowOf(newYork, "2026-03-08-02:00")).toBeNull();
    const berlin = definitionOf(hourlyPartitionsSnapshot({ start: "2026-01-01", timezone: "Europe/Berlin" }));
    expect(windowOf(berlin, "2026-10-25-02:00")).toEqual({
      start: "2026-10-25T00:00:00.000Z",
      end: "2026-10-25T01:00:00.000Z",
      hours: 1,
    });
    expect(windowOf(berlin, "2026-10-25-02:00+0100")).toEqual({
      start: "2026-10-25T01:00:00.000Z",
      end: "2026-10-25T02:00:00.000Z",
      hours: 1,
    });
    expect(timeWindowOf(berlin, "2026-03-29-02:00")).toBeNull();
  });

  it("follows month ends and leap days", () => {
    const monthly = definitionOf(monthlyPartitionsSnapshot({ start: "2026-01-01", dayOffset: 15 }));
    expect(windowOf(monthly, "2026-01-15")).toMatchObject({
      start: "2026-01-15T00:00:00.000Z",
      end: "2026-02-15T00:00:00.000Z",
    });
    expect(windowOf(monthly, "2026-02-15")?.hours).toBe(28 * 24);
    const lastDay = definitionOf(cronPartitionsSnapshot({ cron: "0 0 31 * *", start: "2026-01-01" }));
    expect(windowOf(lastDay, "2026-01-31")?.end).toBe("2026-03-31T00:00:00.000Z");
    const leap = definitionOf(dailyPartitionsSnapshot({ start: "2028-01-01" }));
    expect(windowOf(leap, "2028-02-28")?.end).toBe("2028-02-29T00:00:00.000Z");
    expect(windowOf(leap, "2028-02-29")?.end).toBe("2028-03-01T00:00:00.000Z");
  });

  it("spans weekends for weekday windows", () => {
    const weekdays = definitionOf(cronPartitionsSnapshot({ cron: "0 6 * * 1-5", start: "2026-01-01" }));
    expect(windowOf(weekdays, "2026-01-02-06:00")).toMatchObject({ end: "2026-01-05T06:00:00.000Z", hours: 72 });
    expect(timeWindowOf(weekdays, "2026-01-03-06:00")).toBeNull();
  });

  it("ignores the end bound for the last window's end", () => {
    const bounded = definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", end: "2026-01-10" }));
    expect(windowOf(bounded, "2026-01-09")?.end).toBe("2026-01-10T00:00:00.000Z");
    expect(timeWindowOf(bounded, "2026-01-10")).toBeNull();
  });
});
