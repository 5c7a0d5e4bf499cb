// Sensors on the API against the example: listing both sensors with their triggers and targets, turning the asset
// sensor on, the daemon's first evaluation keeping an event id as its cursor, a materialization launching its target,
// editing and clearing the cursor, and the not-found and bad-cursor answers.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tickSensors } from "../lib/daemon/sensorDaemon";
import { reloadCodeLocation } from "../lib/executor/reloadCodeLocation";
import { upsertCodeLocation } from "../lib/store/codeLocations";
import { createRun } from "../lib/store/runs";
import { succeedRun } from "../lib/store/testing/runOutcomes";
import { createTestDatabase, type TestDatabase } from "../lib/store/testing/testDatabase";
import { createGraphQLServer } from "./yoga";

let database: TestDatabase;
let yoga: ReturnType<typeof createGraphQLServer>;

async function graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await yoga.fetch("http://localhost/api/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
}

beforeAll(async () => {
  database = await createTestDatabase();
  yoga = createGraphQLServer(() => database.db);
  await upsertCodeLocation(database.db, "user-events", path.resolve("examples/user-events/definitions.ts"));
  expect((await reloadCodeLocation(database.db, "user-events"))?.loadError).toBeNull();
});

afterAll(async () => database?.drop());

const SENSOR_FIELDS = `
  name codeLocationName description sensorType status defaultStatus minimumIntervalSeconds cursor
  jobName selection assetKeys { path } partitionsDefinition { description }
  monitoredAssetKey { path } runStatus monitoredJobName monitoredAssetKeys { path }
  lastTick { status } nextEvaluationAt
`;

interface SensorFields {
  __typename: string;
  name?: string;
  status?: string;
  cursor?: string | null;
  nextEvaluationAt?: string | null;
  message?: string;
}

const SENSOR = `query ($codeLocationName: String!, $sensorName: String!) {
  sensorOrError(codeLocationName: $codeLocationName, sensorName: $sensorName) {
    __typename
    ... on Sensor { ${SENSOR_FIELDS} ticks(limit: 10) { id tickTime status runIds skipReason error cursor runs { runId partitionKey launchedBy } } }
    ... on SensorNotFoundError { message }
  }
}`;

const TOGGLE = (
  mutation: "startSensor" | "stopSensor",
) => `mutation ($codeLocationName: String!, $sensorName: String!) {
  ${mutation}(codeLocationName: $codeLocationName, sensorName: $sensorName) {
    __typename
    ... on Sensor { name status cursor nextEvaluationAt }
    ... on SensorNotFoundError { message }
  }
}`;

const SET_CURSOR = `mutation ($codeLocationName: String!, $sensorName: String!, $cursor: String) {
  setSensorCursor(codeLocationName: $codeLocationName, sensorName: $sensorName, cursor: $cursor) {
    __typename
    ... on Sensor { name cursor }
    ... on SensorNotFoundError { message }
    ... on InvalidSensorCursorError { message }
  }
}`;

const dedupe = { codeLocationName: "user-events", sensorName: "dedupe_new_raw_events" };
const sensorOf = async <T = SensorFields & Record<string, unknown>>() =>
  (await graphql<{ sensorOrError: T }>(SENSOR, dedupe)).sensorOrError;
const setCursor = async (cursor: string | null, sensor = dedupe) =>
  (await graphql<{ setSensorCursor: SensorFields }>(SET_CURSOR, { ...sensor, cursor })).setSensorCursor;

describe("sensorsOrError", () => {
  it("lists the example's asset sensor and run status sensor, both stopped, with what they watch and launch", async () => {
    const data = await graphql<{ sensorsOrError: { __typename: string; results: Record<string, unknown>[] } }>(
      `{ sensorsOrError { __typename ... on Sensors { results { ${SENSOR_FIELDS} } } } }`,
    );
    expect(data.sensorsOrError.__typename).toBe("Sensors");
    expect(data.sensorsOrError.results).toEqual([
      {
        name: "dedupe_new_raw_events",
        codeLocationName: "user-events",
        description: "Launches deduplicated_events for each day raw_events materializes.",
        sensorType: "ASSET",
        status: "STOPPED",
        defaultStatus: "STOPPED",
        minimumIntervalSeconds: 15,
        cursor: null,
        jobName: null,
        selection: "deduplicated_events",
        assetKeys: [{ path: ["deduplicated_events"] }],
        partitionsDefinition: { description: "Daily from 2026-01-01 (UTC)" },
        monitoredAssetKey: { path: ["raw_events"] },
        runStatus: null,
        monitoredJobName: null,
        monitoredAssetKeys: null,
        lastTick: null,
        nextEvaluationAt: null,
      },
      {
        name: "report_pipeline_failures",
        codeLocationName: "user-events",
        description: "Tells the data-eng channel when a run of daily_events fails.",
        sensorType: "RUN_STATUS",
        status: "STOPPED",
        defaultStatus: "STOPPED",
        minimumIntervalSeconds: 30,
        cursor: null,
        jobName: null,
        selection: null,
        assetKeys: [],
        partitionsDefinition: null,
        monitoredAssetKey: null,
        runStatus: "FAILURE",
        monitoredJobName: "daily_events",
        monitoredAssetKeys: ["raw_events", "deduplicated_events", "enriched_events", "fact_events"].map((key) => ({
          path: [key],
        })),
        lastTick: null,
        nextEvaluationAt: null,
      },
    ]);
  });

  it("says when the code location does not exist", async () => {
    const data = await graphql<{ sensorsOrError: { __typename: string; message: string } }>(
      `{ sensorsOrError(codeLocationName: "nowhere") { __typename ... on CodeLocationNotFoundError { message } } }`,
    );
    expect(data.sensorsOrError).toEqual({
      __typename: "CodeLocationNotFoundError",
      message: expect.stringContaining('"nowhere"'),
    });
  });
});

