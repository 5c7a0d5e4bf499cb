// The sensor read model and its edits against a real Postgres: status and cursor kept across toggles, which cursors
// each kind of sensor takes, an edit waiting out an evaluation in progress, and when the next evaluation comes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withInstigatorLock } from "./instigatorLock";
import { findSensor, listSensors, nextEvaluationAt, setSensorCursor, startSensor, stopSensor } from "./sensorStates";
import { SENSOR_LOCATION, saveSensorLocation } from "./testing/sensorLocation";
import { createTestDatabase, type TestDatabase } from "./testing/testDatabase";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await saveSensorLocation(database.db);
});
afterAll(async () => database?.drop());

async function waitingForLock(): Promise<number> {
  const [row] = await database.db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pg_locks
    WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
  return row?.count ?? 0;
}

const cursorOf = async (name: string) => (await findSensor(database.db, SENSOR_LOCATION, name))?.cursor;

describe("the read model", () => {
  it("lists every sensor with its default status, no cursor and no tick until the daemon evaluates it", async () => {
    const sensors = await listSensors(database.db);
    expect(sensors.map((s) => [s.name, s.type, s.status, s.cursor, s.lastTick])).toEqual([
      ["new_files", "custom", "STOPPED", null, null],
      ["summarize_reports", "asset", "STOPPED", null, null],
      ["failed_reports", "run_status", "STOPPED", null, null],
      ["every_success", "run_status", "STOPPED", null, null],
    ]);
    expect(await listSensors(database.db, "elsewhere")).toEqual([]);
  });

  it("shows the latest tick", async () => {
    const tick = {
      codeLocationName: SENSOR_LOCATION,
      instigatorName: "new_files",
      type: "SENSOR" as const,
      runIds: [],
    };
    await database.db.tick.create({
      data: { ...tick, status: "SKIPPED", skipReason: "No new files.", tickTime: new Date("2026-03-01T10:00:00Z") },
    });
    await database.db.tick.create({
      data: {
        ...tick,
        status: "FAILURE",
        error: "The bucket is gone.",
        tickTime: new Date("2026-03-01T10:00:30Z"),
        cursor: "b.csv",
      },
    });
    expect((await findSensor(database.db, SENSOR_LOCATION, "new_files"))?.lastTick).toMatchObject({
      status: "FAILURE",
      error: "The bucket is gone.",
      cursor: "b.csv",
    });
  });
});

describe("turning sensors on and off", () => {
  it("keeps the cursor, so a sensor turned on again picks up where it stopped", async () => {
    await setSensorCursor(database.db, SENSOR_LOCATION, "summarize_reports", "17");
    expect(await startSensor(database.db, SENSOR_LOCATION, "summarize_reports")).toMatchObject({
      kind: "success",
      sensor: { status: "RUNNING", cursor: "17" },
    });
    expect(await stopSensor(database.db, SENSOR_LOCATION, "summarize_reports")).toMatchObject({
      kind: "success",
      sensor: { status: "STOPPED", cursor: "17" },
    });
    expect(await startSensor(database.db, SENSOR_LOCATION, "summarize_reports")).toMatchObject({
      kind: "success",
      sensor: { status: "RUNNING", cursor: "17" },
    });
    expect((await findSensor(database.db, SENSOR_LOCATION, "summarize_reports"))?.status).toBe("RUNNING");
    await stopSensor(database.db, SENSOR_LOCATION, "summarize_reports");
  });

  it("names the sensor and location it could not find", async () => {
    const message = `No sensor named "nightly" is defined in code location "${SENSOR_LOCATION}".`;
    expect(await startSensor(database.db, SENSOR_LOCATION, "nightly")).toEqual({ kind: "notFound", message });
    expect(await setSensorCursor(database.db, SENSOR_LOCATION, "nightly", "1")).toEqual({ kind: "notFound", message });
  });
});

describe("setting a cursor", () => {
  it("takes any string for a custom sensor, and only event ids for sensors that follow the event log", async () => {
    expect(
      await setSensorCursor(database.db, SENSOR_LOCATION, "new_files", "s3://landing/2026-03-01.csv"),
    ).toMatchObject({ kind: "success" });
    expect(await cursorOf("new_files")).toBe("s3://landing/2026-03-01.csv");

    expect(await setSensorCursor(database.db, SENSOR_LOCATION, "failed_reports", "last tuesday")).toEqual({
      kind: "invalidCursor",
      message:
        'A run status sensor\'s cursor is an event id (a whole number such as 1042), not "last tuesday". Clear it to start from the latest event.',
    });
    expect((await setSensorCursor(database.db, SENSOR_LOCATION, "summarize_reports", "-3")).kind).toBe("invalidCursor");
    expect((await setSensorCursor(database.db, SENSOR_LOCATION, "summarize_reports", "")).kind).toBe("invalidCursor");
    expect(await cursorOf("failed_reports")).toBeNull();

    expect(await setSensorCursor(database.db, SENSOR_LOCATION, "failed_reports", "1042")).toMatchObject({
      kind: "success",
      sensor: { cursor: "1042" },
    });
    expect(await setSensorCursor(database.db, SENSOR_LOCATION, "failed_reports", null)).toMatchObject({
      kind: "success",
      sensor: { cursor: null },
    });
    expect(await cursorOf("failed_reports")).toBeNull();
  });

  it("waits for an evaluation in progress, so what the evaluation saves does not overwrite the edit", async () => {
    let edit: Promise<unknown> | undefined;
    const evaluation = await withInstigatorLock(database.db, SENSOR_LOCATION, "every_success", async () => {
      edit = setSensorCursor(database.db, SENSOR_LOCATION, "every_success", "500");
      // Save only once the edit is queued behind this evaluation's lock, the moment the race would otherwise be lost.
      await expect.poll(waitingForLock, { timeout: 10_000 }).toBe(1);
      await database.db.instigatorState.create({
        data: { codeLocationName: SENSOR_LOCATION, name: "every_success", type: "SENSOR", cursor: "400" },
      });
      return cursorOf("every_success");
    });
    expect(evaluation).toEqual({ locked: true, value: "400" });
    await edit;
    expect(await cursorOf("every_success")).toBe("500");
  });
});

describe("nextEvaluationAt", () => {
  const now = new Date("2026-03-01T10:00:00Z");

  it("is null while stopped, now before the first evaluation, and the interval after the last one", () => {
    expect(nextEvaluationAt({ status: "STOPPED", lastEvaluatedAt: null, minimumIntervalSeconds: 30 }, now)).toBeNull();
    expect(nextEvaluationAt({ status: "RUNNING", lastEvaluatedAt: null, minimumIntervalSeconds: 30 }, now)).toEqual(
      now,
    );
    expect(
      nextEvaluationAt(
        { status: "RUNNING", lastEvaluatedAt: new Date("2026-03-01T09:59:50Z"), minimumIntervalSeconds: 30 },
        now,
      ),
    ).toEqual(new Date("2026-03-01T10:00:20Z"));
    // Turned on again after a long stop: due at once, not in the past.
    expect(
      nextEvaluationAt(
        { status: "RUNNING", lastEvaluatedAt: new Date("2026-02-01T00:00:00Z"), minimumIntervalSeconds: 30 },
        now,
      ),
    ).toEqual(now);
  });
});
