// Time-window partition mappings: which upstream windows overlap a downstream window, widened by whole windows.
//
// Windows are numbered as in the upstream space (0 = the first window), and the numbering continues past both ends
// ("virtual" windows before the start or not yet ended), so that an offset can reach back into the space: a daily
// asset reading "the previous week" of a weekly asset maps today to last week even though this week is not over.

import { nextTick, tickAfterTick, tickAtOrAfter } from "./timeWindowDefinition";
import type { TimeWindowKeySpace } from "./timeWindowSpace";
import { instantToWallMinutes } from "./timeZone";
import type { IndexRange } from "./types";
import { minutesToWallTime } from "./wallTime";

/** How far past the ends of a space to count virtual windows; beyond it, any offset is clipped away anyway. */
export function mappingReach(startOffset: number, endOffset: number): number {
  return Math.max(Math.abs(startOffset), Math.abs(endOffset)) + 1;
}

/** The (virtual) window of the space containing `instant`; counting stops `reach` windows past either end. */
function windowIndexAt(space: TimeWindowKeySpace, instant: number, reach: number): number {
  const compiled = space.compiled;
  const first = compiled.firstTick;
  if (!first) return Number.NaN;
  const size = space.size;
  if (instant >= first.instant) {
    if (instant < space.windowStart(size)) {
      // The last window starting at or before the instant.
      let low = 0;
      let high = size - 1;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (space.windowStart(middle) <= instant) low = middle;
        else high = middle - 1;
      }
      return low;
    }
    let index = size;
    let minutes = space.windowStartMinutes(size);
    while (index <= size + reach) {
      const next = tickAfterTick(compiled, minutes);
      if (next.instant > instant) return index;
      index += 1;
      minutes = next.minutes;
    }
    return index;
  }
  // Before the first window: count the window starts in (instant, first start].
  let count = 0;
  let tick = nextTick(compiled, minutesToWallTime(instantToWallMinutes(compiled.zone, instant)));
  while (tick.instant <= first.instant && count <= reach) {
    if (tick.instant > instant) count += 1;
    tick = nextTick(compiled, tick.wall);
  }
  return -count;
}

/** The start (ms) of virtual window `index`: inside the space from its list, outside by stepping the cron. */
function windowStartOf(space: TimeWindowKeySpace, index: number): number {
  const compiled = space.compiled;
  const first = compiled.firstTick;
  if (!first) return Number.NaN;
  const size = space.size;
  if (index >= 0 && index <= size) return space.windowStart(index);
  if (index > size) {
    let tick = { minutes: space.windowStartMinutes(size), instant: space.windowStart(size) };
    for (let i = size; i < index; i++) tick = tickAfterTick(compiled, tick.minutes);
    return tick.instant;
  }
  // Before the start: collect the ticks in a widening span before the first window until there are enough.
  const wanted = -index;
  for (let spanDays = 2; spanDays <= 366 * 64; spanDays *= 4) {
    const starts: number[] = [];
    let tick = tickAtOrAfter(compiled, first.minutes - spanDays * 1440);
    while (tick.minutes < first.minutes) {
      starts.push(tick.instant);
      tick = nextTick(compiled, tick.wall);
    }
    if (starts.length >= wanted) return starts[starts.length - wanted] as number;
  }
  return Number.NEGATIVE_INFINITY;
}

/** Upstream positions a downstream window [start, end) reads: the overlapping windows widened by the offsets, clipped. */
export function upstreamWindowRange(
  upstream: TimeWindowKeySpace,
  start: number,
  end: number,
  startOffset: number,
  endOffset: number,
): IndexRange | null {
  const reach = mappingReach(startOffset, endOffset);
  const first = windowIndexAt(upstream, start, reach);
  const last = windowIndexAt(upstream, end - 1, reach);
  if (Number.isNaN(first) || Number.isNaN(last)) return null;
  const from = Math.max(first + startOffset, 0);
  const to = Math.min(last + endOffset, upstream.size - 1);
  return from <= to ? [from, to] : null;
}

/**
 * The instants [start, end) of the upstream windows that read upstream position `index` under the offsets: downstream
 * windows overlapping it are the ones whose mapped range contains `index`.
 */
export function upstreamSpanReading(
  upstream: TimeWindowKeySpace,
  index: number,
  startOffset: number,
  endOffset: number,
): [number, number] | null {
  const start = windowStartOf(upstream, index - endOffset);
  const end = windowStartOf(upstream, index - startOffset + 1);
  return Number.isNaN(start) || Number.isNaN(end) || start >= end ? null : [start, end];
}

/** Positions of the windows of `space` overlapping [start, end). */
export function windowsOverlapping(space: TimeWindowKeySpace, start: number, end: number): IndexRange | null {
  const size = space.size;
  if (size === 0) return null;
  // First window ending after start; last window starting before end.
  let low = 0;
  let high = size;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (space.windowStart(middle + 1) > start) high = middle;
    else low = middle + 1;
  }
  const first = low;
  low = -1;
  high = size - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (space.windowStart(middle) < end) low = middle;
    else high = middle - 1;
  }
  const last = low;
  return first <= last && first < size && last >= 0 ? [first, last] : null;
}
