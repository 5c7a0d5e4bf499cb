// Builders for partitions tests: definitions that must be valid, and key spaces at a given moment.
import { partitionKeySpace } from "./keySpace";
import type { TimeWindowSnapshotResult } from "./timeWindow";
import type { PartitionKeySpace, PartitionsDefinitionSnapshot, TimeWindowPartitionsSnapshot } from "./types";

export function definitionOf(result: TimeWindowSnapshotResult): TimeWindowPartitionsSnapshot {
  if (!result.ok) throw new Error(result.message);
  return result.definition;
}

export function spaceAt(
  definition: PartitionsDefinitionSnapshot,
  now: string,
  dynamicKeys: Record<string, readonly string[]> = {},
): PartitionKeySpace {
  return partitionKeySpace(definition, { now: new Date(now), dynamicKeys: (name) => dynamicKeys[name] ?? [] });
}
