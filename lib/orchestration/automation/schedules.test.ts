// The schedule daemon against a real Postgres with a controllable clock: when ticks happen (across DST), catchup on
// and off, maxActiveRuns, partitions, refused launches, and exactly-once launches when a daemon is killed mid-tick or
// two daemons tick at once. No worker runs, so launched runs stay QUEUED until a test ends them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SCHEDULE_TAG, TICK_TAG } from "../../core/schedules";
import { shownRunTags } from "../../store/runPartitions";
import { readScheduleState, startSchedule, stopSchedule } from "../../store/schedules";
import { succeedRun } from "../../store/testing/runOutcomes";
import { SCHEDULE_LOCATION, saveScheduleLocation } from "../../store/testing/scheduleLocation";
import { createTestDatabase, type TestDatabase } from "../../store/testing/testDatabase";
import { launchRun } from "../runs/launchRun";
import { MISSED_REASON, type TickSchedulesOptions, tickSchedules } from "./schedules";

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => database?.drop());

const tick = (now: string, options: Partial<TickSchedulesOptions> = {}) =>
  tickSchedules(database.db, { now: new Date(now), ...options });
const start = async (name: string, now: string) =>
  expect((await startSchedule(database.db, SCHEDULE_LOCATION, name, new Date(now))).kind).toBe("success");
