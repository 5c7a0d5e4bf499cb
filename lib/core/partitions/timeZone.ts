// IANA time zones through Intl: wall-clock time ↔ instants, with DST gaps and overlaps made explicit.
import { minutesToWallTime, type WallTime, wallTimeToMinutes } from "./wallTime";

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * What we know of one zone. Intl answers "what is the wall time at this instant" only, and slowly (microseconds
 * a call), so offsets are sampled once per UTC day, in chunks of CHUNK_DAYS days, and cached: a key space of
 * 100,000 hourly partitions then costs about 4,000 Intl calls once per zone, not 400,000. Sampling per day is exact as
 * long as a zone never changes offset twice within one day, which holds for every zone in tzdata since 1970 (the
 * closest pair of changes is a week apart).
 */
interface Zone {
  readonly name: string;
  readonly fixedOffset: number | null;
  readonly formatter: Intl.DateTimeFormat;
  readonly chunks: Map<number, OffsetChunk>;
  /** The chunk asked for last: consecutive lookups (stepping through ticks) mostly land in it. */
  lastChunk: OffsetChunk | null;
}

/** Offsets over CHUNK_DAYS days: `offset` from the chunk start, then each change in `changes`, in order. */
interface OffsetChunk {
  readonly index: number;
  readonly offset: number;
  readonly changes: readonly { at: number; offset: number }[];
}

const CHUNK_DAYS = 64;
const CHUNK = CHUNK_DAYS * DAY;

const zones = new Map<string, Zone>();

function zoneOf(name: string): Zone | null {
  const known = zones.get(name);
  if (known !== undefined) return known;
  let zone: Zone;
  try {
    const formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: name,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    const resolved = formatter.resolvedOptions().timeZone;
    zone = { name, fixedOffset: resolved === "UTC" ? 0 : null, formatter, chunks: new Map(), lastChunk: null };
  } catch {
    // Unknown names are not cached: they come from people typing, and would grow the cache without bound.
    return null;
  }
  zones.set(name, zone);
  return zone;
}

/** The zone, or an Error naming it: for callers that validated the name already (snapshots). */
export function requireZone(name: string): Zone {
  const zone = zoneOf(name);
  if (!zone) throw new Error(`Unknown time zone "${name}".`);
  return zone;
}

export type { Zone };

export function isValidTimeZone(timeZone: string): boolean {
  return timeZone.trim() === timeZone && timeZone.length > 0 && zoneOf(timeZone) !== null;
}

/**
 * The zone's own spelling when only the letter case differs ("america/new_york" → "America/New_York"), else the name
 * as given: Intl also maps aliases (Asia/Kolkata → Asia/Calcutta), which would surprise the person who wrote it.
 */
export function normalizedTimeZone(timeZone: string): string | null {
  const zone = isValidTimeZone(timeZone) ? zoneOf(timeZone) : null;
  if (!zone) return null;
  const resolved = zone.formatter.resolvedOptions().timeZone;
  return resolved.toLowerCase() === timeZone.toLowerCase() ? resolved : timeZone;
}

const FORMATTED = /(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)/;

function intlOffset(zone: Zone, instant: number): number {
  // Whole seconds: Intl drops milliseconds, and historical offsets (LMT) carry seconds.
  const at = Math.floor(instant / 1000) * 1000;
  const match = FORMATTED.exec(zone.formatter.format(at));
  if (!match) throw new Error(`Unexpected date format from Intl for time zone "${zone.name}".`);
  const [, month, day, year, hour, minute, second] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC maps years 0-99 to 1900-1999.
  const fixedWall = year < 100 ? new Date(wall).setUTCFullYear(year) : wall;
  return fixedWall - at;
}

