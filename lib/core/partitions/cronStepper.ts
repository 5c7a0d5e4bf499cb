// Stepping through a parsed cron's ticks in naive wall-clock time: lookup tables per field and a bit set of the days a
// month fires on, fast enough to enumerate 100,000 keys (croner is 50-180x slower; see bench/cron.ts).
import { type CronSchedule, cronHasRelativeDays } from "./cron";
import { dayOfWeek, daysInMonth, type WallTime } from "./wallTime";

/**
 * Lookup tables: for each value v of a field, the smallest allowed value >= v, or -1 (stepping becomes lookups);
 * and the matching days of one month as a bit set (bit d-1 for day d), cached for the month last asked about.
 */
interface CronTables {
  minute: Int8Array;
  hour: Int8Array;
  month: Int8Array;
  /** Bits of the plain days of the month. */
  plainDays: number;
  plainWeekdays: Uint8Array;
  /** Per weekday, bit n-1 set for `d#n`. */
  nthWeekdays: Uint8Array;
  lastWeekdays: Uint8Array;
  maskYear: number;
  maskMonth: number;
  mask: number;
}

const tablesByCron = new WeakMap<CronSchedule, CronTables>();

function nextAllowedTable(values: readonly number[], size: number): Int8Array {
  const table = new Int8Array(size + 1).fill(-1);
  let next = -1;
  for (let v = size; v >= 0; v--) {
    if (values.includes(v)) next = v;
    table[v] = next;
  }
  return table;
}

function membership(values: readonly number[]): Uint8Array {
  const table = new Uint8Array(7);
  for (const v of values) table[v] = 1;
  return table;
}

function tablesOf(cron: CronSchedule): CronTables {
  let tables = tablesByCron.get(cron);
  if (!tables) {
    const nthWeekdays = new Uint8Array(7);
    for (const { dayOfWeek: weekday, nth } of cron.nthDaysOfWeek)
      nthWeekdays[weekday] = (nthWeekdays[weekday] as number) | (1 << (nth - 1));
    tables = {
      minute: nextAllowedTable(cron.minutes, 60),
      hour: nextAllowedTable(cron.hours, 24),
      month: nextAllowedTable(cron.months, 13),
      plainDays: cron.daysOfMonth.reduce((bits, day) => bits | (1 << (day - 1)), 0),
      plainWeekdays: membership(cron.daysOfWeek),
      nthWeekdays,
      lastWeekdays: membership(cron.lastDaysOfWeek),
      maskYear: 0,
      maskMonth: 0,
      mask: 0,
    };
    tablesByCron.set(cron, tables);
  }
  return tables;
}

/** The Monday-to-Friday nearest day `day` (whose weekday is `weekday`), without leaving the month. */
function nearestWeekday(day: number, weekday: number, length: number): number {
  if (weekday === 6) return day === 1 ? 3 : day - 1;
  if (weekday === 0) return day === length ? day - 2 : day + 1;
  return day;
}

/** The days of a month the cron fires on, as bits (bit d-1 for day d). */
function monthMask(cron: CronSchedule, tables: CronTables, year: number, month: number): number {
  if (tables.maskYear === year && tables.maskMonth === month) return tables.mask;
  const length = daysInMonth(year, month);
  const firstWeekday = dayOfWeek(year, month, 1);
  const weekdayOf = (day: number) => (firstWeekday + day - 1) % 7;
  let byMonthDay = tables.plainDays & (0x7fffffff >>> (31 - length));
  if (cron.lastDayOfMonth) byMonthDay |= 1 << (length - 1);
  if (cron.lastWeekdayOfMonth) {
    const lastWeekday = weekdayOf(length);
    byMonthDay |= 1 << (length - (lastWeekday === 0 ? 2 : lastWeekday === 6 ? 1 : 0) - 1);
  }
  for (const day of cron.nearestWeekdays)
    if (day <= length) byMonthDay |= 1 << (nearestWeekday(day, weekdayOf(day), length) - 1);
  let byWeekDay = 0;
  if (cron.restrictsDayOfWeek) {
    for (let day = 1; day <= length; day++) {
      const weekday = weekdayOf(day);
      if (
        tables.plainWeekdays[weekday] === 1 ||
        ((tables.nthWeekdays[weekday] as number) & (1 << (((day - 1) / 7) | 0))) !== 0 ||
        (tables.lastWeekdays[weekday] === 1 && day + 7 > length)
      )
        byWeekDay |= 1 << (day - 1);
    }
  }
  let mask: number;
  if (!cron.restrictsDayOfWeek) mask = byMonthDay;
  else if (!cron.restrictsDayOfMonth) mask = byWeekDay;
  else mask = byMonthDay | byWeekDay;
  tables.maskYear = year;
  tables.maskMonth = month;
  tables.mask = mask;
  return mask;
}

