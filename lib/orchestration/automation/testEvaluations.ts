// Testing a schedule or a sensor: evaluates it now as the daemon would and says what it would launch, without
// launching, recording a tick or moving a cursor (Dagster's "Test schedule" / "Test sensor").
import { latestCronTick } from "../../core/cronTicks";
import { runConfigToYaml } from "../../core/runConfig";
import { SCHEDULE_TAG, TICK_TAG, tickPartitions } from "../../core/schedules";
import type { RunRequest } from "../../core/sensorEvaluation";
import { findCodeLocation } from "../../store/codeLocations";
import type { Database } from "../../store/database";
import { readLatestEventId } from "../../store/eventLog";
import { countActiveScheduleRuns } from "../../store/scheduleRuns";
import { findSchedule } from "../../store/schedules";
import { findSensor } from "../../store/sensorStates";
import { loadWorkspace } from "../workspace/workspace";
import { launchedByPreviousTick } from "./schedules";
import { RUN_KEY_TAG, SENSOR_TAG, type SensorTickOptions, sensorRunRequests } from "./sensors";

/** How far from now a tested tick time may lie: far enough for any cron, near enough to keep key spaces small. */
export const MAX_TEST_TICK_DISTANCE_MS = 5 * 366 * 24 * 3600 * 1000;
/** The longest cursor a sensor test takes; a custom sensor's cursor is its own text, kept small. */
export const MAX_TEST_CURSOR_LENGTH = 4096;

/** One run an evaluation would launch. */
export interface TestRunRequest {
  runKey: string | null;
  partitionKey: string | null;
  tags: Record<string, string>;
  runConfigYaml: string | null;
}

export type TestProblem =
  | { kind: "notFound"; message: string }
  | { kind: "invalidInput"; field: string; message: string };

export interface ScheduleTestEvaluation {
  kind: "evaluated";
  /** The cron tick evaluated: the latest at or before the time asked for. */
  tickTime: Date;
  runRequests: TestRunRequest[];
  skipReason: string | null;
  error: string | null;
}

export interface SensorTestEvaluation {
  kind: "evaluated";
  runRequests: TestRunRequest[];
  /** The cursor the daemon would keep after this evaluation. */
  cursor: string | null;
  skipReason: string | null;
  /** What went wrong, naming where: the sensor's own function, or the events it reads. */
  error: string | null;
  /** What the sensor's function logged. */
  logs: string[];
}

export async function testScheduleEvaluation(
  db: Database,
  input: { codeLocationName: string; scheduleName: string; tickTime?: string | null; now: Date },
): Promise<ScheduleTestEvaluation | TestProblem> {
  const at = input.tickTime == null ? input.now : new Date(input.tickTime);
  if (Number.isNaN(at.getTime()))
    return { kind: "invalidInput", field: "tickTime", message: `"${input.tickTime}" is not an ISO 8601 time.` };
  if (Math.abs(at.getTime() - input.now.getTime()) > MAX_TEST_TICK_DISTANCE_MS)
    return { kind: "invalidInput", field: "tickTime", message: "The tick time must lie within five years of now." };
  const schedule = await findSchedule(db, input.codeLocationName, input.scheduleName);
  if (!schedule)
    return {
      kind: "notFound",
      message: `No schedule named "${input.scheduleName}" is defined in code location "${input.codeLocationName}".`,
    };
  const tickTime = latestCronTick(schedule.cron, schedule.timezone, at);
  if (!tickTime)
    return {
      kind: "invalidInput",
      field: "tickTime",
      message: `"${schedule.cron}" has no tick at or before ${at.toISOString()}.`,
    };
  const evaluated = (fields: Partial<ScheduleTestEvaluation>): ScheduleTestEvaluation => ({
    kind: "evaluated",
    tickTime,
    runRequests: [],
    skipReason: null,
    error: null,
    ...fields,
  });

  // The same checks, in the same order, as the daemon's tick (schedules.ts evaluateTick).
  if (schedule.maxActiveRuns !== null) {
    const active = await countActiveScheduleRuns(db, schedule.codeLocationName, schedule.name);
    if (active >= schedule.maxActiveRuns)
      return evaluated({
        skipReason: `${active} run${active === 1 ? " of this schedule is" : "s of this schedule are"} queued or in progress; maxActiveRuns is ${schedule.maxActiveRuns}.`,
      });
  }
  const partitions = tickPartitions(schedule.partitionsDefinition, (await loadWorkspace(db, tickTime)).keySpaceContext);
  if (partitions.kind === "skip") return evaluated({ skipReason: partitions.reason });
  if (partitions.kind === "error") return evaluated({ error: partitions.message });
  const repeated = await launchedByPreviousTick(db, schedule, tickTime, partitions);
  if (repeated) return evaluated({ skipReason: repeated });
  const runConfigYaml = schedule.runConfig ? runConfigToYaml(schedule.runConfig) : null;
  return evaluated({
    runRequests: partitions.partitionKeys.map((partitionKey) => ({
      runKey: null,
      partitionKey,
      tags: { ...schedule.tags, [SCHEDULE_TAG]: schedule.name, [TICK_TAG]: tickTime.toISOString() },
      runConfigYaml,
    })),
  });
}

