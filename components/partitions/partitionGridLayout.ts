// Where each partition sits in the grid, and the inverse. A 1-D grid wraps keys into labelled rows (a month of days, a
// day of hours, a year of weeks or months, else plain rows); a 2-D grid puts one dimension on rows, the other on columns.
// Pure, so selection and keyboard movement are tested without a browser.

import type { PartitionsKind } from "../../graphql/client/generated/graphql";
import { type IndexRange, keyListOfArray, type PartitionKeyList } from "../../lib/core/partitions";

export interface GridRow {
  /** Shown left of the row ("Jan 2026"); null on rows that continue the one above, or when keys need no label. */
  label: string | null;
  /** Flat partition indices first..last (inclusive), drawn from column `offset`. */
  first: number;
  last: number;
  offset: number;
}

export interface GridGeometry {
  readonly rowCount: number;
  readonly columnCount: number;
  /** The partition drawn at (row, column), or null for an empty slot. */
  indexAt(row: number, column: number): number | null;
  cellOf(index: number): { row: number; column: number };
  /** The partitions between two cells: a key range in a 1-D grid, the rectangle they span in a 2-D grid. */
  span(from: number, to: number): IndexRange[];
}

export interface LinearGridLayout extends GridGeometry {
  readonly kind: "linear";
  readonly rows: readonly GridRow[];
  /** Labels over the columns ("1".."31" for days of a month), or null when columns mean nothing by themselves. */
  readonly columnLabels: readonly string[] | null;
  /** Whether rows carry labels, so the grid reserves a label column. */
  readonly labelled: boolean;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The second occurrence of a repeated hour carries its UTC offset: 2026-11-01-01:00-0800.
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})-(\d{2}):(\d{2})(?:[+-]\d{4})?$/;
const DAY_MS = 86_400_000;

