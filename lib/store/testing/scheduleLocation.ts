// A stored code location with schedules of every kind the daemon handles, for store, daemon and CLI tests: time
// zones, catchup on and off, maxActiveRuns, a partitioned job, a selection, and targets a tick cannot launch.
import type {
  AssetNodeSnapshot,
  DefinitionsSnapshot,
  JobSnapshot,
  ScheduleSnapshot,
} from "../../core/definitionsSnapshot";
import type { TimeWindowPartitionsSnapshot } from "../../core/partitions/types";
import { buildAssetNode } from "../../core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../codeLocations";
import type { PrismaClient } from "../prisma";

export const SCHEDULE_LOCATION = "scheduled";

const daily: TimeWindowPartitionsSnapshot = {
  type: "time_window",
  cron: "0 0 * * *",
  start: "2024-01-01",
  end: null,
  timezone: "UTC",
  keyFormat: "date",
};

const newYorkHours: TimeWindowPartitionsSnapshot = {
  type: "time_window",
  cron: "0 * * * *",
  start: "2024-11-01-00:00",
  end: null,
  timezone: "America/New_York",
  keyFormat: "datetime",
};

function node(key: string, extra: Partial<AssetNodeSnapshot> = {}): AssetNodeSnapshot {
  return buildAssetNode(key, { groupName: "scheduled", ...extra });
}

function job(name: string, keys: string[], extra: Partial<JobSnapshot> = {}): JobSnapshot {
  return {
    name,
    description: null,
    selection: keys.join(" or "),
    assetKeys: keys.map((key) => [key]),
    tags: {},
    runConfig: null,
    presets: [],
    ...extra,
  };
}

/** A schedule of the report job at 06:00 UTC, stopped until a test starts it; override what the test is about. */
export function buildSchedule(name: string, extra: Partial<ScheduleSnapshot> = {}): ScheduleSnapshot {
  return {
    name,
    description: null,
    cron: "0 6 * * *",
    timezone: "UTC",
    jobName: "report_job",
    selection: null,
    assetKeys: [["report"]],
    catchup: false,
    maxActiveRuns: null,
    defaultStatus: "STOPPED",
    tags: {},
    runConfig: null,
    ...extra,
  };
}

export const scheduleSnapshot: DefinitionsSnapshot = {
  schemaVersion: 1,
  assets: [
    node("report", { configJsonSchema: { type: "object", properties: { rows: { type: "integer" } } } }),
    node("daily_events", { partitionsDefinition: daily }),
    node("regional", { partitionsDefinition: { type: "static", keys: ["us", "eu"] } }),
    node("new_york_hours", { partitionsDefinition: newYorkHours }),
  ],
  jobs: [
    job("report_job", ["report"], {
      tags: { team: "reports" },
      runConfig: { ops: { report: { config: { rows: 10 } } } },
    }),
    job("daily_job", ["daily_events"], { partitionsDefinition: daily }),
    job("new_york_hours_job", ["new_york_hours"], { partitionsDefinition: newYorkHours }),
  ],
  schedules: [
    buildSchedule("berlin_morning", { timezone: "Europe/Berlin", description: "The report at 06:00 in Berlin." }),
    buildSchedule("hourly_catchup", { cron: "0 * * * *", catchup: true }),
    buildSchedule("hourly", { cron: "0 * * * *" }),
    buildSchedule("limited", { cron: "0 * * * *", maxActiveRuns: 1 }),
    buildSchedule("limited_catchup", { cron: "0 * * * *", maxActiveRuns: 1, catchup: true }),
    buildSchedule("daily_partitions", {
      jobName: "daily_job",
      assetKeys: [["daily_events"]],
      partitionsDefinition: daily,
      tags: { kind: "daily" },
    }),
    buildSchedule("hourly_daily_partitions", {
      cron: "0 * * * *",
      jobName: "daily_job",
      assetKeys: [["daily_events"]],
      partitionsDefinition: daily,
    }),
    buildSchedule("new_york_hourly", {
      cron: "0 * * * *",
      timezone: "America/New_York",
      catchup: true,
      jobName: "new_york_hours_job",
      assetKeys: [["new_york_hours"]],
      partitionsDefinition: newYorkHours,
    }),
    buildSchedule("report_selection", {
      jobName: null,
      selection: "report",
      runConfig: { ops: { report: { config: { rows: 99 } } } },
    }),
    buildSchedule("always_on", { defaultStatus: "RUNNING" }),
    buildSchedule("missing_job", { jobName: "gone_job" }),
    buildSchedule("bad_config", {
      jobName: null,
      selection: "report",
      runConfig: { ops: { report: { config: { rows: "many" } } } },
    }),
    buildSchedule("regions", {
      jobName: null,
      selection: "regional",
      assetKeys: [["regional"]],
      partitionsDefinition: { type: "static", keys: ["us", "eu"] },
    }),
  ],
};

/** Registers and stores the location with the named schedules only (every one when no names are given). */
export async function saveScheduleLocation(db: PrismaClient, ...scheduleNames: string[]): Promise<void> {
  const schedules = (scheduleSnapshot.schedules ?? []).filter(
    (schedule) => scheduleNames.length === 0 || scheduleNames.includes(schedule.name),
  );
  await upsertCodeLocation(db, SCHEDULE_LOCATION, "/nowhere/scheduled.ts");
  await saveDefinitionsSnapshot(db, SCHEDULE_LOCATION, { ...scheduleSnapshot, schedules });
}
