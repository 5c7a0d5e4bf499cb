// The latest partitions of a key space: the last key of a 1-D space; for two dimensions, the last key of the time
// dimension across every key of the other (the latest day of each region), or the last key of each when neither is time.
import { type IndexRange, rangesFromIndices } from "../../lib/core/partitions";

interface Dimension {
  kind: string;
  keys: { readonly length: number };
}

export function latestPartitionRanges(dimensions: readonly Dimension[]): IndexRange[] {
  const [rows, columns] = dimensions;
  if (!rows || rows.keys.length === 0) return [];
  if (!columns) return [[rows.keys.length - 1, rows.keys.length - 1]];
  const width = columns.keys.length;
  if (width === 0) return [];
  const lastRow = rows.keys.length - 1;
  // Keys are row-major: row r, column c is r × width + c.
  if (columns.kind === "TIME_WINDOW" && rows.kind !== "TIME_WINDOW")
    return rangesFromIndices(Array.from({ length: rows.keys.length }, (_, r) => r * width + width - 1));
  if (rows.kind === "TIME_WINDOW") return [[lastRow * width, lastRow * width + width - 1]];
  return [[lastRow * width + width - 1, lastRow * width + width - 1]];
}
