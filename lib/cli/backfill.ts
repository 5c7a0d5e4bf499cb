// `strata backfill --select <selection> --partition-range A...B`: launches a partition backfill and follows it.

import type { BackfillRequestCounts } from "../core/backfill";
import type { LaunchLimits } from "../core/consoleSettings";
import { readBackfillCounts } from "../orchestration/backfills/backfillProgress";
import { type BackfillLimits, tickBackfills } from "../orchestration/backfills/backfillSubmission";
import { createPartitionBackfill, getBackfill } from "../orchestration/backfills/backfills";
import type { Database } from "../store/database";
import { parseTagArgs, reportLaunchRefusal } from "./launchArgs";

export interface BackfillArgs {
  select: string;
  /** "2026-01-01...2026-01-31" */
  partitionRange?: string;
  /** "a,b,c"; joined with the range when both are given. Neither: every partition. */
  partitions?: string;
  onlyMissing: boolean;
  singleRun: boolean;
  tags: string[];
  config?: string;
  wait: boolean;
  /** strata.config.ts's launchLimits (the defaults when not given). */
  launchLimits?: LaunchLimits;
  /** Who launches: the API token's name with sign-in on, else "cli". */
  launchedBy?: string;
  /** A key for this launch: running the command again with it follows the backfill it launched instead of launching another. */
  idempotencyKey?: string;
}

export interface FollowOptions {
  limits: BackfillLimits;
  pollMs?: number;
}

/** Returns the exit code: 0 when the backfill COMPLETED (or was only launched, with --no-wait), 1 otherwise, 2 for a bad request. */
export async function backfillFromCli(
  db: Database,
  args: BackfillArgs,
  log: (line: string) => void,
  options: FollowOptions,
): Promise<number> {
  const tags = parseTagArgs(args.tags);
  if (!tags.ok) {
    log(tags.message);
    return 2;
  }
  const partitionSelection = [args.partitionRange, args.partitions].filter((part) => part?.trim()).join(", ");
  const result = await createPartitionBackfill(db, {
    selection: args.select,
    partitionSelection: partitionSelection || null,
    onlyMissingOrFailed: args.onlyMissing,
    strategy: args.singleRun ? "SINGLE_RUN" : "ONE_RUN_PER_PARTITION",
    tags: tags.value,
    runConfig: args.config ?? null,
    limits: args.launchLimits,
    launchedBy: args.launchedBy ?? "cli",
    idempotencyKey: args.idempotencyKey ?? null,
  });
  if (result.kind !== "success") return reportLaunchRefusal(result, args.select, log);
  const { backfill } = result;
  if (result.replayed)
    log(`Idempotency key "${args.idempotencyKey}" launched backfill ${backfill.id} already; launching nothing.`);
  else
    log(
      `Launched backfill ${backfill.id}: ${backfill.numPartitions} partition(s) of ${Object.keys(backfill.targets).join(", ")} in ${backfill.numRuns} run(s).`,
    );
  if (!args.wait) return 0;
  log("Following its progress; Ctrl-C stops following, the daemon keeps submitting its runs.");

  let lastLine = "";
  for (;;) {
    // Submitting here too means the backfill advances without a daemon; with one, submission stays exactly-once.
    await tickBackfills(db, { ...options.limits, now: new Date(), backfillIds: [backfill.id] });
    const current = await getBackfill(db, backfill.id);
    if (!current) throw new Error(`Backfill ${backfill.id} disappeared from the database.`);
    const line = progressLine(current.id, await readBackfillCounts(db, current, new Date()));
    if (line !== lastLine) log(line);
    lastLine = line;
    if (current.status !== "REQUESTED" && current.status !== "CANCELING") {
      log(`Backfill ${current.id} ended with ${current.status}${current.error ? `: ${current.error}` : ""}.`);
      return current.status === "COMPLETED" ? 0 : 1;
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
}

export function progressLine(backfillId: string, counts: BackfillRequestCounts): string {
  const parts = [
    `${counts.numSucceeded}/${counts.numRuns} runs succeeded`,
    `${counts.numFailed} failed`,
    `${counts.numInProgress} in progress`,
    `${counts.numQueued} queued`,
    `${counts.numNotSubmitted} not submitted`,
  ];
  if (counts.numCanceled > 0) parts.push(`${counts.numCanceled} canceled`);
  if (counts.numSkipped > 0) parts.push(`${counts.numSkipped} skipped`);
  return `Backfill ${backfillId}: ${parts.join(", ")}`;
}
