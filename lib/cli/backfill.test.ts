// `strata backfill`: launching, refusing bad requests with exit code 2, and following a backfill to its end.
import { afterAll, beforeAll, expect, it } from "vitest";
import { saveBackfillLocation } from "../store/testing/backfillLocation";
import { failRun, succeedRun } from "../store/testing/runOutcomes";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { type BackfillArgs, backfillFromCli } from "./backfill";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await saveBackfillLocation(database.db);
});
afterAll(async () => database?.drop());

const args = (overrides: Partial<BackfillArgs>): BackfillArgs => ({
  select: "regional",
  onlyMissing: false,
  singleRun: false,
  tags: [],
  wait: false,
  ...overrides,
});
const limits = { chunkSize: 10, maxQueuedRuns: 10 };

async function run(
  overrides: Partial<BackfillArgs>,
  settle?: (runId: string, partitionKey: string | null) => Promise<void>,
) {
  const lines: string[] = [];
  let done = false;
  const exit = backfillFromCli(database.db, args(overrides), (line) => lines.push(line), {
    limits,
    pollMs: 20,
  }).finally(() => (done = true));
  // Stands in for a worker: settles each queued run of the followed backfill.
  while (settle && !done) {
    const queued = await database.db.run.findMany({ where: { status: "QUEUED", backfillId: { not: null } } });
    for (const queuedRun of queued) await settle(queuedRun.id, queuedRun.partitionKey);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { code: await exit, lines };
}

it("launches a backfill and prints its id without waiting", async () => {
  const { code, lines } = await run({ partitionRange: "us...eu", tags: ["team=data"] });
  expect(code).toBe(0);
  expect(lines[0]).toMatch(/^Launched backfill [a-z0-9]{8}: 2 partition\(s\) of regional in 2 run\(s\)\.$/);
  const id = lines[0]!.split(" ")[2]!.replace(":", "");
  expect(await database.db.backfill.findUniqueOrThrow({ where: { id } })).toMatchObject({
    tags: { team: "data" },
    launchedBy: "cli",
  });
});

it("exits 2 with the reason for a request that cannot run", async () => {
  expect(await run({ partitions: "us, mars" })).toMatchObject({
    code: 2,
    lines: [expect.stringMatching(/^Invalid partition selection: .*mars/)],
  });
  expect(await run({ select: "regionl" })).toMatchObject({
    code: 2,
    lines: [expect.stringContaining('Did you mean "regional"?')],
  });
  expect(await run({ tags: ["oops"] })).toMatchObject({
    code: 2,
    lines: ['--tag must look like key=value, got "oops".'],
  });
});

it("follows the backfill to COMPLETED and exits 0", async () => {
  const { code, lines } = await run({ partitions: "us,apac", wait: true }, (runId) => succeedRun(database.db, runId));
  expect(code).toBe(0);
  expect(lines.at(-2)).toMatch(/^Backfill [a-z0-9]{8}: 2\/2 runs succeeded, 0 failed/);
  expect(lines.at(-1)).toMatch(/^Backfill [a-z0-9]{8} ended with COMPLETED\.$/);
});

it("exits 1 when a run fails", async () => {
  const { code, lines } = await run({ partitions: "eu", wait: true }, (runId) => failRun(database.db, runId));
  expect(code).toBe(1);
  expect(lines.at(-1)).toMatch(/ended with COMPLETED_WITH_FAILURES\.$/);
});

it("launches one backfill for one --idempotency-key, and refuses a malformed key", async () => {
  const first = await run({ partitionRange: "us...eu", idempotencyKey: "nightly-2026-01-01" });
  const id = first.lines[0]!.split(" ")[2]!.replace(":", "");
  const before = await database.db.backfill.count();
  const again = await run({ partitionRange: "us...eu", idempotencyKey: "nightly-2026-01-01" });
  expect(again).toEqual({
    code: 0,
    lines: [`Idempotency key "nightly-2026-01-01" launched backfill ${id} already; launching nothing.`],
  });
  expect(await database.db.backfill.count()).toBe(before);
  expect(await run({ partitionRange: "us...eu", idempotencyKey: "no spaces" })).toMatchObject({
    code: 2,
    lines: [expect.stringMatching(/^--idempotency-key may hold only/)],
  });
});
