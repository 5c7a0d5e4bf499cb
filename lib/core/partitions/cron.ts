// Five-field cron schedules: parsing with messages that name the field, and stepping through ticks in wall-clock time.
import { dayOfWeek, daysInMonth, monthName, type WallTime } from "./wallTime";

export type { WallTime } from "./wallTime";

/** A parsed cron: the allowed values of each field, sorted. */
export interface CronSchedule {
  readonly text: string;
  readonly minutes: readonly number[];
  readonly hours: readonly number[];
  readonly daysOfMonth: readonly number[];
  readonly months: readonly number[];
  /** 0 = Sunday … 6 = Saturday (7 in the text also means Sunday). */
  readonly daysOfWeek: readonly number[];
  /**
   * Whether day-of-month / day-of-week leave out some days. As in Vixie cron, when both restrict, a day matching
   * either one fires ("0 0 1 * MON" is the 1st and every Monday); when one is "*", only the other decides.
   */
  readonly restrictsDayOfMonth: boolean;
  readonly restrictsDayOfWeek: boolean;
}

export type CronParse = { ok: true; cron: CronSchedule } | { ok: false; message: string };

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  namesHint?: string;
}

const FIELDS: readonly FieldSpec[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day-of-month", min: 1, max: 31 },
  {
    name: "month",
    min: 1,
    max: 12,
    names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
    namesHint: "JAN-DEC",
  },
  // 7 is accepted for Sunday, as most crons do, and folded to 0 after parsing.
  {
    name: "day-of-week",
    min: 0,
    max: 7,
    names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"],
    namesHint: "SUN-SAT",
  },
];

const SHORTHANDS: Record<string, string> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};

class CronSyntaxError extends Error {}

export function parseCron(text: string): CronParse {
  const trimmed = text.trim();
  const expanded = trimmed.startsWith("@") ? SHORTHANDS[trimmed.toLowerCase()] : trimmed;
  if (expanded === undefined) {
    return {
      ok: false,
      message: `Cron "${text}": unknown shorthand; use @hourly, @daily, @weekly, @monthly or @yearly, or five fields.`,
    };
  }
  const parts = expanded.split(/\s+/).filter((part) => part.length > 0);
  if (parts.length !== 5) {
    return {
      ok: false,
      message: `Cron "${text}" has ${parts.length} field${parts.length === 1 ? "" : "s"}; expected 5: minute hour day-of-month month day-of-week.`,
    };
  }
  try {
    const sets = parts.map((part, i) => parseField(part, FIELDS[i] as FieldSpec));
    const [minutes, hours, daysOfMonth, months, rawDaysOfWeek] = sets as [
      number[],
      number[],
      number[],
      number[],
      number[],
    ];
    const daysOfWeek = [...new Set(rawDaysOfWeek.map((d) => d % 7))].sort((a, b) => a - b);
    const cron: CronSchedule = {
      // One spelling per schedule, so equal definitions compare equal.
      text: trimmed.startsWith("@") ? trimmed.toLowerCase() : parts.join(" "),
      minutes,
      hours,
      daysOfMonth,
      months,
      daysOfWeek,
      restrictsDayOfMonth: daysOfMonth.length < 31,
      restrictsDayOfWeek: daysOfWeek.length < 7,
    };
    const never = neverFiresReason(cron);
    if (never) return { ok: false, message: `Cron "${text}" never fires: ${never}` };
    return { ok: true, cron };
  } catch (error) {
    if (error instanceof CronSyntaxError) return { ok: false, message: `Cron "${text}": ${error.message}` };
    throw error;
  }
}

function parseField(text: string, spec: FieldSpec): number[] {
  const values = new Set<number>();
  for (const item of text.split(",")) {
    if (item.length === 0) throw new CronSyntaxError(`${spec.name} "${text}" has an empty list item.`);
    const [rangeText = "", stepText, extra] = item.split("/");
    if (extra !== undefined) throw new CronSyntaxError(`${spec.name} "${item}" has more than one "/".`);
    let step = 1;
    if (stepText !== undefined) {
      step = /^\d+$/.test(stepText) ? Number(stepText) : 0;
      if (step < 1) throw new CronSyntaxError(`${spec.name} step "${stepText}" must be a whole number of 1 or more.`);
    }
    let first: number;
    let last: number;
    if (rangeText === "*" || rangeText === "?") {
      if (rangeText === "?" && spec.name !== "day-of-month" && spec.name !== "day-of-week") {
        throw new CronSyntaxError(`${spec.name} "?" is only allowed in day-of-month and day-of-week.`);
      }
      first = spec.min;
      // "*" in day-of-week covers 0-6; 7 would only repeat Sunday.
      last = spec.name === "day-of-week" ? 6 : spec.max;
    } else {
      const dash = rangeText.indexOf("-");
      if (dash >= 0) {
        first = parseValue(rangeText.slice(0, dash), spec);
        last = parseValue(rangeText.slice(dash + 1), spec);
        if (last < first)
          throw new CronSyntaxError(`${spec.name} range "${rangeText}" runs backwards; write the smaller value first.`);
      } else {
        first = parseValue(rangeText, spec);
        // "5/15" means from 5 to the end in steps of 15; a lone "5" is just 5.
        last = stepText === undefined ? first : spec.max;
      }
    }
    for (let value = first; value <= last; value += step) values.add(value);
  }
  return [...values].sort((a, b) => a - b);
}

