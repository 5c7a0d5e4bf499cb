// Sensors against a real Postgres, evaluating the test location's functions in real child processes: a custom
// sensor's run requests launch once each by run key with its cursor kept, an asset sensor follows new
// materializations, a run status sensor is called for failed runs, and a throwing sensor records a failed tick.

import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadTestLocation } from "../executor/testing/testLocation";
import { createRun } from "../store/runs";
import { failRun, succeedRun } from "../store/testing/runOutcomes";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { tickSensors } from "./sensorDaemon";

let database: TestDatabase;
let output: string;
beforeAll(async () => {
  database = await createTestDatabase();
  output = path.join(await mkdtemp(path.join(os.tmpdir(), "strata-sensors-")), "failures.txt");
  process.env.SENSOR_OUTPUT = output;
  await loadTestLocation(database.db, "sensing", "lib/executor/testdata/sensors.ts");
});
afterAll(async () => database?.drop());

const at = (iso: string) => new Date(iso);
const tick = (iso: string) => tickSensors(database.db, { now: at(iso), consoleUrl: "http://console.test" });
const ticksOf = (name: string) =>
  database.db.tick.findMany({ where: { instigatorName: name }, orderBy: { id: "asc" } });
const runsOf = (name: string) =>
  database.db.run.findMany({ where: { launchedBy: `sensor:${name}` }, orderBy: { createdAt: "asc" } });

it("evaluates running sensors at their interval: launches each run key once, follows materializations, reports failed runs", {
  timeout: 120_000,
}, async () => {
  await tick("2026-03-01T10:00:00Z");
  expect((await runsOf("counter")).map((r) => (r.tags as Record<string, string>).count)).toEqual(["1"]);
  // Within the interval nothing is evaluated.
  await tick("2026-03-01T10:00:05Z");
  expect(await ticksOf("counter")).toHaveLength(1);
  await tick("2026-03-01T10:00:11Z");
  expect((await runsOf("counter")).map((r) => (r.tags as Record<string, string>).count)).toEqual(["1", "2"]);
  expect(
    (
      await database.db.instigatorState.findUniqueOrThrow({
        where: { codeLocationName_name: { codeLocationName: "sensing", name: "counter" } },
      })
    ).cursor,
  ).toBe("2");
  expect((await ticksOf("counter")).map((t) => [t.status, t.runIds.length])).toEqual([
    ["SUCCESS", 1],
    ["SUCCESS", 1],
  ]);

  // The event-watching sensors started from the first tick: now give them something to see.
  const source = await createRun(database.db, {
    codeLocationName: "sensing",
    snapshotId: null,
    assetKeys: ["sensed/source"],
    launchedBy: "test",
  });
  await succeedRun(database.db, source.id);
  const broken = await createRun(database.db, {
    codeLocationName: "sensing",
    snapshotId: null,
    assetKeys: ["sensed/broken"],
    launchedBy: "test",
  });
  await failRun(database.db, broken.id);
  await tick("2026-03-01T10:00:22Z");
  expect(await runsOf("follow_source")).toHaveLength(1);
  expect((await ticksOf("follow_source")).at(-1)).toMatchObject({ status: "SUCCESS" });
  expect(await readFile(output, "utf8")).toBe(`${broken.id} A step failed.\n`);
  expect((await ticksOf("record_failures")).at(-1)).toMatchObject({
    status: "SUCCESS",
    skipReason: `Called for run(s) ${broken.id.slice(0, 8)}.`,
  });

  // Nothing new: the asset sensor skips with the reason.
  await tick("2026-03-01T10:00:33Z");
  expect((await ticksOf("follow_source")).at(-1)).toMatchObject({
    status: "SKIPPED",
    skipReason: "No new materialization of sensed/source.",
  });
});

it("records a sensor that throws as a failed tick with the error, and launches nothing", {
  timeout: 60_000,
}, async () => {
  await database.db.instigatorState.create({
    data: { codeLocationName: "sensing", name: "crashing", type: "SENSOR", status: "RUNNING" },
  });
  await tick("2026-03-01T11:00:00Z");
  const [failed] = await ticksOf("crashing");
  expect(failed).toMatchObject({ status: "FAILURE", runIds: [] });
  expect(failed?.error).toContain("the bucket listing failed");
});
