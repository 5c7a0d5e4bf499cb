// A time-window partitions snapshot checked and prepared once: parsed cron, zone, bounds, and stepping between ticks.
//
// Ticks are instants. A cron's wall times are read in the definition's zone; around DST changes:
// - a wall time the clocks skip (spring forward) starts no window;
// - a wall time the clocks show twice (fall back) starts one window at its first occurrence, except for crons that
//   fire every hour (hourly, every 15 minutes …): they start a window at each occurrence, so every real hour of the
//   night is its own partition. The second occurrence's key carries the UTC offset: "2026-11-01-01:00-0800".
import { type CronSchedule, parseCron } from "./cron";
import { cronFixedStepMinutes, cronMatches, cronTicksAtMidnight, nextCronTick } from "./cronStepper";
import { firstOffsetChange, isValidTimeZone, requireZone, wallMsToInstant, type Zone, zoneOffset } from "./timeZone";
import type { TimeWindowPartitionsSnapshot } from "./types";
import {
  formatWallTime,
  minutesToWallTime,
  type PartitionKeyFormat,
  parseWallTimeKey,
  parseWallTimeText,
  wallTimeToMinutes,
} from "./wallTime";

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

/** One window start. */
export interface Tick {
  /** Wall-clock minute (naive minutes since 1970). */
  readonly minutes: number;
  /** The instant (ms). */
  readonly instant: number;
  /** The second time the clocks show this wall time, on a fall-back night. */
  readonly repeated: boolean;
}

export interface CompiledTimeWindow {
  readonly definition: TimeWindowPartitionsSnapshot;
  readonly cron: CronSchedule;
  readonly zone: Zone;
  readonly keyFormat: PartitionKeyFormat;
  /** Whether the cron fires every hour, so a repeated wall time starts a window at each occurrence. */
  readonly everyHour: boolean;
  /** Windows end at or before this instant (whole windows only); null for open-ended definitions. */
  readonly endInstant: number | null;
  /** Windows past the last complete one (positive) or complete windows left out (negative). */
  readonly endOffset: number;
  /** The first window's start: the first tick at or after start; null when no whole window fits before end. */
  readonly firstTick: Tick | null;
  /** Minutes between consecutive ticks when that never varies (hourly, daily, weekly, every 15 minutes); else null. */
  readonly stepMinutes: number | null;
}

export type CompileResult = { ok: true; compiled: CompiledTimeWindow } | { ok: false; message: string };

/** A definition may reach this many windows past its last complete one, or leave that many out. */
export const MAX_END_OFFSET = 10_000;

export function endOffsetProblem(endOffset: unknown): string | null {
  if (endOffset === undefined) return null;
  if (typeof endOffset === "number" && Number.isInteger(endOffset) && Math.abs(endOffset) <= MAX_END_OFFSET)
    return null;
  return `endOffset must be a whole number from -${MAX_END_OFFSET} to ${MAX_END_OFFSET}; got ${String(endOffset)}.`;
}

export function compileTimeWindow(definition: TimeWindowPartitionsSnapshot): CompileResult {
  const parsed = parseCron(definition.cron);
  if (!parsed.ok) return parsed;
  if (!isValidTimeZone(definition.timezone)) {
    return {
      ok: false,
      message: `Unknown time zone "${definition.timezone}"; use an IANA name such as "UTC" or "America/New_York".`,
    };
  }
  if (definition.keyFormat !== "date" && definition.keyFormat !== "datetime") {
    return {
      ok: false,
      message: `Unknown key format "${String(definition.keyFormat)}"; expected "date" or "datetime".`,
    };
  }
  if (definition.keyFormat === "date" && !cronTicksAtMidnight(parsed.cron)) {
    return {
      ok: false,
      message: `Cron "${definition.cron}" fires at times other than 00:00, so its keys need the "datetime" format.`,
    };
  }
  const offsetProblem = endOffsetProblem(definition.endOffset);
  if (offsetProblem) return { ok: false, message: offsetProblem };
  const start = parseWallTimeText(definition.start);
  if (!start.ok) return { ok: false, message: `start ${start.message}` };
  const zone = requireZone(definition.timezone);
  let endInstant: number | null = null;
  if (definition.end !== null && definition.end !== undefined) {
    const end = parseWallTimeText(definition.end);
    if (!end.ok) return { ok: false, message: `end ${end.message}` };
    endInstant = wallBoundInstant(zone, wallTimeToMinutes(end.wall));
  }
  const stepper: Stepper = {
    cron: parsed.cron,
    zone,
    everyHour: parsed.cron.hours.length === 24,
    stepMinutes: cronFixedStepMinutes(parsed.cron),
  };
  const first = tickAtOrAfterInstant(stepper, wallBoundInstant(zone, wallTimeToMinutes(start.wall)));
  const fits = endInstant === null || tickAfter(stepper, first).instant <= endInstant;
  return {
    ok: true,
    compiled: {
      ...stepper,
      definition,
      keyFormat: definition.keyFormat,
      endInstant,
      endOffset: definition.endOffset ?? 0,
      firstTick: fits ? first : null,
    },
  };
}

