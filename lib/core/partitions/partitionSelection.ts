// The partition selection syntax people type: "2026-01-01...2026-01-30, 2026-02-03", and for two dimensions
// rectangles such as "2026-01-01|us...2026-01-07|eu". Parsed to index ranges, and printed back compactly.
import { partitionKeyProblem } from "./keyProblem";
import { normalizeRanges } from "./rangeSet";
import {
  type IndexRange,
  MULTI_PARTITION_KEY_SEPARATOR,
  type PartitionDimensionSpace,
  type PartitionKeySpace,
  PARTITION_RANGE_SEPARATOR as RANGE,
} from "./types";

export type PartitionSelectionParse = { ok: true; ranges: IndexRange[] } | { ok: false; message: string };

type ItemParse = { ok: true; ranges: IndexRange[] } | { ok: false; message: string };

/**
 * Comma-separated items, each a key or an inclusive range FIRST...LAST in key order. Empty items (a trailing comma)
 * are ignored; an empty selection is an error, as is any unknown key or reversed range.
 */
export function parsePartitionSelection(space: PartitionKeySpace, text: string): PartitionSelectionParse {
  const items = text
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  if (items.length === 0) return { ok: false, message: "Select at least one partition." };
  const ranges: IndexRange[] = [];
  for (const item of items) {
    const parsed = parseItem(space, item);
    if (!parsed.ok) return parsed;
    for (const range of parsed.ranges) ranges.push(range);
  }
  return { ok: true, ranges: normalizeRanges(ranges) };
}

function parseItem(space: PartitionKeySpace, item: string): ItemParse {
  const parts = item.split(RANGE).map((part) => part.trim());
  if (parts.length > 2)
    return { ok: false, message: `"${item}" has more than one "${RANGE}"; a range is FIRST${RANGE}LAST.` };
  const [first = "", last] = parts;
  if (last === undefined) {
    const index = space.indexOf(first);
    return index >= 0 ? { ok: true, ranges: [[index, index]] } : { ok: false, message: keyProblem(space, first) };
  }
  if (first.length === 0 || last.length === 0) {
    return {
      ok: false,
      message: `"${item}" is missing its ${first.length === 0 ? "first" : "last"} key; a range is FIRST${RANGE}LAST.`,
    };
  }
  if (space.dimensions) return parseRectangle(space, space.dimensions, item, first, last);
  const from = space.indexOf(first);
  if (from < 0) return { ok: false, message: keyProblem(space, first) };
  const to = space.indexOf(last);
  if (to < 0) return { ok: false, message: keyProblem(space, last) };
  if (to < from) return { ok: false, message: `Range "${item}" runs backwards: "${last}" comes before "${first}".` };
  return { ok: true, ranges: [[from, to]] };
}

function keyProblem(space: PartitionKeySpace, key: string): string {
  return partitionKeyProblem(space, key) ?? `"${key}" is not a partition.`;
}

/** "a|x...b|y": rows a..b of the first dimension × columns x..y of the second. */
function parseRectangle(
  space: PartitionKeySpace,
  [rows, columns]: readonly [PartitionDimensionSpace, PartitionDimensionSpace],
  item: string,
  first: string,
  last: string,
): ItemParse {
  const form = `${rows.name}${MULTI_PARTITION_KEY_SEPARATOR}${columns.name}`;
  if (!first.includes(MULTI_PARTITION_KEY_SEPARATOR) || !last.includes(MULTI_PARTITION_KEY_SEPARATOR)) {
    const firstColumn = columns.space.size > 0 ? columns.space.keyAt(0) : columns.name;
    const lastColumn = columns.space.size > 0 ? columns.space.keyAt(columns.space.size - 1) : columns.name;
    const example = `${first}${MULTI_PARTITION_KEY_SEPARATOR}${firstColumn}${RANGE}${last}${MULTI_PARTITION_KEY_SEPARATOR}${lastColumn}`;
    return {
      ok: false,
      message: `"${item}": in a ${rows.name} × ${columns.name} selection both ends of a range are ${form} keys, e.g. "${example}" for every ${columns.name}.`,
    };
  }
  const from = space.indexOf(first);
  if (from < 0) return { ok: false, message: keyProblem(space, first) };
  const to = space.indexOf(last);
  if (to < 0) return { ok: false, message: keyProblem(space, last) };
  const width = columns.space.size;
  const [rowFrom, columnFrom] = [Math.floor(from / width), from % width];
  const [rowTo, columnTo] = [Math.floor(to / width), to % width];
  const backwards = (dimension: PartitionDimensionSpace, from: number, to: number) =>
    `Range "${item}" runs backwards: ${dimension.name} "${dimension.space.keyAt(to)}" comes before "${dimension.space.keyAt(from)}".`;
  if (rowTo < rowFrom) return { ok: false, message: backwards(rows, rowFrom, rowTo) };
  if (columnTo < columnFrom) return { ok: false, message: backwards(columns, columnFrom, columnTo) };
  if (columnFrom === 0 && columnTo === width - 1)
    return { ok: true, ranges: [[rowFrom * width, rowTo * width + width - 1]] };
  const ranges: IndexRange[] = [];
  for (let row = rowFrom; row <= rowTo; row++) ranges.push([row * width + columnFrom, row * width + columnTo]);
  return { ok: true, ranges };
}