describe("turning the asset sensor on, its cursor and its ticks", () => {
  it("starts from the latest event, launches its target for a new materialization of raw_events, and keeps the event id", async () => {
    const started = (await graphql<{ startSensor: SensorFields }>(TOGGLE("startSensor"), dedupe)).startSensor;
    expect(started).toMatchObject({
      __typename: "Sensor",
      name: "dedupe_new_raw_events",
      status: "RUNNING",
      cursor: null,
    });
    expect(Date.parse(started.nextEvaluationAt!)).toBeLessThanOrEqual(Date.now());

    // The first evaluation only notes where the event log ends: history is not replayed.
    const now = Date.now();
    await tickSensors(database.db, { now: new Date(now), consoleUrl: "http://console.test" });
    const latest = await database.db.event.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    const first = await sensorOf();
    expect(first).toMatchObject({
      status: "RUNNING",
      cursor: (latest?.id ?? 0n).toString(),
      lastTick: null,
      nextEvaluationAt: new Date(now + 15_000).toISOString(),
    });

    const raw = await createRun(database.db, {
      codeLocationName: "user-events",
      snapshotId: null,
      assetKeys: ["raw_events"],
      partitions: { kind: "key", key: "2026-01-05" },
      launchedBy: "test",
    });
    await succeedRun(database.db, raw.id);
    const materialization = await database.db.event.findFirstOrThrow({
      where: { runId: raw.id, eventType: "ASSET_MATERIALIZATION" },
      select: { id: true },
    });
    await tickSensors(database.db, { now: new Date(now + 16_000), consoleUrl: "http://console.test" });

    const after = await sensorOf<
      SensorFields & {
        lastTick: { status: string };
        ticks: {
          status: string;
          cursor: string;
          runIds: string[];
          runs: { runId: string; partitionKey: string; launchedBy: string }[];
        }[];
      }
    >();
    expect(after.cursor).toBe(materialization.id.toString());
    expect(after.lastTick).toEqual({ status: "SUCCESS" });
    const [tick, ...older] = after.ticks;
    expect(older).toEqual([]);
    expect(tick).toMatchObject({
      status: "SUCCESS",
      cursor: materialization.id.toString(),
      runs: [{ partitionKey: "2026-01-05", launchedBy: "sensor:dedupe_new_raw_events" }],
    });
    expect(tick?.runIds).toEqual([tick?.runs[0]?.runId]);
  });

  it("sets the cursor to an event id and clears it, and refuses one that is not an event id", async () => {
    expect(await setCursor("42")).toEqual({ __typename: "Sensor", name: "dedupe_new_raw_events", cursor: "42" });
    expect((await sensorOf()).cursor).toBe("42");

    const refused = await setCursor("yesterday");
    expect(refused).toEqual({
      __typename: "InvalidSensorCursorError",
      message: expect.stringContaining(
        'An asset sensor\'s cursor is an event id (a whole number such as 1042), not "yesterday".',
      ),
    });
    expect((await sensorOf()).cursor).toBe("42");

    expect(await setCursor(null)).toEqual({ __typename: "Sensor", name: "dedupe_new_raw_events", cursor: null });
    expect((await sensorOf()).cursor).toBeNull();
  });

  it("stops the sensor and keeps its ticks", async () => {
    const stopped = (await graphql<{ stopSensor: SensorFields }>(TOGGLE("stopSensor"), dedupe)).stopSensor;
    expect(stopped).toEqual({
      __typename: "Sensor",
      name: "dedupe_new_raw_events",
      status: "STOPPED",
      cursor: null,
      nextEvaluationAt: null,
    });
    expect(await sensorOf()).toMatchObject({ status: "STOPPED", lastTick: { status: "SUCCESS" } });
  });

  it("answers an unknown sensor with SensorNotFoundError", async () => {
    const unknown = { codeLocationName: "user-events", sensorName: "watch_nothing" };
    const message = 'No sensor named "watch_nothing" is defined in code location "user-events".';
    const expected = { __typename: "SensorNotFoundError", message };
    expect((await graphql<{ sensorOrError: SensorFields }>(SENSOR, unknown)).sensorOrError).toEqual(expected);
    expect((await graphql<{ startSensor: SensorFields }>(TOGGLE("startSensor"), unknown)).startSensor).toEqual(
      expected,
    );
    expect((await graphql<{ stopSensor: SensorFields }>(TOGGLE("stopSensor"), unknown)).stopSensor).toEqual(expected);
    expect(await setCursor("1", unknown)).toEqual(expected);
  });
});
