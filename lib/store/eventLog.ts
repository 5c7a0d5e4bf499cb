// The event log read in order, past a cursor (an event id): how the daemon's sensors and alerts follow it.
import type { PrismaClient } from "./generated/prisma/client";

export interface LoggedEvent {
  id: bigint;
  runId: string | null;
  assetKey: string | null;
  partitionKey: string | null;
  eventType: string;
  message: string;
  /** The event's JSON data (metadata, error, extra fields), as stored. */
  data: unknown;
  timestamp: Date;
}

/** The id of the newest event (0 when the log is empty): where a follower that ignores history starts. */
export async function readLatestEventId(db: PrismaClient): Promise<bigint> {
  return (await db.event.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;
}

/** Events of these types after `afterId`, oldest first, at most `limit`; only one asset's when `assetKey` is given. */
export async function readEventsAfter(
  db: PrismaClient,
  options: { afterId: bigint; eventTypes: readonly string[]; assetKey?: string; limit: number },
): Promise<LoggedEvent[]> {
  const { afterId, eventTypes, assetKey, limit } = options;
  return db.event.findMany({
    where: {
      ...(assetKey !== undefined ? { assetKey } : {}),
      eventType: eventTypes.length === 1 ? eventTypes[0] : { in: [...eventTypes] },
      id: { gt: afterId },
    },
    orderBy: { id: "asc" },
    take: limit,
    select: {
      id: true,
      runId: true,
      assetKey: true,
      partitionKey: true,
      eventType: true,
      message: true,
      data: true,
      timestamp: true,
    },
  });
}