/** The inverse of parsePartitionSelection: "a...b, c"; for two dimensions, one rectangle per run of rows selected alike. */
export function formatPartitionSelection(space: PartitionKeySpace, ranges: readonly IndexRange[]): string {
  const inSpace = ranges
    .map(([first, last]): IndexRange => [Math.max(first, 0), Math.min(last, space.size - 1)])
    .filter(([first, last]) => first <= last);
  if (!space.dimensions)
    return inSpace
      .map(([first, last]) => formatRange(space.keyAt(first), space.keyAt(last), first === last))
      .join(", ");

  const [rows, columns] = space.dimensions;
  const key = (row: number, column: number) =>
    `${rows.space.keyAt(row)}${MULTI_PARTITION_KEY_SEPARATOR}${columns.space.keyAt(column)}`;
  return rowGroups(normalizeRanges(inSpace), columns.space.size)
    .flatMap((group) =>
      group.columns.map(([from, to]) =>
        formatRange(key(group.firstRow, from), key(group.lastRow, to), group.firstRow === group.lastRow && from === to),
      ),
    )
    .join(", ");
}

function formatRange(firstKey: string, lastKey: string, single: boolean): string {
  return single ? firstKey : `${firstKey}${RANGE}${lastKey}`;
}

interface RowGroup {
  firstRow: number;
  lastRow: number;
  /** The same column ranges in every row of the group. */
  columns: IndexRange[];
}

/** Consecutive rows with the same selected columns, from row-major ranges; whole rows stay one entry however many. */
function rowGroups(ranges: readonly IndexRange[], width: number): RowGroup[] {
  const groups: RowGroup[] = [];
  const add = (firstRow: number, lastRow: number, columns: IndexRange) => {
    const previous = groups[groups.length - 1];
    if (previous && previous.lastRow === lastRow && previous.firstRow === firstRow) {
      previous.columns.push(columns);
      return;
    }
    groups.push({ firstRow, lastRow, columns: [columns] });
  };
  for (const [first, last] of ranges) {
    const rowFirst = Math.floor(first / width);
    const rowLast = Math.floor(last / width);
    if (rowFirst === rowLast) {
      add(rowFirst, rowFirst, [first % width, last % width]);
      continue;
    }
    add(rowFirst, rowFirst, [first % width, width - 1]);
    if (rowLast - rowFirst > 1) add(rowFirst + 1, rowLast - 1, [0, width - 1]);
    add(rowLast, rowLast, [0, last % width]);
  }
  // Neighbouring groups selecting the same columns become one rectangle.
  const merged: RowGroup[] = [];
  for (const group of groups) {
    const previous = merged[merged.length - 1];
    if (previous && previous.lastRow + 1 === group.firstRow && sameColumns(previous.columns, group.columns))
      previous.lastRow = group.lastRow;
    else merged.push(group);
  }
  return merged;
}

function sameColumns(a: readonly IndexRange[], b: readonly IndexRange[]): boolean {
  return a.length === b.length && a.every(([first, last], i) => b[i]?.[0] === first && b[i]?.[1] === last);
}
