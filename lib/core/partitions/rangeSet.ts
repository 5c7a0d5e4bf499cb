// Sets of partition positions as inclusive ranges, always normalised (sorted, disjoint, never adjacent), so 100,000
// partitions in a handful of states cost a handful of ranges; and their key-range form, which survives new keys.
import { keyInstant } from "./timeWindowDefinition";
import { TimeWindowKeySpace } from "./timeWindowSpace";
import { type IndexRange, type KeyRange, MULTI_PARTITION_KEY_SEPARATOR, type PartitionKeySpace } from "./types";

/** Sorts and merges any list of ranges (overlapping, adjacent, unordered) into normal form; empty ranges are dropped. */
export function normalizeRanges(ranges: Iterable<IndexRange>): IndexRange[] {
  const sorted = [...ranges].filter(([first, last]) => first <= last).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [first, last] of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

export function rangesFromIndices(indices: Iterable<number>): IndexRange[] {
  const sorted = Float64Array.from(indices).sort();
  const ranges: IndexRange[] = [];
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i] as number;
    let last = first;
    while (i + 1 < sorted.length && (sorted[i + 1] as number) <= last + 1) last = sorted[++i] as number;
    ranges.push([first, last]);
    i += 1;
  }
  return ranges;
}

export function unionRanges(a: readonly IndexRange[], b: readonly IndexRange[]): IndexRange[] {
  const result: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    const takeLeft = left !== undefined && (right === undefined || left[0] <= right[0]);
    const next = (takeLeft ? left : right) as IndexRange;
    if (takeLeft) i++;
    else j++;
    const previous = result[result.length - 1];
    if (previous && next[0] <= previous[1] + 1) previous[1] = Math.max(previous[1], next[1]);
    else result.push([next[0], next[1]]);
  }
  return result;
}

export function intersectRanges(a: readonly IndexRange[], b: readonly IndexRange[]): IndexRange[] {
  const result: IndexRange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aFirst, aLast] = a[i] as IndexRange;
    const [bFirst, bLast] = b[j] as IndexRange;
    const first = Math.max(aFirst, bFirst);
    const last = Math.min(aLast, bLast);
    if (first <= last) result.push([first, last]);
    if (aLast < bLast) i++;
    else j++;
  }
  return result;
}

export function subtractRanges(a: readonly IndexRange[], b: readonly IndexRange[]): IndexRange[] {
  const result: IndexRange[] = [];
  let j = 0;
  for (const [first, last] of a) {
    let from = first;
    while (j < b.length && (b[j] as IndexRange)[1] < from) j++;
    let k = j;
    while (k < b.length && (b[k] as IndexRange)[0] <= last) {
      const [removeFirst, removeLast] = b[k] as IndexRange;
      if (removeFirst > from) result.push([from, removeFirst - 1]);
      from = Math.max(from, removeLast + 1);
      if (removeLast > last) break;
      k++;
    }
    if (from <= last) result.push([from, last]);
  }
  return result;
}

export function addRange(ranges: readonly IndexRange[], first: number, last: number): IndexRange[] {
  return first > last ? [...ranges] : unionRanges(ranges, [[first, last]]);
}

export function removeRange(ranges: readonly IndexRange[], first: number, last: number): IndexRange[] {
  return first > last ? [...ranges] : subtractRanges(ranges, [[first, last]]);
}

/** Binary search: O(log ranges). */
export function rangesHas(ranges: readonly IndexRange[], index: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const [first, last] = ranges[middle] as IndexRange;
    if (index < first) high = middle - 1;
    else if (index > last) low = middle + 1;
    else return true;
  }
  return false;
}

export function rangesCount(ranges: readonly IndexRange[]): number {
  let count = 0;
  for (const [first, last] of ranges) count += last - first + 1;
  return count;
}

export function* indicesOf(ranges: readonly IndexRange[]): Generator<number> {
  for (const [first, last] of ranges) for (let i = first; i <= last; i++) yield i;
}

export function toKeyRanges(space: PartitionKeySpace, ranges: readonly IndexRange[]): KeyRange[] {
  return ranges
    .filter(([first, last]) => first >= 0 && last < space.size && first <= last)
    .map(([first, last]) => [space.keyAt(first), space.keyAt(last)]);
}

/**
 * Positions of stored key ranges in the space as it is now; never throws. A range whose end keys are no longer
 * partitions is clipped to the keys between them that still are: exact for time windows (keys sort by time), and
 * for multi spaces per dimension. Static and dynamic keys carry no order of their own, so when an end key of theirs
 * is gone the keys that were between are unknown, and only the end that remains is kept.
 */
export function fromKeyRanges(space: PartitionKeySpace, keyRanges: readonly KeyRange[]): IndexRange[] {
  const inSpace = (position: number) => position >= 0 && position < space.size;
  const ranges: IndexRange[] = [];
  for (const [firstKey, lastKey] of keyRanges) {
    const first = boundPosition(space, firstKey, "ceil");
    const last = boundPosition(space, lastKey, "floor");
    if (first !== null && last !== null) ranges.push([first, last]);
    else if (first !== null && inSpace(first)) ranges.push([first, first]);
    else if (last !== null && inSpace(last)) ranges.push([last, last]);
  }
  return normalizeRanges(ranges);
}

/**
 * Where a key falls in the space: its position, or for a key that is not there, the first position after it
 * ("ceil", up to size) or the last position before it ("floor", down to -1); null when its place is unknown.
 */
function boundPosition(space: PartitionKeySpace, key: string, direction: "ceil" | "floor"): number | null {
  const exact = space.indexOf(key);
  if (exact >= 0) return exact;
  if (space instanceof TimeWindowKeySpace) {
    const instant = keyInstant(space.compiled, key);
    if (instant === null) return null;
    // Windows are in time order: the missing key sits between the windows before it and the rest.
    const before = space.countBefore(instant);
    return direction === "ceil" ? before : before - 1;
  }
  if (!space.dimensions) return null;
  const [rows, columns] = space.dimensions;
  const parts = key.split(MULTI_PARTITION_KEY_SEPARATOR);
  if (parts.length !== 2) return null;
  const width = columns.space.size;
  const row = rows.space.indexOf(parts[0] as string);
  if (row < 0) {
    // The whole row is gone: continue at the start of the next row, or end at the end of the previous one.
    const near = boundPosition(rows.space, parts[0] as string, direction);
    if (near === null) return null;
    return direction === "ceil" ? near * width : near * width + width - 1;
  }
  // A column position of -1 or width steps into the neighbouring row, as row-major order does.
  const column = boundPosition(columns.space, parts[1] as string, direction);
  return column === null ? null : row * width + column;
}
