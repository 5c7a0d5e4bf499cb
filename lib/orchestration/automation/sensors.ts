// Sensors: each running sensor whose interval has passed is evaluated under its lock, its run requests launched
// once each (by run key), its cursor kept, and the evaluation recorded as a tick.
import { toAssetKeyString } from "../../core/assetKey";
import type { SensorSnapshot } from "../../core/definitionsSnapshot";
import { partitionKeySelection } from "../../core/partitions";
import { runConfigToYaml } from "../../core/runConfig";
import type {
  RunRequest,
  SensorEvaluationRequest,
  SensorEvaluationResult,
  SensorRunInfo,
} from "../../core/sensorEvaluation";
import { listCodeLocations } from "../../store/codeLocations";
import type { Database } from "../../store/database";
import { readEventsAfter, readLatestEventId } from "../../store/eventLog";
import { withInstigatorLock } from "../../store/instigatorLock";
import { findRunIdWithTags, readRunSummaries } from "../../store/runQueries";
import { readSensorState, saveSensorCursor } from "../../store/sensorStates";
import { recordSensorTick, type TickRecord } from "../../store/ticks";
import { launchRun } from "../runs/launchRun";
import { loadWorkspace, type Workspace } from "../workspace/workspace";

export const SENSOR_TAG = "strata/sensor";
export const RUN_KEY_TAG = "strata/run_key";
const EVENTS_PER_TICK = 50;

export interface SensorTickOptions {
  now: Date;
  /** Runs the sensor's own function (in a child process); injected so orchestration does not depend on the executor. */
  evaluate: (modulePath: string, request: SensorEvaluationRequest) => Promise<SensorEvaluationResult>;
  consoleUrl: string;
  log?: (line: string) => void;
}

export interface SensorTickSummary {
  codeLocationName: string;
  sensorName: string;
  status: TickRecord["status"];
  runIds: string[];
}

export async function tickSensorEvaluations(db: Database, options: SensorTickOptions): Promise<SensorTickSummary[]> {
  const summaries: SensorTickSummary[] = [];
  // Key spaces at the tick's time, built on first need: most ticks evaluate no partitioned sensor.
  let workspace: Promise<Workspace> | undefined;
  const workspaceOfTick = () => (workspace ??= loadWorkspace(db, options.now));
  for (const location of await listCodeLocations(db)) {
    for (const sensor of location.snapshot?.sensors ?? []) {
      const state = await readSensorState(db, location.name, sensor.name);
      if ((state?.status ?? sensor.defaultStatus) !== "RUNNING") continue;
      if (
        state?.lastEvaluatedAt &&
        options.now.getTime() - state.lastEvaluatedAt.getTime() < sensor.minimumIntervalSeconds * 1000
      )
        continue;
      const locked = await withInstigatorLock(db, location.name, sensor.name, async () => {
        // Read again under the lock: the console may have stopped the sensor or edited its cursor in the meantime.
        const current = await readSensorState(db, location.name, sensor.name);
        if ((current?.status ?? sensor.defaultStatus) !== "RUNNING") return null;
        return evaluateSensor(db, location.name, location.modulePath, sensor, current?.cursor ?? null, {
          ...options,
          workspace: workspaceOfTick,
        });
      });
      if (locked.locked && locked.value) summaries.push(locked.value);
    }
  }
  return summaries;
}

