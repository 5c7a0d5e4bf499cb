// Heartbeats of the instance's daemons and workers: written every few seconds, read by the status page, which calls
// a process down when it has been silent for longer than HEARTBEAT_STALE_MS.
import os from "node:os";
import type { InstanceProcessKind, PrismaClient } from "./generated/prisma/client";

export const HEARTBEAT_INTERVAL_MS = 5_000;
export const HEARTBEAT_STALE_MS = 30_000;

export interface ProcessIdentity {
  id: string;
  kind: InstanceProcessKind;
  startedAt: Date;
}

export function processIdentity(kind: InstanceProcessKind, id: string): ProcessIdentity {
  return { id, kind, startedAt: new Date() };
}

export async function recordHeartbeat(
  db: PrismaClient,
  identity: ProcessIdentity,
  info: Record<string, unknown>,
  now = new Date(),
): Promise<void> {
  const data = {
    kind: identity.kind,
    host: os.hostname(),
    pid: process.pid,
    startedAt: identity.startedAt,
    heartbeatAt: now,
    info: info as object,
    stoppedAt: null,
  };
  await db.instanceHeartbeat.upsert({ where: { id: identity.id }, create: { id: identity.id, ...data }, update: data });
}

/** A clean stop says so, so the status page shows "stopped" rather than "not responding". */
export async function recordStopped(db: PrismaClient, identity: ProcessIdentity, now = new Date()): Promise<void> {
  await db.instanceHeartbeat.updateMany({ where: { id: identity.id }, data: { stoppedAt: now } });
}

/** graphile-worker ids of the workers heartbeating since `since`: whose queue jobs are still in good hands. */
export async function liveQueueWorkerIds(db: PrismaClient, since: Date): Promise<string[]> {
  const rows = await db.instanceHeartbeat.findMany({
    where: { kind: "WORKER", stoppedAt: null, heartbeatAt: { gte: since } },
    select: { info: true },
  });
  return rows.flatMap((row) => {
    const ids = (row.info as { queueWorkerIds?: unknown } | null)?.queueWorkerIds;
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
  });
}

/** Processes stopped or silent since before `before` are forgotten, so the instance lists only what may still run. */
export async function forgetStoppedProcesses(db: PrismaClient, before: Date): Promise<number> {
  const { count } = await db.instanceHeartbeat.deleteMany({ where: { heartbeatAt: { lt: before } } });
  return count;
}

export type ProcessHealth = "HEALTHY" | "NOT_RESPONDING" | "STOPPED";

export interface InstanceProcess {
  id: string;
  kind: InstanceProcessKind;
  host: string;
  pid: number;
  startedAt: Date;
  heartbeatAt: Date;
  health: ProcessHealth;
  info: Record<string, unknown>;
}

/** Daemons and workers seen in the last day, healthy ones first. */
export async function listInstanceProcesses(db: PrismaClient, now = new Date()): Promise<InstanceProcess[]> {
  const rows = await db.instanceHeartbeat.findMany({
    where: { heartbeatAt: { gte: new Date(now.getTime() - 86_400_000) } },
    orderBy: { heartbeatAt: "desc" },
  });
  const order: Record<ProcessHealth, number> = { HEALTHY: 0, NOT_RESPONDING: 1, STOPPED: 2 };
  return rows
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      host: row.host,
      pid: row.pid,
      startedAt: row.startedAt,
      heartbeatAt: row.heartbeatAt,
      health: (row.stoppedAt
        ? "STOPPED"
        : now.getTime() - row.heartbeatAt.getTime() > HEARTBEAT_STALE_MS
          ? "NOT_RESPONDING"
          : "HEALTHY") as ProcessHealth,
      info: (row.info ?? {}) as Record<string, unknown>,
    }))
    .sort((a, b) => order[a.health] - order[b.health]);
}
