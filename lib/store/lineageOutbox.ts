// The OpenLineage outbox: events about asset steps, queued past the daemon's cursor in the event log (moved in the
// same transaction, so none is queued twice or lost), and each one's delivery attempts, leased so two daemons never
// send one twice. What the events are made of (runs, their step events, snapshots) is read here too.
import { type LineageRun, type LineageSourceEvent, parentJobName } from "../core/lineageExport/runLineageEvents";
import type { Prisma, PrismaClient } from "./generated/prisma/client";
import { isRunId } from "./runId";
import { runPartitions } from "./runPartitions";

/** A step event that begins or ends an OpenLineage run. */
export interface LineageTrigger {
  id: bigint;
  runId: string;
  stepKey: string;
}

/** Trigger events after `afterId`, oldest first, at most `limit`. */
export async function readLineageTriggersAfter(
  db: PrismaClient,
  options: { afterId: bigint; eventTypes: readonly string[]; limit: number },
): Promise<{ triggers: LineageTrigger[]; newest: bigint | null }> {
  const rows = await db.event.findMany({
    where: { id: { gt: options.afterId }, eventType: { in: [...options.eventTypes] } },
    orderBy: { id: "asc" },
    take: options.limit,
    select: { id: true, runId: true, stepKey: true },
  });
  return {
    triggers: rows.flatMap((row) =>
      row.runId && row.stepKey ? [{ id: row.id, runId: row.runId, stepKey: row.stepKey }] : [],
    ),
    newest: rows.at(-1)?.id ?? null,
  };
}

/**
 * Trigger events with ids in (afterId, upToId], stamped at `since` or later, that no queued event names: those that
 * committed after the cursor passed them, and those that make no event (a retried attempt), which the caller builds
 * nothing for.
 */
export async function readUnqueuedLineageTriggers(
  db: PrismaClient,
  options: { afterId: bigint; upToId: bigint; since: Date; eventTypes: readonly string[] },
): Promise<LineageTrigger[]> {
  if (options.upToId <= options.afterId) return [];
  const range = { gt: options.afterId < 0n ? 0n : options.afterId, lte: options.upToId };
  const [rows, queued] = await Promise.all([
    db.event.findMany({
      where: { id: range, timestamp: { gte: options.since }, eventType: { in: [...options.eventTypes] } },
      orderBy: { id: "asc" },
      select: { id: true, runId: true, stepKey: true },
    }),
    db.lineageOutboxEvent.findMany({ where: { sourceEventId: range }, select: { sourceEventId: true } }),
  ]);
  const done = new Set(queued.map((row) => row.sourceEventId));
  return rows.flatMap((row) =>
    row.runId && row.stepKey && !done.has(row.id) ? [{ id: row.id, runId: row.runId, stepKey: row.stepKey }] : [],
  );
}

export interface LineageRunRecord {
  run: LineageRun;
  snapshotId: string | null;
}

/** The runs with these ids as their lineage tells them, with the job of each one's root run. */
export async function readLineageRuns(
  db: PrismaClient,
  runIds: readonly string[],
): Promise<Map<string, LineageRunRecord>> {
  const ids = [...new Set(runIds.filter(isRunId))];
  if (ids.length === 0) return new Map();
  const select = {
    id: true,
    jobName: true,
    assetSelection: true,
    partitionKey: true,
    partitionRangeStart: true,
    partitionRangeEnd: true,
    rootRunId: true,
    snapshotId: true,
  } as const;
  const rows = await db.run.findMany({ where: { id: { in: ids } }, select });
  const rootIds = [
    ...new Set(rows.flatMap((row) => (row.rootRunId && row.rootRunId !== row.id ? [row.rootRunId] : []))),
  ];
  const roots = new Map(
    (rootIds.length > 0 ? await db.run.findMany({ where: { id: { in: rootIds } }, select }) : []).map((root) => [
      root.id,
      root,
    ]),
  );
  return new Map(
    rows.map((row) => {
      const root = row.rootRunId ? roots.get(row.rootRunId) : undefined;
      return [
        row.id,
        {
          snapshotId: row.snapshotId,
          run: {
            id: row.id,
            jobName: row.jobName,
            assetSelection: row.assetSelection,
            partitions: runPartitions(row),
            // A root run deleted by retention is still named by its id; its job is taken to be this run's.
            root:
              row.rootRunId && row.rootRunId !== row.id
                ? { id: row.rootRunId, jobName: parentJobName(root ?? row) }
                : null,
          },
        },
      ];
    }),
  );
}

/** The events of a run's steps (these steps, or all when null) that make up their lineage, oldest first. */
export async function readStepLineageEvents(
  db: PrismaClient,
  runId: string,
  stepKeys: readonly string[] | null,
  eventTypes: readonly string[],
): Promise<LineageSourceEvent[]> {
  return db.event.findMany({
    where: { runId, ...(stepKeys ? { stepKey: { in: [...stepKeys] } } : {}), eventType: { in: [...eventTypes] } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      stepKey: true,
      assetKey: true,
      partitionKey: true,
      eventType: true,
      timestamp: true,
      data: true,
    },
  });
}

export interface NewLineageOutboxEvent {
  sourceEventId: bigint;
  runId: string;
  stepKey: string;
  eventType: string;
  payload: object;
  nextAttemptAt: Date;
}