async function evaluateSensor(
  db: Database,
  codeLocationName: string,
  modulePath: string,
  sensor: SensorSnapshot,
  cursor: string | null,
  options: SensorTickOptions & { workspace: () => Promise<Workspace> },
): Promise<SensorTickSummary | null> {
  const saveState = (nextCursor: string | null) =>
    saveSensorCursor(db, codeLocationName, sensor.name, nextCursor, options.now);

  // Event-watching sensors start from now: history is not replayed when one is turned on.
  if ((sensor.type === "asset" || sensor.type === "run_status") && cursor === null) {
    await saveState((await readLatestEventId(db)).toString());
    return null;
  }

  let requests: RunRequest[] = [];
  let nextCursor = cursor;
  let skipReason: string | null = null;
  const errors: string[] = [];

  if (sensor.type === "asset" || sensor.type === "custom") {
    const evaluated = await sensorRunRequests(db, modulePath, sensor, cursor, options);
    ({ requests, nextCursor, skipReason } = evaluated);
    errors.push(...evaluated.errors);
  } else {
    const handled = await evaluateRunStatus(db, modulePath, sensor, cursor, options, errors);
    nextCursor = handled.cursor;
    skipReason =
      handled.runIds.length === 0
        ? `No run ended in ${sensor.runStatus} since the last evaluation.`
        : `Called for run(s) ${handled.runIds.map((id) => id.slice(0, 8)).join(", ")}.`;
  }

  const runIds: string[] = [];
  for (const request of requests) {
    const launched = await launchRequest(db, sensor, request);
    if (launched.runId) runIds.push(launched.runId);
    if (launched.error) errors.push(launched.error);
  }
  const status: TickRecord["status"] =
    errors.length > 0
      ? "FAILURE"
      : runIds.length > 0 || (sensor.type === "run_status" && skipReason?.startsWith("Called"))
        ? "SUCCESS"
        : "SKIPPED";
  await recordSensorTick(db, {
    codeLocationName,
    instigatorName: sensor.name,
    status,
    tickTime: options.now,
    evaluatedAt: options.now,
    runIds,
    skipReason: status === "SKIPPED" || sensor.type === "run_status" ? skipReason : null,
    error: errors.length > 0 ? errors.join("\n") : null,
    cursor: nextCursor,
  });
  await saveState(nextCursor);
  return { codeLocationName, sensorName: sensor.name, status, runIds };
}

export interface SensorRequests {
  requests: RunRequest[];
  nextCursor: string | null;
  skipReason: string | null;
  errors: string[];
}

/**
 * What an asset or custom sensor (a run status sensor is neither) asks for from `cursor`, and the cursor it would keep: its events read, or its own
 * function run in a child process. Writes nothing, so a test evaluation takes the same road as the daemon's tick.
 */
export async function sensorRunRequests(
  db: Database,
  modulePath: string,
  sensor: SensorSnapshot,
  cursor: string | null,
  options: Pick<SensorTickOptions, "now" | "evaluate" | "log"> & { workspace: () => Promise<Workspace> },
): Promise<SensorRequests> {
  const errors: string[] = [];
  if (sensor.type === "custom") {
    const result = await options.evaluate(modulePath, {
      sensorName: sensor.name,
      kind: "custom",
      cursor,
      now: options.now.toISOString(),
    });
    for (const line of result.logs) options.log?.(`[sensor ${sensor.name}] ${line}`);
    if (!result.ok) return { requests: [], nextCursor: cursor, skipReason: null, errors: [result.error] };
    return {
      requests: result.runRequests,
      nextCursor: result.cursor,
      skipReason: result.skipReason ?? (result.runRequests.length === 0 ? "The sensor asked for no runs." : null),
      errors,
    };
  }
  const assetKey = toAssetKeyString(sensor.monitoredAssetKey ?? []);
  const events = await readEventsAfter(db, {
    afterId: BigInt(cursor ?? "0"),
    eventTypes: ["ASSET_MATERIALIZATION"],
    assetKey,
    limit: EVENTS_PER_TICK,
  });
  const space = sensor.partitionsDefinition ? (await options.workspace()).keySpace(sensor.partitionsDefinition) : null;
  let requests: RunRequest[] = events.map((event) => ({
    runKey: `materialization:${event.id}`,
    ...(space && event.partitionKey && space.indexOf(event.partitionKey) >= 0
      ? { partitionKey: event.partitionKey }
      : {}),
  }));
  if (space) {
    const unmatched = requests.filter((r) => r.partitionKey === undefined).length;
    if (unmatched > 0)
      errors.push(
        `${unmatched} materialization(s) of ${assetKey} name no partition of the target; launch those partitions yourself.`,
      );
    requests = requests.filter((r) => r.partitionKey !== undefined);
  }
  return {
    requests,
    nextCursor: events.at(-1)?.id.toString() ?? cursor,
    skipReason: events.length === 0 ? `No new materialization of ${assetKey}.` : null,
    errors,
  };
}

