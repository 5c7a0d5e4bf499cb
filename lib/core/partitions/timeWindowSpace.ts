// The key space of a time-window definition: its windows at a moment, generated once and grown as time passes.
import {
  type CompiledTimeWindow,
  compiledTimeWindow,
  definitionCacheKey,
  formatTickKey,
  type Tick,
  tickAfter,
  tickOfKey,
} from "./timeWindowDefinition";
import type { PartitionKeySpace, TimeWindowPartitionsSnapshot } from "./types";

/**
 * Every window start of one definition up to the latest moment asked about. Windows only ever complete in order, so
 * one growing list serves every `now`: the space at an earlier moment is a prefix of it.
 */
class WindowTicks {
  /** Wall-clock minutes of window starts; window i is [instants[i], instants[i + 1]). */
  readonly minutes: number[] = [];
  readonly instants: number[] = [];
  /** Positions of ticks that are the second occurrence of a repeated wall time (fall-back nights): few. */
  readonly repeated = new Set<number>();
  /** True once the next tick would end a window past the definition's end: no tick will ever be added. */
  finished: boolean;
  private positions: Map<number, number> | null = null;
  private repeatedPositions: Map<number, number> | null = null;
  private positionsBuilt = 0;
  private formattedKeys: string[] = [];
  private keyPositions: Map<string, number> | null = null;
  private keyPositionsBuilt = 0;
  /** Keys looked up by parsing them; past a few thousand, every key is formatted once and looked up by text. */
  parsedLookups = 0;

  constructor(readonly compiled: CompiledTimeWindow) {
    const first = compiled.firstTick;
    this.finished = first === null;
    if (first) this.push(first);
  }

  private push(tick: Tick): void {
    if (tick.repeated) this.repeated.add(this.minutes.length);
    this.minutes.push(tick.minutes);
    this.instants.push(tick.instant);
  }

  private lastTick(): Tick {
    const index = this.minutes.length - 1;
    return {
      minutes: this.minutes[index] as number,
      instant: this.instants[index] as number,
      repeated: this.repeated.has(index),
    };
  }

  /** Adds one tick; false when the definition has no more (the next window would end past its end). */
  private grow(): boolean {
    if (this.finished) return false;
    const next = tickAfter(this.compiled, this.lastTick());
    const end = this.compiled.endInstant;
    if (end !== null && next.instant > end) {
      this.finished = true;
      return false;
    }
    this.push(next);
    return true;
  }

  /** Generates ticks until one is after `instant` (or there are no more). */
  growPast(instant: number): void {
    while ((this.instants.at(-1) ?? Number.POSITIVE_INFINITY) <= instant && this.grow()) {}
  }

  /** Generates ticks until window `count - 1` has its end (or there are no more); returns the windows available. */
  growToWindows(count: number): number {
    while (this.minutes.length < count + 1 && this.grow()) {}
    return Math.max(0, this.minutes.length - 1);
  }

  /** How many windows had ended by `now` (after growPast(now)). */
  completeAt(now: number): number {
    // The first n with instants[n + 1] > now, by binary search over instants[1 ..].
    let low = 0;
    let high = Math.max(0, this.instants.length - 1);
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.instants[middle + 1] as number) <= now) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  keyAt(index: number): string {
    return this.formattedKeys[index] ?? this.formatKey(index);
  }

  private formatKey(index: number): string {
    return formatTickKey(this.compiled, {
      minutes: this.minutes[index] as number,
      instant: this.instants[index] as number,
      repeated: this.repeated.has(index),
    });
  }

  keysUpTo(count: number): string[] {
    // Windows of one day share their date: format it once per day, and the clock time from a table.
    let day = Number.NaN;
    let date = "";
    for (let i = this.formattedKeys.length; i < count; i++) {
      if (this.repeated.has(i)) {
        this.formattedKeys.push(this.formatKey(i));
        continue;
      }
      const minutes = this.minutes[i] as number;
      const minuteOfDay = minutes - Math.floor(minutes / 1440) * 1440;
      if (minutes - minuteOfDay !== day) {
        day = minutes - minuteOfDay;
        date = formatTickKey(
          { keyFormat: "date", zone: this.compiled.zone },
          { minutes: day, instant: 0, repeated: false },
        );
      }
      this.formattedKeys.push(this.compiled.keyFormat === "date" ? date : `${date}-${clockText(minuteOfDay)}`);
    }
    return this.formattedKeys.slice(0, count);
  }

  /** Position of a tick among all generated ticks, or -1; the maps are built on first use and extended as ticks are added. */
  positionOf(tick: Tick): number {
    this.positions ??= new Map();
    this.repeatedPositions ??= new Map();
    for (; this.positionsBuilt < this.minutes.length; this.positionsBuilt++) {
      const map = this.repeated.has(this.positionsBuilt) ? this.repeatedPositions : this.positions;
      map.set(this.minutes[this.positionsBuilt] as number, this.positionsBuilt);
    }
    return (tick.repeated ? this.repeatedPositions : this.positions).get(tick.minutes) ?? -1;
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

  /** The number of window starts before an instant (binary search), for keys that are not windows. */
  countBefore(instant: number, limit: number): number {
    let low = 0;
    let high = limit;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.instants[middle] as number) < instant) low = middle + 1;
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
    const named = tickOfKey(this.ticks.compiled, key);
    if (!named.ok) return -1;
    const position = this.ticks.positionOf(named.tick);
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

  /** The tick window i starts at, for 0 <= i <= size. */
  tickAt(index: number): Tick {
    return {
      minutes: this.ticks.minutes[index] as number,
      instant: this.ticks.instants[index] as number,
      repeated: this.ticks.repeated.has(index),
    };
  }

  /** Windows of this space starting before an instant. */
  countBefore(instant: number): number {
    return this.ticks.countBefore(instant, this.size);
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
 * The space at `now`: the windows ended by then (and by the definition's end), moved by its endOffset — a positive one
 * adds the windows still open or to come, a negative one leaves out the latest complete ones. Memoised per definition:
 * a call whose `now` falls in the same window as the previous call returns the same object, so asking per event is
 * cheap.
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
  const ticks = entry.ticks;
  ticks.growPast(at);
  let size = ticks.completeAt(at) + ticks.compiled.endOffset;
  // Past the last complete window only as far as the definition's end allows.
  if (ticks.compiled.endOffset > 0) size = Math.min(size, ticks.growToWindows(size));
  size = Math.max(0, size);
  if (entry.latest?.size !== size) entry.latest = new TimeWindowKeySpace(ticks, size);
  return entry.latest;
}
