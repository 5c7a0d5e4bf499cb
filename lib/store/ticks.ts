// Ticks: one row per evaluation of a schedule (unique per cron time) or sensor, read newest first by the console and
// written by the daemon as a tick starts and ends.
import { Prisma, type PrismaClient, type Tick, type TickStatus } from "./generated/prisma/client";

export interface TickRecord {
  id: string;
  codeLocationName: string;
  instigatorName: string;
  status: TickStatus;
  /** The cron time a schedule's tick is for; when a sensor was evaluated. */
  tickTime: Date;
  evaluatedAt: Date;
  runIds: string[];
  skipReason: string | null;
  error: string | null;
  /** A sensor's cursor after the evaluation; null for schedules. */
  cursor: string | null;
}

function toTickRecord(row: Tick): TickRecord {
  return {
    id: row.id.toString(),
    codeLocationName: row.codeLocationName,
    instigatorName: row.instigatorName,
    status: row.status,
    tickTime: row.tickTime,
    evaluatedAt: row.evaluatedAt,
    runIds: row.runIds,
    skipReason: row.skipReason,
    error: row.error,
    cursor: row.cursor,
  };
}

export const TICK_ID_PATTERN = /^\d{1,18}$/;

/** A schedule's or sensor's ticks, newest first; `cursor` is the id of the last tick of the previous page. */
export async function listTicks(
  db: PrismaClient,
  codeLocationName: string,
  name: string,
  page: { limit: number; cursor?: string | null },
): Promise<TickRecord[]> {
  const rows = await db.tick.findMany({
    where: { codeLocationName, instigatorName: name, ...(page.cursor ? { id: { lt: BigInt(page.cursor) } } : {}) },
    orderBy: { id: "desc" },
    take: page.limit,
  });
  return rows.map(toTickRecord);
}

export async function findTick(
  db: PrismaClient,
  codeLocationName: string,
  name: string,
  tickTime: Date,
): Promise<TickRecord | null> {
  const row = await db.tick.findUnique({
    where: { codeLocationName_instigatorName_tickTime: { codeLocationName, instigatorName: name, tickTime } },
  });
  return row ? toTickRecord(row) : null;
}

/** Records ticks that launched nothing; a tick already recorded for the same time is left as it is. */
export async function recordSkippedTicks(
  db: PrismaClient,
  codeLocationName: string,
  name: string,
  ticks: readonly { tickTime: Date; reason: string }[],
  evaluatedAt: Date,
): Promise<void> {
  if (ticks.length === 0) return;
  await db.tick.createMany({
    data: ticks.map((tick) => ({
      codeLocationName,
      instigatorName: name,
      type: "SCHEDULE",
      status: "SKIPPED",
      tickTime: tick.tickTime,
      skipReason: tick.reason,
      evaluatedAt,
    })),
    skipDuplicates: true,
  });
}

/** Records a tick that failed before it could launch anything (its target's partitions give it nothing to choose). */
export async function recordFailedTick(
  db: PrismaClient,
  codeLocationName: string,
  name: string,
  tickTime: Date,
  error: string,
  evaluatedAt: Date,
): Promise<void> {
  await db.tick.createMany({
    data: [
      { codeLocationName, instigatorName: name, type: "SCHEDULE", status: "FAILURE", tickTime, error, evaluatedAt },
    ],
    skipDuplicates: true,
  });
}

/** Creates the tick as STARTED before it launches anything; null when a tick for that time exists already. */
export async function startTick(
  db: PrismaClient,
  codeLocationName: string,
  name: string,
  tickTime: Date,
  evaluatedAt: Date,
): Promise<TickRecord | null> {
  try {
    const row = await db.tick.create({
      data: { codeLocationName, instigatorName: name, type: "SCHEDULE", status: "STARTED", tickTime, evaluatedAt },
    });
    return toTickRecord(row);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
}

/** Ends a STARTED tick with what it launched, or the error; a tick that has ended already is left alone. */
export async function finishTick(
  db: PrismaClient,
  id: string,
  outcome: {
    status: Exclude<TickStatus, "STARTED">;
    runIds: string[];
    error?: string | null;
    skipReason?: string | null;
  },
): Promise<boolean> {
  const updated = await db.tick.updateMany({
    where: { id: BigInt(id), status: "STARTED" },
    data: {
      status: outcome.status,
      runIds: outcome.runIds,
      error: outcome.error ?? null,
      skipReason: outcome.skipReason ?? null,
    },
  });
  return updated.count === 1;
}

export type SensorTick = Pick<
  TickRecord,
  | "codeLocationName"
  | "instigatorName"
  | "status"
  | "tickTime"
  | "evaluatedAt"
  | "runIds"
  | "skipReason"
  | "error"
  | "cursor"
>;

/** Records one evaluation of a sensor: a sensor's tick is written once, when its evaluation is over. */
export async function recordSensorTick(db: PrismaClient, tick: SensorTick): Promise<void> {
  await db.tick.create({ data: { ...tick, type: "SENSOR" } });
}
