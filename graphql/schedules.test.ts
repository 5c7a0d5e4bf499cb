// Schedules on the API against the example: listing, one schedule with its next ticks, turning it on and off, and the
// ticks the daemon records, paged newest first.
import { describe, expect, it } from "vitest";
import { tickSchedules } from "../lib/orchestration/automation/schedules";
import { saveScheduleCursor } from "../lib/store/schedules";
import { recordSkippedTicks } from "../lib/store/ticks";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const api = graphqlTestServer({ example: true });
const graphql = api.query;

const SCHEDULE_FIELDS = `
  name codeLocationName description cronSchedule cronDescription executionTimezone status defaultStatus catchup maxActiveRuns
  jobName selection assetKeys { path } partitionsDefinition { description } nextTickTimes(limit: 3)
  lastTick { status }
`;

interface ScheduleFields {
  __typename: string;
  name?: string;
  status?: string;
  nextTickTimes?: string[];
  message?: string;
}

const SCHEDULE = `query ($codeLocationName: String!, $scheduleName: String!) {
  scheduleOrError(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {
    __typename
    ... on Schedule { ${SCHEDULE_FIELDS} ticks(limit: 10) { id tickTime status runIds skipReason error runs { runId partitionKey launchedBy } } }
    ... on ScheduleNotFoundError { message }
  }
}`;

const TOGGLE = (mutation: string) => `mutation ($codeLocationName: String!, $scheduleName: String!) {
  ${mutation}(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {
    __typename
    ... on Schedule { name status }
    ... on ScheduleNotFoundError { message }
  }
}`;

const theSchedule = { codeLocationName: "user-events", scheduleName: "daily_events_at_six" };

describe("schedulesOrError", () => {
  it("lists the example's schedule, stopped, with its cron in words and its next ticks at 06:00 UTC", async () => {
    const data = await graphql<{ schedulesOrError: { __typename: string; results: Record<string, unknown>[] } }>(
      `{ schedulesOrError { __typename ... on Schedules { results { ${SCHEDULE_FIELDS} } } } }`,
    );
    expect(data.schedulesOrError.__typename).toBe("Schedules");
    const [schedule, ...others] = data.schedulesOrError.results;
    expect(others).toEqual([]);
    expect(schedule).toMatchObject({
      name: "daily_events_at_six",
      codeLocationName: "user-events",
      cronSchedule: "0 6 * * *",
      cronDescription: "Daily at 06:00",
      executionTimezone: "UTC",
      status: "STOPPED",
      defaultStatus: "STOPPED",
      catchup: false,
      maxActiveRuns: 1,
      jobName: "daily_events",
      selection: null,
      partitionsDefinition: { description: "Daily from 2026-01-01 (UTC)" },
      lastTick: null,
    });
    expect(schedule?.assetKeys).toEqual(
      [["raw_events"], ["deduplicated_events"], ["enriched_events"], ["fact_events"]].map((p) => ({ path: p })),
    );
    const next = (schedule?.nextTickTimes as string[]).map((time) => new Date(time));
    expect(next).toHaveLength(3);
    expect(next.every((time) => time.getUTCHours() === 6 && time.getUTCMinutes() === 0 && time > new Date())).toBe(
      true,
    );
    expect(next[1]!.getTime() - next[0]!.getTime()).toBe(86_400_000);
  });

  it("says when the code location does not exist", async () => {
    const data = await graphql<{ schedulesOrError: { __typename: string; message: string } }>(
      `{ schedulesOrError(codeLocationName: "nowhere") { __typename ... on CodeLocationNotFoundError { message } } }`,
    );
    expect(data.schedulesOrError).toEqual({
      __typename: "CodeLocationNotFoundError",
      message: expect.stringContaining('"nowhere"'),
    });
  });
});

