// Builders of the common time-window partitions definitions (as snapshots), and the window a key stands for.
import { cronTicksAtMidnight, parseCron } from "./cron";
import {
  compiledTimeWindow,
  compileTimeWindow,
  formatTickKey,
  isWindowStart,
  nextTick,
  tickAtOrAfter,
} from "./timeWindowDefinition";
import { normalizedTimeZone } from "./timeZone";
import type { PartitionsDefinitionSnapshot, TimeWindowPartitionsSnapshot } from "./types";
import { parseWallTimeKey, parseWallTimeText, wallTimeToMinutes } from "./wallTime";

// The options code locations pass to dailyPartitions() and the like (lib/sdk re-exports them): declared once, here.
export interface TimeWindowBounds {
  /** The first partition's start, wall-clock in `timezone`: "2026-01-01", "2026-01-01-06:00" or "2026-01-01T06:00". */
  start: string;
  /** No partition starts at or after it (exclusive, wall-clock); open-ended when left out. */
  end?: string | null;
  /** IANA time zone of the windows, e.g. "America/New_York"; defaults to "UTC". */
  timezone?: string;
}

export interface DailyPartitionsOptions extends TimeWindowBounds {
  /** Days start at this hour (0-23) instead of midnight. */
  hourOffset?: number;
  /** Days start at this minute (0-59) of the hour. */
  minuteOffset?: number;
}

export interface HourlyPartitionsOptions extends TimeWindowBounds {
  /** Hours start at this minute (0-59). */
  minuteOffset?: number;
}

export interface WeeklyPartitionsOptions extends DailyPartitionsOptions {
  /** The weekday weeks start on: 0 = Sunday (default), 1 = Monday, … 6 = Saturday. */
  dayOffset?: number;
}

export interface MonthlyPartitionsOptions extends DailyPartitionsOptions {
  /** The day of the month (1-28) months start on, so that every month has it; 1 by default. */
  dayOffset?: number;
}

export interface CronPartitionsOptions extends TimeWindowBounds {
  /** Five-field cron of the window starts, e.g. "0 6 * * 1-5" for 06:00 on weekdays. */
  cron: string;
}

export type TimeWindowSnapshotResult =
  | { ok: true; definition: TimeWindowPartitionsSnapshot }
  | { ok: false; message: string };

function wholeNumberProblem(name: string, value: number | undefined, min: number, max: number): string | null {
  if (value === undefined) return null;
  if (Number.isInteger(value) && value >= min && value <= max) return null;
  return `${name} must be a whole number from ${min} to ${max}; got ${String(value)}.`;
}

function firstProblem(...problems: (string | null)[]): string | null {
  return problems.find((problem) => problem !== null) ?? null;
}

export function dailyPartitionsSnapshot(options: DailyPartitionsOptions): TimeWindowSnapshotResult {
  const problem = firstProblem(
    wholeNumberProblem("hourOffset", options.hourOffset, 0, 23),
    wholeNumberProblem("minuteOffset", options.minuteOffset, 0, 59),
  );
  if (problem) return { ok: false, message: problem };
  return cronPartitionsSnapshot({ ...options, cron: `${options.minuteOffset ?? 0} ${options.hourOffset ?? 0} * * *` });
}

export function hourlyPartitionsSnapshot(options: HourlyPartitionsOptions): TimeWindowSnapshotResult {
  const problem = wholeNumberProblem("minuteOffset", options.minuteOffset, 0, 59);
  if (problem) return { ok: false, message: problem };
  return cronPartitionsSnapshot({ ...options, cron: `${options.minuteOffset ?? 0} * * * *` });
}

export function weeklyPartitionsSnapshot(options: WeeklyPartitionsOptions): TimeWindowSnapshotResult {
  const problem = firstProblem(
    wholeNumberProblem("dayOffset", options.dayOffset, 0, 6),
    wholeNumberProblem("hourOffset", options.hourOffset, 0, 23),
    wholeNumberProblem("minuteOffset", options.minuteOffset, 0, 59),
  );
  if (problem) return { ok: false, message: problem };
  return cronPartitionsSnapshot({
    ...options,
    cron: `${options.minuteOffset ?? 0} ${options.hourOffset ?? 0} * * ${options.dayOffset ?? 0}`,
  });
}

export function monthlyPartitionsSnapshot(options: MonthlyPartitionsOptions): TimeWindowSnapshotResult {
  const problem = firstProblem(
    wholeNumberProblem("dayOffset", options.dayOffset, 1, 28),
    wholeNumberProblem("hourOffset", options.hourOffset, 0, 23),
    wholeNumberProblem("minuteOffset", options.minuteOffset, 0, 59),
  );
  if (problem) return { ok: false, message: problem };
  return cronPartitionsSnapshot({
    ...options,
    cron: `${options.minuteOffset ?? 0} ${options.hourOffset ?? 0} ${options.dayOffset ?? 1} * *`,
  });
}

/**
 * Any cron. start and end are moved to the first window start at or after them (so "2026-01-01" starts hourly
 * windows at 2026-01-01-00:00), which changes no partition but makes them valid keys.
 */
export function cronPartitionsSnapshot(options: CronPartitionsOptions): TimeWindowSnapshotResult {
  const parsed = parseCron(options.cron);
  if (!parsed.ok) return parsed;
  const timezone = normalizedTimeZone(options.timezone ?? "UTC");
  if (timezone === null) {
    return {
      ok: false,
      message: `Unknown time zone "${options.timezone ?? ""}"; use an IANA name such as "UTC" or "America/New_York".`,
    };
  }
  const start = parseWallTimeText(options.start);
  if (!start.ok) return { ok: false, message: `start ${start.message}` };
  const endText = options.end ?? null;
  const end = endText === null ? null : parseWallTimeText(endText);
  if (end && !end.ok) return { ok: false, message: `end ${end.message}` };

  const draft: TimeWindowPartitionsSnapshot = {
    type: "time_window",
    cron: parsed.cron.text,
    start: options.start.trim(),
    end: endText === null ? null : endText.trim(),
    timezone,
    keyFormat: cronTicksAtMidnight(parsed.cron) ? "date" : "datetime",
  };
  const compiled = compileTimeWindow(draft);
  if (!compiled.ok) return compiled;
  const { firstTick } = compiled.compiled;
  if (!firstTick)
    return {
      ok: false,
      message: `No window of cron "${draft.cron}" starts between start "${draft.start}" and end "${draft.end ?? ""}".`,
    };
  const alignedEnd = end?.ok
    ? formatTickKey(draft, tickAtOrAfter(compiled.compiled, wallTimeToMinutes(end.wall)).minutes)
    : null;
  return { ok: true, definition: { ...draft, start: formatTickKey(draft, firstTick.minutes), end: alignedEnd } };
}

/**
 * The instants a key's window covers: from its wall-clock start to the next window's start (a daily window across
 * a DST change lasts 23 or 25 hours). Null when the key is not a window start of the definition; whether the window
 * has ended yet does not matter here.
 */
export function timeWindowOf(definition: PartitionsDefinitionSnapshot, key: string): { start: Date; end: Date } | null {
  if (definition.type !== "time_window") return null;
  const compiled = compiledTimeWindow(definition);
  const parsed = parseWallTimeKey(key, compiled.keyFormat);
  if (!parsed.ok || !isWindowStart(compiled, parsed.wall)) return null;
  const start = tickAtOrAfter(compiled, wallTimeToMinutes(parsed.wall));
  return { start: new Date(start.instant), end: new Date(nextTick(compiled, parsed.wall).instant) };
}
