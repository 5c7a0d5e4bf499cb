// `strata sensors`: listing with trigger, target, cursor and last tick, turning one on and off, setting and clearing
// its cursor, and the messages for mistakes.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { findSensor } from "../store/sensorStates";
import { SENSOR_LOCATION, saveSensorLocation } from "../store/testing/sensorLocation";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { sensorsFromCli } from "./sensors";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await saveSensorLocation(database.db);
});
afterAll(async () => database?.drop());

async function cli(...args: string[]) {
  const lines: string[] = [];
  const code = await sensorsFromCli(database.db, args, (line) => lines.push(line));
  return { code, output: lines.join("\n") };
}

const stateOf = async (name: string) => {
  const sensor = await findSensor(database.db, SENSOR_LOCATION, name);
  return { status: sensor?.status, cursor: sensor?.cursor };
};

it("lists each sensor with what sets it off, what it launches, its cursor, and how to turn it on", async () => {
  expect(await cli()).toEqual({
    code: 0,
    output: [
      "new_files (sensed)  STOPPED  Launches the report for each new file.",
      "  trigger     custom: its evaluate function asks for runs, every 30 s",
      "  target      job report_job",
      "  cursor      none",
      "  turn on     strata sensors start new_files",
      "summarize_reports (sensed)  STOPPED",
      "  trigger     on materialization of report, every 15 s",
      "  target      selection summary",
      "  cursor      none yet; the first evaluation starts from the latest event",
      "  turn on     strata sensors start summarize_reports",
      "failed_reports (sensed)  STOPPED",
      "  trigger     on FAILURE of job report_job, every 30 s",
      "  target      none: it calls its evaluate function for each run",
      "  cursor      none yet; the first evaluation starts from the latest event",
      "  turn on     strata sensors start failed_reports",
      "every_success (sensed)  STOPPED",
      "  trigger     on SUCCESS of any run, every 30 s",
      "  target      none: it calls its evaluate function for each run",
      "  cursor      none yet; the first evaluation starts from the latest event",
      "  turn on     strata sensors start every_success",
    ].join("\n"),
  });
});

it("turns a sensor on and off, keeping its cursor, and shows its last tick", async () => {
  expect(await cli("start", "summarize_reports")).toEqual({
    code: 0,
    output:
      "Sensor summarize_reports (sensed) is on; the daemon (`strata dev` or `strata daemon`) evaluates it every 15 s. Its first evaluation starts from the latest event.",
  });
  expect(await stateOf("summarize_reports")).toEqual({ status: "RUNNING", cursor: null });

  await database.db.instigatorState.update({
    where: { codeLocationName_name: { codeLocationName: SENSOR_LOCATION, name: "summarize_reports" } },
    data: { cursor: "812" },
  });
  await database.db.tick.create({
    data: {
      codeLocationName: SENSOR_LOCATION,
      instigatorName: "summarize_reports",
      type: "SENSOR",
      status: "SKIPPED",
      skipReason: "No new materialization of report.",
      tickTime: new Date("2026-03-01T10:00:15Z"),
      runIds: [],
    },
  });
  const listed = await cli();
  expect(listed.output).toContain(
    "summarize_reports (sensed)  RUNNING\n  trigger     on materialization of report, every 15 s\n  target      selection summary\n  cursor      event 812\n  last tick   SKIPPED at 2026-03-01 10:00:15 UTC: No new materialization of report.",
  );

  expect(await cli("stop", "summarize_reports", "--location", SENSOR_LOCATION)).toEqual({
    code: 0,
    output: "Sensor summarize_reports (sensed) is off.",
  });
  expect(await cli("start", "summarize_reports")).toMatchObject({
    code: 0,
    output: expect.stringContaining("It carries on from cursor event 812."),
  });
  await cli("stop", "summarize_reports");
  expect(await stateOf("summarize_reports")).toEqual({ status: "STOPPED", cursor: "812" });
});

it("sets and clears a cursor, and refuses one that does not fit the sensor", async () => {
  expect(await cli("cursor", "new_files", "landing/2026-03-01.csv")).toEqual({
    code: 0,
    output: 'Sensor new_files (sensed): its next evaluation starts from cursor "landing/2026-03-01.csv".',
  });
  expect(await stateOf("new_files")).toEqual({ status: "STOPPED", cursor: "landing/2026-03-01.csv" });
  expect(await cli("cursor", "new_files", "--clear")).toEqual({
    code: 0,
    output: "Sensor new_files (sensed): cursor cleared; its next evaluation gets no cursor.",
  });

  expect(await cli("cursor", "failed_reports", "1042")).toEqual({
    code: 0,
    output: "Sensor failed_reports (sensed): its next evaluation starts from cursor event 1042.",
  });
  expect(await cli("cursor", "failed_reports", "yesterday")).toEqual({
    code: 1,
    output:
      'A run status sensor\'s cursor is an event id (a whole number such as 1042), not "yesterday". Clear it to start from the latest event.',
  });
  expect(await cli("cursor", "failed_reports", "--clear")).toEqual({
    code: 0,
    output: "Sensor failed_reports (sensed): cursor cleared; its next evaluation starts from the latest event.",
  });
  expect(await stateOf("failed_reports")).toEqual({ status: "STOPPED", cursor: null });
});

it("names the sensors there are when one is unknown, and prints usage for a malformed command", async () => {
  expect(await cli("start", "nightly")).toEqual({
    code: 1,
    output:
      'No sensor named "nightly" is defined. Sensors: new_files, summarize_reports, failed_reports, every_success.',
  });
  expect((await cli("stop", "new_files", "--location", "elsewhere")).output).toBe(
    'No sensor named "new_files" is defined in code location "elsewhere". Sensors: new_files, summarize_reports, failed_reports, every_success.',
  );
  for (const args of [
    ["pause", "new_files"],
    ["start"],
    ["cursor", "new_files"],
    ["cursor", "new_files", "a", "--clear"],
    ["start", "new_files", "--clear"],
    ["start", "new_files", "--every", "day"],
  ]) {
    const result = await cli(...args);
    expect(result.code, args.join(" ")).toBe(2);
    expect(result.output).toContain("usage: strata sensors");
  }
});

it("is wired into the strata command", () => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", "sensors"], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: database.url },
  });
  expect(result.stdout).toContain(
    "dedupe_new_raw_events (user-events)  STOPPED  Launches deduplicated_events for each day raw_events materializes.",
  );
  expect(result.stdout).toContain(
    "  trigger     on materialization of raw_events, every 15 s\n  target      selection deduplicated_events, partitions Daily from 2026-01-01 (UTC)",
  );
  expect(result.stdout).toContain(
    "report_pipeline_failures (user-events)  STOPPED  Tells the data-eng channel when a run of daily_events fails.\n  trigger     on FAILURE of job daily_events, every 30 s",
  );
  expect(result.status).toBe(0);
}, 120_000);
