// Partitions, mappings, bounds and schedules across both clock changes of 2026, table-driven over five zones: two
// with hour-long changes (America/Los_Angeles, Europe/Berlin), one with a 30-minute change (Australia/Lord_Howe), one
// with a 45-minute offset and no DST (Asia/Kathmandu), and UTC.
import { describe, expect, it } from "vitest";
import {
  cronPartitionsSnapshot,
  dailyPartitionsSnapshot,
  downstreamPartitionKeys,
  hourlyPartitionsSnapshot,
  monthlyPartitionsSnapshot,
  type PartitionKeySpace,
  type PartitionMappingSnapshot,
  partitionKeyProblem,
  timeWindowOf,
  upstreamPartitionKeys,
  weeklyPartitionsSnapshot,
} from "./partitions";
import { definitionOf, spaceAt } from "./partitions/testing";
import { TimeWindowKeySpace } from "./partitions/timeWindowSpace";
import type { TimeWindowPartitionsSnapshot } from "./partitions/types";
import { tickPartitions, ticksBetween } from "./schedules";

const HOUR = 3_600_000;

interface ZoneCase {
  zone: string;
  /** The day the clocks go forward and the day they go back, in 2026 (local dates). */
  forward: string | null;
  back: string | null;
  /** Real hours of those days. */
  forwardDayHours: number;
  backDayHours: number;
  /** Hourly partitions on those days: the skipped hour has none, a repeated hour has two. */
  forwardDayPartitions: number;
  backDayPartitions: number;
  /** The keys of a repeated wall time in 30-minute partitions, as the key space lists them. */
  repeatedHalfHours: string[];
}

const zones: ZoneCase[] = [
  {
    zone: "America/Los_Angeles",
    forward: "2026-03-08",
    back: "2026-11-01",
    forwardDayHours: 23,
    backDayHours: 25,
    forwardDayPartitions: 23,
    backDayPartitions: 25,
    repeatedHalfHours: ["2026-11-01-01:00", "2026-11-01-01:30", "2026-11-01-01:00-0800", "2026-11-01-01:30-0800"],
  },
  {
    zone: "Europe/Berlin",
    forward: "2026-03-29",
    back: "2026-10-25",
    forwardDayHours: 23,
    backDayHours: 25,
    forwardDayPartitions: 23,
    backDayPartitions: 25,
    repeatedHalfHours: ["2026-10-25-02:00", "2026-10-25-02:30", "2026-10-25-02:00+0100", "2026-10-25-02:30+0100"],
  },
  {
    // Forward 02:00 → 02:30 on the first Sunday of October, back 02:00 → 01:30 on the first Sunday of April.
    zone: "Australia/Lord_Howe",
    forward: "2026-10-04",
    back: "2026-04-05",
    forwardDayHours: 23.5,
    backDayHours: 24.5,
    // 02:00 does not exist; 01:00 and 02:00 happen once (only 01:30-02:00 repeats), so the 01:00 window is 1.5 hours.
    forwardDayPartitions: 23,
    backDayPartitions: 24,
    repeatedHalfHours: ["2026-04-05-01:30", "2026-04-05-01:30+1030"],
  },
  {
    zone: "Asia/Kathmandu",
    forward: null,
    back: null,
    forwardDayHours: 24,
    backDayHours: 24,
    forwardDayPartitions: 24,
    backDayPartitions: 24,
    repeatedHalfHours: [],
  },
  {
    zone: "UTC",
    forward: null,
    back: null,
    forwardDayHours: 24,
    backDayHours: 24,
    forwardDayPartitions: 24,
    backDayPartitions: 24,
    repeatedHalfHours: [],
  },
];

const AFTER_2026 = "2027-01-03T00:00:00Z";

function definitions(zone: string) {
  return {
    hourly: definitionOf(hourlyPartitionsSnapshot({ start: "2026-01-01", timezone: zone })),
    halfHourly: definitionOf(cronPartitionsSnapshot({ cron: "*/30 * * * *", start: "2026-01-01", timezone: zone })),
    daily: definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", timezone: zone })),
    weekly: definitionOf(weeklyPartitionsSnapshot({ start: "2026-01-01", timezone: zone })),
    monthly: definitionOf(monthlyPartitionsSnapshot({ start: "2026-01-01", timezone: zone })),
  };
}

const hoursOf = (definition: TimeWindowPartitionsSnapshot, key: string) => {
  const window = timeWindowOf(definition, key);
  return window ? (window.end.getTime() - window.start.getTime()) / HOUR : null;
};

const keysOn = (space: PartitionKeySpace, date: string) => space.keys().filter((key) => key.startsWith(date));

