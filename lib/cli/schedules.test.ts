// `strata schedules`: listing with status and next tick, turning one on and off, and the messages for mistakes.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { readScheduleState } from "../store/schedules";
import { SCHEDULE_LOCATION, saveScheduleLocation } from "../store/testing/scheduleLocation";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { recordSkippedTicks } from "../store/ticks";
import { schedulesFromCli } from "./schedules";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await saveScheduleLocation(database.db, "berlin_morning", "daily_partitions");
});
afterAll(async () => database?.drop());

const NOW = new Date("2026-03-28T12:00:00Z");

async function cli(...args: string[]) {
  const lines: string[] = [];
  const code = await schedulesFromCli(database.db, args, (line) => lines.push(line), NOW);
  return { code, output: lines.join("\n") };
}

it("lists each schedule with its cron, target and next tick, and says how to turn it on", async () => {
  expect(await cli()).toEqual({
    code: 0,
    output: [
      "berlin_morning (scheduled)  STOPPED  The report at 06:00 in Berlin.",
      "  cron        0 6 * * * (Daily at 06:00), Europe/Berlin",
      "  target      job report_job",
      "  next tick   off; turn it on with `strata schedules start berlin_morning`",
      "daily_partitions (scheduled)  STOPPED",
      "  cron        0 6 * * * (Daily at 06:00), UTC",
      "  target      job daily_job, partitions Daily from 2024-01-01 (UTC)",
      "  next tick   off; turn it on with `strata schedules start daily_partitions`",
    ].join("\n"),
  });
});

it("turns a schedule on from now and off again", async () => {
  // Berlin changes to summer time overnight: 06:00 there is 04:00 UTC on the 29th.
  expect(await cli("start", "berlin_morning")).toEqual({
    code: 0,
    output:
      "Schedule berlin_morning (scheduled) is on; its next tick is at 2026-03-29 06:00 Europe/Berlin (04:00 UTC). The daemon (`strata dev` or `strata daemon`) launches its runs.",
  });
  expect(await readScheduleState(database.db, SCHEDULE_LOCATION, "berlin_morning")).toEqual({
    status: "RUNNING",
    cursor: NOW,
  });
  await recordSkippedTicks(
    database.db,
    SCHEDULE_LOCATION,
    "berlin_morning",
    [{ tickTime: new Date("2026-03-28T05:00:00Z"), reason: "test" }],
    NOW,
  );
  const listed = await cli();
  expect(listed.output).toContain("berlin_morning (scheduled)  RUNNING");
  expect(listed.output).toContain(
    "  next tick   2026-03-29 06:00 Europe/Berlin (04:00 UTC)\n  last tick   SKIPPED at 2026-03-28 06:00 Europe/Berlin (05:00 UTC)",
  );

  expect(await cli("stop", "berlin_morning", "--location", SCHEDULE_LOCATION)).toEqual({
    code: 0,
    output: "Schedule berlin_morning (scheduled) is off.",
  });
  expect((await readScheduleState(database.db, SCHEDULE_LOCATION, "berlin_morning"))?.status).toBe("STOPPED");
});

it("names the schedules there are when one is unknown, and prints usage for a malformed command", async () => {
  expect(await cli("start", "nightly")).toEqual({
    code: 1,
    output: 'No schedule named "nightly" is defined. Schedules: berlin_morning, daily_partitions.',
  });
  expect((await cli("start", "berlin_morning", "--location", "elsewhere")).output).toBe(
    'No schedule named "berlin_morning" is defined in code location "elsewhere". Schedules: berlin_morning, daily_partitions.',
  );
  expect((await cli("pause", "berlin_morning")).code).toBe(2);
  expect((await cli("start")).output).toContain("usage: strata schedules");
  expect((await cli("start", "berlin_morning", "--every", "day")).code).toBe(2);
});

it("is wired into the strata command", () => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", "schedules"], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: database.url },
  });
  expect(result.stdout).toContain(
    "daily_events_at_six (user-events)  STOPPED  Loads yesterday's events every morning at 06:00 UTC.",
  );
  expect(result.stdout).toContain("  target      job daily_events, partitions Daily from 2026-01-01 (UTC)");
  expect(result.status).toBe(0);
}, 120_000);
