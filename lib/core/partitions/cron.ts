// Five-field cron schedules: parsing with messages that name the field, and stepping through ticks in wall-clock time.
//
// Strata's grammar reads the fields (so a mistake is reported against the field and the item that holds it), croner
// (a maintained cron library) must accept the result too, and a cron that can never fire is refused. Stepping stays
// Strata's own: croner steps through Dates, 50-180x slower over 100,000 ticks, and only up to the year 3000
// (`npm run bench -- cron`); cron.test.ts checks the two against each other tick for tick.
import { CronPattern } from "croner";
import { dayOfWeek, daysInMonth, monthName, type WallTime } from "./wallTime";

export type { WallTime } from "./wallTime";

/** `d#n`: the n-th weekday d of the month ("5#2" is the second Friday). */
export interface NthDayOfWeek {
  readonly dayOfWeek: number;
  readonly nth: number;
}

/** A parsed cron: the allowed values of each field, sorted. */
export interface CronSchedule {
  /** The canonical spelling: single spaces, upper case, "?" as "*"; a macro stays a lower-case macro ("@hourly"). */
  readonly text: string;
  readonly minutes: readonly number[];
  readonly hours: readonly number[];
  /** The plain days of the month (numbers, ranges, steps); L and W days are in the fields below. */
  readonly daysOfMonth: readonly number[];
  readonly months: readonly number[];
  /** The plain weekdays, 0 = Sunday … 6 = Saturday (7 in the text also means Sunday); # and L ones are below. */
  readonly daysOfWeek: readonly number[];
  /**
   * Whether day-of-month / day-of-week leave out some days. As in Vixie cron, when both restrict, a day matching
   * either one fires ("0 0 1 * MON" is the 1st and every Monday); when one leaves out no day ("*", "?"), only the other
   * decides.
   */
  readonly restrictsDayOfMonth: boolean;
  readonly restrictsDayOfWeek: boolean;
  /** `L` in day-of-month: the last day of each month. */
  readonly lastDayOfMonth: boolean;
  /** `LW`: the last Monday-to-Friday of each month. */
  readonly lastWeekdayOfMonth: boolean;
  /** `15W`: the Monday-to-Friday nearest the 15th, within the month (a Saturday 1st moves to Monday the 3rd). */
  readonly nearestWeekdays: readonly number[];
  /** `5#2`: the second Friday of the month. */
  readonly nthDaysOfWeek: readonly NthDayOfWeek[];
  /** `5L` (or `5#L`): the last Friday of the month. */
  readonly lastDaysOfWeek: readonly number[];
}

export type CronParse = { ok: true; cron: CronSchedule } | { ok: false; message: string };

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  namesHint?: string;
}

const MINUTE: FieldSpec = { name: "minute", min: 0, max: 59 };
const HOUR: FieldSpec = { name: "hour", min: 0, max: 23 };
const DAY_OF_MONTH: FieldSpec = { name: "day-of-month", min: 1, max: 31 };
const MONTH: FieldSpec = {
  name: "month",
  min: 1,
  max: 12,
  names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
  namesHint: "JAN-DEC",
};
// 7 is accepted for Sunday, as most crons do, and folded to 0 after parsing.
const DAY_OF_WEEK: FieldSpec = {
  name: "day-of-week",
  min: 0,
  max: 7,
  names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"],
  namesHint: "SUN-SAT",
};

const FIELD_LIST = "minute hour day-of-month month day-of-week";

const MACROS: Record<string, string> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};

class CronSyntaxError extends Error {}

/** Parses are memoised: crons are few and parsed again and again (schedules each tick, descriptions each render). */
const parsedByText = new Map<string, CronParse>();
const PARSE_CACHE_SIZE = 512;

export function parseCron(text: string): CronParse {
  const cached = parsedByText.get(text);
  if (cached) return cached;
  const parsed = parseUncached(text);
  if (parsedByText.size >= PARSE_CACHE_SIZE) parsedByText.delete(parsedByText.keys().next().value as string);
  parsedByText.set(text, parsed);
  return parsed;
}