/** "2026-01-05" → "Jan 2026" style labels without the browser's locale, so server and client render the same. */
export function monthLabel(year: string, month: string): string {
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

interface Grouping {
  /** Row label for a key; a new row starts whenever it changes. */
  group(key: string): string;
  /** Column of a key within its row. */
  column(key: string): number;
  columns: number;
  columnLabels: readonly string[] | null;
}

/** Picks a calendar grouping for time-window keys when their cadence is one the calendar explains. */
function timeGrouping(keys: PartitionKeyList): Grouping | null {
  const a = keys.at(0);
  const b = keys.at(1);
  if (a === undefined || b === undefined) return null;
  // Keys inside a run share the shape of its first key: checking each run's first key checks them all.
  const starts = keys.runStarts();
  const date = DATE.exec(a);
  if (date && starts.every((k) => DATE.test(k))) {
    const days = Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
    if (days === 1) {
      return {
        group: (k) => monthLabel(k.slice(0, 4), k.slice(5, 7)),
        column: (k) => Number(k.slice(8, 10)) - 1,
        columns: 31,
        columnLabels: Array.from({ length: 31 }, (_, i) => String(i + 1)),
      };
    }
    if (days === 7) {
      return {
        group: (k) => k.slice(0, 4),
        column: (k) =>
          Math.floor((Date.parse(`${k}T00:00:00Z`) - Date.parse(`${k.slice(0, 4)}-01-01T00:00:00Z`)) / (7 * DAY_MS)),
        columns: 53,
        columnLabels: null,
      };
    }
    if (days >= 28 && days <= 31) {
      return {
        group: (k) => k.slice(0, 4),
        column: (k) => Number(k.slice(5, 7)) - 1,
        columns: 12,
        columnLabels: [...MONTHS],
      };
    }
    return null;
  }
  const time = DATETIME.exec(a);
  const next = DATETIME.exec(b);
  if (time && next && starts.every((k) => DATETIME.test(k))) {
    const minutes =
      (Date.parse(`${b.slice(0, 10)}T${b.slice(11)}:00Z`) - Date.parse(`${a.slice(0, 10)}T${a.slice(11)}:00Z`)) /
      60_000;
    if (minutes <= 0 || 1440 % minutes !== 0 || 1440 / minutes > 96) return null;
    const perDay = 1440 / minutes;
    const minuteOfDay = (k: string) => Number(k.slice(11, 13)) * 60 + Number(k.slice(14, 16));
    return {
      group: (k) =>
        `${monthLabel(k.slice(0, 4), k.slice(5, 7)).slice(0, 3)} ${Number(k.slice(8, 10))}, ${k.slice(0, 4)}`,
      column: (k) => Math.floor(minuteOfDay(k) / minutes),
      columns: perDay,
      columnLabels: perDay === 24 ? Array.from({ length: 24 }, (_, h) => String(h).padStart(2, "0")) : null,
    };
  }
  return null;
}

/**
 * Lays keys out in rows. Time windows with a calendar cadence get one row per month (days), day (hours) or year
 * (weeks, months); everything else wraps at `maxColumns`. Keys sent as runs are read a row at a time, not a key at a
 * time, so a million hourly keys lay out as their 41,667 days.
 */
export function linearGridLayout(
  keyList: PartitionKeyList | readonly string[],
  kind: PartitionsKind,
  maxColumns: number,
): LinearGridLayout {
  const keys = isKeyList(keyList) ? keyList : keyListOfArray(keyList);
  const fit = Math.max(1, Math.floor(maxColumns));
  const grouping = kind === "TIME_WINDOW" ? timeGrouping(keys) : null;
  if (grouping && grouping.columns <= fit) {
    const rows: GridRow[] = [];
    let current: GridRow | null = null;
    let currentGroup = "";
    const columnOf = (key: string) => Math.min(grouping.columns - 1, Math.max(0, grouping.column(key)));
    for (let i = 0; i < keys.length; ) {
      const key = keys.at(i) as string;
      const group = grouping.group(key);
      const column = columnOf(key);
      if (!(current && group === currentGroup && column === current.offset + (current.last - current.first) + 1)) {
        // A new group starts a labelled row; a skipped tick or a repeated column (DST) continues the group on an
        // unlabelled row, so every cell stays under its true column.
        current = { label: group === currentGroup ? null : group, first: i, last: i, offset: column };
        currentGroup = group;
        rows.push(current);
      }
      // Within a run, the following keys stay on this row while their group holds and their column counts up by one:
      // true up to some key and false after it, so the row's end is found by bisection.
      const fits = (j: number) => {
        const other = keys.at(j) as string;
        return grouping.group(other) === group && columnOf(other) === column + (j - i);
      };
      let last = i;
      let high = Math.min(keys.runEnd(i), i + (grouping.columns - 1 - column));
      if (high > i && fits(high)) last = high;
      else {
        while (last < high) {
          const middle = (last + high + 1) >> 1;
          if (fits(middle)) last = middle;
          else high = middle - 1;
        }
      }
      current.last = last;
      i = last + 1;
    }
    return withGeometry({ rows, columnCount: grouping.columns, columnLabels: grouping.columnLabels, labelled: true });
  }

  const rows: GridRow[] = [];
  // Long lists get the first key of each row as its label, so scrolling shows where you are.
  const labelled = keys.length > fit;
  for (let first = 0; first < keys.length; first += fit) {
    rows.push({
      label: labelled ? (keys.at(first) ?? null) : null,
      first,
      last: Math.min(keys.length, first + fit) - 1,
      offset: 0,
    });
  }
  return withGeometry({ rows, columnCount: Math.min(fit, Math.max(1, keys.length)), columnLabels: null, labelled });
}

function isKeyList(keys: PartitionKeyList | readonly string[]): keys is PartitionKeyList {
  return !Array.isArray(keys);
}

function withGeometry(
  base: Pick<LinearGridLayout, "rows" | "columnCount" | "columnLabels" | "labelled">,
): LinearGridLayout {
  const { rows } = base;
  const rowOfIndex = (index: number): number => {
    let lo = 0;
    let hi = rows.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((rows[mid] as GridRow).first <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    kind: "linear",
    ...base,
    rowCount: rows.length,
    indexAt(row, column) {
      const r = rows[row];
      if (!r) return null;
      const index = r.first + (column - r.offset);
      return column >= r.offset && index <= r.last ? index : null;
    },
    cellOf(index) {
      const row = rowOfIndex(index);
      const r = rows[row] as GridRow;
      return { row, column: r.offset + (index - r.first) };
    },
    span(from, to) {
      return [[Math.min(from, to), Math.max(from, to)]];
    },
  };
}

export interface MatrixGridLayout extends GridGeometry {
  readonly kind: "matrix";
  /** Which key-space dimension runs down the rows: the one with fewer keys. */
  readonly rowDimension: 0 | 1;
  /** Keys read by position, never listed: a dimension of a hundred thousand days costs its few runs. */
  readonly rowKeys: PartitionKeyList;
  readonly columnKeys: PartitionKeyList;
  readonly rowName: string;
  readonly columnName: string;
}

/**
 * A 2-D grid over dimensions (d0, d1) whose flat index is i0 * |d1| + i1. The dimension with fewer keys becomes the
 * rows, so a date × region asset reads as one row per region and one column per day.
 */
export function matrixGridLayout(
  dimension0: { name: string; keys: PartitionKeyList | readonly string[] },
  dimension1: { name: string; keys: PartitionKeyList | readonly string[] },
): MatrixGridLayout {
  // Keys stay as the key lists they came in (runs of evenly spaced times): the grid reads only the keys it draws.
  const asList = (d: typeof dimension0) => ({
    name: d.name,
    keys: isKeyList(d.keys) ? d.keys : keyListOfArray(d.keys),
  });
  const d0 = asList(dimension0);
  const d1 = asList(dimension1);
  const n1 = d1.keys.length;
  const rowDimension: 0 | 1 = d0.keys.length <= d1.keys.length ? 0 : 1;
  const [rows, columns] = rowDimension === 0 ? [d0, d1] : [d1, d0];
  const flat = (row: number, column: number) => (rowDimension === 0 ? row * n1 + column : column * n1 + row);
  const cellOf = (index: number) => {
    const i0 = Math.floor(index / n1);
    const i1 = index % n1;
    return rowDimension === 0 ? { row: i0, column: i1 } : { row: i1, column: i0 };
  };
  return {
    kind: "matrix",
    rowDimension,
    rowKeys: rows.keys,
    columnKeys: columns.keys,
    rowName: rows.name,
    columnName: columns.name,
    rowCount: rows.keys.length,
    columnCount: columns.keys.length,
    indexAt(row, column) {
      if (row < 0 || column < 0 || row >= rows.keys.length || column >= columns.keys.length) return null;
      return flat(row, column);
    },
    cellOf,
    span(from, to) {
      const a = cellOf(from);
      const b = cellOf(to);
      const [r0, r1] = [Math.min(a.row, b.row), Math.max(a.row, b.row)];
      const [c0, c1] = [Math.min(a.column, b.column), Math.max(a.column, b.column)];
      // Flat order is row-major over (d0, d1): walk the d0 side outermost so ranges come out sorted.
      const ranges: Array<[number, number]> = [];
      const push = (first: number, last: number) => {
        const prev = ranges[ranges.length - 1];
        if (prev && prev[1] + 1 >= first) prev[1] = Math.max(prev[1], last);
        else ranges.push([first, last]);
      };
      if (rowDimension === 0) for (let r = r0; r <= r1; r++) push(flat(r, c0), flat(r, c1));
      else for (let c = c0; c <= c1; c++) push(flat(r0, c), flat(r1, c));
      return ranges;
    },
  };
}

export type Direction = "left" | "right" | "up" | "down";

/**
 * The cell the keyboard moves to. In a 1-D grid left/right step through keys in order (wrapping rows) and up/down keep
 * the column where the next row has one; in a 2-D grid moves stay in their row or column. Never leaves the grid.
 */
export function moveFocus(
  geometry: GridGeometry & { kind: "linear" | "matrix" },
  index: number,
  direction: Direction,
  size: number,
): number {
  if (geometry.kind === "linear" && (direction === "left" || direction === "right")) {
    return Math.min(size - 1, Math.max(0, index + (direction === "left" ? -1 : 1)));
  }
  const { row, column } = geometry.cellOf(index);
  if (direction === "left" || direction === "right") {
    return geometry.indexAt(row, column + (direction === "left" ? -1 : 1)) ?? index;
  }
  const target = row + (direction === "up" ? -1 : 1);
  if (target < 0 || target >= geometry.rowCount) return index;
  const exact = geometry.indexAt(target, column);
  if (exact !== null) return exact;
  // A shorter row (February, a partial first month): land on its nearest cell.
  for (let d = 1; d < geometry.columnCount; d++) {
    const left = geometry.indexAt(target, column - d);
    if (left !== null) return left;
    const right = geometry.indexAt(target, column + d);
    if (right !== null) return right;
  }
  return index;
}