export async function testSensorEvaluation(
  db: Database,
  input: { codeLocationName: string; sensorName: string; cursor?: string | null; now: Date },
  evaluate: SensorTickOptions["evaluate"],
): Promise<SensorTestEvaluation | TestProblem> {
  if (input.cursor != null && input.cursor.length > MAX_TEST_CURSOR_LENGTH)
    return {
      kind: "invalidInput",
      field: "cursor",
      message: `The cursor is ${input.cursor.length} characters long; at most ${MAX_TEST_CURSOR_LENGTH} are taken.`,
    };
  const sensor = await findSensor(db, input.codeLocationName, input.sensorName);
  const location = sensor ? await findCodeLocation(db, input.codeLocationName) : null;
  if (!sensor || !location)
    return {
      kind: "notFound",
      message: `No sensor named "${input.sensorName}" is defined in code location "${input.codeLocationName}".`,
    };
  const cursor = input.cursor === undefined ? sensor.cursor : input.cursor;
  if (cursor !== null && sensor.type !== "custom" && !/^\d{1,18}$/.test(cursor))
    return {
      kind: "invalidInput",
      field: "cursor",
      message: `This sensor's cursor is an event id (a whole number such as 1042), not "${cursor}".`,
    };
  const evaluated = (fields: Partial<SensorTestEvaluation>): SensorTestEvaluation => ({
    kind: "evaluated",
    runRequests: [],
    cursor,
    skipReason: null,
    error: null,
    logs: [],
    ...fields,
  });
  if (sensor.type === "run_status")
    return evaluated({
      skipReason:
        "A run status sensor requests no runs: its function acts on each run that ends (it may post a message), so a test does not call it.",
    });
  if (sensor.type === "asset" && cursor === null)
    return evaluated({
      cursor: (await readLatestEventId(db)).toString(),
      skipReason: "Its first evaluation starts from the latest event: history is not replayed.",
    });

  const logs: string[] = [];
  const result = await sensorRunRequests(db, location.modulePath, sensor, cursor, {
    now: input.now,
    evaluate,
    log: (line) => logs.push(line),
    workspace: () => loadWorkspace(db, input.now),
  });
  return evaluated({
    runRequests: result.requests.map((request) => sensorRequest(sensor.name, request)),
    cursor: result.nextCursor,
    skipReason: result.skipReason,
    error:
      result.errors.length === 0
        ? null
        : sensor.type === "custom"
          ? `The sensor's evaluate function failed: ${result.errors.join("\n")}`
          : result.errors.join("\n"),
    logs,
  });
}

/** A sensor's run request with the tags its launch would carry (sensors.ts launchRequest). */
function sensorRequest(sensorName: string, request: RunRequest): TestRunRequest {
  return {
    runKey: request.runKey ?? null,
    partitionKey: request.partitionKey ?? null,
    tags: {
      ...request.tags,
      [SENSOR_TAG]: sensorName,
      ...(request.runKey ? { [RUN_KEY_TAG]: request.runKey } : {}),
    },
    runConfigYaml: request.config ? runConfigToYaml(request.config) : null,
  };
}
