// Key spaces of stored partitions definitions: the clock and the stored dynamic keys, joined with the pure math.
import type { AssetNodeSnapshot } from "../core/definitionsSnapshot";
import { partitionKeySpace } from "../core/partitions";
import type { KeySpaceContext, PartitionKeySpace, PartitionsDefinitionSnapshot } from "../core/partitions/types";
import type { Tx } from "./database";
import { loadDynamicKeys } from "./dynamicPartitions";
import type { PrismaClient } from "./generated/prisma/client";
import { snapshotNodes } from "./snapshotNodes";
import type { SqlTx } from "./sql";

/** Names of the dynamic partitions definitions a definition reads (a multi definition may use two). */
export function dynamicPartitionsNames(definition: PartitionsDefinitionSnapshot): string[] {
  if (definition.type === "dynamic") return [definition.name];
  if (definition.type === "multi") return definition.dimensions.flatMap((d) => dynamicPartitionsNames(d.definition));
  return [];
}

/**
 * A context for building key spaces at `now`. Dynamic keys are read up front (the context answers synchronously):
 * only the named definitions' keys when names are given, every stored definition's otherwise.
 */
export async function keySpaceContext(
  db: PrismaClient | Tx | SqlTx,
  now: Date,
  dynamicNames?: Iterable<string>,
): Promise<KeySpaceContext> {
  const keysByName = await loadDynamicKeys(db, dynamicNames);
  return { now, dynamicKeys: (name) => keysByName.get(name) ?? [] };
}

/** The key space of a stored partitions definition at `now`, reading only the dynamic keys it needs. */
export async function keySpaceForDefinition(
  db: PrismaClient | Tx | SqlTx,
  definition: PartitionsDefinitionSnapshot,
  now: Date,
): Promise<PartitionKeySpace> {
  return partitionKeySpace(definition, await keySpaceContext(db, now, dynamicPartitionsNames(definition)));
}

/** The asset's key space at `now`; null when the asset is not partitioned. */
export async function keySpaceForAsset(
  db: PrismaClient | Tx | SqlTx,
  node: AssetNodeSnapshot,
  now: Date,
): Promise<PartitionKeySpace | null> {
  return node.partitionsDefinition ? keySpaceForDefinition(db, node.partitionsDefinition, now) : null;
}

/** How the asset (key string, "analytics/raw_events") is partitioned in a stored snapshot; null when it is not. */
export async function partitionsDefinitionFor(
  db: PrismaClient | Tx | SqlTx,
  snapshotId: string,
  assetKey: string,
): Promise<PartitionsDefinitionSnapshot | null> {
  return (await snapshotNodes(db, snapshotId)).get(assetKey)?.partitionsDefinition ?? null;
}
