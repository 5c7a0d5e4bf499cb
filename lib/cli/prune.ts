// `strata prune [--dry-run]`: deletes runs and compute logs older than strata.config.ts's retention (or the ages given).
import { parseArgs } from "node:util";
import type { Database } from "../store/database";
import { pruneHistory, type RetentionPolicy } from "../store/retention";
import type { CliCaller } from "./cliCaller";

export const pruneUsage = `usage: strata prune [--dry-run] [--runs-days N] [--compute-logs-days N]
  deletes finished runs (with their steps and events) and compute logs older than the retention in strata.config.ts,
  or the ages given; a run holding the latest materialization of an asset or partition is always kept`;

function days(value: string | undefined, flag: string): number | null | Error {
  if (value === undefined) return null;
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1
    ? parsed
    : new Error(`${flag} must be a whole number of days, at least 1, got "${value}".`);
}

export async function pruneFromCli(
  db: Database,
  args: string[],
  log: (line: string) => void,
  caller: CliCaller,
  configured: RetentionPolicy,
  now = new Date(),
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        "dry-run": { type: "boolean", default: false },
        "runs-days": { type: "string" },
        "compute-logs-days": { type: "string" },
      },
    }));
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\n${pruneUsage}`);
    return 2;
  }
  const runsDays = days(values["runs-days"], "--runs-days");
  const logsDays = days(values["compute-logs-days"], "--compute-logs-days");
  for (const problem of [runsDays, logsDays]) {
    if (problem instanceof Error) {
      log(problem.message);
      return 2;
    }
  }
  const policy: RetentionPolicy = {
    runsDays: (runsDays as number | null) ?? configured.runsDays,
    computeLogsDays: (logsDays as number | null) ?? configured.computeLogsDays,
  };
  if (policy.runsDays === null && policy.computeLogsDays === null) {
    log(
      "Nothing to prune: set retention: { runsDays, computeLogsDays } in strata.config.ts, or pass --runs-days or --compute-logs-days.",
    );
    return 0;
  }
  caller.require("PRUNE_HISTORY");
  const dryRun = values["dry-run"] ?? false;
  const result = await pruneHistory(db, policy, { now, dryRun });
  const ages = [
    policy.runsDays !== null ? `runs older than ${policy.runsDays} days` : null,
    policy.computeLogsDays !== null ? `compute logs older than ${policy.computeLogsDays} days` : null,
  ]
    .filter(Boolean)
    .join(" and ");
  log(
    `${dryRun ? "Would delete" : "Deleted"} ${result.runs} runs (with their steps and events) and ${result.computeLogChunks} compute log chunks: ${ages}.`,
  );
  if (result.keptForLatestMaterialization > 0)
    log(
      `Kept ${result.keptForLatestMaterialization} old runs: they hold the latest materialization of an asset or partition.`,
    );
  if (!dryRun)
    await caller.audit(db, {
      action: "history.prune",
      target: ages,
      details: { runs: result.runs, computeLogChunks: result.computeLogChunks },
    });
  return 0;
}