function parseUncached(text: string): CronParse {
  const trimmed = text.trim();
  const isMacro = trimmed.startsWith("@");
  const expanded = isMacro ? MACROS[trimmed.toLowerCase()] : trimmed;
  if (expanded === undefined) {
    return {
      ok: false,
      message: `Cron "${text}": unknown shorthand; use @hourly, @daily, @weekly, @monthly or @yearly, or five fields.`,
    };
  }
  const parts = expanded.split(/\s+/).filter((part) => part.length > 0);
  if (parts.length === 6 || parts.length === 7) {
    return {
      ok: false,
      message: `Cron "${text}" has ${parts.length} fields; Strata's crons have 5 (${FIELD_LIST}), without a seconds or year field.`,
    };
  }
  if (parts.length !== 5) {
    return {
      ok: false,
      message: `Cron "${text}" has ${parts.length} field${parts.length === 1 ? "" : "s"}; expected 5: ${FIELD_LIST}.`,
    };
  }
  const [minuteText, hourText, dayOfMonthText, monthText, dayOfWeekText] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  let cron: CronSchedule;
  try {
    const dom = parseDayOfMonth(dayOfMonthText);
    const dow = parseDayOfWeek(dayOfWeekText);
    cron = {
      // One spelling per schedule, so equal definitions compare equal.
      text: isMacro ? trimmed.toLowerCase() : parts.map((part) => part.toUpperCase().replaceAll("?", "*")).join(" "),
      minutes: parseList(minuteText, MINUTE),
      hours: parseList(hourText, HOUR),
      months: parseList(monthText, MONTH),
      ...dom,
      ...dow,
    };
  } catch (error) {
    if (error instanceof CronSyntaxError) return { ok: false, message: `Cron "${text}": ${error.message}` };
    throw error;
  }
  // The library's word too: whatever it cannot read is refused, though Strata's grammar should have said so first.
  const refused = cronerRefusal(cron.text);
  if (refused) return { ok: false, message: `Cron "${text}": ${refused}` };
  const never = neverFiresReason(cron);
  if (never) return { ok: false, message: `Cron "${text}" never fires: ${never}` };
  return { ok: true, cron };
}

/**
 * How Strata asks croner to read a cron: five fields only, "5/20" as from 5 on in steps of 20, and Vixie's OR of the
 * day fields. (Croner ORs them unless day-of-month is "*"; Strata's rule is by the days named, so "1-31" counts as "*".)
 */
export const CRONER_OPTIONS = { mode: "5-part", sloppyRanges: true, domAndDow: false } as const;

function cronerRefusal(canonicalText: string): string | null {
  try {
    new CronPattern(canonicalText, undefined, CRONER_OPTIONS);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `${message.replace(/^CronPattern: /, "")}.`.replace(/\.\.$/, ".");
  }
}

type DayOfMonthPart = Pick<
  CronSchedule,
  "daysOfMonth" | "restrictsDayOfMonth" | "lastDayOfMonth" | "lastWeekdayOfMonth" | "nearestWeekdays"
>;

function parseDayOfMonth(text: string): DayOfMonthPart {
  const name = DAY_OF_MONTH.name;
  const items = text.split(",");
  if (items.length > 1 && items.some((item) => item.toUpperCase() === "LW"))
    throw new CronSyntaxError(`${name} "${text}": LW (the last weekday of the month) must stand alone.`);
  const plain: string[] = [];
  const nearest = new Set<number>();
  let last = false;
  let lastWeekday = false;
  for (const item of items) {
    const upper = item.toUpperCase();
    if (upper === "L") last = true;
    else if (item.includes("#"))
      throw new CronSyntaxError(`${name} "${item}": # (the n-th weekday) is only allowed in day-of-week, as in 5#2.`);
    else if (upper === "LW") lastWeekday = true;
    else if (/^L-/.test(upper))
      throw new CronSyntaxError(
        `${name} "${item}": offsets from the last day (L-n) are not supported; L alone is the last day of the month.`,
      );
    else if (upper.includes("W")) {
      const match = /^(\d+)W$/.exec(upper);
      if (!match)
        throw new CronSyntaxError(`${name} "${item}": W takes a single day, as in 15W (the weekday nearest the 15th).`);
      nearest.add(parseValue(match[1] as string, DAY_OF_MONTH));
    } else if (upper.includes("L"))
      throw new CronSyntaxError(`${name} "${item}": L stands alone in ${name} (the last day of the month).`);
    else plain.push(item);
  }
  const daysOfMonth = plain.length > 0 ? parseList(plain.join(","), DAY_OF_MONTH, text) : [];
  // A plain list that covers every day makes L and W add nothing.
  const everyDay = daysOfMonth.length === 31;
  return {
    daysOfMonth,
    restrictsDayOfMonth: !everyDay,
    lastDayOfMonth: last && !everyDay,
    lastWeekdayOfMonth: lastWeekday && !everyDay,
    nearestWeekdays: everyDay ? [] : [...nearest].sort((a, b) => a - b),
  };
}