/** Launches one run request; a run key this sensor already launched is skipped, so a request is launched once. */
async function launchRequest(
  db: Database,
  sensor: SensorSnapshot,
  request: RunRequest,
): Promise<{ runId: string | null; error: string | null }> {
  if (request.runKey && (await findRunIdWithTags(db, { [SENSOR_TAG]: sensor.name, [RUN_KEY_TAG]: request.runKey })))
    return { runId: null, error: null };
  const tags = {
    ...request.tags,
    [SENSOR_TAG]: sensor.name,
    ...(request.runKey ? { [RUN_KEY_TAG]: request.runKey } : {}),
  };
  const launched = await launchRun(db, {
    ...(sensor.jobName ? { jobName: sensor.jobName } : { assetKeys: sensor.assetKeys }),
    partitions: request.partitionKey == null ? null : partitionKeySelection(request.partitionKey),
    runConfig: request.config ? runConfigToYaml(request.config) : null,
    systemTags: tags,
    launchedBy: `sensor:${sensor.name}`,
  });
  if (launched.kind === "success") return { runId: launched.run.id, error: null };
  const details =
    launched.kind === "invalidConfig"
      ? `: ${launched.errors.map((e) => `${e.path.join(".")}: ${e.message}`).join("; ")}`
      : "";
  return {
    runId: null,
    error: `Run request${request.runKey ? ` ${request.runKey}` : ""} was refused: ${launched.message}${details}`,
  };
}

/** Calls a run status sensor for each watched run that ended in its status since the cursor. */
async function evaluateRunStatus(
  db: Database,
  modulePath: string,
  sensor: SensorSnapshot,
  cursor: string | null,
  options: SensorTickOptions,
  errors: string[],
): Promise<{ cursor: string | null; runIds: string[] }> {
  const eventType = sensor.runStatus === "SUCCESS" ? "RUN_SUCCESS" : "RUN_FAILURE";
  const events = await readEventsAfter(db, {
    afterId: BigInt(cursor ?? "0"),
    eventTypes: [eventType],
    limit: EVENTS_PER_TICK,
  });
  const watched = sensor.monitoredAssetKeys ? new Set(sensor.monitoredAssetKeys.map((k) => toAssetKeyString(k))) : null;
  const runIds: string[] = [];
  let nextCursor = cursor;
  for (const event of events) {
    const run = event.runId ? (await readRunSummaries(db, [event.runId])).get(event.runId) : undefined;
    nextCursor = event.id.toString();
    if (!run || run.tags[SENSOR_TAG] === sensor.name) continue;
    if (
      sensor.monitoredJobName
        ? run.jobName !== sensor.monitoredJobName
        : watched && !run.assetSelection.some((k) => watched.has(k))
    )
      continue;
    const context: SensorRunInfo = {
      runId: run.id,
      status: sensor.runStatus ?? "FAILURE",
      jobName: run.jobName,
      assetKeys: run.assetSelection,
      partitionKey: run.partitionKey,
      message: event.message,
      url: `${options.consoleUrl.replace(/\/$/, "")}/runs/${run.id}`,
    };
    const result = await options.evaluate(modulePath, { sensorName: sensor.name, kind: "run_status", run: context });
    for (const line of result.logs) options.log?.(`[sensor ${sensor.name}] ${line}`);
    if (!result.ok) {
      errors.push(`For run ${run.id.slice(0, 8)}: ${result.error}`);
      // Stop at the failing run: the next evaluation tries it again rather than skipping it.
      nextCursor = (event.id - 1n).toString();
      break;
    }
    runIds.push(run.id);
  }
  return { cursor: nextCursor, runIds };
}
