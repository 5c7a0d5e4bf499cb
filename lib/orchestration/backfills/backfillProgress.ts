// Read models of a backfill's progress: where each run request stands and what happened to each targeted partition,
// derived from the plan and the runs (and steps) the backfill submitted.

import type {
  BackfillPartitionState,
  BackfillRequestCounts,
  BackfillRequestState,
  BackfillTarget,
} from "../../core/backfill";
import {
  backfillPartitionState,
  backfillRequestStates,
  countBackfillRequests,
  countsOfRunStatuses,
} from "../../core/backfill";
import { formatPartitionSelection, type RunPartitionSelection } from "../../core/partitions";
import type { BackfillRecord } from "../../store/backfillRecord";
import { backfillRunCounts } from "../../store/backfillRunCounts";
import { backfillRunStatuses, listBackfillRunSteps } from "../../store/backfillRuns";
import type { Database } from "../../store/database";
import { type BackfillPlan, loadBackfillPlan, loadPositionalPlan } from "./backfillPlan";

export interface BackfillRequestStatus {
  plan: BackfillPlan;
  states: BackfillRequestState[];
  counts: BackfillRequestCounts;
}

export async function readBackfillRequestStatus(
  db: Database,
  backfill: BackfillRecord,
  now: Date,
): Promise<BackfillRequestStatus> {
  const [plan, runs] = await Promise.all([loadBackfillPlan(db, backfill, now), backfillRunStatuses(db, backfill.id)]);
  const states = backfillRequestStates(plan.requests, runs);
  return { plan, states, counts: countBackfillRequests(states) };
}

/**
 * Where the backfill's run requests stand, as counts. A backfill of one asset, one run per partition, is read from
 * the per-status run counts alone (a few rows, whatever its size); any other from its plan and runs.
 */
export async function readBackfillCounts(
  db: Database,
  backfill: BackfillRecord,
  now: Date,
): Promise<BackfillRequestCounts> {
  const positional = await loadPositionalPlan(db, backfill, now);
  if (!positional) return (await readBackfillRequestStatus(db, backfill, now)).counts;
  return countsOfRunStatuses(positional.size, await backfillRunCounts(db, backfill.id));
}

export interface BackfillPartitionStatusRecord {
  /** null for an unpartitioned asset. */
  partitionKey: string | null;
  status: BackfillPartitionState;
  runId: string | null;
}

export interface BackfillAssetStatusRecord {
  assetKey: string;
  numTargeted: number;
  numMaterialized: number;
  numFailed: number;
  numInProgress: number;
  numSkipped: number;
  numQueued: number;
  numCanceled: number;
  numNotSubmitted: number;
  /**
   * Targeted partitions in key order; one entry with a null key for an unpartitioned asset. Empty when there are more
   * than `listUpTo` (see readBackfillAssetStatuses): the counts then say where they stand.
   */
  partitions: BackfillPartitionStatusRecord[];
}

/**
 * Per targeted asset, the state of each of its targeted partitions. A backfill of one asset, one run per partition,
 * with more than `listUpTo` partitions is answered from its run counts, without listing them.
 */
export async function readBackfillAssetStatuses(
  db: Database,
  backfill: BackfillRecord,
  now: Date,
  listUpTo = Number.POSITIVE_INFINITY,
): Promise<BackfillAssetStatusRecord[]> {
  const positional = await loadPositionalPlan(db, backfill, now);
  if (positional && positional.size > listUpTo)
    return [countedAssetStatus(positional.target, positional.size, await backfillRunCounts(db, backfill.id))];
  const { plan, states } = await readBackfillRequestStatus(db, backfill, now);
  const runs = await listBackfillRunSteps(db, backfill.id);
  const runByRequest = new Map(runs.map((run) => [run.backfillRequestKey, run]));
  const partitionsByAsset = new Map<string, BackfillPartitionStatusRecord[]>(plan.targets.map((t) => [t.assetKey, []]));
  plan.requests.forEach((request, index) => {
    const run = runByRequest.get(request.requestKey);
    const state = states[index] as BackfillRequestState;
    for (const assetKey of request.assetKeys) {
      const step = run?.steps.find((s) => s.assetKey === assetKey)?.status ?? null;
      const entry = { status: backfillPartitionState(state, step), runId: run?.id ?? null };
      const list = partitionsByAsset.get(assetKey) ?? [];
      for (const partitionKey of requestPartitionKeys(plan, request.partitions, assetKey))
        list.push({ partitionKey, ...entry });
      partitionsByAsset.set(assetKey, list);
    }
  });
  return [...partitionsByAsset].map(([assetKey, partitions]) => {
    const count = (status: BackfillPartitionState) => partitions.filter((p) => p.status === status).length;
    return {
      assetKey,
      numTargeted: partitions.length,
      numMaterialized: count("MATERIALIZED"),
      numFailed: count("FAILED"),
      numInProgress: count("IN_PROGRESS"),
      numSkipped: count("SKIPPED"),
      numQueued: count("QUEUED"),
      numCanceled: count("CANCELED"),
      numNotSubmitted: count("NOT_SUBMITTED"),
      partitions,
    };
  });
}

/** One asset's partitions counted by the state of their runs: each partition has its own run, of this asset only. */
function countedAssetStatus(
  target: BackfillTarget,
  size: number,
  runsByStatus: Awaited<ReturnType<typeof backfillRunCounts>>,
): BackfillAssetStatusRecord {
  const counts = countsOfRunStatuses(size, runsByStatus);
  return {
    assetKey: target.assetKey,
    numTargeted: size,
    numMaterialized: counts.numSucceeded,
    numFailed: counts.numFailed,
    numInProgress: counts.numInProgress,
    numSkipped: 0,
    numQueued: counts.numQueued,
    numCanceled: counts.numCanceled,
    numNotSubmitted: counts.numNotSubmitted,
    partitions: [],
  };
}

function requestPartitionKeys(
  plan: BackfillPlan,
  partitions: RunPartitionSelection | null,
  assetKey: string,
): (string | null)[] {
  if (!partitions) return [null];
  if (partitions.kind === "key") return [partitions.key];
  const range = partitions;
  const space = plan.targets.find((t) => t.assetKey === assetKey)?.space;
  if (!space) return [];
  const keys: string[] = [];
  const first = space.indexOf(range.start);
  const last = space.indexOf(range.end);
  for (let position = first; first >= 0 && position <= last; position++) keys.push(space.keyAt(position));
  return keys;
}

/**
 * The targeted partitions in the selection syntax, e.g. "2026-01-01...2026-01-30"; when assets target different
 * partitions, each asset's own, as "daily_events: 2026-01-01...2026-01-30; weekly_report: 2026-01-04".
 */
export function describeBackfillPartitions(targets: readonly BackfillTarget[]): string {
  const parts = targets.flatMap((target) =>
    target.space ? [{ assetKey: target.assetKey, text: formatPartitionSelection(target.space, target.ranges) }] : [],
  );
  const distinct = new Set(parts.map((p) => p.text));
  if (distinct.size <= 1) return parts[0]?.text ?? "";
  return parts.map((p) => `${p.assetKey}: ${p.text}`).join("; ");
}
