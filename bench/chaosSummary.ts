// The chaos suite's summary as printed lines: kills survived by kind, recovery after each, runs checked,
// duplicates and stuck; and whether the scenario passed.

import type { ChaosReport } from "./chaosScenario";
import { duplicateCount, stuckCount } from "./chaosVerdict";

/** Passed: every backfill finished in time, one success per partition, nothing ran twice, nothing left unfinished. */
export function chaosPassed(report: ChaosReport): boolean {
  const { verdict } = report;
  return (
    report.finishedInTime &&
    duplicateCount(verdict) === 0 &&
    stuckCount(verdict) === 0 &&
    verdict.missingPartitions.length === 0
  );
}

const list = (ids: readonly string[]) =>
  ids.length === 0 ? "0" : `${ids.length} (${ids.slice(0, 5).join(", ")}${ids.length > 5 ? ", …" : ""})`;

export function formatChaosReport(report: ChaosReport): string {
  const { verdict, kills } = report;
  const byKind = (kind: string) => kills.filter((k) => k.kind === kind).length;
  const seconds = (ms: number | null) => (ms === null ? "never" : `${(ms / 1000).toFixed(2)} s`);
  const healed = (k: ChaosReport["kills"][number]) =>
    k.kind === "worker"
      ? `; its ${k.runsInterrupted} interrupted run(s) ended after ${seconds(k.healedMs)}`
      : k.kind === "daemon"
        ? `; next run submitted after ${seconds(k.healedMs)}`
        : "";
  const recoveries = kills.map(
    (k) =>
      `  ${k.kind.padEnd(8)} at ${k.atS.toFixed(1).padStart(6)} s (${k.submittedRuns} runs submitted): next run succeeded after ${seconds(k.recoveryMs)}${healed(k)}`,
  );
  return [
    `Chaos: ${report.options.partitions} partitions, ${report.options.workers} workers, seed ${report.options.seed}, ${report.durationS.toFixed(1)} s from launch to verdict.`,
    `Kills survived: ${byKind("worker")} worker, ${byKind("daemon")} daemon, ${byKind("postgres")} Postgres restart${report.skipped.length ? `; not reached before the first pass ended: ${report.skipped.join(", ")}` : ""}.`,
    ...recoveries,
    `Runs checked: ${verdict.runsChecked} (${verdict.successes} succeeded, ${verdict.failures} failed, ${report.retryBackfills} retry backfill(s)).`,
    ...(report.notRetried.length
      ? [
          `Partitions retryBackfill did not retry (backfilled again explicitly): ${report.notRetried.length}`,
          ...report.notRetried.map((line) => `  ${line}`),
        ]
      : []),
    `Duplicates: partitions with two successes ${list(verdict.duplicatePartitions)}, runs started twice ${list(verdict.runsStartedTwice)}.`,
    `Stuck: runs ${list(verdict.stuckRuns)}, backfills ${list(verdict.stuckBackfills)}; partitions without a success ${list(verdict.missingPartitions)}.`,
    ...verdict.missingDetails.map((line) => `  ${line}`),
    `${report.finishedInTime ? "Every backfill finished before the deadline." : "A backfill was still running at the deadline."} ${chaosPassed(report) ? "PASSED" : "FAILED"}.`,
  ].join("\n");
}
