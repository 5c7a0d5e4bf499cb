// The plan of a stored backfill: its targets rebuilt from the snapshots it was planned against, and its run
// requests. Request keys are semantic, so a plan rebuilt later (or by another daemon) names the same requests.
import { buildAssetGraph } from "../../core/assetGraph";
import {
  type BackfillRunRequest,
  type BackfillTarget,
  type PositionalPlan,
  planBackfill,
  positionalPlan,
} from "../../core/backfill";
import { fromKeyRanges } from "../../core/partitions";
import type { BackfillRecord } from "../../store/backfillRecord";
import type { Database } from "../../store/database";
import { dynamicPartitionsNames } from "../../store/partitionKeySpaces";
import { loadWorkspaceOfSnapshots } from "../workspace/workspace";

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

export async function loadBackfillPlan(db: Database, backfill: BackfillRecord, now: Date): Promise<BackfillPlan> {
  const cached = planCache.get(backfill.id);
  if (cached) return cached;
  const { targets, readsDynamicKeys } = await loadTargets(db, backfill, now);
  const plan = { targets: inDependencyOrder(targets), requests: planBackfill(targets, backfill.strategy) };
  // Deleted dynamic keys leave the plan, so plans reading dynamic partitions are rebuilt every time.
  return readsDynamicKeys ? plan : remember(planCache, backfill.id, plan);
}

/** The stored backfill's targets in dependency order: their key ranges placed in the key spaces, no requests made. */
export async function loadBackfillTargets(
  db: Database,
  backfill: BackfillRecord,
  now: Date,
): Promise<BackfillTarget[]> {
  const cached = planCache.get(backfill.id) ?? positionalCache.get(backfill.id);
  if (cached) return cached.targets;
  return inDependencyOrder((await loadTargets(db, backfill, now)).targets);
}

const positionalCache = new Map<string, PositionalPlan & { targets: BackfillTarget[] }>();

/**
 * The plan of a backfill of one partitioned asset, one run per partition, as positions rather than requests (see
 * positionalPlan): a million partitions cost a few ranges. Null for any other backfill, which loadBackfillPlan plans.
 */
export async function loadPositionalPlan(
  db: Database,
  backfill: BackfillRecord,
  now: Date,
): Promise<(PositionalPlan & { targets: BackfillTarget[] }) | null> {
  if (Object.keys(backfill.targets).length !== 1) return null;
  const cached = positionalCache.get(backfill.id);
  if (cached) return cached;
  const { targets, readsDynamicKeys } = await loadTargets(db, backfill, now);
  // A deleted dynamic key would move every later request to another position, and the runs are counted by position.
  const positional = readsDynamicKeys ? null : positionalPlan(targets, backfill.strategy);
  if (!positional) return null;
  return remember(positionalCache, backfill.id, { ...positional, targets });
}

async function loadTargets(
  db: Database,
  backfill: BackfillRecord,
  now: Date,
): Promise<{ targets: BackfillTarget[]; readsDynamicKeys: boolean }> {
  // As when the backfill was created: one definition per asset key, the first location by name owns a duplicate.
  const locations = Object.entries(backfill.snapshotIds).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const { workspace, missing } = await loadWorkspaceOfSnapshots(db, locations, now);
  if (missing.length > 0)
    throw new BackfillPlanError(
      `The definitions of code location "${missing[0]}" this backfill was planned against are no longer stored.`,
    );

  let readsDynamicKeys = false;
  const targets: BackfillTarget[] = Object.entries(backfill.targets).map(([assetKey, keyRanges]) => {
    const found = workspace.byKey.get(assetKey);
    if (!found)
      throw new BackfillPlanError(`Asset "${assetKey}" is not in the definitions this backfill was planned against.`);
    const definition = found.node.partitionsDefinition;
    if (definition && dynamicPartitionsNames(definition).length > 0) readsDynamicKeys = true;
    const space = definition ? workspace.keySpace(definition) : null;
    return {
      assetKey,
      codeLocationName: found.codeLocationName,
      node: found.node,
      space,
      ranges: space ? fromKeyRanges(space, keyRanges) : [],
    };
  });
  return { targets, readsDynamicKeys };
}

export function inDependencyOrder(targets: readonly BackfillTarget[]): BackfillTarget[] {
  const byKey = new Map(targets.map((target) => [target.assetKey, target]));
  return buildAssetGraph(targets.map((target) => target.node))
    .topologicalOrder()
    .flatMap((key) => byKey.get(key) ?? []);
}