/**
 * The instant a wall-clock bound stands for: its first occurrence, or when the clocks skip it, the moment they resume.
 */
export function wallBoundInstant(zone: Zone, minutes: number): number {
  for (let wall = minutes; wall <= minutes + 1440; wall++) {
    const instant = wallMsToInstant(zone, wall * MINUTE);
    if (!Number.isNaN(instant)) return instant;
  }
  throw new Error(`No wall time within a day of minute ${minutes} exists in ${zone.name}.`);
}

const compiledByKey = new Map<string, CompiledTimeWindow>();
const COMPILED_CACHE_SIZE = 256;

export function definitionCacheKey(definition: TimeWindowPartitionsSnapshot): string {
  return [
    definition.cron,
    definition.start,
    definition.end ?? "",
    definition.timezone,
    definition.keyFormat,
    definition.endOffset ?? 0,
  ].join("\u0000");
}

/** The compiled definition, cached; throws when the snapshot is invalid (snapshots are checked when written). */
export function compiledTimeWindow(definition: TimeWindowPartitionsSnapshot): CompiledTimeWindow {
  const key = definitionCacheKey(definition);
  const cached = compiledByKey.get(key);
  if (cached) return cached;
  const result = compileTimeWindow(definition);
  if (!result.ok) throw new Error(`Invalid time-window partitions definition: ${result.message}`);
  if (compiledByKey.size >= COMPILED_CACHE_SIZE) compiledByKey.delete(compiledByKey.keys().next().value as string);
  compiledByKey.set(key, result.compiled);
  return result.compiled;
}

type Stepper = Pick<CompiledTimeWindow, "cron" | "zone" | "everyHour" | "stepMinutes">;

/** Whether the clocks showed this wall time before `instant`: the instant is its second occurrence. */
function isRepeated(zone: Zone, minutes: number, instant: number): boolean {
  return wallMsToInstant(zone, minutes * MINUTE) < instant;
}

/**
 * For crons that fire every hour: the first instant after `from` (or at it, when inclusive) at which the clocks show
 * one of the cron's wall times. Walks the clock as it runs, so a repeated hour is passed twice and a skipped one never.
 */
function everyHourTickFrom(stepper: Stepper, from: number, inclusive: boolean): Tick {
  const { zone, cron } = stepper;
  let at = from;
  let including = inclusive;
  for (;;) {
    const offset = zoneOffset(zone, at);
    const wallMs = at + offset;
    let base = Math.floor(wallMs / MINUTE);
    if (including && base * MINUTE === wallMs) base -= 1;
    const minutes = wallTimeToMinutes(nextCronTick(cron, minutesToWallTime(base)));
    const instant = minutes * MINUTE - offset;
    // When the clocks change first, carry on from the change, counting the wall time they change to.
    const change = firstOffsetChange(zone, at, instant);
    if (change === null) return { minutes, instant, repeated: isRepeated(zone, minutes, instant) };
    at = change;
    including = true;
  }
}

/** Other crons: wall times in order, each at its first occurrence; wall times the clocks skip have no tick. */
function nextFirstOccurrence(stepper: Stepper, minutes: number): Tick {
  let wall = minutesToWallTime(minutes);
  for (;;) {
    wall = nextCronTick(stepper.cron, wall);
    const next = wallTimeToMinutes(wall);
    const instant = wallMsToInstant(stepper.zone, next * MINUTE);
    if (!Number.isNaN(instant)) return { minutes: next, instant, repeated: false };
  }
}

/** The tick after a tick: by fixed steps of wall time when the cron has them (the hot path of large key spaces). */
export function tickAfter(stepper: Stepper, tick: Tick): Tick {
  const step = stepper.stepMinutes;
  if (stepper.everyHour) {
    if (step !== null) {
      const offset = zoneOffset(stepper.zone, tick.instant);
      const minutes = tick.minutes + step;
      const instant = minutes * MINUTE - offset;
      // Offsets never change twice within a week: the same offset at both ends means none in between.
      if (zoneOffset(stepper.zone, instant) === offset) {
        return { minutes, instant, repeated: tick.repeated && isRepeated(stepper.zone, minutes, instant) };
      }
    }
    return everyHourTickFrom(stepper, tick.instant, false);
  }
  if (step === null) return nextFirstOccurrence(stepper, tick.minutes);
  let minutes = tick.minutes;
  for (;;) {
    minutes += step;
    const instant = wallMsToInstant(stepper.zone, minutes * MINUTE);
    if (!Number.isNaN(instant)) return { minutes, instant, repeated: false };
  }
}

