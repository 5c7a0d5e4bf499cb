// `strata materialize --select <selection> | --job <name>`: launches a run and follows its events to the end.
import type { LaunchLimits } from "../core/consoleSettings";
import {
  formatRunPartitions,
  PARTITION_RANGE_SEPARATOR,
  parseRunPartitions,
  partitionKeySelection,
  type RunPartitionSelection,
} from "../core/partitions";
import { launchRun } from "../orchestration/runs/launchRun";
import type { Database } from "../store/database";
import { runPartitions } from "../store/runPartitions";
import { eventsForRun, readRunStatus } from "../store/runQueries";
import { FINISHED_STATUSES } from "../store/runs";
import { parseTagArgs, reportLaunchRefusal } from "./launchArgs";

export interface MaterializeArgs {
  /** A selection such as "+fact_events"… */
  select?: string;
  /** …or a job by name. */
  job?: string;
  /** One of the job's presets: its config and tags. */
  preset?: string;
  /** Run config as YAML or JSON text. */
  config?: string;
  tags: string[];
  partition?: string;
  /** "A...B": an inclusive range of partitions in one run, for assets that accept one. */
  partitionRange?: string;
  wait: boolean;
  /** strata.config.ts's launchLimits (the defaults when not given). */
  launchLimits?: LaunchLimits;
  /** Who launches: the API token's name with sign-in on, else "cli". */
  launchedBy?: string;
  /** A key for this launch: running the command again with it follows the run it launched instead of launching another. */
  idempotencyKey?: string;
}

/** --partition or --partition-range as the run's partitions, parsed here once; null for a form that is not a range. */
function partitionsOfArgs(
  args: MaterializeArgs,
): { ok: true; partitions: RunPartitionSelection | null } | { ok: false } {
  if (args.partition !== undefined) return { ok: true, partitions: partitionKeySelection(args.partition) };
  if (args.partitionRange === undefined) return { ok: true, partitions: null };
  const parsed = parseRunPartitions(args.partitionRange);
  return parsed.ok && parsed.selection.kind === "range" ? { ok: true, partitions: parsed.selection } : { ok: false };
}

/** Returns the process exit code: 0 when the run succeeded (or was only queued), 1 otherwise. */
export async function materializeFromCli(
  db: Database,
  args: MaterializeArgs,
  log: (line: string) => void,
): Promise<number> {
  if ((args.select === undefined) === (args.job === undefined)) {
    log("Give --select or --job (one of them), e.g. --select '+fact_events' or --job daily_events.");
    return 2;
  }
  const tags = parseTagArgs(args.tags);
  if (!tags.ok) {
    log(tags.message);
    return 2;
  }
  if (args.partition !== undefined && args.partitionRange !== undefined) {
    log("Give --partition or --partition-range, not both.");
    return 2;
  }
  const partitions = partitionsOfArgs(args);
  if (!partitions.ok) {
    const range = `FIRST${PARTITION_RANGE_SEPARATOR}LAST`;
    log(
      `--partition-range must look like ${range} (inclusive), e.g. 2026-01-01${PARTITION_RANGE_SEPARATOR}2026-01-31; got "${args.partitionRange}".`,
    );
    return 2;
  }
  const result = await launchRun(db, {
    selection: args.select ?? null,
    jobName: args.job ?? null,
    presetName: args.preset ?? null,
    runConfig: args.config ?? null,
    tags: tags.value,
    partitions: partitions.partitions,
    limits: args.launchLimits,
    launchedBy: args.launchedBy ?? "cli",
    idempotencyKey: args.idempotencyKey ?? null,
  });
  if (result.kind !== "success") return reportLaunchRefusal(result, args.select ?? "", log);
  const run = result.run;
  const launched = runPartitions(run);
  if (result.replayed)
    log(
      `Idempotency key "${args.idempotencyKey}" launched run ${run.id} already; launching nothing, following that run.`,
    );
  else
    log(
      `Launched run ${run.id}${run.jobName ? ` of job ${run.jobName}` : ""} for ${run.assetSelection.join(", ")}${launched ? ` (partition ${formatRunPartitions(launched)})` : ""}.`,
    );
  if (!args.wait) return 0;

  let cursor: bigint | null = null;
  for (;;) {
    const page = await eventsForRun(db, run.id, cursor, 500);
    for (const event of page.events) {
      const step = event.stepKey ? ` ${event.stepKey}` : "";
      log(`${event.timestamp.toISOString()} ${event.level.padEnd(5)} ${event.eventType}${step}: ${event.message}`);
      if (event.error?.stack) log(event.error.stack.replace(/^/gm, "    "));
      cursor = event.id;
    }
    const status = await readRunStatus(db, run.id);
    if (status === null) throw new Error(`Run ${run.id} is gone.`);
    if (FINISHED_STATUSES.includes(status) && !page.hasMore) {
      log(`Run ${run.id} ended with ${status}.`);
      return status === "SUCCESS" ? 0 : 1;
    }
    if (!page.hasMore) await new Promise((r) => setTimeout(r, 300));
  }
}
