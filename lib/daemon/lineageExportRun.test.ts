// A real run with the OpenLineage export pointed at an endpoint that is down: the daemon and a worker run side by
// side, the run succeeds as it would without the export, and its lineage waits in the outbox, complete and valid.

import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { lineageEventProblems } from "../core/openlineage/validateEvent";
import { loadTestLocation } from "../executor/testing/testLocation";
import { type StrataWorker, startWorker } from "../executor/worker";
import { launchRun } from "../orchestration/runs/launchRun";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { type StrataDaemon, startDaemon } from "./daemon";

const NS = "strata://run-test";
let database: TestDatabase;
let worker: StrataWorker;
let daemon: StrataDaemon;
let down: string;
const daemonLog: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  await loadTestLocation(database.db, "warehouse", "lib/daemon/testdata/lineageWarehouse.ts");
  // A port that was just free: nothing answers there.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  down = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/api/v1/lineage`;
  await new Promise((resolve) => probe.close(resolve));
  daemon = startDaemon(database.url, (line) => daemonLog.push(line), {
    openLineage: { namespace: NS, transport: { type: "http", url: down, apiKey: null, timeoutMs: 2_000 } },
  });
  worker = await startWorker({
    databaseUrl: database.url,
    concurrency: 1,
    storageDir: await mkdtemp(path.join(os.tmpdir(), "strata-storage-")),
  });
});

afterAll(async () => {
  await worker?.stop();
  await daemon?.stop();
  await database?.drop();
});

async function until<T>(what: string, read: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

it("runs to success while the lineage endpoint is down, and keeps the run's lineage to send", async () => {
  // The export covers what happens once it runs: wait for its cursor before launching.
  await until("the export's cursor", () =>
    database.db.daemonCursor.findUnique({ where: { name: "openlineage-export" } }),
  );
  const launched = await launchRun(database.db, {
    selection: "+analytics/fact_events",
    partitions: { kind: "key", key: "2026-03-01" },
    launchedBy: "test",
  });
  if (launched.kind !== "success") throw new Error(launched.message);
  const run = await until("the run to end", async () => {
    const found = await database.db.run.findUniqueOrThrow({ where: { id: launched.run.id } });
    return ["SUCCESS", "FAILURE", "CANCELED"].includes(found.status) ? found : null;
  });
  expect(run.status).toBe("SUCCESS");

  const queued = await until("the run's four events", async () => {
    const rows = await database.db.lineageOutboxEvent.findMany({ where: { runId: run.id }, orderBy: { id: "asc" } });
    return rows.length === 4 && rows[0]?.error ? rows : null;
  });
  expect(queued.map((row) => [row.stepKey, row.eventType, row.status])).toEqual([
    ["raw/users", "START", "PENDING"],
    ["raw/users", "COMPLETE", "PENDING"],
    ["analytics/fact_events", "START", "PENDING"],
    ["analytics/fact_events", "COMPLETE", "PENDING"],
  ]);
  expect(queued[0]?.error).toBe(`Posting to ${down} failed: fetch failed (ECONNREFUSED)`);
  // The loop says so once it has recorded the failure: the line may follow the row by a moment.
  const failureLine = new RegExp(
    `^\\[daemon\\] OpenLineage: sending START of step raw/users in run ${run.id} failed: Posting to ${down} failed`,
  );
  await until("the daemon's line about the failed send", async () =>
    daemonLog.some((line) => failureLine.test(line)) ? true : null,
  );
  // Not taken for the database going away.
  expect(daemonLog.some((line) => /database/i.test(line))).toBe(false);
  // The instance page shows it as the loop's error.
  const loopError = await until("the loop's error in the daemon's heartbeat", async () => {
    const heartbeat = await database.db.instanceHeartbeat.findFirst({ where: { kind: "DAEMON" } });
    const loops = (heartbeat?.info as { loops?: Record<string, { lastError: string | null }> } | undefined)?.loops;
    return loops?.["openlineage export"]?.lastError ?? null;
  });
  expect(loopError).toBe(`Posting to ${down} failed: fetch failed (ECONNREFUSED)`);
  for (const row of queued) expect(lineageEventProblems(row.payload)).toEqual([]);
  expect(queued[3]?.payload).toMatchObject({
    job: { namespace: NS, name: "analytics/fact_events" },
    run: {
      facets: {
        parent: { run: { runId: run.id } },
        strata_partition: { key: "2026-03-01" },
        nominalTime: { nominalStartTime: "2026-03-01T00:00:00.000Z", nominalEndTime: "2026-03-02T00:00:00.000Z" },
      },
    },
    inputs: [{ namespace: NS, name: "raw/users" }],
    outputs: [
      {
        name: "analytics/fact_events",
        facets: {
          schema: { fields: [{ name: "user_id", type: "int", description: "who acted", ordinal_position: 1 }] },
          dataQualityAssertions: { assertions: [{ assertion: "no_null_user_ids", success: true, severity: "error" }] },
        },
        outputFacets: { outputStatistics: { rowCount: 3 } },
      },
    ],
  });
});
