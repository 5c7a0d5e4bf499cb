// The headline guarantee with real processes: a `strata daemon` killed with SIGKILL in the middle of submitting a
// 1,000-partition backfill, then started again, leaves exactly one run per partition.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createPartitionBackfill } from "../orchestration/backfills/backfills";
import { saveBackfillLocation } from "../store/testing/backfillLocation";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";

let database: TestDatabase;
let configDir: string;
const daemons: ChildProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  await saveBackfillLocation(database.db);
  configDir = await mkdtemp(path.join(os.tmpdir(), "strata-backfill-daemon-"));
  // The daemon loads no code; the location only satisfies the config schema. A large queue limit lets it submit all.
  await writeFile(
    path.join(configDir, "strata.config.ts"),
    `export default { codeLocations: [{ name: "backfills", module: "./nowhere.ts" }], backfills: { chunkSize: 100, maxQueuedRuns: 5000 } };\n`,
  );
});

afterAll(async () => {
  for (const daemon of daemons) if (daemon.exitCode === null && daemon.signalCode === null) daemon.kill("SIGKILL");
  await database?.drop();
  if (configDir) await rm(configDir, { recursive: true, force: true });
});

function startDaemon(): ChildProcess {
  const daemon = spawn(process.execPath, ["--import", "tsx", "lib/cli/main.ts", "daemon"], {
    env: { ...process.env, DATABASE_URL: database.url, STRATA_CONFIG: path.join(configDir, "strata.config.ts") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  daemon.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  daemon.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  daemon.on("exit", (code) => {
    if (code !== null && code !== 0) console.error(`daemon exited with ${code}:\n${output}`);
  });
  daemons.push(daemon);
  return daemon;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve()),
  );

async function waitFor(
  description: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  intervalMs = 20,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${description}.`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

it("submits exactly 1,000 runs for 1,000 partitions although the daemon is killed part-way", {
  timeout: 180_000,
}, async () => {
  const launched = await createPartitionBackfill(database.db, { assetKeys: [["big"]], launchedBy: "test" });
  if (launched.kind !== "success") throw new Error(JSON.stringify(launched));
  const backfillId = launched.backfill.id;
  expect(launched.backfill.numRuns).toBe(1000);
  const count = () => database.db.run.count({ where: { backfillId } });

  const first = startDaemon();
  await waitFor("the first runs", async () => (await count()) > 0, 90_000);
  first.kill("SIGKILL");
  await exited(first);
  const beforeRestart = await count();
  expect(beforeRestart).toBeGreaterThan(0);
  expect(beforeRestart).toBeLessThan(1000);

  const second = startDaemon();
  await waitFor("all runs", async () => (await count()) >= 1000, 120_000, 200);
  // Give the restarted daemon a few more ticks to do something wrong.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  second.kill("SIGTERM");
  await exited(second);

  const runs = await database.db.run.findMany({
    where: { backfillId },
    select: { partitionKey: true, backfillRequestKey: true, status: true },
  });
  expect(runs).toHaveLength(1000);
  expect(new Set(runs.map((r) => r.partitionKey)).size).toBe(1000);
  expect(new Set(runs.map((r) => r.backfillRequestKey)).size).toBe(1000);
  expect(runs.every((r) => r.status === "QUEUED")).toBe(true);
  expect((await database.db.backfill.findUniqueOrThrow({ where: { id: backfillId } })).numSubmitted).toBe(1000);
});
