// The observation loop against a real Postgres and a real code location: an observable source is observed once per
// interval (two daemons launch once, none while one is queued), and its observe() run, executed by a real worker,
// records a data version whose change makes the downstream asset unsynced.

import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTestLocation } from "../executor/testing/testLocation";
import { startWorker } from "../executor/worker";
import { OBSERVATION_TAG } from "../orchestration/assetEvents/sourceObservations";
import { launchRun } from "../orchestration/runs/launchRun";
import { loadAssetStaleness } from "../orchestration/workspace/assetStaleness";
import { loadWorkspace } from "../orchestration/workspace/workspace";
import { finishRun } from "../store/runs";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { tickObservations } from "./observationDaemon";

let database: TestDatabase;
let versionFile: string;
beforeAll(async () => {
  database = await createTestDatabase();
  const dir = await mkdtemp(path.join(os.tmpdir(), "strata-observed-"));
  versionFile = path.join(dir, "version.txt");
  await writeFile(versionFile, "prices-v1");
  // Run processes inherit the worker's environment.
  process.env.OBSERVED_VERSION_FILE = versionFile;
  await loadTestLocation(database.db, "vendors", "lib/daemon/testdata/observable.ts");
});
afterAll(async () => database?.drop());

const tick = async (iso: string) =>
  (await tickObservations(database.db, { now: new Date(iso) })).map((launch) => [launch.assetKey, launch.error]);
const observationRuns = () =>
  database.db.run.findMany({ where: { launchedBy: "observation" }, orderBy: { createdAt: "asc" } });

describe("the observation loop", () => {
  it("stores the interval in the snapshot", async () => {
    const workspace = await loadWorkspace(database.db);
    expect(workspace.byKey.get("vendor/prices")?.node).toMatchObject({ isSource: true, observeIntervalMinutes: 15 });
    expect(workspace.byKey.get("priced_orders")?.node.observeIntervalMinutes).toBeUndefined();
  });

  it("launches one observation per interval, once whatever the number of daemons, none while one waits", async () => {
    // Two daemons tick at once: one launches.
    const [first, second] = await Promise.all([tick("2026-03-01T10:00:00Z"), tick("2026-03-01T10:00:00Z")]);
    expect([...first, ...second]).toEqual([["vendor/prices", null]]);
    const runs = await observationRuns();
    expect(runs.map((run) => [run.assetSelection, (run.tags as Record<string, string>)[OBSERVATION_TAG]])).toEqual([
      [["vendor/prices"], "every 15 min"],
    ]);
    // The same tick again, and ticks within the interval, launch nothing.
    expect(await tick("2026-03-01T10:00:00Z")).toEqual([]);
    expect(await tick("2026-03-01T10:14:59Z")).toEqual([]);
    // Due, but the last observation is still queued: it waits.
    expect(await tick("2026-03-01T10:15:00Z")).toEqual([]);
    await finishRun(database.db, runs[0]!.id, "SUCCESS", "Observed.");
    expect(await tick("2026-03-01T10:15:01Z")).toEqual([["vendor/prices", null]]);
    const after = await observationRuns();
    expect(after).toHaveLength(2);
    await finishRun(database.db, after[1]!.id, "SUCCESS", "Observed.");
    expect(await tick("2026-03-01T10:20:00Z")).toEqual([]);
  });
});

describe("an observe() run executed by a worker", () => {
  it("records the data version, and a changed version makes the downstream asset unsynced", async () => {
    const storageDir = await mkdtemp(path.join(os.tmpdir(), "strata-storage-"));
    const worker = await startWorker({ databaseUrl: database.url, concurrency: 1, storageDir });
    try {
      const runAndWait = async (keys: string[][]) => {
        const launched = await launchRun(database.db, { assetKeys: keys, launchedBy: "test" });
        if (launched.kind !== "success") throw new Error(launched.message);
        for (;;) {
          const run = await database.db.run.findUniqueOrThrow({ where: { id: launched.run.id } });
          if (["SUCCESS", "FAILURE", "CANCELED"].includes(run.status)) return run.status;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      };
      const staleness = async () => {
        const workspace = await loadWorkspace(database.db);
        const state = await loadAssetStaleness(database.db, workspace);
        const result = state.results.get("priced_orders");
        return [result?.status, ...(result?.causes.map((cause) => cause.reason) ?? [])];
      };
      const observedVersion = async () =>
        (await database.db.assetStatus.findUnique({ where: { assetKey: "vendor/prices" } }))
          ?.lastObservationDataVersion;

      expect(await runAndWait([["vendor", "prices"]])).toBe("SUCCESS");
      expect(await observedVersion()).toBe("prices-v1");
      expect(await runAndWait([["priced_orders"]])).toBe("SUCCESS");
      expect(await staleness()).toEqual(["UP_TO_DATE"]);

      // Observed again with the same data: still in sync. With new data: unsynced.
      expect(await runAndWait([["vendor", "prices"]])).toBe("SUCCESS");
      expect(await staleness()).toEqual(["UP_TO_DATE"]);
      await writeFile(versionFile, "prices-v2");
      expect(await runAndWait([["vendor", "prices"]])).toBe("SUCCESS");
      expect(await observedVersion()).toBe("prices-v2");
      expect(await staleness()).toEqual(["STALE", "upstream vendor/prices updated"]);
    } finally {
      await worker.stop();
    }
  }, 120_000);
});
