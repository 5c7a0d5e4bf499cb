// A PartitionKeySpace built from the keys the API sends, so lib/core's selection parser and formatter run in the
// browser over exactly the keys the grid shows.
import {
  MULTI_PARTITION_KEY_SEPARATOR,
  type PartitionKeySpace,
  type PartitionsDefinitionSnapshot,
} from "../../lib/core/partitions";
import { parseWallTimeText } from "../../lib/core/partitions/wallTime";
import type { PartitionDimension } from "./usePartitions";

/**
 * The API does not send definitions (cron, start); each dimension is described to lib/core as the static list of its
 * current keys, which is all that parsing and formatting a selection needs.
 */
function listSpace(keys: readonly string[]): PartitionKeySpace {
  const positions = new Map<string, number>();
  keys.forEach((key, i) => positions.set(key, i));
  const definition: PartitionsDefinitionSnapshot = { type: "static", keys: [...keys] };
  return {
    definition,
    size: keys.length,
    keyAt: (index) => keys[index] ?? "",
    indexOf: (key) => positions.get(key) ?? -1,
    keys: () => keys,
    dimensions: null,
  };
}

export function clientKeySpace(dimensions: readonly PartitionDimension[]): PartitionKeySpace {
  const [first, second] = dimensions;
  if (!first) return listSpace([]);
  if (!second) return listSpace(first.keys);

  const rows = listSpace(first.keys);
  const columns = listSpace(second.keys);
  const width = columns.size;
  let allKeys: string[] | null = null;
  return {
    definition: {
      type: "multi",
      dimensions: [
        { name: first.name, definition: { type: "static", keys: first.keys } },
        { name: second.name, definition: { type: "static", keys: second.keys } },
      ],
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
export function explainSelectionProblem(dimensions: readonly PartitionDimension[], message: string): string {
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
  const first = only.keys[0];
  const last = only.keys[only.keys.length - 1];
  if (first === undefined || last === undefined) return `"${key}" is not a partition: there are none yet.`;
  if (key.length !== first.length) return `"${key}" is not a partition key; keys look like "${first}".`;
  if (key < first) return `"${key}" is before the first partition, ${first}.`;
  if (key > last) return `"${key}" is after the last partition, ${last}: a window appears once it has ended.`;
  return `"${key}" is not a partition key; keys look like "${first}".`;
}