describe("turning a schedule on and off", () => {
  it("turns it on; a tick launches the day before's partition and is recorded with its run", async () => {
    const started = await graphql<{ startSchedule: ScheduleFields }>(TOGGLE("startSchedule"), theSchedule);
    expect(started.startSchedule).toEqual({ __typename: "Schedule", name: "daily_events_at_six", status: "RUNNING" });

    const before = await graphql<{ scheduleOrError: ScheduleFields }>(SCHEDULE, theSchedule);
    expect(before.scheduleOrError.status).toBe("RUNNING");
    // Evaluate the last tick before now, as if the schedule had been turned on an hour before it.
    const lastTick = new Date(new Date(before.scheduleOrError.nextTickTimes![0]!).getTime() - 86_400_000);
    await saveScheduleCursor(
      api.database.db,
      "user-events",
      "daily_events_at_six",
      new Date(lastTick.getTime() - 3_600_000),
      lastTick,
    );
    await tickSchedules(api.database.db, { now: new Date(lastTick.getTime() + 1000) });

    const after = await graphql<{
      scheduleOrError: {
        lastTick: { status: string };
        ticks: {
          tickTime: string;
          status: string;
          runIds: string[];
          runs: { runId: string; partitionKey: string; launchedBy: string }[];
        }[];
      };
    }>(SCHEDULE, theSchedule);
    const dayBefore = new Date(lastTick.getTime() - 86_400_000).toISOString().slice(0, 10);
    expect(after.scheduleOrError.lastTick).toEqual({ status: "SUCCESS" });
    const [tick] = after.scheduleOrError.ticks;
    expect(tick).toMatchObject({
      tickTime: lastTick.toISOString(),
      status: "SUCCESS",
      runs: [{ partitionKey: dayBefore, launchedBy: "schedule:daily_events_at_six" }],
    });
    expect(tick?.runIds).toEqual([tick?.runs[0]?.runId]);

    const stopped = await graphql<{ stopRunningSchedule: ScheduleFields }>(TOGGLE("stopRunningSchedule"), theSchedule);
    expect(stopped.stopRunningSchedule).toEqual({
      __typename: "Schedule",
      name: "daily_events_at_six",
      status: "STOPPED",
    });
  });

  it("answers an unknown schedule with ScheduleNotFoundError", async () => {
    const unknown = { codeLocationName: "user-events", scheduleName: "hourly_nothing" };
    const message = 'No schedule named "hourly_nothing" is defined in code location "user-events".';
    expect((await graphql<{ scheduleOrError: ScheduleFields }>(SCHEDULE, unknown)).scheduleOrError).toEqual({
      __typename: "ScheduleNotFoundError",
      message,
    });
    expect((await graphql<{ startSchedule: ScheduleFields }>(TOGGLE("startSchedule"), unknown)).startSchedule).toEqual({
      __typename: "ScheduleNotFoundError",
      message,
    });
  });
});

describe("ticks", () => {
  it("pages newest first by id", async () => {
    const times = ["2026-01-10T06:00Z", "2026-01-11T06:00Z", "2026-01-12T06:00Z"].map((time) => new Date(time));
    const skipped = times.map((tickTime) => ({
      tickTime,
      reason: "Missed while the daemon was down; catchup is off.",
    }));
    await recordSkippedTicks(
      api.database.db,
      "user-events",
      "daily_events_at_six",
      skipped,
      new Date("2026-01-12T06:00:05Z"),
    );
    const page = `query ($cursor: String) { scheduleOrError(codeLocationName: "user-events", scheduleName: "daily_events_at_six") {
      ... on Schedule { ticks(limit: 2, cursor: $cursor) { id tickTime status skipReason } } } }`;
    type Page = {
      scheduleOrError: { ticks: { id: string; tickTime: string; status: string; skipReason: string | null }[] };
    };
    const first = (await graphql<Page>(page)).scheduleOrError.ticks;
    expect(first.map((tick) => [tick.tickTime, tick.status])).toEqual([
      ["2026-01-12T06:00:00.000Z", "SKIPPED"],
      ["2026-01-11T06:00:00.000Z", "SKIPPED"],
    ]);
    // The next page ends with the tick the daemon launched in the test above, recorded first.
    const second = (await graphql<Page>(page, { cursor: first[1]!.id })).scheduleOrError.ticks;
    expect(second.map((tick) => tick.status)).toEqual(["SKIPPED", "SUCCESS"]);
    expect(second[0]).toMatchObject({
      tickTime: "2026-01-10T06:00:00.000Z",
      skipReason: "Missed while the daemon was down; catchup is off.",
    });
    await expect(graphql(page, { cursor: "abc" })).rejects.toThrow('cursor "abc" is not a tick id.');
  });
});
