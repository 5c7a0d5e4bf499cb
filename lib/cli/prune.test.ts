// `strata prune`: what it says for a dry run, a real run and bad flags, against a real database.
import { afterAll, beforeAll, expect, it } from "vitest";
import { listAuditEvents } from "../store/auditLog";
import type { RetentionPolicy } from "../store/retention";
import { createRun, finishRun } from "../store/runs";
import { savePartitionedLocation } from "../store/testing/partitionedLocation";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { LOCAL_CLI_CALLER } from "./cliCaller";
import { pruneFromCli } from "./prune";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  const snapshotId = await savePartitionedLocation(database.db);
  const run = await createRun(database.db, {
    codeLocationName: "partitioned",
    snapshotId,
    assetKeys: ["regional"],
    partitions: { kind: "key", key: "eu" },
    launchedBy: "test",
  });
  await finishRun(database.db, run.id, "FAILURE", "failed");
  await database.db.run.update({ where: { id: run.id }, data: { endTime: new Date("2026-01-01T00:00:00Z") } });
});
afterAll(async () => database?.drop());

const NOW = new Date("2026-12-05T00:00:00Z");
async function prune(args: string[], configured: RetentionPolicy = { runsDays: null, computeLogsDays: null }) {
  const lines: string[] = [];
  const code = await pruneFromCli(database.db, args, (line) => lines.push(line), LOCAL_CLI_CALLER, configured, NOW);
  return { code, output: lines.join("\n") };
}

it("says how to configure retention when none is set", async () => {
  expect(await prune([])).toEqual({
    code: 0,
    output:
      "Nothing to prune: set retention: { runsDays, computeLogsDays } in strata.config.ts, or pass --runs-days or --compute-logs-days.",
  });
});

it("shows what would go with --dry-run, then deletes it and notes it in the audit log", async () => {
  expect(await prune(["--dry-run"], { runsDays: 90, computeLogsDays: null })).toEqual({
    code: 0,
    output: "Would delete 1 runs (with their steps and events) and 0 compute log chunks: runs older than 90 days.",
  });
  expect(await database.db.run.count()).toBe(1);
  expect((await prune(["--runs-days", "90"])).output).toBe(
    "Deleted 1 runs (with their steps and events) and 0 compute log chunks: runs older than 90 days.",
  );
  expect(await database.db.run.count()).toBe(0);
  expect((await listAuditEvents(database.db, { limit: 1 }))[0]).toMatchObject({
    actor: "cli",
    action: "history.prune",
    target: "runs older than 90 days",
  });
});

it("refuses a malformed age, naming the flag", async () => {
  expect(await prune(["--runs-days", "soon"])).toEqual({
    code: 2,
    output: '--runs-days must be a whole number of days, at least 1, got "soon".',
  });
});
