// The chaos suite's short version: a 60-partition backfill through real `strata worker` and `strata daemon`
// processes on a fresh embedded Postgres, with workers and the daemon SIGKILLed and Postgres restarted while it runs;
// every partition must end with exactly one successful run and nothing may be left unfinished. `npm run chaos` is
// the full size. It takes about a minute: a killed worker's runs are failed only once the run monitor has not heard
// from it for 30 s, and the first pass waits for that before its failed partitions are retried.
import { describe, expect, it } from "vitest";
import { runChaos } from "../../bench/chaosScenario";
import { chaosPassed, formatChaosReport } from "../../bench/chaosSummary";
import { duplicateCount, judgeChaos, stuckCount } from "../../bench/chaosVerdict";

describe("the chaos verdict", () => {
  const keys = ["p0", "p1"];
  const run = (id: string, status: string, partitionKey: string, starts = 1) => ({ id, status, partitionKey, starts });

  it("passes one success per partition, failed attempts included", () => {
    const verdict = judgeChaos(
      keys,
      [run("a", "FAILURE", "p0"), run("b", "SUCCESS", "p0"), run("c", "SUCCESS", "p1")],
      [{ id: "bf", status: "COMPLETED" }],
    );
    expect({
      duplicates: duplicateCount(verdict),
      stuck: stuckCount(verdict),
      missing: verdict.missingPartitions,
    }).toEqual({ duplicates: 0, stuck: 0, missing: [] });
  });

  it("counts a partition that succeeded twice and a run started twice as duplicates", () => {
    const verdict = judgeChaos(
      keys,
      [run("a", "SUCCESS", "p0"), run("b", "SUCCESS", "p0"), run("c", "SUCCESS", "p1", 2)],
      [],
    );
    expect(verdict.duplicatePartitions).toEqual(["p0"]);
    expect(verdict.runsStartedTwice).toEqual(["c"]);
    expect(duplicateCount(verdict)).toBe(2);
  });

  it("counts runs and backfills left unfinished as stuck, and a partition without a success as missing", () => {
    const verdict = judgeChaos(
      keys,
      [run("a", "SUCCESS", "p0"), run("b", "STARTED", "p1"), run("c", "QUEUED", "p1", 0)],
      [{ id: "bf", status: "REQUESTED" }],
    );
    expect(verdict.stuckRuns).toEqual(["b", "c"]);
    expect(verdict.stuckBackfills).toEqual(["bf"]);
    expect(verdict.missingPartitions).toEqual(["p1"]);
    expect(stuckCount(verdict)).toBe(3);
  });
});

describe("a backfill under chaos", () => {
  it("ends with exactly one successful run per partition and nothing stuck after worker and daemon SIGKILLs and a Postgres restart", async () => {
    const seed = Number(process.env.STRATA_CHAOS_SEED ?? Date.now() % 2 ** 31);
    const report = await runChaos({
      partitions: 60,
      workers: 2,
      workerKills: 2,
      daemonKills: 1,
      postgresRestarts: 1,
      computeMs: 200,
      chunkSize: 5,
      maxQueuedRuns: 12,
      deadlineMs: 100_000,
      retryRounds: 2,
      seed,
    });
    console.log(formatChaosReport(report));
    expect(report.skipped).toEqual([]);
    expect(report.kills.map((k) => k.kind).sort()).toEqual(["daemon", "postgres", "worker", "worker"]);
    // The daemon died mid-submission: it had not submitted every run yet.
    for (const kill of report.kills.filter((k) => k.kind === "daemon")) expect(kill.submittedRuns).toBeLessThan(60);
    expect(report.verdict.duplicatePartitions).toEqual([]);
    expect(report.verdict.runsStartedTwice).toEqual([]);
    expect(report.verdict.stuckRuns).toEqual([]);
    expect(report.verdict.stuckBackfills).toEqual([]);
    expect(report.verdict.missingPartitions).toEqual([]);
    expect(report.finishedInTime).toBe(true);
    expect(chaosPassed(report)).toBe(true);
  }, 180_000);
});
