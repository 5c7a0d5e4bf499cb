// The multi-asset partition grid's model, pure: which assets the URL names (bounded), which of them share one
// partitions definition, the grid's columns over that definition (for two dimensions: the time dimension, at one key
// of the other), and what a rectangle selected across rows launches.
import {
  formatPartitionSelection,
  type IndexRange,
  type PartitionKeySpace,
  rangesFromIndices,
} from "../../lib/core/partitions";
import { MAX_GRID_ASSETS } from "./partitionGridLinks";

export type GridAssetsParse =
  | { ok: true; keys: string[] }
  | { ok: false; title: string; message: string; keys: readonly string[] };

/** The asset keys of `/partitions?asset=a&asset=b/c`: trimmed, de-duplicated, at least one and at most MAX_GRID_ASSETS. */
export function parseGridAssets(values: readonly string[]): GridAssetsParse {
  const keys = [...new Set(values.map((v) => v.trim().replace(/^\/+|\/+$/g, "")).filter((v) => v !== ""))];
  if (keys.length === 0)
    return {
      ok: false,
      title: "No assets to show",
      message: "Name the assets in the address, e.g. /partitions?asset=raw_events&asset=analytics/daily_active_users.",
      keys: [],
    };
  if (keys.length > MAX_GRID_ASSETS) {
    const extra = keys.slice(MAX_GRID_ASSETS);
    const named = extra.slice(0, 5).join(", ");
    return {
      ok: false,
      title: "Too many assets",
      message: `asset: at most ${MAX_GRID_ASSETS} assets share one grid, and this address names ${keys.length}. Beyond the limit: ${named}${extra.length > 5 ? `, and ${extra.length - 5} more` : ""}.`,
      keys: extra,
    };
  }
  return { ok: true, keys };
}

export interface GridDimension {
  name: string;
  kind: string;
  keys: readonly string[];
}

export interface GridDefinition {
  kind: string;
  description: string;
  dimensionNames: readonly string[];
}

/** Why an asset's partitions differ from the grid's, or null when it shares them. */
export function notSharingReason(
  reference: GridDefinition,
  definition: GridDefinition | null | undefined,
  isSource: boolean,
): string | null {
  if (isSource) return "a source asset: observed, not materialized";
  if (!definition) return "not partitioned";
  if (
    definition.kind !== reference.kind ||
    definition.description !== reference.description ||
    definition.dimensionNames.join("|") !== reference.dimensionNames.join("|")
  )
    return `partitioned differently: ${definition.description} (the grid shows ${reference.description})`;
  return null;
}

/**
 * The grid's columns: every key of a 1-D definition; for two dimensions the keys of the time dimension (else the
 * larger one) at `fixedKey` of the other. `positions[c]` is column c's flat index in each asset's own key space.
 */
export interface GridColumns {
  name: string;
  kind: string;
  keys: readonly string[];
  positions: readonly number[];
  /** The dimension chosen by a selector, for two dimensions. */
  fixed: { name: string; keys: readonly string[]; key: string } | null;
}

export function gridColumns(dimensions: readonly GridDimension[], fixedKey: string | null): GridColumns | null {
  const [d0, d1] = dimensions;
  if (!d0) return null;
  if (!d1) return { name: d0.name, kind: d0.kind, keys: d0.keys, positions: d0.keys.map((_, i) => i), fixed: null };
  // Time runs along the columns; the other dimension is picked one key at a time.
  const timeIsFirst = d0.kind === "TIME_WINDOW" || (d1.kind !== "TIME_WINDOW" && d0.keys.length >= d1.keys.length);
  const [along, across] = timeIsFirst ? [d0, d1] : [d1, d0];
  const fixedIndex = Math.max(0, fixedKey === null ? 0 : across.keys.indexOf(fixedKey));
  const width = d1.keys.length;
  const positions = along.keys.map((_, i) => (timeIsFirst ? i * width + fixedIndex : fixedIndex * width + i));
  return {
    name: along.name,
    kind: along.kind,
    keys: along.keys,
    positions,
    fixed: { name: across.name, keys: across.keys, key: across.keys[fixedIndex] ?? "" },
  };
}

/** One row's partition states laid along the grid's columns. */
export function rowStates(states: Uint8Array, columns: GridColumns): Uint8Array {
  const row = new Uint8Array(columns.positions.length);
  columns.positions.forEach((position, c) => {
    row[c] = states[position] ?? 0;
  });
  return row;
}

export interface GridLaunch {
  /** Rows with at least one selected cell, in grid order. */
  rows: number[];
  /** The columns launched for every selected row. */
  columns: IndexRange[];
  /** False when rows selected different columns: every row then gets the union, and the page says so. */
  uniform: boolean;
}

/** What a selection over rows × columns (flat index row × columnCount + column) launches: one partition set for all. */
export function gridLaunch(ranges: readonly IndexRange[], columnCount: number): GridLaunch {
  const byRow = new Map<number, number[]>();
  for (const [first, last] of ranges)
    for (let i = first; i <= last; i++) {
      const row = Math.floor(i / columnCount);
      let columns = byRow.get(row);
      if (!columns) byRow.set(row, (columns = []));
      columns.push(i % columnCount);
    }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const perRow = rows.map((row) => rangesFromIndices(byRow.get(row) ?? []));
  const all = rangesFromIndices(rows.flatMap((row) => byRow.get(row) ?? []));
  const same = (a: readonly IndexRange[]) =>
    a.length === all.length && a.every(([f, l], i) => f === all[i]?.[0] && l === all[i]?.[1]);
  return { rows, columns: all, uniform: perRow.every(same) };
}

/** The launched columns as selection text in the assets' own key space. */
export function launchSelectionText(
  space: PartitionKeySpace,
  columns: GridColumns,
  launched: readonly IndexRange[],
): string {
  const positions: number[] = [];
  for (const [first, last] of launched)
    for (let c = first; c <= last; c++) {
      const position = columns.positions[c];
      if (position !== undefined) positions.push(position);
    }
  return formatPartitionSelection(space, rangesFromIndices(positions));
}
