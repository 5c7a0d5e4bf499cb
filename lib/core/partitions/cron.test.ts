import { Cron, CronPattern } from "croner";
import { describe, expect, it } from "vitest";
import { CRONER_OPTIONS, type CronSchedule, cronHasRelativeDays, parseCron } from "./cron";
import { cronFixedStepMinutes, cronMatches, nextCronTick } from "./cronStepper";
import { daysInMonth, type WallTime, wallTimeToMinutes } from "./wallTime";

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
    ["*/0 * * * *", 'Cron "*/0 * * * *": minute step "0" must be a whole number from 1 to 60.'],
    ["0 */25 * * *", 'Cron "0 */25 * * *": hour step "25" must be a whole number from 1 to 24.'],
    ["0 5-2 * * *", 'Cron "0 5-2 * * *": hour range "5-2" runs backwards; write the smaller value first.'],
    ["0 1,,2 * * *", 'Cron "0 1,,2 * * *": hour "1,,2" has an empty list item.'],
    ["* * *", 'Cron "* * *" has 3 fields; expected 5: minute hour day-of-month month day-of-week.'],
    [
      "0 0 12 * * ?",
      'Cron "0 0 12 * * ?" has 6 fields; Strata\'s crons have 5 (minute hour day-of-month month day-of-week), without a seconds or year field.',
    ],
    [
      "0 0 12 * * ? 2026",
      'Cron "0 0 12 * * ? 2026" has 7 fields; Strata\'s crons have 5 (minute hour day-of-month month day-of-week), without a seconds or year field.',
    ],
    ["", 'Cron "" has 0 fields; expected 5: minute hour day-of-month month day-of-week.'],
    ["@often", 'Cron "@often": unknown shorthand; use @hourly, @daily, @weekly, @monthly or @yearly, or five fields.'],
    ["0 0 30 2 *", 'Cron "0 0 30 2 *" never fires: day-of-month 30 never occurs in February.'],
    ["0 0 31 4,6 *", 'Cron "0 0 31 4,6 *" never fires: day-of-month 31 never occurs in April, June.'],
    [
      "0 0 31 4,6,9,11 *",
      'Cron "0 0 31 4,6,9,11 *" never fires: day-of-month 31 never occurs in April, June, September, November.',
    ],
    ["0 0 31 2,4 *", 'Cron "0 0 31 2,4 *" never fires: day-of-month 31 never occurs in February, April.'],
    ["0 0 30,31 FEB *", 'Cron "0 0 30,31 FEB *" never fires: day-of-month 30, 31 never occurs in February.'],
    ["0 0 30W 2 *", 'Cron "0 0 30W 2 *" never fires: day-of-month 30W never occurs in February.'],
    [
      "0 0 L-2 * *",
      'Cron "0 0 L-2 * *": day-of-month "L-2": offsets from the last day (L-n) are not supported; L alone is the last day of the month.',
    ],
    ["0 0 5L * *", 'Cron "0 0 5L * *": day-of-month "5L": L stands alone in day-of-month (the last day of the month).'],
    [
      "0 0 1-5W * *",
      'Cron "0 0 1-5W * *": day-of-month "1-5W": W takes a single day, as in 15W (the weekday nearest the 15th).',
    ],
    ["0 0 32W * *", 'Cron "0 0 32W * *": day-of-month "32" is out of range 1-31.'],
    [
      "0 0 LW,15 * *",
      'Cron "0 0 LW,15 * *": day-of-month "LW,15": LW (the last weekday of the month) must stand alone.',
    ],
    [
      "0 0 5#2 * *",
      'Cron "0 0 5#2 * *": day-of-month "5#2": # (the n-th weekday) is only allowed in day-of-week, as in 5#2.',
    ],
    [
      "0 0 * * 5#6",
      'Cron "0 0 * * 5#6": day-of-week "5#6": the n in #n must be 1-5 (or L for the last), as in 5#2 (the second Friday).',
    ],
    ["0 0 * * #2", 'Cron "0 0 * * #2": day-of-week "#2": # needs a weekday before it, as in 5#2 (the second Friday).'],
    ["0 0 * * L", 'Cron "0 0 * * L": day-of-week "L": L needs a weekday before it, as in 5L (the last Friday).'],
    ["0 0 * * 8#1", 'Cron "0 0 * * 8#1": day-of-week "8" is out of range 0-7.'],
    ["0 0 * * 1-5#2", 'Cron "0 0 * * 1-5#2": day-of-week "1-5#2": # and L take a single weekday, as in 5#2 or FRI#L.'],
    ["0 0 * * 15W", 'Cron "0 0 * * 15W": day-of-week "15W": W (nearest weekday) is only allowed in day-of-month.'],
    ["0 0 * * LW", 'Cron "0 0 * * LW": day-of-week "LW": W (nearest weekday) is only allowed in day-of-month.'],
    ["0 /5 * * *", 'Cron "0 /5 * * *": hour "/5" has an empty value.'],
    ["0 0 * * FRY#2", 'Cron "0 0 * * FRY#2": day-of-week "FRY" is not a number or a name (SUN-SAT).'],
    [
      "0 0 1 * +MON",
      'Cron "0 0 1 * +MON": day-of-week "+MON": the "+" (AND) modifier is not supported; as in Vixie cron, a day matching either day field fires.',
    ],
    ["0 L * * *", 'Cron "0 L * * *": hour "L": L, W and # are only allowed in the day fields.'],
    ["0 0 * 2#1 *", 'Cron "0 0 * 2#1 *": month "2#1": L, W and # are only allowed in the day fields.'],
    ["? 0 * * *", 'Cron "? 0 * * *": minute "?" is only allowed in day-of-month and day-of-week.'],
    ["0 0 * JULY *", 'Cron "0 0 * JULY *": month "JULY" is not a number or a name (JAN-DEC).'],
  ])("rejects %j naming the field", (text, message) => {
    expect(parseCron(text)).toEqual({ ok: false, message });
  });

  it.each(["0 0 29 2 *", "0 0 29W 2 *", "0 0 * 2 1#5", "0 0 L 2 *", "0 0 31 1-2 *", "0 0 30 2 MON"])(
    "accepts %j, which fires, however rarely",
    (text) => {
      expect(parseCron(text).ok).toBe(true);
    },
  );

  it("reads L, W, # and ? in the day fields", () => {
    expect(cron("0 0 L * *")).toMatchObject({
      daysOfMonth: [],
      restrictsDayOfMonth: true,
      lastDayOfMonth: true,
      restrictsDayOfWeek: false,
    });
    expect(cron("0 0 1,15W,L * *")).toMatchObject({ daysOfMonth: [1], nearestWeekdays: [15], lastDayOfMonth: true });
    expect(cron("0 0 LW * *")).toMatchObject({ lastWeekdayOfMonth: true, lastDayOfMonth: false });
    expect(cron("0 6 * * 5#2")).toMatchObject({
      daysOfWeek: [],
      restrictsDayOfWeek: true,
      nthDaysOfWeek: [{ dayOfWeek: 5, nth: 2 }],
      restrictsDayOfMonth: false,
    });
    expect(cron("0 0 * * FRI#L,5L,7L").lastDaysOfWeek).toEqual([0, 5]);
    expect(cron("0 0 * * MON#1,MON#3,SUN#2")).toMatchObject({
      nthDaysOfWeek: [
        { dayOfWeek: 0, nth: 2 },
        { dayOfWeek: 1, nth: 1 },
        { dayOfWeek: 1, nth: 3 },
      ],
    });
    // Every Friday already holds the second one; every day holds the last.
    expect(cron("0 0 * * 5,5#2,5L")).toMatchObject({ daysOfWeek: [5], nthDaysOfWeek: [], lastDaysOfWeek: [] });
    expect(cron("0 0 1-31,L * *")).toMatchObject({ restrictsDayOfMonth: false, lastDayOfMonth: false });
    expect(cron("0 0 ? * MON")).toMatchObject({ restrictsDayOfMonth: false, daysOfWeek: [1] });
    expect(cron("0 0 15 * ?")).toMatchObject({ restrictsDayOfWeek: false, daysOfMonth: [15] });
    expect(cron("0 0 * * MON-SUN").restrictsDayOfWeek).toBe(false);
  });

  it("reads names, L and W in any case, and spells them in upper case", () => {
    expect(cron("0 0 l * fri#l").text).toBe("0 0 L * FRI#L");
    expect(cron("0 0 15w,l * *").text).toBe("0 0 15W,L * *");
    expect(cron("0 0 lw * *").text).toBe("0 0 LW * *");
    expect(cron("0 0 ? jan-mar Mon-Fri").text).toBe("0 0 * JAN-MAR MON-FRI");
    expect({ ...cron("0 0 * * fri#l"), text: "" }).toEqual({ ...cron("0 0 * * 5L"), text: "" });
  });

  it.each([
    ["@yearly", "0 0 1 1 *"],
    ["@annually", "0 0 1 1 *"],
    ["@monthly", "0 0 1 * *"],
    ["@weekly", "0 0 * * 0"],
    ["@daily", "0 0 * * *"],
    ["@midnight", "0 0 * * *"],
    ["@hourly", "0 * * * *"],
  ])("reads %s as %s and keeps its spelling", (macro, fields) => {
    const schedule = cron(macro.toUpperCase());
    expect(schedule.text).toBe(macro);
    expect({ ...schedule, text: "" }).toEqual({ ...cron(fields), text: "" });
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

describe("nextCronTick with L, W and #", () => {
  it.each([
    // January 31st 2026 is a Saturday, February 1st a Sunday, May 31st a Sunday, August 1st a Saturday.
    ["0 0 L * *", "2026-01-01", ["2026-01-31 00:00", "2026-02-28 00:00", "2026-03-31 00:00", "2026-04-30 00:00"]],
    ["0 0 L 2 *", "2027-03-01", ["2028-02-29 00:00", "2029-02-28 00:00"]],
    ["0 0 LW * *", "2026-01-01", ["2026-01-30 00:00", "2026-02-27 00:00", "2026-03-31 00:00", "2026-04-30 00:00"]],
    ["0 0 LW 5 *", "2026-01-01", ["2026-05-29 00:00"]],
    ["0 0 1W * *", "2026-01-15", ["2026-02-02 00:00", "2026-03-02 00:00", "2026-04-01 00:00"]],
    // Saturday the 1st moves on to Monday the 3rd, never back into July.
    ["0 0 1W 8 *", "2026-01-01", ["2026-08-03 00:00"]],
    ["0 0 15W * *", "2026-01-01", ["2026-01-15 00:00", "2026-02-16 00:00", "2026-03-16 00:00", "2026-04-15 00:00"]],
    ["0 0 15W 8 *", "2026-01-01", ["2026-08-14 00:00"]],
    // Sunday the 31st moves back to Friday the 29th, never into June.
    ["0 0 31W 5 *", "2026-01-01", ["2026-05-29 00:00"]],
    ["0 6 * * 5#2", "2026-01-01", ["2026-01-09 06:00", "2026-02-13 06:00", "2026-03-13 06:00"]],
    ["0 6 * * FRI#2", "2026-01-01", ["2026-01-09 06:00", "2026-02-13 06:00", "2026-03-13 06:00"]],
    ["0 0 * * 5L", "2026-01-01", ["2026-01-30 00:00", "2026-02-27 00:00", "2026-03-27 00:00"]],
    ["0 0 * * 1#5", "2026-01-01", ["2026-03-30 00:00", "2026-06-29 00:00", "2026-08-31 00:00"]],
    // A fifth Monday in February needs a leap year starting February on a Monday: 2044, 2072, then 2112.
    ["0 0 * 2 1#5", "2026-01-01", ["2044-02-29 00:00", "2072-02-29 00:00", "2112-02-29 00:00"]],
    // Both day fields restrict: either fires.
    ["0 0 L * 5#2", "2026-01-01", ["2026-01-09 00:00", "2026-01-31 00:00", "2026-02-13 00:00", "2026-02-28 00:00"]],
  ])("%s from %s", (text, from, expected) => {
    expect(ticks(text, from, expected.length)).toEqual(expected);
  });

  it("gives L, W and # no fixed step, and a weekly step only to one plain weekday", () => {
    for (const text of ["0 0 L * *", "0 0 LW * *", "0 0 15W * *", "0 0 * * 5#2", "0 0 * * 5L", "0 0 * * 1,5#2"]) {
      expect(cronHasRelativeDays(cron(text)), text).toBe(true);
      expect(cronFixedStepMinutes(cron(text)), text).toBeNull();
    }
    expect(cronFixedStepMinutes(cron("0 0 * * 1"))).toBe(7 * 1440);
    expect(cronFixedStepMinutes(cron("0 0 * * 1,5"))).toBeNull();
    expect(cronFixedStepMinutes(cron("0 0 ? * *"))).toBe(1440);
    expect(cronHasRelativeDays(cron("0 0 1 * MON"))).toBe(false);
  });
});

// The same crons read and stepped by croner, tick for tick: it reads the wall clock of a UTC offset of 0 here.
const pad = (n: number) => String(n).padStart(2, "0");
const show = (w: WallTime) => `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;

function cronerJob(schedule: CronSchedule): Cron {
  // Croner ORs the day fields unless day-of-month is written "*"; Strata decides by the days a field names, so a field
  // naming every day ("1-31", "MON-SUN") is "*" to croner.
  let text = schedule.text;
  if (!text.startsWith("@")) {
    const fields = text.split(" ");
    if (!schedule.restrictsDayOfMonth) fields[2] = "*";
    if (!schedule.restrictsDayOfWeek) fields[4] = "*";
    text = fields.join(" ");
  }
  return new Cron(text, { ...CRONER_OPTIONS, utcOffset: 0 });
}

/** Ticks in [from, until), at most `limit`, by Strata and by croner. */
function bothTicks(schedule: CronSchedule, from: string, until: string, limit: number): [string[], string[]] {
  const start = wall(from);
  const end = wallTimeToMinutes(wall(until));
  const strata: string[] = [];
  let current = { ...start, minute: start.minute - 1 };
  for (;;) {
    current = nextCronTick(schedule, current);
    if (wallTimeToMinutes(current) >= end || strata.length >= limit) break;
    strata.push(show(current));
  }
  const croner: string[] = [];
  const iterator = cronerJob(schedule).enumerate(
    new Date(Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute - 1)),
  );
  for (const date of iterator) {
    const tick = {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
    };
    if (wallTimeToMinutes(tick) >= end || croner.length >= limit) break;
    croner.push(show(tick));
  }
  return [strata, croner];
}

/** Every calendar day in [from, until) at 00:00. */
function* days(from: string, until: string): Generator<WallTime> {
  const end = wallTimeToMinutes(wall(until));
  let { year, month, day } = wall(from);
  while (wallTimeToMinutes({ year, month, day, hour: 0, minute: 0 }) < end) {
    yield { year, month, day, hour: 0, minute: 0 };
    day += 1;
    if (day > daysInMonth(year, month)) {
      day = 1;
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
    }
  }
}

// Recent years, and the turn of 2100, which is no leap year.
const WINDOWS = [
  ["2024-01-01", "2031-01-01"],
  ["2096-01-01", "2104-01-01"],
] as const;

describe("nextCronTick against croner", () => {
  it.each([
    "0 * * * *",
    "*/15 * * * *",
    "0 6 * * 1-5",
    "0 0 L * *",
    "0 0 * * 5#2",
    "0 0 LW * *",
    "0 0 15W * *",
    "0 0 1W * *",
    "0 0 31W * *",
    "0 0 * * 5L",
    "30 9 * * MON#1,FRI#L",
    "0 0 L * 5#2",
    "0 12 1,15W * 1#5",
    "0 0 29 2 *",
    "0 0 29W 2 *",
    "15 3 L 2,4 SUN",
    "0 0 1 * MON",
    "0 0 */10 * */2",
    "5/20 9-17/4 * JAN,JUL MON-FRI",
    "0 0 1-31 * MON",
    "0 0 ? * 6L",
    "45 23 L,1 * 0#1,6#5",
    "@weekly",
    "@yearly",
  ])("%s fires at the same minutes", (text) => {
    const schedule = cron(text);
    for (const [from, until] of WINDOWS) {
      const [strata, croner] = bothTicks(schedule, from, until, 3000);
      expect(strata.length, `${text} from ${from}`).toBeGreaterThan(0);
      expect(strata, `${text} from ${from}`).toEqual(croner);
    }
  });

  it("agrees on every day of every combination of day fields at midnight, and on which never fire", () => {
    const daysOfMonth = ["*", "1", "15", "29", "31", "L", "LW", "1W", "15W", "31W", "1,L", "1-10/3", "30,31W"];
    const daysOfWeek = ["*", "MON", "5#2", "5L", "1,5#5", "0#1", "6L,SUN#3"];
    const months = ["*", "2", "FEB,APR"];
    let checked = 0;
    for (const dom of daysOfMonth)
      for (const dow of daysOfWeek)
        for (const month of months) {
          const text = `0 0 ${dom} ${month} ${dow}`;
          const parsed = parseCron(text);
          if (!parsed.ok) {
            // Refused only when croner finds no tick in the 400 years it searches either.
            expect(parsed.message, text).toContain("never fires");
            expect(
              new Cron(text, { ...CRONER_OPTIONS, utcOffset: 0 }).nextRun(new Date(Date.UTC(2000, 0, 1))),
              text,
            ).toBeNull();
            continue;
          }
          for (const [from, until] of [
            ["2024-01-01", "2029-01-01"],
            ["2098-01-01", "2102-01-01"],
          ] as const) {
            const [strata, croner] = bothTicks(parsed.cron, from, until, 5000);
            expect(strata, `${text} from ${from}`).toEqual(croner);
            const fired = new Set(strata);
            const misread = [...days(from, until)].filter(
              (day) => cronMatches(parsed.cron, day) !== fired.has(show(day)),
            );
            expect(misread.map(show), `${text}: cronMatches disagrees with the ticks`).toEqual([]);
          }
          checked++;
        }
    expect(checked).toBeGreaterThan(200);
  });

  it.each([
    "0,30 9-17/4 * JAN,jul MON-FRI",
    "5/20 * * * *",
    "*/7 */5 */10 */3 */2",
    "0 0 1-31/2 * 1-7/2",
    "0 0 L,15W * FRI#L,MON#2,WED",
    "0 0 LW * ?",
    "0 0 ? * MON-SUN",
    "59 23 31 DEC SAT",
  ])("reads %s into the same sets as croner", (text) => {
    const schedule = cron(text);
    const pattern = new CronPattern(schedule.text, undefined, CRONER_OPTIONS);
    const indices = (values: readonly number[], offset = 0) =>
      values.flatMap((value, index) => (value ? [index + offset] : []));
    expect(schedule.minutes).toEqual(indices(pattern.minute));
    expect(schedule.hours).toEqual(indices(pattern.hour));
    expect(schedule.months).toEqual(indices(pattern.month, 1));
    expect(schedule.daysOfMonth).toEqual(indices(pattern.day, 1));
    expect(schedule.nearestWeekdays).toEqual(indices(pattern.nearestWeekdays, 1));
    expect(schedule.lastDayOfMonth).toBe(pattern.lastDayOfMonth);
    expect(schedule.lastWeekdayOfMonth).toBe(pattern.lastWeekday);
    // Croner keeps one bit mask per weekday: 63 for every one, bit n-1 for #n, 32 for the last.
    const masks = pattern.dayOfWeek.slice(0, 7);
    expect(schedule.daysOfWeek).toEqual(indices(masks.map((mask) => (mask === 63 ? 1 : 0))));
    expect(schedule.lastDaysOfWeek).toEqual(indices(masks.map((mask) => (mask !== 63 && mask & 32 ? 1 : 0))));
    expect(schedule.nthDaysOfWeek).toEqual(
      masks.flatMap((mask, dayOfWeek) =>
        mask === 63 ? [] : [1, 2, 3, 4, 5].filter((nth) => mask & (1 << (nth - 1))).map((nth) => ({ dayOfWeek, nth })),
      ),
    );
  });
});
