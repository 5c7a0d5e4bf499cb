// Eager automation of one partitioned asset per tick: reads the upstream materializations past its cursor, decides per
// partition (lib/core/eagerPartitions), claims the evaluation (two daemons never both take in one materialization or
// request one partition), and launches a run per partition or per range of partitions.

import { dependencyPartitionMapping } from "../../core/dependencyMapping";
import {
  type EagerUpstream,
  evaluateEagerPartitions,
  type RunningPartitions,
  type UpstreamMaterialization,
} from "../../core/eagerPartitions";
import { formatRunPartitions, fromKeyRanges, normalizeRanges, toKeyRanges, unionRanges } from "../../core/partitions";
import type { IndexRange, PartitionKeySpace } from "../../core/partitions/types";
import { upstreamVersion } from "../../core/staleness";
import type { AssetStatusRecord } from "../../store/assetStatuses";
import {
  type AutomationStateRecord,
  claimPartitionedEvaluation,
  recordAutomationEvaluation,
  recordAutomationLaunch,
  type UpstreamCursors,
} from "../../store/automationStates";
import type { Database } from "../../store/database";
import {
  readLatestPartitionMaterializationSeqs,
  readPartitionMaterializationsAfter,
} from "../../store/partitionMaterializations";
import { partitionStatusInSpace, type StoredPartitionStatus } from "../../store/partitionStatus";
import type { ActiveRunTarget } from "../../store/runQueries";
import { launchRun } from "../runs/launchRun";
import type { AssetDefinition, Workspace } from "../workspace/workspace";

/** Runs one asset may launch per tick; partitions past them are requested at the next ticks. */
export const MAX_RUNS_PER_TICK = 25;
/** Missing partitions checked per tick, newest first. */
const MAX_MISSING_CHECKS = 2000;
/** Upstream materializations taken in per tick; the rest at the next. */
const MATERIALIZATIONS_PER_TICK = 10_000;

/** What one tick read once for every asset. */
export interface TickReads {
  now: Date;
  workspace: Workspace;
  statuses: ReadonlyMap<string, AssetStatusRecord>;
  partitionStatuses: ReadonlyMap<string, StoredPartitionStatus>;
  activeRuns: readonly ActiveRunTarget[];
  tag: Readonly<Record<string, string>>;
}

export interface PartitionRequest {
  partitionKey: string;
  runId: string | null;
  error: string | null;
}

/** The partitions queued or running runs of `assetKey` will write, as positions of `space` (all of it when unpartitioned). */
export function runningPartitions(
  activeRuns: readonly ActiveRunTarget[],
  assetKey: string,
  space: PartitionKeySpace | null,
): RunningPartitions {
  const ranges: IndexRange[] = [];
  for (const run of activeRuns) {
    if (!run.assetSelection.includes(assetKey)) continue;
    if (!space || !run.partitions) return { all: true, ranges: [] };
    const first = space.indexOf(run.partitions.kind === "key" ? run.partitions.key : run.partitions.start);
    const last = space.indexOf(run.partitions.kind === "key" ? run.partitions.key : run.partitions.end);
    if (first >= 0 && last >= first) ranges.push([first, last]);
  }
  return { all: false, ranges: normalizeRanges(ranges) };
}

