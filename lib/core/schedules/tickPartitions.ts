// Which partitions a tick launches: for a time-partitioned target, the last partition whose window has ended at the
// tick (the 06:00 tick of a daily job launches yesterday); with a second, static or dynamic dimension, that window for
// each of its keys.
import { describePartitionsDefinition, partitionKeySpace } from "../partitions";
import {
  type KeySpaceContext,
  MULTI_PARTITION_KEY_SEPARATOR,
  type PartitionsDefinitionSnapshot,
} from "../partitions/types";

export type TickPartitions =
  /** One run per key; a single null for an unpartitioned target. */
  | { kind: "launch"; partitionKeys: (string | null)[] }
  /** Nothing to launch yet; the tick is skipped with this reason. */
  | { kind: "skip"; reason: string }
  /** The target's partitions give a tick no way to choose; the tick fails with this message. */
  | { kind: "error"; message: string };

/** The partitions of `definition` (undefined: unpartitioned) that a tick at `context.now` launches. */
export function tickPartitions(
  definition: PartitionsDefinitionSnapshot | undefined,
  context: KeySpaceContext,
): TickPartitions {
  if (!definition) return { kind: "launch", partitionKeys: [null] };
  const described = describePartitionsDefinition(definition);
  const noWindow = (): TickPartitions => ({
    kind: "skip",
    reason: `No partition has ended yet at ${context.now.toISOString()}: the first window of ${described} is still open or has not started.`,
  });
  if (definition.type === "time_window") {
    const space = partitionKeySpace(definition, context);
    return space.size === 0 ? noWindow() : { kind: "launch", partitionKeys: [space.keyAt(space.size - 1)] };
  }
  if (definition.type === "multi") {
    const timeIndex = definition.dimensions.findIndex((dimension) => dimension.definition.type === "time_window");
    if (timeIndex >= 0) {
      const time = definition.dimensions[timeIndex]!;
      const other = definition.dimensions[1 - timeIndex]!;
      const window = partitionKeySpace(time.definition, context);
      if (window.size === 0) return noWindow();
      const otherKeys = partitionKeySpace(other.definition, context).keys();
      if (otherKeys.length === 0)
        return {
          kind: "skip",
          reason: `Dimension "${other.name}" (${describePartitionsDefinition(other.definition)}) has no keys yet.`,
        };
      const latest = window.keyAt(window.size - 1);
      const partitionKeys = otherKeys.map((key) =>
        (timeIndex === 0 ? [latest, key] : [key, latest]).join(MULTI_PARTITION_KEY_SEPARATOR),
      );
      return { kind: "launch", partitionKeys };
    }
  }
  return {
    kind: "error",
    message: `The target's partitions (${described}) have no time windows, so a tick cannot choose which to launch. Target a time-partitioned job, or launch these partitions with a backfill.`,
  };
}
