import { describe, expect, it } from "vitest";
import { type CronSchedule, cronMatches, nextCronTick, parseCron } from "./cron";
import type { WallTime } from "./wallTime";

function cron(text: string): CronSchedule {
  const parsed = parseCron(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.cron;
}

function wall(text: string): WallTime {
  const [date = "", time = "00:00"] = text.split(" ");
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return { year, month, day, hour, minute };
}

function ticks(text: string, from: string, count: number): string[] {
  const schedule = cron(text);
  const result: string[] = [];
  let current = wall(from);
  for (let i = 0; i < count; i++) {
    current = nextCronTick(schedule, current);
    const pad = (n: number) => String(n).padStart(2, "0");
    result.push(
      `${current.year}-${pad(current.month)}-${pad(current.day)} ${pad(current.hour)}:${pad(current.minute)}`,
    );
  }
  return result;
}

describe("parseCron", () => {
  it("reads lists, ranges, steps and names", () => {
    const schedule = cron("0,30 9-17/4 * JAN,jul MON-FRI");
    expect(schedule.minutes).toEqual([0, 30]);
    expect(schedule.hours).toEqual([9, 13, 17]);
    expect(schedule.months).toEqual([1, 7]);
    expect(schedule.daysOfWeek).toEqual([1, 2, 3, 4, 5]);
    expect(schedule.restrictsDayOfMonth).toBe(false);
    expect(schedule.restrictsDayOfWeek).toBe(true);
    expect(cron("*/15 * * * *").minutes).toEqual([0, 15, 30, 45]);
    expect(cron("5/20 * * * *").minutes).toEqual([5, 25, 45]);
    expect(cron("0 0 * * 7").daysOfWeek).toEqual([0]);
    expect(cron("0 0 * * 5-7").daysOfWeek).toEqual([0, 5, 6]);
  });

  it("spells equal schedules alike", () => {
    expect(cron("  0   0 * * *  ").text).toBe("0 0 * * *");
    expect(cron("@DAILY").text).toBe("@daily");
  });

  it("expands shorthands", () => {
    expect(cron("@daily")).toMatchObject({
      minutes: [0],
      hours: [0],
      restrictsDayOfMonth: false,
      restrictsDayOfWeek: false,
    });
    expect(cron("@hourly").hours).toHaveLength(24);
    expect(cron("@weekly").daysOfWeek).toEqual([0]);
  });

  it.each([
    ["0 25 * * *", 'Cron "0 25 * * *": hour "25" is out of range 0-23.'],
    ["61 * * * *", 'Cron "61 * * * *": minute "61" is out of range 0-59.'],
    ["0 0 32 * *", 'Cron "0 0 32 * *": day-of-month "32" is out of range 1-31.'],
    ["0 0 0 * *", 'Cron "0 0 0 * *": day-of-month "0" is out of range 1-31.'],
    ["0 0 * 13 *", 'Cron "0 0 * 13 *": month "13" is out of range 1-12.'],
    ["0 0 * * 8", 'Cron "0 0 * * 8": day-of-week "8" is out of range 0-7.'],
    ["0 0 * FOO *", 'Cron "0 0 * FOO *": month "FOO" is not a number or a name (JAN-DEC).'],
    ["0 x * * *", 'Cron "0 x * * *": hour "x" is not a number.'],
    ["*/0 * * * *", 'Cron "*/0 * * * *": minute step "0" must be a whole number of 1 or more.'],
    ["0 5-2 * * *", 'Cron "0 5-2 * * *": hour range "5-2" runs backwards; write the smaller value first.'],
    ["0 1,,2 * * *", 'Cron "0 1,,2 * * *": hour "1,,2" has an empty list item.'],
    ["* * *", 'Cron "* * *" has 3 fields; expected 5: minute hour day-of-month month day-of-week.'],
    ["", 'Cron "" has 0 fields; expected 5: minute hour day-of-month month day-of-week.'],
    ["@often", 'Cron "@often": unknown shorthand; use @hourly, @daily, @weekly, @monthly or @yearly, or five fields.'],
    ["0 0 30 2 *", 'Cron "0 0 30 2 *" never fires: day-of-month 30 never occurs in February.'],
    ["0 0 31 4,6 *", 'Cron "0 0 31 4,6 *" never fires: day-of-month 31 never occurs in April, June.'],
  ])("rejects %j naming the field", (text, message) => {
    expect(parseCron(text)).toEqual({ ok: false, message });
  });

  it("accepts February 29th, which fires in leap years", () => {
    expect(parseCron("0 0 29 2 *").ok).toBe(true);
  });
});

describe("nextCronTick", () => {
  it("steps strictly after the given minute", () => {
    expect(ticks("*/15 * * * *", "2026-01-01 10:07", 3)).toEqual([
      "2026-01-01 10:15",
      "2026-01-01 10:30",
      "2026-01-01 10:45",
    ]);
    expect(ticks("0 * * * *", "2026-01-01 10:00", 1)).toEqual(["2026-01-01 11:00"]);
    expect(ticks("0 0 * * *", "2026-12-31 00:00", 1)).toEqual(["2027-01-01 00:00"]);
  });

  it("fires on weekdays at 06:00", () => {
    // 2026-01-02 is a Friday.
    expect(ticks("0 6 * * 1-5", "2026-01-02 06:00", 3)).toEqual([
      "2026-01-05 06:00",
      "2026-01-06 06:00",
      "2026-01-07 06:00",
    ]);
  });

  it("skips months without the day", () => {
    expect(ticks("0 0 31 * *", "2026-01-01 00:00", 4)).toEqual([
      "2026-01-31 00:00",
      "2026-03-31 00:00",
      "2026-05-31 00:00",
      "2026-07-31 00:00",
    ]);
    expect(ticks("0 0 29 2 *", "2026-03-01 00:00", 2)).toEqual(["2028-02-29 00:00", "2032-02-29 00:00"]);
    expect(ticks("0 0 1 1 *", "2026-06-01 00:00", 1)).toEqual(["2027-01-01 00:00"]);
  });

  it("fires when either day field matches when both restrict", () => {
    // 2026-01-26 is a Monday; February 1st comes before the next Monday.
    expect(ticks("0 0 1 * MON", "2026-01-26 00:00", 2)).toEqual(["2026-02-01 00:00", "2026-02-02 00:00"]);
  });

  it("knows which minutes match", () => {
    const schedule = cron("30 6 * * 1-5");
    expect(cronMatches(schedule, wall("2026-01-05 06:30"))).toBe(true);
    expect(cronMatches(schedule, wall("2026-01-04 06:30"))).toBe(false);
    expect(cronMatches(schedule, wall("2026-01-05 06:00"))).toBe(false);
  });
});
