// Builders of the common time-window partitions definitions (as snapshots), and the window a key stands for.
import { parseCron } from "./cron";
import { cronTicksAtMidnight } from "./cronStepper";
import {
  compiledTimeWindow,
  compileTimeWindow,
  endOffsetProblem,
  formatTickKey,
  tickAfter,
  tickBefore,
  tickOfKey,
  withinBounds,
} from "./timeWindowDefinition";
import { normalizedTimeZone } from "./timeZone";
import type { PartitionsDefinitionSnapshot, TimeWindowPartitionsSnapshot } from "./types";
import { parseWallTimeText } from "./wallTime";

// The options code locations pass to dailyPartitions() and the like (lib/sdk re-exports them): declared once, here.
export interface TimeWindowBounds {
  /** The first partition's start, wall-clock in `timezone`: "2026-01-01", "2026-01-01-06:00" or "2026-01-01T06:00". */
  start: string;
  /**
   * Whole windows only: the last partition is the last window that ends at or before it (wall-clock); open-ended when
   * left out.
   */
  end?: string | null;
  /**
   * Windows relative to the last complete one: 1 adds the window still open now (the current day of daily
   * partitions), -1 leaves out the latest complete one. Never past `end`. 0 by default.
   */
  endOffset?: number;
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
 * Any cron. start moves to the first window start at or after it (so "2026-01-01" starts hourly windows at
 * 2026-01-01-00:00) and end to the last window start at or before it (weekly windows up to a Wednesday end on the
 * Sunday before): that changes no partition but makes them keys.
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
  const offsetProblem = endOffsetProblem(options.endOffset);
  if (offsetProblem) return { ok: false, message: offsetProblem };

  const draft: TimeWindowPartitionsSnapshot = {
    type: "time_window",
    cron: parsed.cron.text,
    start: options.start.trim(),
    end: endText === null ? null : endText.trim(),
    timezone,
    keyFormat: cronTicksAtMidnight(parsed.cron) ? "date" : "datetime",
    // Left out when 0, so definitions written before it existed compare equal.
    ...(options.endOffset ? { endOffset: options.endOffset } : {}),
  };
  const compiled = compileTimeWindow(draft);
  if (!compiled.ok) return compiled;
  const { firstTick, endInstant } = compiled.compiled;
  if (!firstTick)
    return {
      ok: false,
      message: `No whole window of cron "${draft.cron}" fits between start "${draft.start}" and end "${draft.end ?? ""}".`,
    };
  // A bound on a repeated wall time's second occurrence has no offset-free spelling: it stays as written.
  const alignedStart = firstTick.repeated ? draft.start : formatTickKey(compiled.compiled, firstTick);
  let alignedEnd: string | null = null;
  if (end?.ok && endInstant !== null) {
    const lastEnd = tickBefore(compiled.compiled, endInstant + 1, 1);
    alignedEnd = lastEnd === null || lastEnd.repeated ? draft.end : formatTickKey(compiled.compiled, lastEnd);
  }
  return { ok: true, definition: { ...draft, start: alignedStart, end: alignedEnd } };
}

/**
 * The instants a key's window covers: from its start to the next window's start (a daily window across a DST change
 * lasts 23 or 25 hours). Null when the key is not a window of the definition; whether the window has ended yet does
 * not matter here.
 */
export function timeWindowOf(definition: PartitionsDefinitionSnapshot, key: string): { start: Date; end: Date } | null {
  if (definition.type !== "time_window") return null;
  const compiled = compiledTimeWindow(definition);
  const named = tickOfKey(compiled, key);
  if (!named.ok || !withinBounds(compiled, named.tick)) return null;
  return { start: new Date(named.tick.instant), end: new Date(tickAfter(compiled, named.tick).instant) };
}
