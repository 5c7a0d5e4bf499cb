// When a schedule ticks: the instants of its cron in its time zone, DST-correct, after a moment or within a window.
//
// Cron times are wall-clock times in the schedule's zone, so "0 6 * * *" in Europe/Berlin stays at 06:00 local all
// year (05:00 UTC in winter, 04:00 UTC in summer). Around DST changes:
// - a wall time the clocks repeat (01:30 on a fall-back night) fires once, at its first occurrence: the moment that
//   wall time is first reached, which is also where a time-partition window of the same cron ends
//   (lib/core/partitions/timeWindowDefinition.ts). Dagster fires at the second occurrence; we chose the first so a
//   schedule and its partitions agree;
// - a wall time the clocks skip (02:30 on a spring-forward night) fires once, when the clocks resume (03:00 local),
//   so a daily schedule never loses its day; two skipped times of one night fire once;
// - crons that fire every hour (hour field "*") fire at each real hour instead: at both occurrences of a repeated
//   time (each is its own hourly partition) and not at all for skipped times (the next hour's tick is an hour after
//   the last one).
// A tick never launches a partition the schedule's previous tick launched (lib/orchestration/automation/schedules.ts),
// so no clock change makes one partition run twice.
import { type CronSchedule, parseCron } from "../partitions/cron";
import { nextCronTick } from "../partitions/cronStepper";
import { instantToWallMinutes, requireZone, wallMsToInstant, type Zone, zoneOffset } from "../partitions/timeZone";
import { minutesToWallTime, wallTimeToMinutes } from "../partitions/wallTime";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A tick computed from a later wall time can come before one computed from an earlier wall time only inside a
 * repeated hour; offsets never change by more than a day, so holding ticks back this long puts them in order.
 */
const REORDER_MARGIN = DAY + HOUR;

/** What the tick math needs of a schedule. */
export interface ScheduleTiming {
  /** Five-field cron or a shorthand such as @daily. */
  cron: string;
  /** IANA time zone the cron is read in. */
  timezone: string;
}

/** The parsed cron; throws for one that does not parse (snapshots are checked when they load, so this is a bug). */
export function scheduleCron(timing: ScheduleTiming): CronSchedule {
  const parsed = parseCron(timing.cron);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.cron;
}

/** The instants one cron wall time fires at (none, one, or two in a repeated hour), by the rules above. */
function instantsOfWallTime(zone: Zone, wallMinutes: number, everyHour: boolean): number[] {
  const wallMs = wallMinutes * MINUTE;
  const first = wallMsToInstant(zone, wallMs);
  if (Number.isNaN(first)) {
    if (everyHour) return [];
    // Skipped by the clocks: fire at the first wall minute after it that exists, i.e. when the clocks resume.
    for (let minutes = wallMinutes + 1; minutes <= wallMinutes + 1440; minutes++) {
      const resumed = wallMsToInstant(zone, minutes * MINUTE);
      if (!Number.isNaN(resumed)) return [resumed];
    }
    return [];
  }
  if (!everyHour) return [first];
  const laterOffset = zoneOffset(zone, wallMs + DAY);
  const second = wallMs - laterOffset;
  return second > first && zoneOffset(zone, second) === laterOffset ? [first, second] : [first];
}

function insertSorted(list: number[], value: number): void {
  let index = list.length;
  while (index > 0 && (list[index - 1] as number) > value) index--;
  if (list[index - 1] !== value) list.splice(index, 0, value);
}

/** Every tick strictly after `after`, in order, without end: take what you need. */
export function* ticksAfter(timing: ScheduleTiming, after: Date): Generator<Date, never> {
  const cron = scheduleCron(timing);
  const zone = requireZone(timing.timezone);
  const everyHour = cron.hours.length === 24;
  const afterMs = after.getTime();
  // A day early: a wall time before `after`'s own can still fire after it (when the clocks resume, or in a repeat).
  let wall = minutesToWallTime(instantToWallMinutes(zone, afterMs - DAY));
  const pending: number[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (;;) {
    wall = nextCronTick(cron, wall);
    const instants = instantsOfWallTime(zone, wallTimeToMinutes(wall), everyHour);
    for (const instant of instants) if (instant > afterMs && instant > last) insertSorted(pending, instant);
    const settled = instants[0];
    if (settled === undefined) continue;
    while (pending.length > 0 && (pending[0] as number) <= settled - REORDER_MARGIN) {
      last = pending.shift() as number;
      yield new Date(last);
    }
  }
}

/** The ticks in (after, until], oldest first, at most `limit` of them. */
export function ticksBetween(
  timing: ScheduleTiming,
  after: Date,
  until: Date,
  limit = Number.POSITIVE_INFINITY,
): Date[] {
  const ticks: Date[] = [];
  if (limit <= 0 || until <= after) return ticks;
  for (const tick of ticksAfter(timing, after)) {
    if (tick > until) break;
    ticks.push(tick);
    if (ticks.length >= limit) break;
  }
  return ticks;
}

/** The next `count` ticks strictly after `after`. */
export function nextTicks(timing: ScheduleTiming, after: Date, count: number): Date[] {
  const ticks: Date[] = [];
  if (count <= 0) return ticks;
  for (const tick of ticksAfter(timing, after)) {
    ticks.push(tick);
    if (ticks.length >= count) break;
  }
  return ticks;
}
