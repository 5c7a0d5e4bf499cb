// Testing schedules and sensors against a real Postgres, custom sensors in real child processes: each test answers with
// the run requests a tick would make (partitions, tags, run config, cursor, or the error and where it came from), and
// writes nothing: no run, no tick, no sensor or schedule state.

import { afterAll, beforeAll, expect, it } from "vitest";
import { SCHEDULE_TAG, TICK_TAG } from "../../core/schedules";
import { evaluateSensorInProcess } from "../../executor/evaluateSensor";
import { loadTestLocation } from "../../executor/testing/testLocation";
import { SCHEDULE_LOCATION, saveScheduleLocation } from "../../store/testing/scheduleLocation";
import { createTestDatabase, type TestDatabase } from "../../store/testing/testDatabase";
import { RUN_KEY_TAG, SENSOR_TAG } from "./sensors";
import { testScheduleEvaluation, testSensorEvaluation } from "./testEvaluations";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await saveScheduleLocation(database.db);
  await loadTestLocation(database.db, "sensing", "lib/executor/testdata/sensors.ts");
}, 60_000);
afterAll(async () => database?.drop());

const now = new Date("2024-03-11T07:30:00Z");
const testSchedule = (scheduleName: string, tickTime?: string) =>
  testScheduleEvaluation(database.db, { codeLocationName: SCHEDULE_LOCATION, scheduleName, tickTime, now });
const testSensor = (sensorName: string, cursor?: string | null) =>
  testSensorEvaluation(database.db, { codeLocationName: "sensing", sensorName, cursor, now }, evaluateSensorInProcess);

/** Everything a real tick would have written. */
async function written() {
  return {
    runs: await database.db.run.count(),
    ticks: await database.db.tick.count(),
    states: await database.db.instigatorState.count(),
  };
}

it("a schedule's test names the partition, tags and run config its tick would launch, and launches nothing", async () => {
  expect(await testSchedule("daily_partitions")).toEqual({
    kind: "evaluated",
    tickTime: new Date("2024-03-11T06:00:00Z"),
    runRequests: [
      {
        runKey: null,
        partitionKey: "2024-03-10",
        tags: { kind: "daily", [SCHEDULE_TAG]: "daily_partitions", [TICK_TAG]: "2024-03-11T06:00:00.000Z" },
        runConfigYaml: null,
      },
    ],
    skipReason: null,
    error: null,
  });
  const report = await testSchedule("report_selection", "2024-02-01T12:00:00Z");
  expect(report).toMatchObject({ kind: "evaluated", tickTime: new Date("2024-02-01T06:00:00Z") });
  expect(report.kind === "evaluated" && report.runRequests[0]?.runConfigYaml).toContain("rows: 99");
  expect(await written()).toEqual({ runs: 0, ticks: 0, states: 0 });
});

it("a schedule's test says why its tick would skip", async () => {
  expect(await testSchedule("daily_partitions", "2024-01-01T06:00:00Z")).toMatchObject({
    kind: "evaluated",
    runRequests: [],
    skipReason: expect.stringContaining("No partition has ended yet"),
  });
});

it("a schedule's test refuses a malformed or far tick time and an unknown schedule, naming the field", async () => {
  expect(await testSchedule("hourly", "soon")).toEqual({
    kind: "invalidInput",
    field: "tickTime",
    message: '"soon" is not an ISO 8601 time.',
  });
  expect(await testSchedule("hourly", "2040-01-01T00:00:00Z")).toMatchObject({
    kind: "invalidInput",
    field: "tickTime",
  });
  expect(await testSchedule("nope")).toEqual({
    kind: "notFound",
    message: `No schedule named "nope" is defined in code location "${SCHEDULE_LOCATION}".`,
  });
});

it("a custom sensor's test runs its function from the given cursor and keeps nothing", {
  timeout: 60_000,
}, async () => {
  expect(await testSensor("counter", "2")).toEqual({
    kind: "evaluated",
    runRequests: [1, 2, 3].map((count) => ({
      runKey: `count-${count}`,
      partitionKey: null,
      tags: { count: String(count), [SENSOR_TAG]: "counter", [RUN_KEY_TAG]: `count-${count}` },
      runConfigYaml: null,
    })),
    cursor: "3",
    skipReason: null,
    error: null,
    logs: ["[sensor counter] INFO evaluation 3"],
  });
  // Without a cursor it starts from the kept one: none, as nothing was kept.
  expect(await testSensor("counter")).toMatchObject({ cursor: "1", runRequests: [{ runKey: "count-1" }] });
  expect(await written()).toEqual({ runs: 0, ticks: 0, states: 0 });
});

it("a sensor's test reports its function's error, and refuses a long or malformed cursor", {
  timeout: 60_000,
}, async () => {
  const crashed = await testSensor("crashing");
  expect(crashed).toMatchObject({ kind: "evaluated", runRequests: [] });
  expect(crashed.kind === "evaluated" && crashed.error).toMatch(
    /^The sensor's evaluate function failed: .*the bucket listing failed/s,
  );
  expect(await testSensor("counter", "x".repeat(4097))).toMatchObject({ kind: "invalidInput", field: "cursor" });
  expect(await testSensor("follow_source", "latest")).toMatchObject({ kind: "invalidInput", field: "cursor" });
  expect(await testSensor("record_failures", null)).toMatchObject({
    kind: "evaluated",
    runRequests: [],
    skipReason: expect.stringContaining("a test does not call it"),
  });
  expect(await testSensor("follow_source", null)).toMatchObject({ kind: "evaluated", cursor: "0", runRequests: [] });
  expect(await written()).toEqual({ runs: 0, ticks: 0, states: 0 });
});
