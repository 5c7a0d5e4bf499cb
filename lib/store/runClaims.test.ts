// A worker's claim of a run on the warm process of its last run, against real Postgres: the run starts on that process
// only when it executes the code the process was started for, and otherwise nothing is written and the claim says
// which code the run needs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partitionKeySelection } from "../core/partitions";
import { saveDefinitionsSnapshot } from "./codeLocations";
import { claimRunOnTarget, createRun, findRunTarget, type RunTarget } from "./runs";
import { BACKFILL_LOCATION, backfillSnapshot, saveBackfillLocation } from "./testing/backfillLocation";
import { createTestDatabase, type TestDatabase } from "./testing/testDatabase";

let database: TestDatabase;
let snapshotId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  snapshotId = await saveBackfillLocation(database.db);
});

afterAll(async () => {
  await database?.drop();
});

async function queuedRun(): Promise<string> {
  const run = await createRun(database.db, {
    codeLocationName: BACKFILL_LOCATION,
    snapshotId,
    assetKeys: ["events/raw"],
    partitions: partitionKeySelection("2024-01-07"),
    launchedBy: "test",
  });
  return run.id;
}

const processOf = (target: RunTarget) => ({
  modulePath: target.modulePath as string,
  codeVersion: target.codeVersion,
  codeHash: target.codeHash,
});

describe("claimRunOnTarget", () => {
  it("starts a run of the offered code on the offered process, with the run's claim events, in one statement", async () => {
    const runId = await queuedRun();
    const target = (await findRunTarget(database.db, runId)) as RunTarget;
    const outcome = await claimRunOnTarget(database.db, runId, "worker-a", processOf(target), {
      pid: 4242,
      codeHash: "loaded-hash",
    });
    expect(outcome.kind).toBe("claimed");
    if (outcome.kind !== "claimed") return;
    expect(outcome.run).toMatchObject({
      id: runId,
      codeLocationName: BACKFILL_LOCATION,
      snapshotId,
      assetSelection: ["events/raw"],
      partitionKey: "2024-01-07",
    });
    const run = await database.db.run.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ status: "STARTED", workerId: "worker-a", codeHash: "loaded-hash" });
    expect(run.startTime).not.toBeNull();
    const events = await database.db.event.findMany({ where: { runId }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.eventType, event.message])).toEqual([
      ["RUN_ENQUEUED", expect.any(String)],
      ["RUN_STARTING", "Worker worker-a is starting the run."],
      ["RUN_START", "Run process 4242 started."],
    ]);
    // Taken already: a second claim finds nothing to start.
    expect(
      (await claimRunOnTarget(database.db, runId, "worker-b", processOf(target), { pid: 1, codeHash: null })).kind,
    ).toBe("gone");
  });

  it("writes nothing and names the run's code when the process was started for other code", async () => {
    const runId = await queuedRun();
    const target = (await findRunTarget(database.db, runId)) as RunTarget;
    const others = [
      { ...processOf(target), codeHash: "another-hash" },
      { ...processOf(target), codeVersion: "another-snapshot" },
      { ...processOf(target), modulePath: "/elsewhere/definitions.ts" },
    ];
    for (const offered of others) {
      const outcome = await claimRunOnTarget(database.db, runId, "worker-a", offered, { pid: 1, codeHash: null });
      expect(outcome).toEqual({ kind: "otherTarget", target });
    }
    const run = await database.db.run.findUniqueOrThrow({ where: { id: runId } });
    expect(run.status).toBe("QUEUED");
    expect(await database.db.event.count({ where: { runId } })).toBe(1);
  });

  it("turns down a process of the code before a reload", async () => {
    const runId = await queuedRun();
    const before = (await findRunTarget(database.db, runId)) as RunTarget;
    // The location reloads with new code: its hash is now another, and so the run's target is too.
    await saveDefinitionsSnapshot(database.db, BACKFILL_LOCATION, backfillSnapshot, "reloaded-hash");
    const after = (await findRunTarget(database.db, runId)) as RunTarget;
    expect(after.codeHash).toBe("reloaded-hash");
    const outcome = await claimRunOnTarget(database.db, runId, "worker-a", processOf(before), {
      pid: 1,
      codeHash: null,
    });
    expect(outcome).toEqual({ kind: "otherTarget", target: after });
  });

  it("says a run that does not exist is gone", async () => {
    const offered = { modulePath: "/nowhere/backfills.ts", codeVersion: snapshotId, codeHash: null };
    expect(
      (
        await claimRunOnTarget(database.db, "00000000-0000-4000-8000-000000000000", "worker-a", offered, {
          pid: 1,
          codeHash: null,
        })
      ).kind,
    ).toBe("gone");
  });
});
