// The key space of a time-window definition: its complete windows at a moment, generated once and grown as time passes.
import {
  type CompiledTimeWindow,
  compiledTimeWindow,
  definitionCacheKey,
  formatTickKey,
  tickAfterTick,
} from "./timeWindowDefinition";
import type { PartitionKeySpace, TimeWindowPartitionsSnapshot } from "./types";
import { wallTimeKeyToMinutes } from "./wallTime";

/**
 * Every window start of one definition up to the latest moment asked about. Windows only ever complete in order, so
 * one growing list serves every `now`: the space at an earlier moment is a prefix of it.
 */
class WindowTicks {
  /** Wall-clock minutes of window starts; the last entry is the start of the first window not yet complete. */
  readonly minutes: number[] = [];
  /** instants[i] is the start of window i, so window i is [instants[i], instants[i + 1]). */
  readonly instants: number[] = [];
  /** Windows known complete: minutes[0 .. count - 1]. */
  count = 0;
  /** True once the next window start is at or after the definition's end: no window will ever be added. */
  finished: boolean;
  /** The start of window count + 1, i.e. when window `count` completes; computed when first needed. */
  private upcoming: { minutes: number; instant: number } | null = null;
  private positions: Map<number, number> | null = null;
  private positionsBuilt = 0;
  private formattedKeys: string[] = [];
  private keyPositions: Map<string, number> | null = null;
  private keyPositionsBuilt = 0;
  /** Keys looked up by parsing them; past a few thousand, every key is formatted once and looked up by text. */
  parsedLookups = 0;

  constructor(readonly compiled: CompiledTimeWindow) {
    const first = compiled.firstTick;
    this.finished = first === null;
    if (first) {
      this.minutes.push(first.minutes);
      this.instants.push(first.instant);
    }
  }

  /** When the next window completes (ms); Infinity when no more windows will come. */
  nextCompletion(): number {
    if (this.finished) return Number.POSITIVE_INFINITY;
    this.upcoming ??= tickAfterTick(this.compiled, this.minutes[this.count] as number);
    return this.upcoming.instant;
  }

  /** Adds every window that has ended by `now`. */
  growTo(now: number): void {
    const end = this.compiled.endMinutes;
    while (!this.finished && this.nextCompletion() <= now) {
      const tick = this.upcoming as { minutes: number; instant: number };
      this.upcoming = null;
      this.count += 1;
      this.minutes.push(tick.minutes);
      this.instants.push(tick.instant);
      if (end !== null && tick.minutes >= end) this.finished = true;
    }
  }

  /** How many windows had ended by `now` (at most the windows generated so far). */
  completeAt(now: number): number {
    // The first n with instants[n + 1] > now, by binary search over instants[1 .. count].
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.instants[middle + 1] as number) <= now) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  keyAt(index: number): string {
    return this.formattedKeys[index] ?? formatTickKey(this.compiled, this.minutes[index] as number);
  }

  keysUpTo(count: number): string[] {
    // Windows of one day share their date: format it once per day, and the clock time from a table.
    let day = Number.NaN;
    let date = "";
    for (let i = this.formattedKeys.length; i < count; i++) {
      const minutes = this.minutes[i] as number;
      const minuteOfDay = minutes - Math.floor(minutes / 1440) * 1440;
      if (minutes - minuteOfDay !== day) {
        day = minutes - minuteOfDay;
        date = formatTickKey({ keyFormat: "date" }, day);
      }
      this.formattedKeys.push(this.compiled.keyFormat === "date" ? date : `${date}-${clockText(minuteOfDay)}`);
    }
    return this.formattedKeys.slice(0, count);
  }

  /** Position of a window start among all generated ticks, or -1; the map is built on first use and extended as ticks are added. */
  positionOfMinutes(minutes: number): number {
    this.positions ??= new Map();
    for (; this.positionsBuilt < this.minutes.length; this.positionsBuilt++) {
      this.positions.set(this.minutes[this.positionsBuilt] as number, this.positionsBuilt);
    }
    return this.positions.get(minutes) ?? -1;
  }

  /** Position of a key among the keys formatted so far, or -1 when it is not one of them (it may still be a window). */
  positionOfFormattedKey(key: string): number {
    if (this.formattedKeys.length === 0) return -1;
    this.keyPositions ??= new Map();
    for (; this.keyPositionsBuilt < this.formattedKeys.length; this.keyPositionsBuilt++) {
      this.keyPositions.set(this.formattedKeys[this.keyPositionsBuilt] as string, this.keyPositionsBuilt);
    }
    return this.keyPositions.get(key) ?? -1;
  }

  /** The number of window starts before a wall-clock minute (binary search), for keys that are not windows. */
  countBefore(minutes: number, limit: number): number {
    let low = 0;
    let high = limit;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.minutes[middle] as number) < minutes) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

