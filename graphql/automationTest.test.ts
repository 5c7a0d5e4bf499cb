// Testing schedules and sensors on the API against the example: the run request a tick of the daily schedule would
// make, the field a bad input names, an asset sensor's requests from a given cursor, and that nothing is written.
// The example's eager asset is listed among the automated assets.
import { expect, it } from "vitest";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const api = graphqlTestServer({ example: true });

const TEST_SCHEDULE = `mutation ($tickTime: String) {
  testSchedule(codeLocationName: "user-events", scheduleName: "daily_events_at_six", tickTime: $tickTime) {
    __typename
    ... on ScheduleTestEvaluation { tickTime skipReason error runRequests { partitionKey runKey tags { key value } } }
    ... on InvalidTestInputError { field message }
  }
}`;

const TEST_SENSOR = `mutation ($sensorName: String!, $cursor: String) {
  testSensor(codeLocationName: "user-events", sensorName: $sensorName, cursor: $cursor) {
    __typename
    ... on SensorTestEvaluation { cursor skipReason error runRequests { runKey } }
    ... on InstigatorNotFoundError { message }
  }
}`;

const written = async () => ({
  runs: await api.database.db.run.count(),
  ticks: await api.database.db.tick.count(),
  states: await api.database.db.instigatorState.count(),
});

it("testSchedule answers with yesterday's partition for the 06:00 tick, and launches nothing", async () => {
  const data = await api.query<{ testSchedule: Record<string, unknown> }>(TEST_SCHEDULE, {
    tickTime: "2026-03-02T07:15:00Z",
  });
  expect(data.testSchedule).toEqual({
    __typename: "ScheduleTestEvaluation",
    tickTime: "2026-03-02T06:00:00.000Z",
    skipReason: null,
    error: null,
    runRequests: [
      {
        partitionKey: "2026-03-01",
        runKey: null,
        tags: [
          { key: "strata/schedule", value: "daily_events_at_six" },
          { key: "strata/tick", value: "2026-03-02T06:00:00.000Z" },
        ],
      },
    ],
  });
  expect(await written()).toEqual({ runs: 0, ticks: 0, states: 0 });
});

it("testSchedule names tickTime when it is malformed", async () => {
  const data = await api.query<{ testSchedule: Record<string, unknown> }>(TEST_SCHEDULE, { tickTime: "tomorrow" });
  expect(data.testSchedule).toEqual({
    __typename: "InvalidTestInputError",
    field: "tickTime",
    message: '"tomorrow" is not an ISO 8601 time.',
  });
});

it("testSensor reads an asset sensor's events from the given cursor, and an unknown sensor is a typed error", async () => {
  const data = await api.query<{ testSensor: Record<string, unknown> }>(TEST_SENSOR, {
    sensorName: "dedupe_new_raw_events",
    cursor: "0",
  });
  expect(data.testSensor).toEqual({
    __typename: "SensorTestEvaluation",
    cursor: "0",
    skipReason: "No new materialization of raw_events.",
    error: null,
    runRequests: [],
  });
  const missing = await api.query<{ testSensor: Record<string, unknown> }>(TEST_SENSOR, { sensorName: "nope" });
  expect(missing.testSensor).toEqual({
    __typename: "InstigatorNotFoundError",
    message: 'No sensor named "nope" is defined in code location "user-events".',
  });
  expect(await written()).toEqual({ runs: 0, ticks: 0, states: 0 });
});

it("automatedAssetNodes lists the example's eager asset with its condition", async () => {
  const data = await api.query<{
    automatedAssetNodes: { assetKey: { path: string[] }; automationCondition: unknown }[];
  }>("{ automatedAssetNodes { assetKey { path } automationCondition { type } } }");
  expect(data.automatedAssetNodes).toEqual([
    { assetKey: { path: ["analytics", "daily_active_users"] }, automationCondition: { type: "eager" } },
  ]);
});
