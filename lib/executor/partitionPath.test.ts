// One partition selection from the launch to ctx.partitionKey and back, against a real Postgres and a real worker:
// what the asset function receives, and that the run's partitions are stored once (its columns), with no copy in
// its tags or its events.

import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dailyPartitionsSnapshot,
  partitionKeySelection,
  partitionRangeSelection,
  type RunPartitionSelection,
} from "../core/partitions";
import { definitionOf, spaceAt } from "../core/partitions/testing";
import { launchRun } from "../orchestration/runs/launchRun";
import { readPartitionStatus } from "../store/partitionStatus";
import { runPartitions, shownRunTags } from "../store/runPartitions";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { loadTestLocation } from "./testing/testLocation";
import { type StrataWorker, startWorker } from "./worker";

let database: TestDatabase;
let worker: StrataWorker;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadTestLocation(database.db, "partition-path", "lib/executor/testdata/partitioned.ts");
  worker = await startWorker({
    databaseUrl: database.url,
    concurrency: 2,
    storageDir: await mkdtemp(path.join(os.tmpdir(), "strata-storage-")),
  });
});

afterAll(async () => {
  await worker?.stop();
  await database?.drop();
});

async function launchAndFinish(selection: string, partitions: RunPartitionSelection) {
  const launched = await launchRun(database.db, { selection, partitions, launchedBy: "test" });
  if (launched.kind !== "success") throw new Error(launched.message);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const run = await database.db.run.findUniqueOrThrow({ where: { id: launched.run.id } });
    if (run.status === "SUCCESS" || run.status === "FAILURE") {
      const events = await database.db.event.findMany({ where: { runId: run.id }, orderBy: { id: "asc" } });
      const seen = events
        .filter((event) => event.eventType === "LOG" && event.message.startsWith("{"))
        .map((event) => JSON.parse(event.message) as unknown);
      return { run, events, seen };
    }
    if (Date.now() > deadline) throw new Error(`run ${run.id} is still ${run.status}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("a partition selection from the launch to the asset function", () => {
  it("gives a single-partition run's asset ctx.partitionKey, and stores the key once", async () => {
    const { run, events, seen } = await launchAndFinish("path/daily", partitionKeySelection("2026-01-05"));
    expect(run.status).toBe("SUCCESS");
    expect(seen).toEqual([
      {
        partitionKey: "2026-01-05",
        partitionKeys: ["2026-01-05"],
        partitionKeyRange: { start: "2026-01-05", end: "2026-01-05" },
      },
    ]);
    expect(run).toMatchObject({
      partitionKey: "2026-01-05",
      partitionRangeStart: null,
      partitionRangeEnd: null,
      tags: {},
    });
    expect(runPartitions(run)).toEqual({ kind: "key", key: "2026-01-05" });
    // The console still shows the partition as a tag, from the column.
    expect(shownRunTags(run)).toEqual({ "strata/partition": "2026-01-05" });
    expect(
      events.filter((event) => event.stepKey === "path/daily").every((event) => event.partitionKey === "2026-01-05"),
    ).toBe(true);
  });

  it("gives a range run's asset ctx.partitionKeyRange and every key, and stores the range once", async () => {
    const { run, events, seen } = await launchAndFinish(
      "path/ranged",
      partitionRangeSelection("2026-01-02", "2026-01-04"),
    );
    expect(run.status).toBe("SUCCESS");
    expect(seen).toEqual([
      {
        partitionKey: null,
        partitionKeys: ["2026-01-02", "2026-01-03", "2026-01-04"],
        partitionKeyRange: { start: "2026-01-02", end: "2026-01-04" },
      },
    ]);
    expect(run).toMatchObject({
      partitionKey: null,
      partitionRangeStart: "2026-01-02",
      partitionRangeEnd: "2026-01-04",
      tags: {},
    });
    expect(runPartitions(run)).toEqual({ kind: "range", start: "2026-01-02", end: "2026-01-04" });
    expect(shownRunTags(run)).toEqual({ "strata/partition_range": "2026-01-02...2026-01-04" });
    // Step events name no partition and keep no copy of the range; each materialization names its own key.
    const stepEvents = events.filter((event) => event.eventType.startsWith("STEP_"));
    expect(stepEvents.length).toBeGreaterThan(0);
    for (const event of stepEvents) {
      expect(event.partitionKey).toBeNull();
      expect(event.data ?? {}).not.toHaveProperty("partitionRange");
    }
    expect(
      events.filter((event) => event.eventType === "ASSET_MATERIALIZATION").map((event) => event.partitionKey),
    ).toEqual(["2026-01-02", "2026-01-03", "2026-01-04"]);
    // Partition status reads the range from the run: the whole range ended materialized, nothing left in progress.
    const space = spaceAt(
      definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", end: "2026-02-01" })),
      "2026-03-01T00:00:00Z",
    );
    expect(await readPartitionStatus(database.db, "path/ranged", space)).toEqual({
      materialized: [[1, 3]],
      failed: [],
      inProgress: [],
    });
  });

  it("refuses a run with a key and a range at the database too", async () => {
    await expect(
      database.db.run.create({
        data: {
          codeLocationName: "partition-path",
          assetSelection: ["path/daily"],
          partitionKey: "2026-01-05",
          partitionRangeStart: "2026-01-01",
          partitionRangeEnd: "2026-01-02",
        },
      }),
    ).rejects.toThrow(/Run_partition_key_or_range/);
  });
});