let clockTexts: string[] | null = null;

/** "06:30" for minute 390 of a day. */
function clockText(minuteOfDay: number): string {
  clockTexts ??= Array.from(
    { length: 1440 },
    (_, m) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`,
  );
  return clockTexts[minuteOfDay] as string;
}

const PARSED_LOOKUPS_BEFORE_FORMATTING = 2_000;

export class TimeWindowKeySpace implements PartitionKeySpace {
  readonly dimensions = null;
  private keyList: readonly string[] | null = null;

  constructor(
    readonly ticks: WindowTicks,
    readonly size: number,
  ) {}

  get definition(): TimeWindowPartitionsSnapshot {
    return this.ticks.compiled.definition;
  }

  get compiled(): CompiledTimeWindow {
    return this.ticks.compiled;
  }

  keyAt(index: number): string {
    if (!Number.isInteger(index) || index < 0 || index >= this.size)
      throw new RangeError(`Partition index ${index} is outside 0-${this.size - 1}.`);
    return this.keyList?.[index] ?? this.ticks.keyAt(index);
  }

  indexOf(key: string): number {
    // A formatted key is found by its text; reading 100,000-partition statuses looks up tens of thousands of keys,
    // and parsing each costs more than formatting every key of the definition once.
    const formatted = this.ticks.positionOfFormattedKey(key);
    if (formatted >= 0) return formatted < this.size ? formatted : -1;
    if (++this.ticks.parsedLookups === PARSED_LOOKUPS_BEFORE_FORMATTING) {
      this.keys();
      return this.indexOf(key);
    }
    const minutes = wallTimeKeyToMinutes(key, this.ticks.compiled.keyFormat);
    if (minutes === null) return -1;
    const position = this.ticks.positionOfMinutes(minutes);
    return position < this.size ? position : -1;
  }

  keys(): readonly string[] {
    this.keyList ??= this.ticks.keysUpTo(this.size);
    return this.keyList;
  }

  /** Window i covers [windowStart(i), windowStart(i + 1)) in ms, for 0 <= i <= size. */
  windowStart(index: number): number {
    return this.ticks.instants[index] as number;
  }

  /** The wall-clock minute window i starts at, for 0 <= i <= size. */
  windowStartMinutes(index: number): number {
    return this.ticks.minutes[index] as number;
  }

  /** Windows of this space starting before a wall-clock minute. */
  countBefore(minutes: number): number {
    return this.ticks.countBefore(minutes, this.size);
  }
}

interface CacheEntry {
  ticks: WindowTicks;
  latest: TimeWindowKeySpace | null;
}

/** Definitions in use at once are few (one per distinct partitioning); the bound only stops unbounded growth. */
const CACHE_SIZE = 128;
const cache = new Map<string, CacheEntry>();

/**
 * The space of windows ended by `now`. Memoised per definition: a call whose `now` falls in the same window as the
 * previous call returns the same object, so asking per event is cheap.
 */
export function timeWindowKeySpace(definition: TimeWindowPartitionsSnapshot, now: Date): TimeWindowKeySpace {
  const key = definitionCacheKey(definition);
  let entry = cache.get(key);
  if (entry) {
    cache.delete(key);
  } else {
    entry = { ticks: new WindowTicks(compiledTimeWindow(definition)), latest: null };
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  }
  cache.set(key, entry);

  const at = now.getTime();
  entry.ticks.growTo(at);
  const size = entry.ticks.completeAt(at);
  if (entry.latest?.size !== size) entry.latest = new TimeWindowKeySpace(entry.ticks, size);
  return entry.latest;
}
