// What the chaos suite checks once the backfill is over: every partition has exactly one successful run, no run ran
// twice, and nothing is left queued, in progress or still submitting. Pure over rows, so a test can prove it fails.
import type { Database } from "../lib/store/database";

const FINAL_RUN_STATUSES = new Set(["SUCCESS", "FAILURE", "CANCELED"]);
const FINAL_BACKFILL_STATUSES = new Set(["COMPLETED", "COMPLETED_WITH_FAILURES", "FAILED", "CANCELED"]);

export interface ChaosRunRow {
  id: string;
  status: string;
  partitionKey: string | null;
  /** How many RUN_START events it has: a run executed by two workers has two. */
  starts: number;
}

export interface ChaosBackfillRow {
  id: string;
  status: string;
}

export interface ChaosVerdict {
  runsChecked: number;
  successes: number;
  failures: number;
  /** Partitions with more than one successful run. */
  duplicatePartitions: string[];
  /** Runs started more than once. */
  runsStartedTwice: string[];
  /** Partitions without a successful run. */
  missingPartitions: string[];
  /** Runs and backfills not in a final status. */
  stuckRuns: string[];
  stuckBackfills: string[];
  /** For each partition without a success: its runs, their statuses and materializations, to see why. */
  missingDetails: string[];
}

export function judgeChaos(
  partitionKeys: readonly string[],
  runs: readonly ChaosRunRow[],
  backfills: readonly ChaosBackfillRow[],
): ChaosVerdict {
  const successesByPartition = new Map<string, number>(partitionKeys.map((key) => [key, 0]));
  for (const run of runs) {
    if (run.status !== "SUCCESS" || run.partitionKey === null) continue;
    successesByPartition.set(run.partitionKey, (successesByPartition.get(run.partitionKey) ?? 0) + 1);
  }
  const partitionsWith = (test: (count: number) => boolean) =>
    [...successesByPartition].filter(([, count]) => test(count)).map(([key]) => key);
  return {
    runsChecked: runs.length,
    successes: runs.filter((r) => r.status === "SUCCESS").length,
    failures: runs.filter((r) => r.status === "FAILURE").length,
    duplicatePartitions: partitionsWith((count) => count > 1),
    runsStartedTwice: runs.filter((r) => r.starts > 1).map((r) => r.id),
    missingPartitions: partitionsWith((count) => count === 0),
    stuckRuns: runs.filter((r) => !FINAL_RUN_STATUSES.has(r.status)).map((r) => r.id),
    stuckBackfills: backfills.filter((b) => !FINAL_BACKFILL_STATUSES.has(b.status)).map((b) => b.id),
    missingDetails: [],
  };
}

/** Duplicates counts both kinds of double work: a partition materialized twice, and one run executed twice. */
export function duplicateCount(verdict: ChaosVerdict): number {
  return verdict.duplicatePartitions.length + verdict.runsStartedTwice.length;
}

export function stuckCount(verdict: ChaosVerdict): number {
  return verdict.stuckRuns.length + verdict.stuckBackfills.length;
}

/** Reads every run of the code location and every backfill, and judges them. */
export async function readChaosVerdict(
  db: Database,
  codeLocationName: string,
  partitionKeys: readonly string[],
): Promise<ChaosVerdict> {
  const runs = await db.run.findMany({
    where: { codeLocationName },
    select: { id: true, status: true, partitionKey: true },
  });
  const starts = await db.event.groupBy({
    by: ["runId"],
    where: { eventType: "RUN_START", run: { codeLocationName } },
    _count: { _all: true },
  });
  const startsByRun = new Map(starts.map((s) => [s.runId, s._count._all]));
  const backfills = await db.backfill.findMany({ select: { id: true, status: true } });
  const verdict = judgeChaos(
    partitionKeys,
    runs.map((r) => ({ ...r, starts: startsByRun.get(r.id) ?? 0 })),
    backfills,
  );
  for (const partitionKey of verdict.missingPartitions.slice(0, 10)) {
    const attempts = await db.run.findMany({
      where: { codeLocationName, partitionKey },
      select: {
        id: true,
        status: true,
        backfillId: true,
        events: {
          where: { eventType: { in: ["ASSET_MATERIALIZATION", "RUN_FAILURE"] } },
          select: { eventType: true, message: true },
        },
      },
    });
    const described = attempts.map(
      (a) =>
        `run ${a.id} of backfill ${a.backfillId} ${a.status}${a.events.map((e) => `; ${e.eventType}: ${e.message}`).join("")}`,
    );
    verdict.missingDetails.push(`${partitionKey}: ${described.join(" | ") || "no run"}`);
  }
  return verdict;
}