function chunkOf(zone: Zone, index: number): OffsetChunk {
  let chunk = zone.chunks.get(index);
  if (!chunk) {
    const from = index * CHUNK;
    const offset = intlOffset(zone, from);
    const changes: { at: number; offset: number }[] = [];
    let before = offset;
    for (let day = 1; day <= CHUNK_DAYS; day++) {
      const after = intlOffset(zone, from + day * DAY);
      if (after === before) continue;
      // Binary search to the second for the first instant with the new offset.
      let low = from + (day - 1) * DAY;
      let high = from + day * DAY;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (intlOffset(zone, middle) === before) low = middle;
        else high = middle;
      }
      if (high < from + CHUNK) changes.push({ at: high, offset: after });
      before = after;
    }
    chunk = { index, offset, changes };
    zone.chunks.set(index, chunk);
  }
  return chunk;
}

/** Offset (wall − UTC, in ms) in force at `instant`. */
export function zoneOffset(zone: Zone, instant: number): number {
  if (zone.fixedOffset !== null) return zone.fixedOffset;
  const index = Math.floor(instant / CHUNK);
  let chunk = zone.lastChunk;
  if (chunk?.index !== index) {
    chunk = chunkOf(zone, index);
    zone.lastChunk = chunk;
  }
  let offset = chunk.offset;
  for (const change of chunk.changes) {
    if (instant < change.at) break;
    offset = change.offset;
  }
  return offset;
}

/**
 * The first instant in (after, until] at which the zone's offset differs from its offset at `after`, or null when it
 * holds throughout. Offsets never change twice within a week, so spans up to a week need one binary search.
 */
export function firstOffsetChange(zone: Zone, after: number, until: number): number | null {
  if (zone.fixedOffset !== null || until <= after) return null;
  const before = zoneOffset(zone, after);
  const SECOND = 1000;
  const WEEK = 7 * DAY;
  for (let from = after; from < until; from += WEEK) {
    const to = Math.min(from + WEEK, until);
    if (zoneOffset(zone, to) === before) continue;
    // Changes happen on whole seconds: search whole seconds in (from, to].
    let low = Math.floor(from / SECOND); // offset there is `before`
    let high = Math.ceil(to / SECOND); // offset there differs
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (zoneOffset(zone, middle * SECOND) === before) low = middle;
      else high = middle;
    }
    const change = Math.max(high * SECOND, after + 1);
    return change <= until ? change : null;
  }
  return null;
}

/**
 * The instant (ms) of a naive wall-clock time (ms since 1970 as if UTC) in the zone: NaN when the wall time does not
 * exist (the clocks skip it), the earlier instant when it occurs twice (the clocks fall back over it).
 */
export function wallMsToInstant(zone: Zone, wallMs: number): number {
  if (zone.fixedOffset !== null) return wallMs - zone.fixedOffset;
  // Offsets stay within ±1 day, so the offsets a day either side are the only candidates; and as offsets never
  // change twice within two days, equal ones mean the offset holds throughout.
  const earlierOffset = zoneOffset(zone, wallMs - DAY);
  const laterOffset = zoneOffset(zone, wallMs + DAY);
  if (earlierOffset === laterOffset) return wallMs - earlierOffset;
  const earlier = wallMs - earlierOffset;
  const later = wallMs - laterOffset;
  const earlierValid = zoneOffset(zone, earlier) === earlierOffset;
  const laterValid = zoneOffset(zone, later) === laterOffset;
  if (earlierValid && laterValid) return Math.min(earlier, later);
  if (earlierValid) return earlier;
  if (laterValid) return later;
  return Number.NaN;
}

/** Naive wall-clock minutes of an instant in the zone. */
export function instantToWallMinutes(zone: Zone, instant: number): number {
  return Math.floor((instant + zoneOffset(zone, instant)) / MINUTE);
}

/**
 * The instant of a wall-clock time: null in a DST gap, the earlier instant when the wall time occurs twice.
 * Throws for an unknown zone.
 */
export function wallTimeToInstant(wall: WallTime, timeZone: string): Date | null {
  const instant = wallMsToInstant(requireZone(timeZone), wallTimeToMinutes(wall) * MINUTE);
  return Number.isNaN(instant) ? null : new Date(instant);
}

/** The wall-clock minute (seconds dropped) an instant shows in the zone. Throws for an unknown zone. */
export function instantToWallTime(date: Date, timeZone: string): WallTime {
  return minutesToWallTime(instantToWallMinutes(requireZone(timeZone), date.getTime()));
}
