// A time window's keys as runs of evenly spaced wall times, so a million hourly keys travel as a handful of runs and
// the console names any key by arithmetic instead of holding the list. Static and dynamic keys stay a plain list.
import type { TimeWindowKeySpace } from "./timeWindowSpace";
import {
  formatWallTime,
  minutesToWallTime,
  type PartitionKeyFormat,
  parseWallTimeKey,
  wallTimeToMinutes,
} from "./wallTime";

/**
 * `count` keys from `startKey`, each `stepMinutes` of wall time after the one before. A key that names no wall time
 * of its own (the second 01:00 of a night the clocks fall back, "2026-11-01-01:00-0500") is a run of one, step 0.
 */
export interface PartitionKeyRun {
  startKey: string;
  count: number;
  stepMinutes: number;
}

const runsOfSpace = new WeakMap<TimeWindowKeySpace, PartitionKeyRun[]>();

/** The runs of a time-window space; memoised per space, which is itself memoised per definition and window. */
export function timeWindowKeyRuns(space: TimeWindowKeySpace): PartitionKeyRun[] {
  const known = runsOfSpace.get(space);
  if (known) return known;
  const { minutes, repeated } = space.ticks;
  const runs: PartitionKeyRun[] = [];
  let start = 0;
  while (start < space.size) {
    if (repeated.has(start)) {
      runs.push({ startKey: space.keyAt(start), count: 1, stepMinutes: 0 });
      start++;
      continue;
    }
    let end = start + 1;
    const step = end < space.size && !repeated.has(end) ? (minutes[end] as number) - (minutes[start] as number) : 0;
    while (end < space.size && !repeated.has(end) && (minutes[end] as number) - (minutes[end - 1] as number) === step)
      end++;
    runs.push({ startKey: space.keyAt(start), count: end - start, stepMinutes: step });
    start = end;
  }
  runsOfSpace.set(space, runs);
  return runs;
}

/** Keys read by position: a plain list, or runs expanded on demand. */
export interface PartitionKeyList {
  readonly length: number;
  at(index: number): string | undefined;
  /** Position of a key, or -1. */
  indexOf(key: string): number;
  /** The last position of the evenly spaced run holding `index` (itself for a plain list). */
  runEnd(index: number): number;
  /** The first key of each run, for checks that need every distinct shape of key once. */
  runStarts(): readonly string[];
}

export function keyListOfArray(keys: readonly string[]): PartitionKeyList {
  let positions: Map<string, number> | null = null;
  return {
    length: keys.length,
    at: (index) => keys[index],
    indexOf: (key) => {
      if (!positions) {
        positions = new Map();
        for (let i = 0; i < keys.length; i++) positions.set(keys[i] as string, i);
      }
      return positions.get(key) ?? -1;
    },
    runEnd: (index) => index,
    runStarts: () => keys,
  };
}

interface DecodedRun {
  first: number;
  count: number;
  step: number;
  /** Wall-time minutes of the first key; NaN for a literal key (one with an offset). */
  minutes: number;
  startKey: string;
}

const formatOf = (key: string): PartitionKeyFormat => (key.length === 10 ? "date" : "datetime");

export function keyListOfRuns(runs: readonly PartitionKeyRun[]): PartitionKeyList {
  const decoded: DecodedRun[] = [];
  let length = 0;
  for (const run of runs) {
    const parsed = parseWallTimeKey(run.startKey, formatOf(run.startKey));
    const minutes = parsed.ok && parsed.offsetMinutes === null ? wallTimeToMinutes(parsed.wall) : Number.NaN;
    decoded.push({ first: length, count: run.count, step: run.stepMinutes, minutes, startKey: run.startKey });
    length += run.count;
  }
  // Ordered by wall time: runs never overlap in it, and literal keys are looked up by text.
  const timed = decoded.filter((run) => !Number.isNaN(run.minutes));
  const literal = new Map(decoded.filter((run) => Number.isNaN(run.minutes)).map((run) => [run.startKey, run.first]));

  const runAt = (index: number): DecodedRun | undefined => {
    let low = 0;
    let high = decoded.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((decoded[middle] as DecodedRun).first <= index) low = middle;
      else high = middle - 1;
    }
    return decoded[low];
  };

  return {
    length,
    at(index) {
      if (!Number.isInteger(index) || index < 0 || index >= length) return undefined;
      const run = runAt(index) as DecodedRun;
      if (Number.isNaN(run.minutes)) return run.startKey;
      const offset = index - run.first;
      return offset === 0
        ? run.startKey
        : formatWallTime(minutesToWallTime(run.minutes + offset * run.step), formatOf(run.startKey));
    },
    indexOf(key) {
      const found = literal.get(key);
      if (found !== undefined) return found;
      const parsed = parseWallTimeKey(key, formatOf(key));
      if (!parsed.ok || parsed.offsetMinutes !== null) return -1;
      const minutes = wallTimeToMinutes(parsed.wall);
      let low = 0;
      let high = timed.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((timed[middle] as DecodedRun).minutes <= minutes) low = middle;
        else high = middle - 1;
      }
      const run = timed[low];
      if (!run || minutes < run.minutes || formatOf(run.startKey) !== formatOf(key)) return -1;
      const steps = run.step === 0 ? 0 : (minutes - run.minutes) / run.step;
      return Number.isInteger(steps) && steps < run.count && (run.step !== 0 || minutes === run.minutes)
        ? run.first + steps
        : -1;
    },
    runEnd(index) {
      const run = runAt(index);
      return run ? run.first + run.count - 1 : index;
    },
    runStarts: () => decoded.map((run) => run.startKey),
  };
}
