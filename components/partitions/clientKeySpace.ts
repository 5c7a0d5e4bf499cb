// A PartitionKeySpace built from the keys the API sends, so lib/core's selection parser and formatter run in the
// browser over exactly the keys the grid shows. Time windows arrive as runs of evenly spaced keys and are read by
// position, never listed: a million hourly keys would be 19 MB of JSON and a million strings.
import {
  keyListOfArray,
  keyListOfRuns,
  MULTI_PARTITION_KEY_SEPARATOR,
  type PartitionKeyList,
  type PartitionKeySpace,
  type PartitionsDefinitionSnapshot,
} from "../../lib/core/partitions";
import { parseWallTimeText } from "../../lib/core/partitions/wallTime";
import type { ApiPartitionDimension, PartitionDimension } from "./usePartitions";

/** The API's dimensions with their keys readable by position; memoise it on the query's (structurally shared) list. */
export function clientDimensions(dimensions: readonly ApiPartitionDimension[]): PartitionDimension[] {
  return dimensions.map((d) => ({
    name: d.name,
    kind: d.kind,
    keys: d.keyRuns.length > 0 ? keyListOfRuns(d.keyRuns) : keyListOfArray(d.listedKeys),
  }));
}

/** A dimension's keys as an array: for the small dimensions a 2-D grid puts on its rows and columns. */
export function keysOf(keys: DimensionKeys): string[] {
  return Array.isArray(keys) ? [...keys] : Array.from({ length: keys.length }, (_, i) => keys.at(i) ?? "");
}

/** Keys by position, or (tests, the multi-asset grid's own rows) a plain list. */
export type DimensionKeys = PartitionKeyList | readonly string[];

export function keyListOf(keys: DimensionKeys): PartitionKeyList {
  return Array.isArray(keys) ? keyListOfArray(keys) : (keys as PartitionKeyList);
}

type KeyedDimension = Omit<PartitionDimension, "keys"> & { keys: DimensionKeys };

/** Past this many keys, `keys()` is a sample (each run's first key and the last): all a "did you mean" should scan. */
const MAX_LISTED_KEYS = 100_000;

/**
 * The API does not send definitions (cron, start); each dimension is described to lib/core as the static list of its
 * current keys, which is all that parsing and formatting a selection needs.
 */
function listSpace(dimensionKeys: DimensionKeys): PartitionKeySpace {
  const keys = keyListOf(dimensionKeys);
  let listed: readonly string[] | null = null;
  const list = () => {
    if (!listed) {
      const last = keys.at(keys.length - 1);
      listed =
        keys.length <= MAX_LISTED_KEYS
          ? keysOf(keys)
          : [...keys.runStarts().slice(0, MAX_LISTED_KEYS), ...(last === undefined ? [] : [last])];
    }
    return listed;
  };
  return {
    get definition(): PartitionsDefinitionSnapshot {
      return { type: "static", keys: [...list()] };
    },
    size: keys.length,
    keyAt: (index) => keys.at(index) ?? "",
    indexOf: (key) => keys.indexOf(key),
    keys: list,
    dimensions: null,
  };
}

export function clientKeySpace(dimensions: readonly KeyedDimension[]): PartitionKeySpace {
  const [first, second] = dimensions;
  if (!first) return listSpace([]);
  if (!second) return listSpace(first.keys);

  const rows = listSpace(first.keys);
  const columns = listSpace(second.keys);
  const width = columns.size;
  let allKeys: string[] | null = null;
  return {
    get definition(): PartitionsDefinitionSnapshot {
      return {
        type: "multi",
        dimensions: [
          { name: first.name, definition: { type: "static", keys: [...rows.keys()] } },
          { name: second.name, definition: { type: "static", keys: [...columns.keys()] } },
        ],
      };
    },
    size: rows.size * width,
    keyAt: (index) =>
      `${rows.keyAt(Math.floor(index / width))}${MULTI_PARTITION_KEY_SEPARATOR}${columns.keyAt(index % width)}`,
    indexOf: (key) => {
      const parts = key.split(MULTI_PARTITION_KEY_SEPARATOR);
      if (parts.length !== 2) return -1;
      const i0 = rows.indexOf(parts[0] ?? "");
      const i1 = columns.indexOf(parts[1] ?? "");
      return i0 < 0 || i1 < 0 ? -1 : i0 * width + i1;
    },
    keys: () => {
      // Built on first use only: a 2-D space is usually read by position, and its full key list can be large.
      allKeys ??= Array.from(
        { length: rows.size * width },
        (_, i) => `${rows.keyAt(Math.floor(i / width))}${MULTI_PARTITION_KEY_SEPARATOR}${columns.keyAt(i % width)}`,
      );
      return allKeys;
    },
    dimensions: [
      { name: first.name, space: rows },
      { name: second.name, space: columns },
    ],
  };
}

/** Why a key shaped like a date ("2026-13-01", "2026-02-30") names no day at all; null when it is a real date. */
export function invalidDateProblem(key: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}/.test(key)) return null;
  const parsed = parseWallTimeText(key);
  return !parsed.ok && / is not a real (date|time)/.test(parsed.message) ? parsed.message : null;
}

/**
 * lib/core explains an unknown key against the static key list it was given; for time windows, say instead where
 * the key falls, since their keys sort in time order, or that it is no date at all.
 */
export function explainSelectionProblem(dimensions: readonly KeyedDimension[], message: string): string {
  const [only, second] = dimensions;
  const unknown = /^"([^"]+)" is not one of /.exec(message);
  if (second) {
    // A 2-D message names the dimension first ("date "2026-13-01" is not one of …").
    const named = /^"[^"]*": (\S+) "([^"]+)" is not one of /.exec(message);
    const dimension = dimensions.find((d) => d.name === named?.[1]);
    const problem = dimension?.kind === "TIME_WINDOW" ? invalidDateProblem(named?.[2] ?? "") : null;
    return problem ?? message;
  }
  if (!only || second || only.kind !== "TIME_WINDOW" || !unknown) return message;
  const key = unknown[1] ?? "";
  const invalid = invalidDateProblem(key);
  if (invalid) return invalid;
  const keys = keyListOf(only.keys);
  const first = keys.at(0);
  const last = keys.at(keys.length - 1);
  if (first === undefined || last === undefined) return `"${key}" is not a partition: there are none yet.`;
  if (key.length !== first.length) return `"${key}" is not a partition key; keys look like "${first}".`;
  if (key < first) return `"${key}" is before the first partition, ${first}.`;
  if (key > last) return `"${key}" is after the last partition, ${last}: a window appears once it has ended.`;
  return `"${key}" is not a partition key; keys look like "${first}".`;
}