/** The first tick at or after an instant, ignoring the definition's bounds. */
export function tickAtOrAfterInstant(stepper: Stepper, instant: number): Tick {
  if (stepper.everyHour) return everyHourTickFrom(stepper, instant, true);
  const wallMinutes = Math.floor((instant + zoneOffset(stepper.zone, instant)) / MINUTE);
  let tick = nextFirstOccurrence(stepper, wallMinutes - 1);
  // In a repeated hour the wall time reached again already had its (first-occurrence) tick.
  while (tick.instant < instant) tick = tickAfter(stepper, tick);
  return tick;
}

/** The `count`-th tick before an instant (1 = the last one before it), ignoring bounds; null when none is near. */
export function tickBefore(stepper: Stepper, instant: number, count: number): Tick | null {
  for (let spanDays = Math.max(2, Math.ceil(count / 12)); spanDays <= 366 * 64; spanDays *= 4) {
    const ticks: Tick[] = [];
    let tick = tickAtOrAfterInstant(stepper, instant - spanDays * DAY);
    while (tick.instant < instant) {
      ticks.push(tick);
      tick = tickAfter(stepper, tick);
    }
    if (ticks.length >= count) return ticks[ticks.length - count] as Tick;
  }
  return null;
}

/** "-0800" for UTC−8, "+1030" for UTC+10:30: the suffix of a repeated wall time's key. */
function offsetSuffix(offsetMs: number): string {
  const minutes = Math.round(offsetMs / MINUTE);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}

/** The key of a window: its wall-clock start, and for a repeated wall time the UTC offset of that occurrence. */
export function formatTickKey(compiled: Pick<CompiledTimeWindow, "keyFormat" | "zone">, tick: Tick): string {
  const key = formatWallTime(minutesToWallTime(tick.minutes), compiled.keyFormat);
  return tick.repeated ? `${key}${offsetSuffix(zoneOffset(compiled.zone, tick.instant))}` : key;
}

export type KeyTick = { ok: true; tick: Tick } | { ok: false; message: string };

/**
 * The tick a key names, ignoring the definition's bounds and the clock: the key must be a cron wall time that exists
 * in the zone, with an offset suffix exactly when it names the second occurrence of a repeated wall time.
 */
export function tickOfKey(compiled: CompiledTimeWindow, key: string): KeyTick {
  const parsed = parseWallTimeKey(key, compiled.keyFormat);
  if (!parsed.ok) return parsed;
  const { wall, offsetMinutes } = parsed;
  const minutes = wallTimeToMinutes(wall);
  if (!cronMatches(compiled.cron, wall))
    return { ok: false, message: `"${key}" is not the start of a window of cron "${compiled.cron.text}".` };
  const first = wallMsToInstant(compiled.zone, minutes * MINUTE);
  if (Number.isNaN(first))
    return {
      ok: false,
      message: `"${key}" does not exist in ${compiled.definition.timezone}: the clocks skip that time when daylight saving starts.`,
    };
  if (offsetMinutes === null) return { ok: true, tick: { minutes, instant: first, repeated: false } };
  const instant = minutes * MINUTE - offsetMinutes * MINUTE;
  const repeated = instant > first && zoneOffset(compiled.zone, instant) === offsetMinutes * MINUTE;
  if (!repeated || !compiled.everyHour) {
    const plain = formatWallTime(wall, compiled.keyFormat);
    return {
      ok: false,
      message: `"${key}": a UTC offset only marks the second ${plain.slice(-5)} of a night the clocks fall back${compiled.everyHour ? "" : " in partitions that start every hour"}; write "${plain}".`,
    };
  }
  return { ok: true, tick: { minutes, instant, repeated: true } };
}

/** Whether a tick starts a window within the definition's bounds (whether that window has ended does not matter). */
export function withinBounds(compiled: CompiledTimeWindow, tick: Tick): boolean {
  const first = compiled.firstTick;
  if (!first || tick.instant < first.instant) return false;
  return compiled.endInstant === null || tickAfter(compiled, tick).instant <= compiled.endInstant;
}

/**
 * Where any key in the definition's format falls in time, whether or not it names a window (a stored key of an
 * earlier definition): its offset when it carries one, else its wall time's first occurrence. Null when it does not
 * parse.
 */
export function keyInstant(compiled: CompiledTimeWindow, key: string): number | null {
  const parsed = parseWallTimeKey(key, compiled.keyFormat);
  if (!parsed.ok) return null;
  const minutes = wallTimeToMinutes(parsed.wall);
  if (parsed.offsetMinutes !== null) return (minutes - parsed.offsetMinutes) * MINUTE;
  return wallBoundInstant(compiled.zone, minutes);
}
