// Naive wall-clock times (no zone): calendar arithmetic, and the text forms partition keys and bounds use.

/** A wall-clock minute with no time zone attached, e.g. 2026-03-08 02:30. */
export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** "date" keys look like 2026-01-01; "datetime" keys like 2026-01-01-06:00. */
export type PartitionKeyFormat = "date" | "datetime";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil): integer-only, so it is
 * fast and free of Date's two-digit-year quirks.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of daysFromCivil, written into a WallTime at the given clock time (no spread: this is a hot path). */
function wallTimeFromDays(days: number, hour: number, minute: number): WallTime {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day, hour, minute };
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(year: number, month: number, day: number): number {
  return (((daysFromCivil(year, month, day) + 4) % 7) + 7) % 7;
}

/** Minutes since 1970-01-01 00:00 in naive wall-clock time: a total order on wall times, and cheap to store. */
export function wallTimeToMinutes(wall: WallTime): number {
  return daysFromCivil(wall.year, wall.month, wall.day) * 1440 + wall.hour * 60 + wall.minute;
}

export function minutesToWallTime(minutes: number): WallTime {
  const days = Math.floor(minutes / 1440);
  const rest = minutes - days * 1440;
  return wallTimeFromDays(days, Math.floor(rest / 60), rest % 60);
}

export function compareWallTimes(a: WallTime, b: WallTime): number {
  return wallTimeToMinutes(a) - wallTimeToMinutes(b);
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** The key of a window starting at `wall`: "2026-01-01" or "2026-01-01-06:00". */
export function formatWallTime(wall: WallTime, format: PartitionKeyFormat): string {
  const year = wall.year >= 1000 ? String(wall.year) : String(wall.year).padStart(4, "0");
  const date = `${year}-${pad2(wall.month)}-${pad2(wall.day)}`;
  return format === "date" ? date : `${date}-${pad2(wall.hour)}:${pad2(wall.minute)}`;
}

/** A wall time for people: "2026-01-01 06:00". */
export function describeWallTime(wall: WallTime): string {
  return `${formatWallTime(wall, "date")} ${pad2(wall.hour)}:${pad2(wall.minute)}`;
}

export type WallTimeParse = { ok: true; wall: WallTime } | { ok: false; message: string };

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_KEY = /^(\d{4})-(\d{2})-(\d{2})-(\d{2}):(\d{2})(?:([+-])(\d{2})(\d{2}))?$/;

export type WallTimeKeyParse =
  | {
      ok: true;
      wall: WallTime;
      /** The UTC offset a key for the second occurrence of a repeated wall time carries ("-0800" → -480). */
      offsetMinutes: number | null;
    }
  | { ok: false; message: string };

/** Reads a partition key in exactly its format; the message says what is wrong with it. */
export function parseWallTimeKey(key: string, format: PartitionKeyFormat): WallTimeKeyParse {
  const match = (format === "date" ? DATE_KEY : DATETIME_KEY).exec(key);
  if (!match) {
    const example = format === "date" ? "2026-01-01" : "2026-01-01-06:00";
    return { ok: false, message: `"${key}" is not a ${format === "date" ? "date" : "date-time"} key like ${example}.` };
  }
  const parsed = checkedWallTime(
    key,
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
    Number(match[4] ?? 0),
    Number(match[5] ?? 0),
  );
  if (!parsed.ok) return parsed;
  if (match[6] === undefined) return { ...parsed, offsetMinutes: null };
  const hours = Number(match[7]);
  const minutes = Number(match[8]);
  if (hours > 14 || minutes > 59) return { ok: false, message: `"${key}" has an offset outside -1400 to +1400.` };
  return { ...parsed, offsetMinutes: (match[6] === "-" ? -1 : 1) * (hours * 60 + minutes) };
}

const BOUND_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[-T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Reads a start or end bound as people write it: "2026-01-01", "2026-01-01-06:00", "2026-01-01T06:00" or
 * "2026-01-01 06:00:00". Zone suffixes are refused because the bound is wall-clock time in the definition's zone.
 */
export function parseWallTimeText(text: string): WallTimeParse {
  const trimmed = text.trim();
  const match = BOUND_TEXT.exec(trimmed);
  if (!match) {
    if (/\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(trimmed)) {
      const message = `"${text}" names a zone offset; give wall-clock time such as 2026-01-01 or 2026-01-01-06:00 and set the timezone option instead.`;
      return { ok: false, message };
    }
    return { ok: false, message: `"${text}" is not a date like 2026-01-01 or a date-time like 2026-01-01-06:00.` };
  }
  if (match[6] !== undefined && match[6] !== "00")
    return { ok: false, message: `"${text}" has seconds; partition windows start on whole minutes.` };
  return checkedWallTime(
    text,
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
    Number(match[4] ?? 0),
    Number(match[5] ?? 0),
  );
}

function checkedWallTime(
  text: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): WallTimeParse {
  if (month < 1 || month > 12) return { ok: false, message: `"${text}" is not a real date: months go 01-12.` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days)
    return { ok: false, message: `"${text}" is not a real date: ${monthName(month)} ${year} has ${days} days.` };
  if (hour > 23) return { ok: false, message: `"${text}" is not a real time: hours go 00-23.` };
  if (minute > 59) return { ok: false, message: `"${text}" is not a real time: minutes go 00-59.` };
  return { ok: true, wall: { year, month, day, hour, minute } };
}
