// `strata sensors [start|stop <name> | cursor <name> <value|--clear>]`: the sensors of the loaded code locations,
// turning one on or off, and setting or clearing its cursor.
import { parseArgs } from "node:util";
import { toAssetKeyString } from "../core/assetKey";
import { describePartitionsDefinition } from "../core/partitions";
import type { Database } from "../store/database";
import { listSensors, type SensorRecord, setSensorCursor, startSensor, stopSensor } from "../store/sensorStates";
import { type CliCaller, LOCAL_CLI_CALLER } from "./cliCaller";
import { findInstigator } from "./findInstigator";

export const sensorsUsage = `usage: strata sensors                                           list sensors with their status, cursor and last tick
       strata sensors start <name> [--location <name>]           turn a sensor on (it keeps its cursor)
       strata sensors stop <name> [--location <name>]            turn a sensor off
       strata sensors cursor <name> <value> [--location <name>]  set the cursor its next evaluation starts from
       strata sensors cursor <name> --clear [--location <name>]  clear it: event-watching sensors start again from the latest event`;

const label = (sensor: SensorRecord) => `${sensor.name} (${sensor.codeLocationName})`;
const keys = (paths: readonly (readonly string[])[]) => paths.map((key) => toAssetKeyString(key)).join(", ");

/** What sets the sensor off, in words: "on materialization of raw_events", "on FAILURE of job daily_events". */
export function describeTrigger(sensor: SensorRecord): string {
  if (sensor.type === "custom") return "custom: its evaluate function asks for runs";
  if (sensor.type === "asset") return `on materialization of ${toAssetKeyString(sensor.monitoredAssetKey ?? [])}`;
  const of = sensor.monitoredJobName
    ? `job ${sensor.monitoredJobName}`
    : sensor.monitoredAssetKeys
      ? `runs of ${keys(sensor.monitoredAssetKeys)}`
      : "any run";
  return `on ${sensor.runStatus ?? "FAILURE"} of ${of}`;
}

function targetOf(sensor: SensorRecord): string {
  if (sensor.type === "run_status") return "none: it calls its evaluate function for each run";
  const target = sensor.jobName ? `job ${sensor.jobName}` : `selection ${sensor.selection ?? keys(sensor.assetKeys)}`;
  return sensor.partitionsDefinition
    ? `${target}, partitions ${describePartitionsDefinition(sensor.partitionsDefinition)}`
    : target;
}

const utc = (instant: Date) => `${instant.toISOString().slice(0, 19).replace("T", " ")} UTC`;

function cursorLine(sensor: SensorRecord): string {
  if (sensor.cursor !== null)
    return sensor.type === "custom" ? JSON.stringify(sensor.cursor) : `event ${sensor.cursor}`;
  return sensor.type === "custom" ? "none" : "none yet; the first evaluation starts from the latest event";
}

function list(sensors: readonly SensorRecord[], log: (line: string) => void): number {
  if (sensors.length === 0) {
    log(
      "No sensors are defined. Add sensor(), assetSensor() or runStatusSensor() to defineDefinitions({ sensors }) in a code location.",
    );
    return 0;
  }
  for (const sensor of sensors) {
    log(`${label(sensor)}  ${sensor.status}${sensor.description ? `  ${sensor.description}` : ""}`);
    log(`  trigger     ${describeTrigger(sensor)}, every ${sensor.minimumIntervalSeconds} s`);
    log(`  target      ${targetOf(sensor)}`);
    log(`  cursor      ${cursorLine(sensor)}`);
    if (sensor.status !== "RUNNING") log(`  turn on     strata sensors start ${sensor.name}`);
    const tick = sensor.lastTick;
    if (tick) {
      const detail =
        tick.error ?? tick.skipReason ?? (tick.runIds.length > 0 ? `launched ${tick.runIds.length} run(s)` : null);
      log(`  last tick   ${tick.status} at ${utc(tick.tickTime)}${detail ? `: ${detail.split("\n")[0]}` : ""}`);
    }
  }
  return 0;
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { location: { type: "string" }, clear: { type: "boolean", default: false } },
  });
}

/** Returns the process exit code: 0 on success, 1 when the sensor is unknown or the cursor does not fit it, 2 for a malformed command. */
export async function sensorsFromCli(
  db: Database,
  args: readonly string[],
  log: (line: string) => void,
  caller: CliCaller = LOCAL_CLI_CALLER,
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\n${sensorsUsage}`);
    return 2;
  }
  const { location, clear } = parsed.values;
  const [action, name, ...rest] = parsed.positionals;
  if (action === undefined && !location && !clear) return list(await listSensors(db), log);

  const toggles = (action === "start" || action === "stop") && rest.length === 0 && !clear;
  const editsCursor = action === "cursor" && (clear ? rest.length === 0 : rest.length === 1);
  if (!name || (!toggles && !editsCursor)) {
    log(sensorsUsage);
    return 2;
  }
  const found = findInstigator(await listSensors(db), name, location, { one: "sensor", many: "Sensors" });
  if (!found.ok) {
    log(found.message);
    return 1;
  }
  const { codeLocationName } = found.value;
  caller.require(action === "cursor" ? "EDIT_SENSOR_CURSORS" : "EDIT_SENSORS");
  const result =
    action === "start"
      ? await startSensor(db, codeLocationName, name)
      : action === "stop"
        ? await stopSensor(db, codeLocationName, name)
        : await setSensorCursor(db, codeLocationName, name, clear ? null : rest[0]!);
  if (result.kind !== "success") {
    log(result.message);
    return 1;
  }
  await caller.audit(db, {
    action: `sensor.${action}`,
    target: `${codeLocationName}/${name}`,
    ...(action === "cursor" ? { details: { cursor: clear ? null : rest[0] } } : {}),
  });
  const sensor = result.sensor;
  if (action === "stop") log(`Sensor ${label(sensor)} is off.`);
  else if (action === "start") {
    const from =
      sensor.cursor === null
        ? sensor.type === "custom"
          ? ""
          : " Its first evaluation starts from the latest event."
        : ` It carries on from cursor ${cursorLine(sensor)}.`;
    log(
      `Sensor ${label(sensor)} is on; the daemon (\`strata dev\` or \`strata daemon\`) evaluates it every ${sensor.minimumIntervalSeconds} s.${from}`,
    );
  } else if (sensor.cursor === null) {
    log(
      `Sensor ${label(sensor)}: cursor cleared; ${sensor.type === "custom" ? "its next evaluation gets no cursor" : "its next evaluation starts from the latest event"}.`,
    );
  } else {
    log(`Sensor ${label(sensor)}: its next evaluation starts from cursor ${cursorLine(sensor)}.`);
  }
  return 0;
}