/**
 * Moves the cursor from `from` to `to` (or leaves it there) and queues the events not queued before, in one
 * transaction; how many it queued, or null (and nothing queued) when another daemon moved the cursor first.
 */
export async function queueLineageEventsPastCursor(
  db: PrismaClient,
  cursor: { name: string; from: string; to: string },
  events: readonly NewLineageOutboxEvent[],
): Promise<number | null> {
  return db.$transaction(async (tx) => {
    const moved = await tx.daemonCursor.updateMany({
      where: { name: cursor.name, value: cursor.from },
      data: { value: cursor.to },
    });
    if (moved.count === 0) return null;
    const data = events.map((e) => ({ ...e, payload: e.payload as Prisma.InputJsonObject }));
    return data.length > 0 ? (await tx.lineageOutboxEvent.createMany({ data, skipDuplicates: true })).count : 0;
  });
}

export interface LineageOutboxRecord {
  id: bigint;
  runId: string;
  stepKey: string;
  eventType: string;
  attempts: number;
  nextAttemptAt: Date;
  payload: unknown;
}

/** Pending events due at `now`, oldest first, so a consumer sees a step's START before its end. */
export async function listDueLineageEvents(db: PrismaClient, now: Date, limit: number): Promise<LineageOutboxRecord[]> {
  return db.lineageOutboxEvent.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { id: "asc" },
    take: limit,
    select: {
      id: true,
      runId: true,
      stepKey: true,
      eventType: true,
      attempts: true,
      nextAttemptAt: true,
      payload: true,
    },
  });
}

/** The oldest pending event of each step of these runs, by `${runId}\u0000${stepKey}`: what must go first. */
export async function readOldestPendingLineageEvents(
  db: PrismaClient,
  runIds: readonly string[],
): Promise<Map<string, bigint>> {
  if (runIds.length === 0) return new Map();
  const groups = await db.lineageOutboxEvent.groupBy({
    by: ["runId", "stepKey"],
    where: { status: "PENDING", runId: { in: [...new Set(runIds)] } },
    _min: { id: true },
  });
  return new Map(
    groups.flatMap((g) => (g._min.id !== null ? [[`${g.runId}\u0000${g.stepKey}`, g._min.id] as const] : [])),
  );
}

/** Takes a due event until `until`; false when another daemon took it first. */
export async function leaseLineageEvent(
  db: PrismaClient,
  event: Pick<LineageOutboxRecord, "id" | "nextAttemptAt">,
  until: Date,
): Promise<boolean> {
  const leased = await db.lineageOutboxEvent.updateMany({
    where: { id: event.id, status: "PENDING", nextAttemptAt: event.nextAttemptAt },
    data: { nextAttemptAt: until },
  });
  return leased.count > 0;
}

export async function markLineageEventSent(
  db: PrismaClient,
  id: bigint,
  attempts: number,
  sentAt: Date,
): Promise<void> {
  await db.lineageOutboxEvent.update({ where: { id }, data: { status: "SENT", attempts, sentAt, error: null } });
}

/** A failed attempt: tried again at `nextAttemptAt`, or FAILED for good when `final`. */
export async function markLineageEventFailed(
  db: PrismaClient,
  id: bigint,
  attempt: { attempts: number; error: string; final: boolean; nextAttemptAt: Date },
): Promise<void> {
  await db.lineageOutboxEvent.update({
    where: { id },
    data: {
      status: attempt.final ? "FAILED" : "PENDING",
      attempts: attempt.attempts,
      error: attempt.error,
      nextAttemptAt: attempt.nextAttemptAt,
    },
  });
}

export interface LineageExportStatus {
  pending: number;
  sent: number;
  failed: number;
  /** The latest event given up on: which step, when it was given up, and why. */
  lastFailure: { runId: string; stepKey: string; eventType: string; error: string; at: Date } | null;
}

export async function readLineageExportStatus(db: PrismaClient): Promise<LineageExportStatus> {
  const counts = await db.lineageOutboxEvent.groupBy({ by: ["status"], _count: { _all: true } });
  const count = (status: "PENDING" | "SENT" | "FAILED") => counts.find((c) => c.status === status)?._count._all ?? 0;
  const failed = await db.lineageOutboxEvent.findFirst({
    where: { status: "FAILED" },
    orderBy: { id: "desc" },
    select: { runId: true, stepKey: true, eventType: true, error: true, nextAttemptAt: true },
  });
  return {
    pending: count("PENDING"),
    sent: count("SENT"),
    failed: count("FAILED"),
    lastFailure: failed ? { ...failed, error: failed.error ?? "", at: failed.nextAttemptAt } : null,
  };
}

/** Deletes up to `limit` events sent or given up before `before`: the outbox keeps recent history only. */
export async function pruneLineageOutbox(db: PrismaClient, before: Date, limit: number): Promise<number> {
  const old = await db.lineageOutboxEvent.findMany({
    where: { status: { in: ["SENT", "FAILED"] }, createdAt: { lt: before } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true },
  });
  if (old.length === 0) return 0;
  return (await db.lineageOutboxEvent.deleteMany({ where: { id: { in: old.map((row) => row.id) } } })).count;
}