type DayOfWeekPart = Pick<CronSchedule, "daysOfWeek" | "restrictsDayOfWeek" | "nthDaysOfWeek" | "lastDaysOfWeek">;

function parseDayOfWeek(text: string): DayOfWeekPart {
  const name = DAY_OF_WEEK.name;
  if (text.startsWith("+"))
    throw new CronSyntaxError(
      `${name} "${text}": the "+" (AND) modifier is not supported; as in Vixie cron, a day matching either day field fires.`,
    );
  const plain: string[] = [];
  const nth = new Map<string, NthDayOfWeek>();
  const last = new Set<number>();
  for (const item of text.split(",")) {
    if (/^(\d*|L)W$/i.test(item))
      throw new CronSyntaxError(`${name} "${item}": W (nearest weekday) is only allowed in day-of-month.`);
    const hash = /^([^#]*)#(.*)$/.exec(item);
    const lastOf = hash ? null : /^(.*)L$/i.exec(item);
    if (!hash && !lastOf) {
      plain.push(item);
      continue;
    }
    const weekdayText = (hash?.[1] ?? lastOf?.[1]) as string;
    if (weekdayText === "")
      throw new CronSyntaxError(
        `${name} "${item}": ${hash ? "#" : "L"} needs a weekday before it, as in ${hash ? "5#2 (the second Friday)" : "5L (the last Friday)"}.`,
      );
    if (/[-/*?,]/.test(weekdayText))
      throw new CronSyntaxError(`${name} "${item}": # and L take a single weekday, as in 5#2 or FRI#L.`);
    const weekday = parseValue(weekdayText, DAY_OF_WEEK) % 7;
    const nthText = (hash?.[2] ?? "L").toUpperCase();
    if (nthText === "L") last.add(weekday);
    else if (/^[1-5]$/.test(nthText)) {
      const n = Number(nthText);
      nth.set(`${weekday}#${n}`, { dayOfWeek: weekday, nth: n });
    } else
      throw new CronSyntaxError(
        `${name} "${item}": the n in #n must be 1-5 (or L for the last), as in 5#2 (the second Friday).`,
      );
  }
  const daysOfWeek =
    plain.length > 0
      ? [...new Set(parseList(plain.join(","), DAY_OF_WEEK, text).map((d) => d % 7))].sort((a, b) => a - b)
      : [];
  // Every Friday already covers the second and the last one.
  const everyDay = daysOfWeek.length === 7;
  return {
    daysOfWeek,
    restrictsDayOfWeek: !everyDay,
    nthDaysOfWeek: everyDay
      ? []
      : [...nth.values()]
          .filter((entry) => !daysOfWeek.includes(entry.dayOfWeek))
          .sort((a, b) => a.dayOfWeek - b.dayOfWeek || a.nth - b.nth),
    lastDaysOfWeek: everyDay ? [] : [...last].filter((d) => !daysOfWeek.includes(d)).sort((a, b) => a - b),
  };
}

/** A list of values, ranges and steps; `fieldText` is the whole field, for messages. */
function parseList(text: string, spec: FieldSpec, fieldText = text): number[] {
  const values = new Set<number>();
  for (const item of text.split(",")) {
    if (item.length === 0) throw new CronSyntaxError(`${spec.name} "${fieldText}" has an empty list item.`);
    const [rangeText = "", stepText, extra] = item.split("/");
    if (extra !== undefined) throw new CronSyntaxError(`${spec.name} "${item}" has more than one "/".`);
    // "*" in day-of-week covers 0-6; 7 would only repeat Sunday.
    const end = spec === DAY_OF_WEEK ? 6 : spec.max;
    let step = 1;
    if (stepText !== undefined) {
      const span = end - spec.min + 1;
      step = /^\d+$/.test(stepText) ? Number(stepText) : 0;
      if (step < 1 || step > span)
        throw new CronSyntaxError(`${spec.name} step "${stepText}" must be a whole number from 1 to ${span}.`);
    }
    let first: number;
    let last: number;
    if (rangeText === "*" || rangeText === "?") {
      if (rangeText === "?" && spec !== DAY_OF_MONTH && spec !== DAY_OF_WEEK) {
        throw new CronSyntaxError(`${spec.name} "?" is only allowed in day-of-month and day-of-week.`);
      }
      first = spec.min;
      last = end;
    } else {
      const dash = rangeText.indexOf("-");
      if (dash >= 0) {
        first = parseValue(rangeText.slice(0, dash), spec, item);
        const upper = rangeText.slice(dash + 1);
        // "MON-SUN": Sunday ends a range as 7.
        last = spec === DAY_OF_WEEK && upper.toUpperCase() === "SUN" ? 7 : parseValue(upper, spec, item);
        if (last < first)
          throw new CronSyntaxError(`${spec.name} range "${rangeText}" runs backwards; write the smaller value first.`);
      } else {
        first = parseValue(rangeText, spec, item);
        // "5/15" means from 5 to the end in steps of 15; a lone "5" is just 5.
        last = stepText === undefined ? first : end;
      }
    }
    for (let value = first; value <= last; value += step) values.add(value);
  }
  return [...values].sort((a, b) => a - b);
}

function parseValue(text: string, spec: FieldSpec, item = text): number {
  if (text.length === 0) throw new CronSyntaxError(`${spec.name} "${item}" has an empty value.`);
  if (/^\d+$/.test(text)) {
    const value = Number(text);
    if (value < spec.min || value > spec.max)
      throw new CronSyntaxError(`${spec.name} "${text}" is out of range ${spec.min}-${spec.max}.`);
    return value;
  }
  const named = spec.names?.indexOf(text.toUpperCase()) ?? -1;
  if (named >= 0) return spec === MONTH ? named + 1 : named;
  if (/^(\d*(L|W|LW)|[^#]*#.*)$/i.test(text) && spec !== DAY_OF_MONTH && spec !== DAY_OF_WEEK)
    throw new CronSyntaxError(`${spec.name} "${text}": L, W and # are only allowed in the day fields.`);
  const hint = spec.namesHint ? ` or a name (${spec.namesHint})` : "";
  throw new CronSyntaxError(`${spec.name} "${text}" is not a number${hint}.`);
}

/**
 * Only day-of-month can rule out every day it names (Feb 30, 31W in April): L and LW fall in every month, and every
 * day-of-week form (plain, #1-#5, L) falls in some year of every month, since days of day-of-week OR in.
 */
function neverFiresReason(cron: CronSchedule): string | null {
  if (cron.restrictsDayOfWeek || !cron.restrictsDayOfMonth) return null;
  if (cron.lastDayOfMonth || cron.lastWeekdayOfMonth) return null;
  const longest = (month: number) => (month === 2 ? 29 : daysInMonth(2001, month));
  const days = [...cron.daysOfMonth, ...cron.nearestWeekdays];
  if (cron.months.some((month) => days.some((day) => day <= longest(month)))) return null;
  const named = [...cron.daysOfMonth.map(String), ...cron.nearestWeekdays.map((day) => `${day}W`)];
  return `day-of-month ${named.join(", ")} never occurs in ${cron.months.map(monthName).join(", ")}.`;
}

/** Whether the cron names days by the month's calendar (L, LW, W, #, weekday L), which no fixed list describes. */
export function cronHasRelativeDays(cron: CronSchedule): boolean {
  return (
    cron.lastDayOfMonth ||
    cron.lastWeekdayOfMonth ||
    cron.nearestWeekdays.length > 0 ||
    cron.nthDaysOfWeek.length > 0 ||
    cron.lastDaysOfWeek.length > 0
  );
}

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
