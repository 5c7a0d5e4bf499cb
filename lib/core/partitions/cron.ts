// Five-field cron schedules: parsing with messages that name the field.
//
// Strata's grammar reads the fields (so a mistake is reported against the field and the item that holds it), croner
// (a maintained cron library) must accept the result too, and a cron that can never fire is refused. Stepping through
// ticks is cronStepper.ts.
import { CronPattern } from "croner";
import { daysInMonth, monthName } from "./wallTime";

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