/** Whether the cron fires at this wall-clock minute. */
export function cronMatches(cron: CronSchedule, wall: WallTime): boolean {
  const tables = tablesOf(cron);
  return (
    tables.minute[wall.minute] === wall.minute &&
    tables.hour[wall.hour] === wall.hour &&
    tables.month[wall.month] === wall.month &&
    wall.day >= 1 &&
    wall.day <= daysInMonth(wall.year, wall.month) &&
    ((monthMask(cron, tables, wall.year, wall.month) >>> (wall.day - 1)) & 1) === 1
  );
}

/**
 * A cron that parsed fires within any 400 years: the Gregorian calendar repeats itself every 400 years. The rarest
 * fire every 8 years (Feb 29) or even 40 (a fifth Monday in February: 2072, then 2112); this bounds the search.
 */
const SEARCH_YEARS = 400;

/**
 * The first wall-clock minute strictly after `wall` at which the cron fires. Naive calendar time: time zones and DST
 * are the caller's concern (see timeZone.ts).
 */
export function nextCronTick(cron: CronSchedule, wall: WallTime): WallTime {
  const tables = tablesOf(cron);
  let { year, month, day, hour } = wall;
  let minute = wall.minute + 1;
  const lastYear = year + SEARCH_YEARS;
  for (;;) {
    if (minute > 59) {
      minute = 0;
      hour += 1;
    }
    if (hour > 23) {
      hour = 0;
      day += 1;
    }
    if (day > daysInMonth(year, month)) {
      day = 1;
      month += 1;
    }
    if (month > 12) {
      month = 1;
      year += 1;
    }
    if (year > lastYear)
      throw new Error(`Cron "${cron.text}" does not fire within ${SEARCH_YEARS} years of ${wall.year}.`);

    const allowedMonth = tables.month[month] ?? -1;
    if (allowedMonth !== month) {
      if (allowedMonth < 0) {
        year += 1;
        month = tables.month[1] ?? 1;
      } else {
        month = allowedMonth;
      }
      day = 1;
      hour = 0;
      minute = 0;
      continue;
    }
    // The matching days from `day` on; none left moves to the next month.
    const later = monthMask(cron, tables, year, month) >>> (day - 1);
    if (later === 0) {
      month += 1;
      day = 1;
      hour = 0;
      minute = 0;
      continue;
    }
    const skip = 31 - Math.clz32(later & -later);
    if (skip > 0) {
      day += skip;
      hour = 0;
      minute = 0;
    }
    const allowedHour = tables.hour[hour] ?? -1;
    if (allowedHour < 0) {
      day += 1;
      hour = 0;
      minute = 0;
      continue;
    }
    if (allowedHour !== hour) {
      hour = allowedHour;
      minute = 0;
    }
    const allowedMinute = tables.minute[minute] ?? -1;
    if (allowedMinute < 0) {
      hour += 1;
      minute = 0;
      continue;
    }
    return { year, month, day, hour, minute: allowedMinute };
  }
}

/** Whether every tick is at midnight, so a date names a window. */
export function cronTicksAtMidnight(cron: CronSchedule): boolean {
  return cron.minutes.length === 1 && cron.minutes[0] === 0 && cron.hours.length === 1 && cron.hours[0] === 0;
}

/** Spacing of sorted values that split `period` evenly, e.g. [0, 15, 30, 45] of 60 → 15; else null. */
function evenStep(values: readonly number[], period: number): number | null {
  const step = period / values.length;
  if (!Number.isInteger(step)) return null;
  for (let i = 1; i < values.length; i++) if ((values[i] as number) - (values[i - 1] as number) !== step) return null;
  return step;
}

/**
 * The constant distance between ticks in wall-clock minutes, when the cron has one. Stepping by it is calendar
 * arithmetic: far cheaper than searching the cron, and what makes 100,000 hourly keys fast. Days named by the
 * calendar (L, W, #) have no fixed distance.
 */
export function cronFixedStepMinutes(cron: CronSchedule): number | null {
  if (cron.months.length !== 12 || cron.restrictsDayOfMonth || cronHasRelativeDays(cron)) return null;
  const minuteStep = evenStep(cron.minutes, 60);
  if (minuteStep === null) return null;
  if (cron.hours.length === 24) return cron.restrictsDayOfWeek ? null : minuteStep;
  if (cron.minutes.length !== 1) return null;
  const hourStep = evenStep(cron.hours, 24);
  if (hourStep === null) return null;
  if (!cron.restrictsDayOfWeek) return hourStep * 60;
  return cron.hours.length === 1 && cron.daysOfWeek.length === 1 ? 7 * 1440 : null;
}
