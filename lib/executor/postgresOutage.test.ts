// A real `strata worker` and `strata daemon` ride out a Postgres restart in the middle of a run: neither exits, both
// say once that the database went away and once that it is back, and a run launched after the restart succeeds.

import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchRun } from "../orchestration/runs/launchRun";
import { type EmbeddedPostgresServer, freePort, startEmbeddedPostgres } from "../store/embeddedPostgres";
import { applyPendingMigrations } from "../store/migrations";
import { createPrismaClient, type PrismaClient } from "../store/prisma";
import { loadTestLocation } from "./testing/testLocation";

// A server of this test's own: the one the global setup starts is shared by every test file and must not go down.
let server: EmbeddedPostgresServer;
let dataDir: string;
let home: string;
let port: number;
let url: string;
let db: PrismaClient;
const children: { name: string; child: ChildProcess; output: () => string }[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "strata-outage-pg-"));
  home = await mkdtemp(path.join(os.tmpdir(), "strata-outage-home-"));
  port = await freePort();
  server = await startEmbeddedPostgres({ dataDir, port });
  url = await server.createDatabase("strata");
  await applyPendingMigrations(url);
  db = createPrismaClient(url);
  await loadTestLocation(db, "pipeline", "lib/executor/testdata/pipeline.ts");
  await writeFile(
    path.join(home, "strata.config.ts"),
    `export default { codeLocations: [{ name: "pipeline", module: "./nowhere.ts" }] };\n`,
  );
});

afterAll(async () => {
  for (const { child } of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await db?.$disconnect();
  await server?.stop().catch(() => {});
  for (const dir of [dataDir, home]) if (dir) await rm(dir, { recursive: true, force: true });
});

function startStrata(name: string, args: string[]) {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/main.ts", ...args], {
    env: { ...process.env, DATABASE_URL: url, STRATA_HOME: home, STRATA_CONFIG: path.join(home, "strata.config.ts") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const entry = { name, child, output: () => output };
  children.push(entry);
  return entry;
}

async function waitFor(description: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(
        `Timed out waiting for ${description}.\n${children.map((c) => `--- ${c.name}:\n${c.output()}`).join("\n")}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function launch(selection: string, runConfig: string | null = null): Promise<string> {
  const result = await launchRun(db, { selection, runConfig, launchedBy: "test" });
  if (result.kind !== "success") throw new Error(`launch failed: ${JSON.stringify(result)}`);
  return result.run.id;
}

const runStatus = async (runId: string) => (await db.run.findUniqueOrThrow({ where: { id: runId } })).status;

it("a worker and the daemon keep running through a Postgres restart, and a run launched after it succeeds", {
  timeout: 180_000,
}, async () => {
  const worker = startStrata("worker", ["worker", "--concurrency", "2"]);
  const daemon = startStrata("daemon", ["daemon"]);
  await waitFor(
    "the worker and the daemon to start",
    () => worker.output().includes("is waiting for runs") && daemon.output().includes("Daemon running"),
    60_000,
  );
  const before = await launch("test/numbers");
  await waitFor("a first run to succeed", async () => (await runStatus(before)) === "SUCCESS", 60_000);

  // A run in flight when the database goes away: its outcome is written while Postgres is down.
  const inFlight = await launch("test/slow", JSON.stringify({ ops: { "test/slow": { config: { ms: 1_500 } } } }));
  await waitFor("the slow run to start", async () => (await runStatus(inFlight)) === "STARTED", 30_000);
  await db.$disconnect();
  await server.stop();
  const downAt = Date.now();
  // Long enough for the run to end, the worker to fail writing it, and several heartbeats and daemon ticks to fail.
  await new Promise((resolve) => setTimeout(resolve, 8_000));
  expect(worker.child.exitCode).toBeNull();
  expect(daemon.child.exitCode).toBeNull();
  server = await startEmbeddedPostgres({ dataDir, port });
  const upAt = Date.now();

  await waitFor(
    "both processes to see Postgres again",
    () => worker.output().includes("Postgres reachable again") && daemon.output().includes("Postgres reachable again"),
    60_000,
  );
  const reconnectedAt = Date.now();
  const after = await launch("test/numbers");
  await waitFor(
    "a run launched after the restart to succeed",
    async () => (await runStatus(after)) === "SUCCESS",
    90_000,
  );
  const succeededAt = Date.now();
  console.log(
    `Postgres down ${((upAt - downAt) / 1_000).toFixed(1)} s; worker and daemon reconnected ${((reconnectedAt - upAt) / 1_000).toFixed(1)} s after it came back; ` +
      `a new run succeeded ${((succeededAt - upAt) / 1_000).toFixed(1)} s after it came back.`,
  );

  expect(worker.child.exitCode).toBeNull();
  expect(daemon.child.exitCode).toBeNull();
  if (process.env.STRATA_TEST_SHOW_OUTPUT) console.log(worker.output(), daemon.output());
  for (const { output } of [worker, daemon]) {
    expect(output().match(/Postgres unreachable since/g)?.length).toBe(1);
    expect(output().match(/Postgres reachable again after/g)?.length).toBe(1);
  }
});
