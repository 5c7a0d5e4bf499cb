// `strata materialize` on the command line: launches, follows the log, and exits by the run's result.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

function strata(args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", ...args], {
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      STRATA_CONFIG: path.resolve("lib/cli/testdata/pipeline.config.ts"),
    },
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

it("materializes a selection and prints its events", () => {
  const { code, output } = strata(["materialize", "--select", "+test/total", "--tag", "team=data"]);
  expect(output).toMatch(/ASSET_MATERIALIZATION test\/total/);
  expect(output).toMatch(/ended with SUCCESS/);
  expect(code).toBe(0);
}, 60_000);

it("exits non-zero when the run fails, with the error in the output", () => {
  const { code, output } = strata(["materialize", "--select", "test/flaky"]);
  expect(output).toContain("flaky failed on attempt 3");
  expect(output).toMatch(/ended with FAILURE/);
  expect(code).toBe(1);
}, 60_000);

it("points at the position of a selection syntax error and launches nothing", async () => {
  const before = await database.db.run.count();
  const { code, output } = strata(["materialize", "--select", "group:"]);
  expect(output).toContain("Invalid selection");
  expect(output).toMatch(/\n\s+group:\n\s{8}\^/);
  expect(code).toBe(2);
  expect(await database.db.run.count()).toBe(before);
});

it("reports partition errors clearly and launches nothing", async () => {
  const before = await database.db.run.count();
  const unpartitioned = strata(["materialize", "--select", "test/total", "--partition", "2026-01-01", "--no-wait"]);
  expect(unpartitioned.output).toContain(
    'Invalid partition: None of the selected assets is partitioned, so the partition "2026-01-01" does not apply',
  );
  expect(unpartitioned.code).toBe(2);
  const malformed = strata(["materialize", "--select", "test/total", "--partition-range", "2026-01-01", "--no-wait"]);
  expect(malformed.output).toContain("--partition-range must look like FIRST...LAST");
  expect(malformed.code).toBe(2);
  expect(await database.db.run.count()).toBe(before);
}, 60_000);

it("lists every run config error with its path and launches nothing", async () => {
  const before = await database.db.run.count();
  const { code, output } = strata([
    "materialize",
    "--select",
    "test/slow",
    "--config",
    "ops: { test/slow: { config: { ms: soon, extra: 1 } }, test/total: {} }",
    "--no-wait",
  ]);
  expect(output).toContain("Invalid run config:");
  expect(output).toContain('  ops.test/total: "test/total" is not an asset of this run');
  expect(output).toContain('  ops.test/slow.config.extra: unknown field "extra"; the fields are "ms"');
  expect(output).toContain('  ops.test/slow.config.ms: expected integer, got "soon"');
  expect(code).toBe(2);
  expect(await database.db.run.count()).toBe(before);
}, 60_000);

it("launches a job with a preset, and lists jobs", async () => {
  const { code, output } = strata(["materialize", "--job", "quick", "--preset", "instant"]);
  expect(output).toMatch(/Launched run \S+ of job quick for test\/slow/);
  expect(output).toMatch(/ended with SUCCESS/);
  expect(code).toBe(0);
  const run = await database.db.run.findFirstOrThrow({ where: { jobName: "quick" } });
  expect(run.runConfig).toEqual({ ops: { "test/slow": { config: { ms: 1 } } } });
  expect(run.tags).toMatchObject({ speed: "quick" });

  const jobs = strata(["jobs"]);
  expect(jobs.output).toContain("quick  (pipeline)");
  expect(jobs.output).toContain("presets     instant");
  expect(jobs.code).toBe(0);
}, 60_000);

it("launches one run for one --idempotency-key, however often the command is repeated", async () => {
  const before = await database.db.run.count();
  const first = strata(["materialize", "--select", "test/total", "--idempotency-key", "deploy-42", "--no-wait"]);
  expect(first.code).toBe(0);
  const runId = /Launched run ([0-9a-f-]{36})/.exec(first.output)?.[1];
  expect(runId).toBeDefined();
  const again = strata(["materialize", "--select", "test/total", "--idempotency-key", "deploy-42", "--no-wait"]);
  expect(again.output).toContain(`Idempotency key "deploy-42" launched run ${runId} already`);
  expect(again.code).toBe(0);
  expect(await database.db.run.count()).toBe(before + 1);
}, 60_000);
