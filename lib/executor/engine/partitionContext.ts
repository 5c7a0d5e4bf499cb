// The partition fields of a step's context: its key(s), range, time window and, for multi partitions, dimension keys.
import {
  multiPartitionKeyParts,
  type PartitionsDefinitionSnapshot,
  type TimeWindowPartitionsSnapshot,
  timeWindowOf,
} from "../../core/partitions";
import type { AssetExecutionContext } from "../../sdk/context";
import type { StepPartitions } from "./runPartitions";

export type PartitionContextFields = Pick<
  AssetExecutionContext,
  "partitionKey" | "partitionKeys" | "partitionKeyRange" | "partitionTimeWindow" | "partitionDimensionKeys"
>;

export function partitionContextFields(partitions: StepPartitions): PartitionContextFields {
  const { keys, range, space } = partitions;
  const first = keys[0];
  const last = keys.at(-1);
  if (!space || first === undefined || last === undefined) {
    return {
      partitionKey: null,
      partitionKeys: [],
      partitionKeyRange: null,
      partitionTimeWindow: null,
      partitionDimensionKeys: null,
    };
  }
  const definition = space.definition;
  return {
    partitionKey: range ? null : first,
    partitionKeys: [...keys],
    partitionKeyRange: range ? { ...range } : { start: first, end: first },
    partitionTimeWindow: timeWindowOfKeys(definition, keys),
    partitionDimensionKeys: !range && definition.type === "multi" ? multiPartitionKeyParts(definition, first) : null,
  };
}

/** From the first window's start to the last one's end; for multi keys, over the time dimension's windows. */
function timeWindowOfKeys(
  definition: PartitionsDefinitionSnapshot,
  keys: readonly string[],
): { start: Date; end: Date } | null {
  if (definition.type === "time_window") {
    const first = timeWindowOf(definition, keys[0] ?? "");
    const last = timeWindowOf(definition, keys.at(-1) ?? "");
    return first && last ? { start: first.start, end: last.end } : null;
  }
  if (definition.type !== "multi") return null;
  const timeDimension = definition.dimensions.find((dimension) => dimension.definition.type === "time_window");
  if (!timeDimension) return null;
  const timeDefinition = timeDimension.definition as TimeWindowPartitionsSnapshot;
  let start: Date | null = null;
  let end: Date | null = null;
  // Row-major keys of a range can wrap around the time dimension, so every key is looked at, not just the ends.
  for (const key of keys) {
    const part = multiPartitionKeyParts(definition, key)?.[timeDimension.name];
    const window = part === undefined ? null : timeWindowOf(timeDefinition, part);
    if (!window) continue;
    if (start === null || window.start < start) start = window.start;
    if (end === null || window.end > end) end = window.end;
  }
  return start && end ? { start, end } : null;
}
