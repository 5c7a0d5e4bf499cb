// Sensors as the console and CLI see them: each loaded sensor with its on/off status, kept cursor and last tick, the
// toggles that turn one on or off, and editing the cursor.
import type { SensorSnapshot } from "../core/definitionsSnapshot";
import { listCodeLocations } from "./codeLocations";
import type { InstigatorStatus, PrismaClient } from "./generated/prisma/client";
import { whileHoldingInstigatorLock } from "./instigatorLock";
import { listTicks, type TickRecord } from "./ticks";

export interface SensorRecord extends SensorSnapshot {
  codeLocationName: string;
  /** Whether it is evaluated: the toggled status, or the definition's default until someone toggles it. */
  status: InstigatorStatus;
  /**
   * What the next evaluation starts from: for asset and run status sensors the id of the last event they looked at,
   * for custom sensors whatever their evaluate function returned. Null before the first evaluation, or once cleared.
   */
  cursor: string | null;
  lastEvaluatedAt: Date | null;
  lastTick: TickRecord | null;
}

export type SensorToggleResult = { kind: "success"; sensor: SensorRecord } | { kind: "notFound"; message: string };
export type SensorCursorResult = SensorToggleResult | { kind: "invalidCursor"; message: string };

/** Event ids as the daemon reads them back (a Postgres bigint). */
const EVENT_ID_CURSOR = /^\d{1,18}$/;

/** Every sensor of every loaded code location, by location then as defined; optionally of one location only. */
export async function listSensors(db: PrismaClient, codeLocationName?: string | null): Promise<SensorRecord[]> {
  const locations = (await listCodeLocations(db)).filter(
    (location) => location.snapshot && (!codeLocationName || location.name === codeLocationName),
  );
  const states = await db.instigatorState.findMany({
    where: { type: "SENSOR", ...(codeLocationName ? { codeLocationName } : {}) },
  });
  const stateOf = new Map(states.map((state) => [`${state.codeLocationName}\u0000${state.name}`, state]));
  const sensors = locations.flatMap((location) =>
    (location.snapshot?.sensors ?? []).map((sensor) => ({ location: location.name, sensor })),
  );
  // Sensors are few (tens per location), so one small indexed read each for the last tick is cheaper than scanning ticks.
  return Promise.all(
    sensors.map(async ({ location, sensor }) => {
      const state = stateOf.get(`${location}\u0000${sensor.name}`);
      const [lastTick] = await listTicks(db, location, sensor.name, { limit: 1 });
      return {
        ...sensor,
        codeLocationName: location,
        status: state?.status ?? sensor.defaultStatus,
        cursor: state?.cursor ?? null,
        lastEvaluatedAt: state?.lastEvaluatedAt ?? null,
        lastTick: lastTick ?? null,
      };
    }),
  );
}

export async function findSensor(
  db: PrismaClient,
  codeLocationName: string,
  sensorName: string,
): Promise<SensorRecord | null> {
  return (await listSensors(db, codeLocationName)).find((sensor) => sensor.name === sensorName) ?? null;
}

/**
 * When the daemon evaluates a running sensor next, at the earliest: its minimum interval after the last evaluation,
 * or now when it has not been evaluated yet. Null while it is stopped.
 */
export function nextEvaluationAt(
  sensor: Pick<SensorRecord, "status" | "lastEvaluatedAt" | "minimumIntervalSeconds">,
  now: Date,
): Date | null {
  if (sensor.status !== "RUNNING") return null;
  const due = sensor.lastEvaluatedAt
    ? sensor.lastEvaluatedAt.getTime() + sensor.minimumIntervalSeconds * 1000
    : now.getTime();
  return new Date(Math.max(due, now.getTime()));
}

function notFound(codeLocationName: string, sensorName: string): { kind: "notFound"; message: string } {
  return {
    kind: "notFound",
    message: `No sensor named "${sensorName}" is defined in code location "${codeLocationName}".`,
  };
}

async function setStatus(
  db: PrismaClient,
  codeLocationName: string,
  sensorName: string,
  status: InstigatorStatus,
): Promise<SensorToggleResult> {
  const sensor = await findSensor(db, codeLocationName, sensorName);
  if (!sensor) return notFound(codeLocationName, sensorName);
  await db.instigatorState.upsert({
    where: { codeLocationName_name: { codeLocationName, name: sensorName } },
    create: { codeLocationName, name: sensorName, type: "SENSOR", status },
    update: { status },
  });
  return { kind: "success", sensor: { ...sensor, status } };
}

/**
 * Turns a sensor on. Its cursor stays as it is: one turned on again picks up where it stopped, and one never
 * evaluated (or whose cursor was cleared) is started from the latest event by the daemon's first evaluation.
 */
export function startSensor(
  db: PrismaClient,
  codeLocationName: string,
  sensorName: string,
): Promise<SensorToggleResult> {
  return setStatus(db, codeLocationName, sensorName, "RUNNING");
}

export function stopSensor(
  db: PrismaClient,
  codeLocationName: string,
  sensorName: string,
): Promise<SensorToggleResult> {
  return setStatus(db, codeLocationName, sensorName, "STOPPED");
}

/**
 * Replaces a sensor's cursor, or clears it (null). Asset and run status sensors keep an event id there: an earlier
 * id replays the events after it, a later one skips events, and clearing starts again from the latest event. Custom
 * sensors take any string. Waits for an evaluation in progress, so the daemon does not overwrite the edit.
 */
export async function setSensorCursor(
  db: PrismaClient,
  codeLocationName: string,
  sensorName: string,
  cursor: string | null,
): Promise<SensorCursorResult> {
  const sensor = await findSensor(db, codeLocationName, sensorName);
  if (!sensor) return notFound(codeLocationName, sensorName);
  if (cursor !== null && sensor.type !== "custom" && !EVENT_ID_CURSOR.test(cursor)) {
    const kind = sensor.type === "asset" ? "An asset sensor's" : "A run status sensor's";
    return {
      kind: "invalidCursor",
      message: `${kind} cursor is an event id (a whole number such as 1042), not "${cursor}". Clear it to start from the latest event.`,
    };
  }
  await whileHoldingInstigatorLock(db, codeLocationName, sensorName, (tx) =>
    tx.instigatorState.upsert({
      where: { codeLocationName_name: { codeLocationName, name: sensorName } },
      create: { codeLocationName, name: sensorName, type: "SENSOR", cursor },
      update: { cursor },
    }),
  );
  return { kind: "success", sensor: { ...sensor, cursor } };
}

/** The sensor's stored state (null before it was first turned on or evaluated). */
export async function readSensorState(
  db: PrismaClient,
  codeLocationName: string,
  sensorName: string,
): Promise<{ status: InstigatorStatus | null; cursor: string | null; lastEvaluatedAt: Date | null } | null> {
  return db.instigatorState.findUnique({
    where: { codeLocationName_name: { codeLocationName, name: sensorName } },
    select: { status: true, cursor: true, lastEvaluatedAt: true },
  });
}

/** Keeps the cursor an evaluation ended with, and when it was evaluated. */
export async function saveSensorCursor(
  db: PrismaClient,
  codeLocationName: string,
  sensorName: string,
  cursor: string | null,
  evaluatedAt: Date,
): Promise<void> {
  const key = { codeLocationName, name: sensorName };
  await db.instigatorState.upsert({
    where: { codeLocationName_name: key },
    create: { ...key, type: "SENSOR", cursor, lastEvaluatedAt: evaluatedAt },
    update: { cursor, lastEvaluatedAt: evaluatedAt },
  });
}
