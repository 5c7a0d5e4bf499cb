// Alert deliveries: the notices queued for each alert past the daemon's cursor in the event log (moved in the same
// transaction, so nothing is told twice), and each delivery's attempts, leased so two daemons never post one twice.
import type { Prisma, PrismaClient } from "./generated/prisma/client";

/** A daemon's position in the event log by name; null before it first looked. */
export async function readDaemonCursor(db: PrismaClient, name: string): Promise<string | null> {
  return (await db.daemonCursor.findUnique({ where: { name } }))?.value ?? null;
}

/** Sets the cursor unless another daemon set it first. */
export async function initDaemonCursor(db: PrismaClient, name: string, value: string): Promise<void> {
  await db.daemonCursor.upsert({ where: { name }, create: { name, value }, update: {} });
}

export interface NewAlertDelivery {
  codeLocationName: string;
  alertName: string;
  eventId: bigint;
  payload: Record<string, unknown>;
  nextAttemptAt: Date;
}

/**
 * Moves the cursor from `from` to `to` and queues the deliveries, in one transaction; false (and nothing queued) when
 * another daemon moved the cursor first.
 */
export async function queueDeliveriesPastCursor(
  db: PrismaClient,
  cursor: { name: string; from: string; to: string },
  deliveries: readonly NewAlertDelivery[],
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const moved = await tx.daemonCursor.updateMany({
      where: { name: cursor.name, value: cursor.from },
      data: { value: cursor.to },
    });
    if (moved.count === 0) return false;
    const data = deliveries.map((d) => ({ ...d, payload: d.payload as Prisma.InputJsonObject }));
    if (data.length > 0) await tx.alertDelivery.createMany({ data, skipDuplicates: true });
    return true;
  });
}

export interface AlertDeliveryRecord {
  id: bigint;
  codeLocationName: string;
  alertName: string;
  attempts: number;
  nextAttemptAt: Date;
  payload: unknown;
}

/** Pending deliveries due at `now`, oldest first. */
export async function listDueAlertDeliveries(
  db: PrismaClient,
  now: Date,
  limit: number,
): Promise<AlertDeliveryRecord[]> {
  return db.alertDelivery.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, codeLocationName: true, alertName: true, attempts: true, nextAttemptAt: true, payload: true },
  });
}

/** Takes a due delivery until `until`; false when another daemon took it first. */
export async function leaseAlertDelivery(
  db: PrismaClient,
  delivery: Pick<AlertDeliveryRecord, "id" | "nextAttemptAt">,
  until: Date,
): Promise<boolean> {
  const leased = await db.alertDelivery.updateMany({
    where: { id: delivery.id, status: "PENDING", nextAttemptAt: delivery.nextAttemptAt },
    data: { nextAttemptAt: until },
  });
  return leased.count > 0;
}

export async function markAlertDeliverySent(
  db: PrismaClient,
  id: bigint,
  attempts: number,
  sentAt: Date,
): Promise<void> {
  await db.alertDelivery.update({ where: { id }, data: { status: "SENT", attempts, sentAt, error: null } });
}

/** A failed attempt: tried again at `nextAttemptAt`, or FAILED for good when `final`. */
export async function markAlertDeliveryFailed(
  db: PrismaClient,
  id: bigint,
  attempt: { attempts: number; error: string; final: boolean; nextAttemptAt: Date },
): Promise<void> {
  await db.alertDelivery.update({
    where: { id },
    data: {
      status: attempt.final ? "FAILED" : "PENDING",
      attempts: attempt.attempts,
      error: attempt.error,
      nextAttemptAt: attempt.nextAttemptAt,
    },
  });
}
