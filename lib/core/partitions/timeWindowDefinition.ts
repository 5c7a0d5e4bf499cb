// A time-window partitions snapshot checked and prepared once: parsed cron, zone, bounds, and stepping between ticks.
import {
  type CronSchedule,
  cronFixedStepMinutes,
  cronMatches,
  cronTicksAtMidnight,
  nextCronTick,
  parseCron,
} from "./cron";
import { isValidTimeZone, requireZone, wallMsToInstant, type Zone } from "./timeZone";
import type { TimeWindowPartitionsSnapshot } from "./types";
import {
  formatWallTime,
  minutesToWallTime,
  type PartitionKeyFormat,
  parseWallTimeText,
  type WallTime,
  wallTimeToMinutes,
} from "./wallTime";

const MINUTE = 60_000;

/** One window start: its wall-clock minute (naive minutes since 1970) and its instant (ms). */
export interface Tick {
  wall: WallTime;
  minutes: number;
  instant: number;
}

export interface CompiledTimeWindow {
  readonly definition: TimeWindowPartitionsSnapshot;
  readonly cron: CronSchedule;
  readonly zone: Zone;
  readonly keyFormat: PartitionKeyFormat;
  readonly startMinutes: number;
  /** Exclusive: no window starts at or after it. */
  readonly endMinutes: number | null;
  /** The first window's start: the first tick at or after start that exists in the zone; null when none is before end. */
  readonly firstTick: Tick | null;
  /** Minutes between consecutive ticks when that never varies (hourly, daily, weekly, every 15 minutes); else null. */
  readonly stepMinutes: number | null;
}

export type CompileResult = { ok: true; compiled: CompiledTimeWindow } | { ok: false; message: string };

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
  const start = parseWallTimeText(definition.start);
  if (!start.ok) return { ok: false, message: `start ${start.message}` };
  let endMinutes: number | null = null;
  if (definition.end !== null && definition.end !== undefined) {
    const end = parseWallTimeText(definition.end);
    if (!end.ok) return { ok: false, message: `end ${end.message}` };
    endMinutes = wallTimeToMinutes(end.wall);
  }
  const zone = requireZone(definition.timezone);
  const startMinutes = wallTimeToMinutes(start.wall);
  const stepper = { cron: parsed.cron, zone };
  const first = tickAtOrAfter(stepper, startMinutes);
  const firstTick = endMinutes !== null && first.minutes >= endMinutes ? null : first;
  const stepMinutes = cronFixedStepMinutes(parsed.cron);
  return {
    ok: true,
    compiled: {
      definition,
      cron: parsed.cron,
      zone,
      keyFormat: definition.keyFormat,
      startMinutes,
      endMinutes,
      firstTick,
      stepMinutes,
    },
  };
}

const compiledByKey = new Map<string, CompiledTimeWindow>();
const COMPILED_CACHE_SIZE = 256;

export function definitionCacheKey(definition: TimeWindowPartitionsSnapshot): string {
  return [definition.cron, definition.start, definition.end ?? "", definition.timezone, definition.keyFormat].join(
    "\u0000",
  );
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

type Stepper = Pick<CompiledTimeWindow, "cron" | "zone">;

/** The next existing tick after a tick, by wall-clock minutes: by fixed steps when the cron has them. */
export function tickAfterTick(compiled: CompiledTimeWindow, tickMinutes: number): { minutes: number; instant: number } {
  const step = compiled.stepMinutes;
  if (step === null) return nextTick(compiled, minutesToWallTime(tickMinutes));
  let minutes = tickMinutes;
  for (;;) {
    minutes += step;
    const instant = wallMsToInstant(compiled.zone, minutes * MINUTE);
    if (!Number.isNaN(instant)) return { minutes, instant };
  }
}

/** The next tick strictly after `wall` that exists in the zone: ticks inside a DST gap have no window. */
export function nextTick(compiled: Stepper, wall: WallTime): Tick {
  let current = wall;
  for (;;) {
    current = nextCronTick(compiled.cron, current);
    const minutes = wallTimeToMinutes(current);
    const instant = wallMsToInstant(compiled.zone, minutes * MINUTE);
    if (!Number.isNaN(instant)) return { wall: current, minutes, instant };
  }
}

/** The first existing tick at or after a wall-clock minute, ignoring the definition's bounds. */
export function tickAtOrAfter(compiled: Stepper, minutes: number): Tick {
  return nextTick(compiled, minutesToWallTime(minutes - 1));
}

/** Whether a wall-clock minute starts a window of the definition (ignoring the clock): a tick, existing, within bounds. */
export function isWindowStart(compiled: CompiledTimeWindow, wall: WallTime): boolean {
  const minutes = wallTimeToMinutes(wall);
  if (minutes < compiled.startMinutes) return false;
  if (compiled.endMinutes !== null && minutes >= compiled.endMinutes) return false;
  if (!cronMatches(compiled.cron, wall)) return false;
  return !Number.isNaN(wallMsToInstant(compiled.zone, minutes * MINUTE));
}

export function formatTickKey(compiled: Pick<CompiledTimeWindow, "keyFormat">, minutes: number): string {
  return formatWallTime(minutesToWallTime(minutes), compiled.keyFormat);
}