function parseValue(text: string, spec: FieldSpec): number {
  if (text.length === 0) throw new CronSyntaxError(`${spec.name} has an empty value.`);
  if (/^\d+$/.test(text)) {
    const value = Number(text);
    if (value < spec.min || value > spec.max)
      throw new CronSyntaxError(`${spec.name} "${text}" is out of range ${spec.min}-${spec.max}.`);
    return value;
  }
  const named = spec.names?.indexOf(text.toUpperCase()) ?? -1;
  if (named >= 0) return spec.name === "month" ? named + 1 : named;
  const hint = spec.namesHint ? ` or a name (${spec.namesHint})` : "";
  throw new CronSyntaxError(`${spec.name} "${text}" is not a number${hint}.`);
}

/** Only a day-of-month list alone can miss every month it names (Feb 30); with day-of-week some day always matches. */
function neverFiresReason(cron: CronSchedule): string | null {
  if (cron.restrictsDayOfWeek || !cron.restrictsDayOfMonth) return null;
  const possible = cron.months.some((month) =>
    cron.daysOfMonth.some((day) => day <= (month === 2 ? 29 : daysInMonth(2001, month))),
  );
  if (possible) return null;
  const days = cron.daysOfMonth.join(", ");
  const months = cron.months.map(monthName).join(", ");
  return `day-of-month ${days} never occurs in ${months}.`;
}

/** For each value v of a field, the smallest allowed value >= v, or -1: turns stepping into table lookups. */
interface CronTables {
  minute: Int8Array;
  hour: Int8Array;
  month: Int8Array;
  dayOfMonth: Uint8Array;
  dayOfWeek: Uint8Array;
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

function membership(values: readonly number[], size: number): Uint8Array {
  const table = new Uint8Array(size);
  for (const v of values) table[v] = 1;
  return table;
}

function tablesOf(cron: CronSchedule): CronTables {
  let tables = tablesByCron.get(cron);
  if (!tables) {
    tables = {
      minute: nextAllowedTable(cron.minutes, 60),
      hour: nextAllowedTable(cron.hours, 24),
      month: nextAllowedTable(cron.months, 13),
      dayOfMonth: membership(cron.daysOfMonth, 32),
      dayOfWeek: membership(cron.daysOfWeek, 7),
    };
    tablesByCron.set(cron, tables);
  }
  return tables;
}

function dayMatches(cron: CronSchedule, tables: CronTables, year: number, month: number, day: number): boolean {
  const byMonthDay = tables.dayOfMonth[day] === 1;
  if (!cron.restrictsDayOfWeek) return byMonthDay;
  const byWeekDay = tables.dayOfWeek[dayOfWeek(year, month, day)] === 1;
  if (!cron.restrictsDayOfMonth) return byWeekDay;
  return byMonthDay || byWeekDay;
}

/** Whether the cron fires at this wall-clock minute. */
export function cronMatches(cron: CronSchedule, wall: WallTime): boolean {
  const tables = tablesOf(cron);
  return (
    tables.minute[wall.minute] === wall.minute &&
    tables.hour[wall.hour] === wall.hour &&
    tables.month[wall.month] === wall.month &&
    dayMatches(cron, tables, wall.year, wall.month, wall.day)
  );
}

/** A cron that parsed fires at least once every 8 years (Feb 29 skips 2100); this bounds the search. */
const SEARCH_YEARS = 30;

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
    if (!dayMatches(cron, tables, year, month, day)) {
      day += 1;
      hour = 0;
      minute = 0;
      continue;
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

/** Whether the cron fires more than once on a day it fires: sub-daily cadences (hourly, every 15 minutes, 01:00 and 13:00). */
export function cronFiresSeveralTimesADay(cron: CronSchedule): boolean {
  return cron.minutes.length * cron.hours.length > 1;
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
 * arithmetic: far cheaper than searching the cron, and what makes 100,000 hourly keys fast.
 */
export function cronFixedStepMinutes(cron: CronSchedule): number | null {
  if (cron.months.length !== 12 || cron.restrictsDayOfMonth) return null;
  const minuteStep = evenStep(cron.minutes, 60);
  if (minuteStep === null) return null;
  if (cron.hours.length === 24) return cron.restrictsDayOfWeek ? null : minuteStep;
  if (cron.minutes.length !== 1) return null;
  const hourStep = evenStep(cron.hours, 24);
  if (hourStep === null) return null;
  if (!cron.restrictsDayOfWeek) return hourStep * 60;
  return cron.hours.length === 1 && cron.daysOfWeek.length === 1 ? 7 * 1440 : null;
}