/** The day after a local date. */
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 24 * HOUR).toISOString().slice(0, 10);
const previousDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 24 * HOUR).toISOString().slice(0, 10);

const overlapping: PartitionMappingSnapshot = { type: "time_window", startOffset: 0, endOffset: 0 };
const previous: PartitionMappingSnapshot = { type: "time_window", startOffset: -1, endOffset: -1 };

describe.each(zones)("clock changes in $zone", (zone) => {
  const defs = definitions(zone.zone);
  const hours = spaceAt(defs.hourly, AFTER_2026);
  const halfHours = spaceAt(defs.halfHourly, AFTER_2026);
  const days = spaceAt(defs.daily, AFTER_2026);
  const weeks = spaceAt(defs.weekly, AFTER_2026);
  const months = spaceAt(defs.monthly, AFTER_2026);
  const changeDays = [
    ["forward", zone.forward ?? "2026-03-08", zone.forwardDayHours, zone.forwardDayPartitions],
    ["back", zone.back ?? "2026-11-01", zone.backDayHours, zone.backDayPartitions],
  ] as const;

  it("keeps every real hour as one hourly partition, with unique keys in time order", () => {
    for (const space of [hours, halfHours]) {
      const keys = space.keys();
      expect(new Set(keys).size).toBe(keys.length);
      const starts = keys.map((key) => timeWindowOf(space.definition, key)?.start.getTime() ?? Number.NaN);
      for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThan(starts[i - 1] as number);
      // Every key reads back to its own position.
      for (const [i, key] of keys.entries()) if (i % 97 === 0 || key.length > 16) expect(space.indexOf(key)).toBe(i);
    }
    for (const [, date, , partitions] of changeDays) expect(keysOn(hours, date)).toHaveLength(partitions);
    if (zone.repeatedHalfHours.length > 0) {
      const first = halfHours.indexOf(zone.repeatedHalfHours[0] as string);
      expect(halfHours.keys().slice(first, first + zone.repeatedHalfHours.length)).toEqual(zone.repeatedHalfHours);
      for (const key of zone.repeatedHalfHours) expect(hoursOf(defs.halfHourly, key)).toBe(0.5);
    }
  });

  it("gives days and weeks their real length", () => {
    for (const [, date, dayHours] of changeDays) {
      expect(hoursOf(defs.daily, date)).toBe(dayHours);
      const week = weeks
        .keys()
        .filter((key) => key <= date)
        .at(-1) as string;
      expect(hoursOf(defs.weekly, week)).toBe(7 * 24 - 24 + dayHours);
    }
  });

  it("refuses keys that name no real hour, saying why", () => {
    if (!zone.forward) return;
    const repeatedKey = zone.repeatedHalfHours.at(-1) as string;
    const plain = repeatedKey.slice(0, 16);
    // An offset on a time that happens once, or the wrong offset.
    expect(partitionKeyProblem(halfHours, `${zone.forward}-12:00${repeatedKey.slice(16)}`)).toContain(
      "a UTC offset only marks the second",
    );
    expect(partitionKeyProblem(halfHours, `${plain}+0000`)).toContain(`write "${plain}"`);
  });

  it("maps daily ↔ hourly with offsets counted in downstream partitions", () => {
    for (const [, date, , partitions] of changeDays) {
      const dayHours = keysOn(hours, date);
      expect(upstreamPartitionKeys(overlapping, days, [date], hours)).toEqual(dayHours);
      // The day after reads "the day before": every hour of the change day, not 24 hours ending an hour early.
      expect(upstreamPartitionKeys(previous, days, [nextDay(date)], hours)).toEqual(dayHours);
      expect(dayHours).toHaveLength(partitions);
      // Back: each hour of the change day is read by the day after it.
      for (const hour of [dayHours[0], dayHours[2], dayHours.at(-1)] as string[])
        expect(downstreamPartitionKeys(previous, hours, [hour], days)).toEqual([nextDay(date)]);
      // Hourly reading daily, the hour before: midnight reads the previous day.
      expect(upstreamPartitionKeys(previous, hours, [`${nextDay(date)}-00:00`], days)).toEqual([date]);
      expect(upstreamPartitionKeys(previous, hours, [`${date}-00:00`], days)).toEqual([previousDay(date)]);
      expect(downstreamPartitionKeys(previous, days, [date], hours)).toEqual([
        ...dayHours.slice(1),
        `${nextDay(date)}-00:00`,
      ]);
    }
    if (zone.repeatedHalfHours.length === 4) {
      // The repeated hour's second occurrence reads the first with an offset of -1.
      const [first, , second] = zone.repeatedHalfHours as [string, string, string];
      const hourly = spaceAt(defs.hourly, AFTER_2026);
      const repeatedHour = hourly.keys().find((key) => key.startsWith(first) && key.length > 16) as string;
      expect(upstreamPartitionKeys(previous, hourly, [repeatedHour], hourly)).toEqual([first]);
      expect(downstreamPartitionKeys(previous, hourly, [first], hourly)).toEqual([repeatedHour]);
      expect(second.length).toBeGreaterThan(16);
    }
  });

  it("maps weekly and monthly ↔ daily by whole downstream partitions", () => {
    for (const [, date] of changeDays) {
      const week = weeks
        .keys()
        .filter((key) => key <= date)
        .at(-1) as string;
      const weekDays = upstreamPartitionKeys(overlapping, weeks, [week], days);
      expect(weekDays).toHaveLength(7);
      expect(weekDays).toContain(date);
      // The week after reads the change week's seven days.
      const following = weeks.keyAt(weeks.indexOf(week) + 1);
      expect(upstreamPartitionKeys(previous, weeks, [following], days)).toEqual(weekDays);
      expect(downstreamPartitionKeys(previous, days, [date], weeks)).toEqual([following]);
      expect(downstreamPartitionKeys(overlapping, days, [date], weeks)).toEqual([week]);
      // A day reading the previous day of a monthly asset: the month holding yesterday.
      const month = `${previousDay(date).slice(0, 7)}-01`;
      expect(upstreamPartitionKeys(previous, days, [date], months)).toEqual([month]);
    }
    expect(upstreamPartitionKeys(previous, months, ["2026-03-01"], days)).toHaveLength(28);
    expect(upstreamPartitionKeys(overlapping, months, ["2026-03-01"], days)).toHaveLength(31);
    expect(upstreamPartitionKeys(previous, days, ["2026-03-01"], months)).toEqual(["2026-02-01"]);
  });

  it("fires an hourly schedule at each partition start, launching every partition once and in order, for a year", () => {
    const ticks = ticksBetween(
      { cron: "0 * * * *", timezone: zone.zone },
      new Date("2026-01-01T12:00:00Z"),
      new Date("2027-01-01T00:00:00Z"),
    );
    const space = hours as TimeWindowKeySpace;
    const starts = new Set(Array.from({ length: space.size }, (_, i) => space.windowStart(i)));
    for (const tick of ticks) expect(starts.has(tick.getTime())).toBe(true);
    const launched: string[] = [];
    for (const tick of ticks) {
      const partitions = tickPartitions(defs.hourly, { now: tick, dynamicKeys: () => [] });
      if (partitions.kind === "launch") launched.push(...(partitions.partitionKeys as string[]));
    }
    const first = space.indexOf(launched[0] as string);
    expect(launched).toEqual(space.keys().slice(first, first + launched.length));
    expect(launched.length).toBe(ticks.length);
  });

  it("keeps whole windows up to end, and moves the last partition by endOffset", () => {
    // 2026-03-11 is a Wednesday: the week starting Sunday the 8th is not whole by then.
    const bounded = definitionOf(
      weeklyPartitionsSnapshot({ start: "2026-01-01", end: "2026-03-11", timezone: zone.zone }),
    );
    expect(bounded.end).toBe("2026-03-08");
    expect(spaceAt(bounded, AFTER_2026).keys().at(-1)).toBe("2026-03-01");
    const now = "2026-06-15T12:00:00Z";
    const withToday = definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", timezone: zone.zone, endOffset: 1 }));
    const withoutYesterday = definitionOf(
      dailyPartitionsSnapshot({ start: "2026-01-01", timezone: zone.zone, endOffset: -1 }),
    );
    const plain = spaceAt(defs.daily, now);
    expect(spaceAt(withToday, now).size).toBe(plain.size + 1);
    expect(spaceAt(withToday, now).keyAt(plain.size)).toBe(nextDay(plain.keyAt(plain.size - 1)));
    expect(spaceAt(withoutYesterday, now).size).toBe(plain.size - 1);
    // Never past end, whatever the offset.
    const endedWithOffset = definitionOf(
      dailyPartitionsSnapshot({ start: "2026-01-01", end: "2026-02-01", timezone: zone.zone, endOffset: 3 }),
    );
    expect(spaceAt(endedWithOffset, now).keys().at(-1)).toBe("2026-01-31");
    expect(spaceAt(endedWithOffset, "2026-01-30T00:00:00Z").keys().at(-1)).toBe("2026-01-31");
  });
});
