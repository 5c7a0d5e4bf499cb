// Time-window partition mappings: which upstream windows a downstream window reads, and back.
//
// Offsets count downstream windows, as "the day before" means: { startOffset: -1, endOffset: -1 } maps a daily
// partition to the upstream windows overlapping the previous day, whatever the upstream's cadence (24 hourly windows,
// or 23 and 25 when the clocks change). Downstream windows are numbered as in the downstream space (0 = the first)
// and the numbering continues past both ends ("virtual" windows before the start or not yet ended), so an offset can
// reach across the ends: a daily asset reading "the previous week" of a weekly one maps today to last week.

import { type Tick, tickAfter, tickBefore, tickOfKey, withinBounds } from "./timeWindowDefinition";
import type { TimeWindowKeySpace } from "./timeWindowSpace";
import type { IndexRange } from "./types";

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
    let tick = space.tickAt(size);
    while (index <= size + reach) {
      const next = tickAfter(compiled, tick);
      if (next.instant > instant) return index;
      index += 1;
      tick = next;
    }
    return index;
  }
  // Before the first window: virtual window -k starts k ticks before the first.
  for (let back = 1; back <= reach; back++) {
    if ((tickBefore(compiled, first.instant, back)?.instant ?? Number.NEGATIVE_INFINITY) <= instant) return -back;
  }
  return -(reach + 1);
}

/** The start (ms) of the window `steps` windows from `tick` (at position `index` of the space, or -1 outside it). */
function startAfterSteps(space: TimeWindowKeySpace, tick: Tick, index: number, steps: number): number {
  const target = index + steps;
  if (index >= 0 && target >= 0 && target <= space.size) return space.windowStart(target);
  if (steps === 0) return tick.instant;
  if (steps < 0) return tickBefore(space.compiled, tick.instant, -steps)?.instant ?? Number.NEGATIVE_INFINITY;
  let current = tick;
  for (let i = 0; i < steps; i++) current = tickAfter(space.compiled, current);
  return current.instant;
}

/** The tick a key of the space starts at, and its position (-1 when the key is a window of the definition not in the space now). */
function keyTick(space: TimeWindowKeySpace, key: string): { tick: Tick; index: number } | null {
  const index = space.indexOf(key);
  if (index >= 0) return { tick: space.tickAt(index), index };
  const named = tickOfKey(space.compiled, key);
  return named.ok && withinBounds(space.compiled, named.tick) ? { tick: named.tick, index: -1 } : null;
}

/** [start, end) in ms of the downstream windows `key + startOffset` … `key + endOffset`: what the key reads. */
export function downstreamReadSpan(
  downstream: TimeWindowKeySpace,
  key: string,
  startOffset: number,
  endOffset: number,
): [number, number] | null {
  const found = keyTick(downstream, key);
  if (!found) return null;
  const start = startAfterSteps(downstream, found.tick, found.index, startOffset);
  const end = startAfterSteps(downstream, found.tick, found.index, endOffset + 1);
  return Number.isFinite(start) && Number.isFinite(end) && start < end ? [start, end] : null;
}

/** [start, end) in ms of a key's window. */
export function keyWindow(space: TimeWindowKeySpace, key: string): [number, number] | null {
  return downstreamReadSpan(space, key, 0, 0);
}

/**
 * Positions of the downstream windows that read [start, end) of the upstream under the offsets: window j reads the
 * span of windows j + startOffset … j + endOffset, so it reads the upstream window when one of those overlaps it.
 */
export function downstreamWindowsReading(
  downstream: TimeWindowKeySpace,
  start: number,
  end: number,
  startOffset: number,
  endOffset: number,
): IndexRange | null {
  if (downstream.size === 0) return null;
  const reach = mappingReach(startOffset, endOffset);
  const first = windowIndexAt(downstream, start, reach);
  const last = windowIndexAt(downstream, end - 1, reach);
  if (Number.isNaN(first) || Number.isNaN(last)) return null;
  const from = Math.max(first - endOffset, 0);
  const to = Math.min(last - startOffset, downstream.size - 1);
  return from <= to ? [from, to] : null;
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
