// The plan of a stored backfill: its targets rebuilt from the snapshots it was planned against, and its run
// requests. Request keys are semantic, so a plan rebuilt later (or by another daemon) names the same requests.
import { buildAssetGraph } from "../../core/assetGraph";
import { toAssetKeyString } from "../../core/assetKey";
import { planBackfill, type BackfillRunRequest, type BackfillTarget } from "../../core/backfill";
import type { AssetNodeSnapshot } from "../../core/definitionsSnapshot";
import { fromKeyRanges, partitionKeySpace } from "../../core/partitions";
import type { BackfillRecord } from "../../store/backfillRecord";
import { readDefinitionsSnapshots } from "../../store/definitionsSnapshots";
import type { PrismaClient } from "../../store/generated/prisma/client";
import { dynamicPartitionsNames, keySpaceContext } from "../../store/partitionKeySpaces";

export interface BackfillPlan {
  /** Targets in dependency order. */
  targets: BackfillTarget[];
  requests: BackfillRunRequest[];
}

/** The backfill cannot be planned any more (its snapshot is gone); the daemon marks it FAILED with this message. */
export class BackfillPlanError extends Error {}

// Plans without dynamic partitions never change (targets are stored as key ranges), so they are kept. Snapshots are
// immutable too, and read through the process's one snapshot cache.
const MAX_CACHED = 200;
const planCache = new Map<string, BackfillPlan>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

export async function loadBackfillPlan(db: PrismaClient, backfill: BackfillRecord, now: Date): Promise<BackfillPlan> {
  const cached = planCache.get(backfill.id);
  if (cached) return cached;

  const locations = Object.entries(backfill.snapshotIds).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const snapshots = await readDefinitionsSnapshots(
    db,
    locations.map(([, id]) => id),
  );
  // As when the backfill was created: one definition per asset key, the first location by name owns a duplicate.
  const nodes = new Map<string, { node: AssetNodeSnapshot; codeLocationName: string }>();
  for (const [codeLocationName, snapshotId] of locations) {
    const snapshot = snapshots.get(snapshotId);
    if (!snapshot) throw new BackfillPlanError(`The definitions of code location "${codeLocationName}" this backfill was planned against are no longer stored.`);
    for (const node of snapshot.assets) {
      const key = toAssetKeyString(node.key);
      if (!nodes.has(key)) nodes.set(key, { node, codeLocationName });
    }
  }

  const dynamicNames = new Set<string>();
  for (const assetKey of Object.keys(backfill.targets)) {
    const definition = nodes.get(assetKey)?.node.partitionsDefinition;
    if (definition) dynamicPartitionsNames(definition).forEach((name) => dynamicNames.add(name));
  }
  const context = await keySpaceContext(db, now, dynamicNames);
  const targets: BackfillTarget[] = Object.entries(backfill.targets).map(([assetKey, keyRanges]) => {
    const found = nodes.get(assetKey);
    if (!found) throw new BackfillPlanError(`Asset "${assetKey}" is not in the definitions this backfill was planned against.`);
    const space = found.node.partitionsDefinition ? partitionKeySpace(found.node.partitionsDefinition, context) : null;
    return { assetKey, codeLocationName: found.codeLocationName, node: found.node, space, ranges: space ? fromKeyRanges(space, keyRanges) : [] };
  });
  const plan = { targets: inDependencyOrder(targets), requests: planBackfill(targets, backfill.strategy) };
  // Deleted dynamic keys leave the plan, so plans reading dynamic partitions are rebuilt every time.
  return dynamicNames.size === 0 ? remember(planCache, backfill.id, plan) : plan;
}

export function inDependencyOrder(targets: readonly BackfillTarget[]): BackfillTarget[] {
  const byKey = new Map(targets.map((target) => [target.assetKey, target]));
  return buildAssetGraph(targets.map((target) => target.node))
    .topologicalOrder()
    .flatMap((key) => byKey.get(key) ?? []);
}