/** Evaluates a partitioned eager asset and launches what it requests; returns the requests it launched. */
export async function tickEagerPartitions(
  db: Database,
  reads: TickReads,
  definition: AssetDefinition,
  space: PartitionKeySpace,
  state: AutomationStateRecord | null,
): Promise<PartitionRequest[]> {
  const { workspace, now } = reads;
  const upstream = [...new Set(definition.upstreamKeys)].map((key) => upstreamOf(reads, definition, key));
  // Its own materializations make nothing due: a partition reading its earlier ones would re-run every later one.
  const followed = upstream.filter((u) => u.key !== definition.key && workspace.byKey.has(u.key)).map((u) => u.key);

  const news = await readUpstreamNews(db, reads, followed, state?.upstreamCursors ?? null);

  const own = partitionStatusInSpace(reads.partitionStatuses.get(definition.key), space);
  const handled = fromKeyRanges(space, state?.requestedPartitions ?? []);
  const decision = evaluateEagerPartitions({
    assetKey: definition.key,
    space,
    materialized: own.materialized,
    failed: own.failed,
    running: runningPartitions(reads.activeRuns, definition.key, space),
    upstream,
    newMaterializations: news.materializations,
    pending: state?.pendingPartitions ?? [],
    handled,
    rangeRuns: definition.node.backfillPolicy === "single_run",
    maxRuns: MAX_RUNS_PER_TICK,
    maxMissingChecks: MAX_MISSING_CHECKS,
  });

  const reasonsChanged = JSON.stringify(state?.lastReasons ?? []) !== JSON.stringify(decision.reasons);
  const pendingChanged = JSON.stringify(state?.pendingPartitions ?? []) !== JSON.stringify(decision.pending);
  if (decision.runs.length === 0 && !news.moved && !pendingChanged) {
    await recordAutomationEvaluation(db, definition.key, now, decision.reasons, reasonsChanged);
    return [];
  }

  const runs = decision.runs.map((run) => ({
    partitionKey: formatRunPartitions(run.partitions),
    reasons: run.reasons,
  }));
  const evaluationIds = await claimPartitionedEvaluation(db, definition.key, state, {
    now,
    upstreamCursors: news.cursors,
    pendingPartitions: decision.pending,
    requestedPartitions: toKeyRanges(space, unionRanges(handled, decision.requested)),
    reasons: decision.reasons,
    reasonsChanged,
    runs,
  });
  // Another daemon claimed this evaluation first: it launches the runs.
  if (evaluationIds === null) return [];

  const requests: PartitionRequest[] = [];
  for (const [index, run] of decision.runs.entries()) {
    const partitionKey = runs[index]?.partitionKey ?? "";
    const launched = await launchRun(db, {
      assetKeys: [definition.node.key],
      partitions: run.partitions,
      systemTags: reads.tag,
      launchedBy: "automation",
    });
    const runId = launched.kind === "success" ? launched.run.id : null;
    const error = launched.kind === "success" ? null : launched.message;
    const evaluationId = evaluationIds[index];
    if (evaluationId !== undefined) await recordAutomationLaunch(db, evaluationId, { runId, partitionKey, error });
    requests.push({ partitionKey, runId, error });
  }
  return requests;
}

interface UpstreamNews {
  /** Materializations past the cursors, oldest first. */
  materializations: UpstreamMaterialization[];
  cursors: UpstreamCursors;
  moved: boolean;
}

/**
 * What each followed upstream materialized past its cursor. A partitioned upstream is read by partition
 * materialization seq, which grows in commit order per asset, so a run that commits late is not skipped; an
 * unpartitioned one by its status row's latest materialization. The first evaluation starts every cursor at the
 * newest materialization: turning automation on re-runs nothing already there.
 */
async function readUpstreamNews(
  db: Database,
  reads: TickReads,
  followed: readonly string[],
  cursors: UpstreamCursors | null,
): Promise<UpstreamNews> {
  const partitioned = followed.filter((key) => reads.workspace.keySpaceOf(key) !== null);
  const latestOf = (key: string) => reads.statuses.get(key)?.lastMaterializationEventId ?? 0n;
  if (cursors === null) {
    const seqs = await readLatestPartitionMaterializationSeqs(db, partitioned);
    const start = Object.fromEntries(followed.map((key) => [key, seqs.get(key) ?? latestOf(key)]));
    return { materializations: [], cursors: start, moved: true };
  }
  const materializations: (UpstreamMaterialization & { eventId: bigint })[] = [];
  const next: Record<string, bigint> = { ...cursors };
  for (const key of followed) {
    const cursor = cursors[key];
    if (partitioned.includes(key)) {
      const rows = await readPartitionMaterializationsAfter(db, key, cursor ?? 0n, MATERIALIZATIONS_PER_TICK);
      for (const row of rows)
        materializations.push({ eventId: row.eventId, assetKey: key, partitionKey: row.partitionKey });
      next[key] = rows.at(-1)?.seq ?? cursor ?? 0n;
    } else {
      const latest = latestOf(key);
      if (cursor !== undefined && latest !== cursor && latest !== 0n)
        materializations.push({ eventId: latest, assetKey: key, partitionKey: null });
      next[key] = latest;
    }
  }
  materializations.sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));
  const moved = followed.some((key) => next[key] !== cursors[key]) || Object.keys(cursors).length !== followed.length;
  return { materializations, cursors: next, moved };
}

/** An upstream as the decision reads it: partitioned with its materialized partitions, or one piece of data. */
function upstreamOf(reads: TickReads, definition: AssetDefinition, key: string): EagerUpstream {
  const upstream = reads.workspace.byKey.get(key);
  const space = upstream && !upstream.node.isSource ? reads.workspace.keySpaceOf(key) : null;
  return {
    key,
    space,
    mapping: dependencyPartitionMapping(definition.node, key, upstream?.node ?? null),
    materialized: space ? partitionStatusInSpace(reads.partitionStatuses.get(key), space).materialized : [],
    hasData: upstream !== undefined && upstreamVersion(reads.statuses.get(key)) !== null,
    running: runningPartitions(reads.activeRuns, key, space),
  };
}
