// Schedules as the console, CLI and daemon see them: each loaded schedule with its on/off status and cursor, and the
// toggles that turn one on (from now, so it never catches up on time it was off) or off.
import type { ScheduleSnapshot } from "../core/definitionsSnapshot";
import { listCodeLocations } from "./codeLocations";
import type { InstigatorStatus, PrismaClient } from "./generated/prisma/client";

export interface ScheduleRecord extends ScheduleSnapshot {
  codeLocationName: string;
  /** Whether it ticks: the toggled status, or the definition's default until someone toggles it. */
  status: InstigatorStatus;
  /** The last tick time evaluated; null until the daemon first sees it running. */
  cursor: Date | null;
}

export type ScheduleToggleResult =
  | { kind: "success"; schedule: ScheduleRecord }
  | { kind: "notFound"; message: string };

/** Every schedule of every loaded code location, by location then as defined; optionally of one location only. */
export async function listSchedules(db: PrismaClient, codeLocationName?: string | null): Promise<ScheduleRecord[]> {
  const locations = (await listCodeLocations(db)).filter(
    (location) => location.snapshot && (!codeLocationName || location.name === codeLocationName),
  );
  const states = await db.instigatorState.findMany({
    where: { type: "SCHEDULE", ...(codeLocationName ? { codeLocationName } : {}) },
  });
  const stateOf = new Map(states.map((state) => [`${state.codeLocationName}\u0000${state.name}`, state]));
  return locations.flatMap((location) =>
    (location.snapshot?.schedules ?? []).map((schedule) => {
      const state = stateOf.get(`${location.name}\u0000${schedule.name}`);
      return {
        ...schedule,
        codeLocationName: location.name,
        status: state?.status ?? schedule.defaultStatus,
        cursor: cursorOf(state?.cursor ?? null),
      };
    }),
  );
}

export async function findSchedule(
  db: PrismaClient,
  codeLocationName: string,
  scheduleName: string,
): Promise<ScheduleRecord | null> {
  return (await listSchedules(db, codeLocationName)).find((schedule) => schedule.name === scheduleName) ?? null;
}

function cursorOf(text: string | null): Date | null {
  if (text === null) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

function notFound(codeLocationName: string, scheduleName: string): ScheduleToggleResult {
  return {
    kind: "notFound",
    message: `No schedule named "${scheduleName}" is defined in code location "${codeLocationName}".`,
  };
}

/**
 * Turns a schedule on. A stopped one starts from `now`, so it launches nothing for the time it was off; one that is
 * already running keeps its cursor, so no tick falls between two evaluations.
 */
export async function startSchedule(
  db: PrismaClient,
  codeLocationName: string,
  scheduleName: string,
  now = new Date(),
): Promise<ScheduleToggleResult> {
  const schedule = await findSchedule(db, codeLocationName, scheduleName);
  if (!schedule) return notFound(codeLocationName, scheduleName);
  const cursor = schedule.status === "RUNNING" && schedule.cursor ? schedule.cursor : now;
  await db.instigatorState.upsert({
    where: { codeLocationName_name: { codeLocationName, name: scheduleName } },
    create: { codeLocationName, name: scheduleName, type: "SCHEDULE", status: "RUNNING", cursor: cursor.toISOString() },
    update: { status: "RUNNING", cursor: cursor.toISOString() },
  });
  return { kind: "success", schedule: { ...schedule, status: "RUNNING", cursor } };
}

export async function stopSchedule(
  db: PrismaClient,
  codeLocationName: string,
  scheduleName: string,
): Promise<ScheduleToggleResult> {
  const schedule = await findSchedule(db, codeLocationName, scheduleName);
  if (!schedule) return notFound(codeLocationName, scheduleName);
  await db.instigatorState.upsert({
    where: { codeLocationName_name: { codeLocationName, name: scheduleName } },
    create: { codeLocationName, name: scheduleName, type: "SCHEDULE", status: "STOPPED" },
    update: { status: "STOPPED" },
  });
  return { kind: "success", schedule: { ...schedule, status: "STOPPED" } };
}

/** Records the last tick time evaluated (the daemon's cursor). */
export async function saveScheduleCursor(
  db: PrismaClient,
  codeLocationName: string,
  scheduleName: string,
  cursor: Date,
  evaluatedAt: Date,
): Promise<void> {
  await db.instigatorState.upsert({
    where: { codeLocationName_name: { codeLocationName, name: scheduleName } },
    create: {
      codeLocationName,
      name: scheduleName,
      type: "SCHEDULE",
      cursor: cursor.toISOString(),
      lastEvaluatedAt: evaluatedAt,
    },
    update: { cursor: cursor.toISOString(), lastEvaluatedAt: evaluatedAt },
  });
}

/** The schedule's cursor and status as stored now (the daemon re-reads them once it holds the schedule's lock). */
export async function readScheduleState(
  db: PrismaClient,
  codeLocationName: string,
  scheduleName: string,
): Promise<{ status: InstigatorStatus | null; cursor: Date | null } | null> {
  const state = await db.instigatorState.findUnique({
    where: { codeLocationName_name: { codeLocationName, name: scheduleName } },
  });
  return state ? { status: state.status, cursor: cursorOf(state.cursor) } : null;
}