// With the tags each run shows (its partition tag comes from its partition columns).
const runs = async () =>
  (await database.db.run.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map((run) => ({
    ...run,
    tags: shownRunTags(run),
  }));
const ticksOf = (name: string) =>
  database.db.tick.findMany({ where: { instigatorName: name }, orderBy: { tickTime: "asc" } });
const tagsOf = (run: { tags: unknown }) => run.tags as Record<string, string>;
const tickTimesOfRuns = async () => (await runs()).map((run) => tagsOf(run)[TICK_TAG]);
const iso = (text: string) => new Date(text).toISOString();

describe("when schedules tick", () => {
  it("starts a schedule seen running for the first time from now, with no backlog", async () => {
    await saveScheduleLocation(database.db, "always_on");
    await tick("2024-03-10T12:00:00Z");
    expect(await runs()).toEqual([]);
    expect((await readScheduleState(database.db, SCHEDULE_LOCATION, "always_on"))?.cursor).toEqual(
      new Date("2024-03-10T12:00:00Z"),
    );

    await tick("2024-03-11T05:59:59Z");
    expect(await runs()).toEqual([]);
    await tick("2024-03-11T06:00:01Z");
    const [run, ...others] = await runs();
    expect(others).toEqual([]);
    expect(run).toMatchObject({
      status: "QUEUED",
      codeLocationName: SCHEDULE_LOCATION,
      jobName: "report_job",
      assetSelection: ["report"],
      launchedBy: "schedule:always_on",
      runConfig: { ops: { report: { config: { rows: 10 } } } },
      tags: { team: "reports", [SCHEDULE_TAG]: "always_on", [TICK_TAG]: iso("2024-03-11T06:00Z") },
    });
    expect(await ticksOf("always_on")).toMatchObject([
      {
        status: "SUCCESS",
        tickTime: new Date("2024-03-11T06:00Z"),
        runIds: [run!.id],
        evaluatedAt: new Date("2024-03-11T06:00:01Z"),
      },
    ]);
  });

  it("ticks at 06:00 Berlin time, 05:00 then 04:00 UTC across the change to summer time", async () => {
    await saveScheduleLocation(database.db, "berlin_morning");
    await start("berlin_morning", "2024-03-29T12:00:00Z");
    const expected = [
      ["2024-03-30T04:59:59Z", 0],
      ["2024-03-30T05:00:00Z", 1],
      ["2024-03-31T03:59:59Z", 1], // 05:59 in Berlin: summer time started at 01:00 UTC
      ["2024-03-31T04:00:00Z", 2],
      ["2024-03-31T05:00:00Z", 2],
      ["2024-04-01T04:00:30Z", 3],
    ] as const;
    for (const [now, count] of expected) {
      await tick(now);
      expect((await runs()).length, `runs at ${now}`).toBe(count);
    }
    expect(await tickTimesOfRuns()).toEqual([
      iso("2024-03-30T05:00Z"),
      iso("2024-03-31T04:00Z"),
      iso("2024-04-01T04:00Z"),
    ]);
  });
});

describe("catchup", () => {
  it("on: launches every missed tick once, in order, a few per evaluation", async () => {
    await saveScheduleLocation(database.db, "hourly_catchup");
    await start("hourly_catchup", "2024-03-10T00:00:00Z");
    const now = "2024-03-10T07:30:00Z";
    expect((await tick(now, { maxTicksPerEvaluation: 3 })).launched).toBe(3);
    expect((await readScheduleState(database.db, SCHEDULE_LOCATION, "hourly_catchup"))?.cursor).toEqual(
      new Date("2024-03-10T03:00Z"),
    );
    expect((await tick(now, { maxTicksPerEvaluation: 3 })).launched).toBe(3);
    expect((await tick(now, { maxTicksPerEvaluation: 3 })).launched).toBe(1);
    expect((await tick(now, { maxTicksPerEvaluation: 3 })).launched).toBe(0);
    const hours = ["01", "02", "03", "04", "05", "06", "07"].map((hour) => iso(`2024-03-10T${hour}:00Z`));
    expect(await tickTimesOfRuns()).toEqual(hours);
    expect((await ticksOf("hourly_catchup")).map((t) => [t.tickTime.toISOString(), t.status])).toEqual(
      hours.map((hour) => [hour, "SUCCESS"]),
    );
  });

  it("off: launches the latest missed tick and records the others as skipped", async () => {
    await saveScheduleLocation(database.db, "hourly");
    await start("hourly", "2024-03-10T00:00:00Z");
    expect(await tick("2024-03-10T05:30:00Z")).toEqual({ launched: 1, skipped: 4, failed: 0 });
    expect(await tickTimesOfRuns()).toEqual([iso("2024-03-10T05:00Z")]);
    expect((await ticksOf("hourly")).map((t) => [t.tickTime.getUTCHours(), t.status, t.skipReason])).toEqual([
      [1, "SKIPPED", MISSED_REASON],
      [2, "SKIPPED", MISSED_REASON],
      [3, "SKIPPED", MISSED_REASON],
      [4, "SKIPPED", MISSED_REASON],
      [5, "SUCCESS", null],
    ]);
  });

  it("off: records a bounded number of missed ticks and sums up the older ones", async () => {
    await saveScheduleLocation(database.db, "hourly");
    await start("hourly", "2024-03-10T05:00:00Z");
    await tick("2024-03-10T20:10:00Z", { maxSkippedRecorded: 3 });
    expect(await tickTimesOfRuns()).toEqual([iso("2024-03-10T20:00Z")]);
    const skipped = (await ticksOf("hourly")).filter((t) => t.status === "SKIPPED");
    expect(skipped.map((t) => t.tickTime.getUTCHours())).toEqual([17, 18, 19]);
    expect(skipped[0]?.skipReason).toBe(
      `${MISSED_REASON} 11 earlier missed ticks since 2024-03-10T06:00:00.000Z are not listed.`,
    );
  });
});

describe("maxActiveRuns", () => {
  it("skips a tick while that many of the schedule's runs are queued or in progress", async () => {
    await saveScheduleLocation(database.db, "limited");
    await start("limited", "2024-03-10T00:30:00Z");
    await tick("2024-03-10T01:00:10Z");
    const [first] = await runs();
    await tick("2024-03-10T02:00:10Z");
    expect(await runs()).toHaveLength(1);
    expect((await ticksOf("limited"))[1]).toMatchObject({
      status: "SKIPPED",
      skipReason: "1 run of this schedule is queued or in progress; maxActiveRuns is 1.",
    });

    await succeedRun(database.db, first!.id);
    await tick("2024-03-10T03:00:10Z");
    expect(await tickTimesOfRuns()).toEqual([iso("2024-03-10T01:00Z"), iso("2024-03-10T03:00Z")]);
  });

  it("with catchup, holds a tick until a run finishes instead of skipping it", async () => {
    await saveScheduleLocation(database.db, "limited_catchup");
    await start("limited_catchup", "2024-03-10T00:30:00Z");
    await tick("2024-03-10T03:30:00Z");
    expect(await tickTimesOfRuns()).toEqual([iso("2024-03-10T01:00Z")]);
    expect(await ticksOf("limited_catchup")).toHaveLength(1);
    for (const expected of [2, 3]) {
      await tick("2024-03-10T03:30:00Z");
      expect(await runs()).toHaveLength(expected - 1);
      await succeedRun(database.db, (await runs()).at(-1)!.id);
      await tick("2024-03-10T03:30:00Z");
      expect(await runs()).toHaveLength(expected);
    }
    expect(await tickTimesOfRuns()).toEqual(["01", "02", "03"].map((hour) => iso(`2024-03-10T${hour}:00Z`)));
  });
});

describe("what a tick launches", () => {
  it("launches the partition whose window ended last at the tick, with the schedule's tags", async () => {
    await saveScheduleLocation(database.db, "daily_partitions");
    await start("daily_partitions", "2024-03-09T12:00:00Z");
    await tick("2024-03-10T06:00:05Z");
    const [run] = await runs();
    expect(run).toMatchObject({
      jobName: "daily_job",
      partitionKey: "2024-03-09",
      tags: { kind: "daily", "strata/partition": "2024-03-09", [SCHEDULE_TAG]: "daily_partitions" },
    });
  });

  it("launches each real hour of a fall-back night once, the repeated hour keyed with its offset", async () => {
    await saveScheduleLocation(database.db, "new_york_hourly");
    await start("new_york_hourly", "2024-11-03T03:30:00Z");
    // 2024-11-03 in New York: 01:00 EDT is 05:00 UTC, 01:00 EST is 06:00 UTC, 02:00 EST is 07:00 UTC.
    for (const now of ["2024-11-03T05:00:05Z", "2024-11-03T06:00:05Z", "2024-11-03T07:00:05Z", "2024-11-03T08:00:05Z"])
      await tick(now);
    expect((await runs()).map((run) => run.partitionKey)).toEqual([
      "2024-11-02-23:00",
      "2024-11-03-00:00",
      "2024-11-03-01:00",
      "2024-11-03-01:00-0500",
      "2024-11-03-02:00",
    ]);
    expect((await ticksOf("new_york_hourly")).map((t) => t.tickTime.toISOString())).toEqual([
      "2024-11-03T04:00:00.000Z",
      "2024-11-03T05:00:00.000Z",
      "2024-11-03T06:00:00.000Z",
      "2024-11-03T07:00:00.000Z",
      "2024-11-03T08:00:00.000Z",
    ]);
  });

  it("skips a tick whose partition the previous tick launched, saying so", async () => {
    await saveScheduleLocation(database.db, "hourly_daily_partitions");
    await start("hourly_daily_partitions", "2024-03-10T00:30:00Z");
    await tick("2024-03-10T01:00:05Z");
    await tick("2024-03-10T02:00:05Z");
    expect((await runs()).map((run) => run.partitionKey)).toEqual(["2024-03-09"]);
    const [, second] = await ticksOf("hourly_daily_partitions");
    expect(second).toMatchObject({ status: "SKIPPED" });
    expect(second?.skipReason).toContain("launched 2024-03-09; each partition is launched once");
  });

  it("launches a selection with the schedule's own run config", async () => {
    await saveScheduleLocation(database.db, "report_selection");
    await start("report_selection", "2024-03-09T12:00:00Z");
    await tick("2024-03-10T06:00:05Z");
    expect(await runs()).toMatchObject([
      { jobName: null, assetSelection: ["report"], runConfig: { ops: { report: { config: { rows: 99 } } } } },
    ]);
  });

  it("fails the tick with the error when the launch is refused, and moves on", async () => {
    await saveScheduleLocation(database.db, "missing_job", "bad_config", "regions");
    for (const name of ["missing_job", "bad_config", "regions"]) await start(name, "2024-03-09T12:00:00Z");
    expect(await tick("2024-03-10T06:00:05Z")).toEqual({ launched: 0, skipped: 0, failed: 3 });
    expect(await runs()).toEqual([]);
    expect((await ticksOf("missing_job"))[0]).toMatchObject({
      status: "FAILURE",
      error: expect.stringContaining('No job named "gone_job"'),
    });
    expect((await ticksOf("bad_config"))[0]).toMatchObject({
      status: "FAILURE",
      error: expect.stringMatching(/invalid[\s\S]*ops\.report\.config\.rows/),
    });
    expect((await ticksOf("regions"))[0]).toMatchObject({
      status: "FAILURE",
      error: expect.stringContaining("(Static: us, eu) have no time windows"),
    });
    await tick("2024-03-10T07:00:00Z");
    expect(await database.db.tick.count()).toBe(3);
  });
});

describe("exactly once", () => {
  it("finishes a tick left STARTED by a killed daemon with the run it launched, and launches one that has none", async () => {
    await saveScheduleLocation(database.db, "hourly");
    await start("hourly", "2024-03-10T00:30:00Z");
    // The killed daemon had recorded the 01:00 tick and launched its run, but not finished the tick.
    const launched = await launchRun(database.db, {
      jobName: "report_job",
      systemTags: { [SCHEDULE_TAG]: "hourly", [TICK_TAG]: iso("2024-03-10T01:00Z") },
      launchedBy: "schedule:hourly",
    });
    if (launched.kind !== "success") throw new Error(launched.message);
    const started = {
      codeLocationName: SCHEDULE_LOCATION,
      instigatorName: "hourly",
      type: "SCHEDULE" as const,
      status: "STARTED" as const,
    };
    await database.db.tick.create({ data: { ...started, tickTime: new Date("2024-03-10T01:00Z") } });

    await tick("2024-03-10T01:00:30Z");
    expect((await runs()).map((run) => run.id)).toEqual([launched.run.id]);
    expect((await ticksOf("hourly"))[0]).toMatchObject({ status: "SUCCESS", runIds: [launched.run.id] });

    // Killed before its launch: the tick is launched now, once.
    await database.db.tick.create({ data: { ...started, tickTime: new Date("2024-03-10T02:00Z") } });
    await tick("2024-03-10T02:00:30Z");
    await tick("2024-03-10T02:00:40Z");
    expect(await tickTimesOfRuns()).toEqual([iso("2024-03-10T01:00Z"), iso("2024-03-10T02:00Z")]);
    expect((await ticksOf("hourly"))[1]).toMatchObject({ status: "SUCCESS", runIds: [(await runs())[1]!.id] });
  });

  it("launches each tick once when daemons tick at the same time", async () => {
    await saveScheduleLocation(database.db, "hourly_catchup", "hourly");
    await start("hourly_catchup", "2024-03-10T00:00:00Z");
    await start("hourly", "2024-03-10T00:00:00Z");
    const options = { maxTicksPerEvaluation: 20 };
    for (let round = 0; round < 3; round++) {
      await Promise.all([1, 2, 3, 4].map(() => tick("2024-03-10T10:30:00Z", options)));
    }
    const all = await runs();
    const catchupTicks = all
      .filter((run) => tagsOf(run)[SCHEDULE_TAG] === "hourly_catchup")
      .map((run) => tagsOf(run)[TICK_TAG]);
    expect(catchupTicks).toEqual(
      ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"].map((hour) => iso(`2024-03-10T${hour}:00Z`)),
    );
    expect(all.filter((run) => tagsOf(run)[SCHEDULE_TAG] === "hourly").map((run) => tagsOf(run)[TICK_TAG])).toEqual([
      iso("2024-03-10T10:00Z"),
    ]);
    expect(await database.db.tick.count({ where: { instigatorName: "hourly" } })).toBe(10);
  });
});

describe("turning schedules on and off", () => {
  it("starts from the moment it is turned on, and launches nothing for the time it was off", async () => {
    await saveScheduleLocation(database.db, "hourly");
    await tick("2024-03-10T01:30:00Z");
    expect(await readScheduleState(database.db, SCHEDULE_LOCATION, "hourly")).toBeNull();

    await start("hourly", "2024-03-10T01:30:00Z");
    expect(await readScheduleState(database.db, SCHEDULE_LOCATION, "hourly")).toEqual({
      status: "RUNNING",
      cursor: new Date("2024-03-10T01:30:00Z"),
    });
    await tick("2024-03-10T02:00:10Z");
    expect(await runs()).toHaveLength(1);

    expect(await stopSchedule(database.db, SCHEDULE_LOCATION, "hourly")).toMatchObject({
      kind: "success",
      schedule: { status: "STOPPED" },
    });
    await tick("2024-03-10T05:10:00Z");
    expect(await runs()).toHaveLength(1);

    await start("hourly", "2024-03-10T05:10:00Z");
    await tick("2024-03-10T05:30:00Z");
    expect(await runs()).toHaveLength(1);
    await tick("2024-03-10T06:00:10Z");
    expect(await tickTimesOfRuns()).toEqual([iso("2024-03-10T02:00Z"), iso("2024-03-10T06:00Z")]);
    // Turning on a running schedule keeps its cursor, so no tick between two evaluations is lost.
    await start("hourly", "2024-03-10T09:00:00Z");
    expect((await readScheduleState(database.db, SCHEDULE_LOCATION, "hourly"))?.cursor).toEqual(
      new Date("2024-03-10T06:00Z"),
    );
    expect(await ticksOf("hourly")).toHaveLength(2);
  });

  it("says which schedule it could not find", async () => {
    await saveScheduleLocation(database.db, "hourly");
    expect(await startSchedule(database.db, SCHEDULE_LOCATION, "nope")).toEqual({
      kind: "notFound",
      message: 'No schedule named "nope" is defined in code location "scheduled".',
    });
    expect((await stopSchedule(database.db, "elsewhere", "hourly")).kind).toBe("notFound");
  });
});
