// Freshness as stored: the latest evaluation per asset, and a FRESHNESS_CHANGED event in the log whenever an asset's
// status changes, written in one transaction.
import type { FreshnessState, FreshnessStatus } from "../core/freshness";
import type { PrismaClient } from "./generated/prisma/client";

/** Each evaluated asset's stored status, by asset key string. */
export async function readFreshnessStatuses(db: PrismaClient): Promise<Map<string, FreshnessStatus>> {
  return new Map(
    (await db.assetFreshness.findMany({ select: { assetKey: true, status: true } })).map((row) => [
      row.assetKey,
      row.status,
    ]),
  );
}

export interface FreshnessEvaluation {
  assetKey: string;
  state: FreshnessState;
  evaluatedAt: Date;
  /** The event to log with it when the status changed; null when it did not. */
  change: { from: FreshnessStatus | null; message: string } | null;
}

/** Stores one evaluation and, when the status changed, its event, in one transaction. */
export async function recordFreshnessEvaluation(
  db: PrismaClient,
  { assetKey, state, evaluatedAt: now, change }: FreshnessEvaluation,
): Promise<void> {
  const data = {
    status: state.status,
    lagMinutes: state.lagMinutes,
    minutesLate: state.minutesLate,
    reason: state.reason,
    evaluatedAt: now,
  };
  await db.$transaction(async (tx) => {
    await tx.assetFreshness.upsert({
      where: { assetKey },
      create: { assetKey, ...data, statusChangedAt: now },
      update: { ...data, ...(change ? { statusChangedAt: now } : {}) },
    });
    if (change) {
      await tx.event.create({
        data: {
          assetKey,
          eventType: "FRESHNESS_CHANGED",
          level: state.status === "STALE" ? "ERROR" : state.status === "WARN" ? "WARN" : "INFO",
          message: change.message,
          data: { from: change.from, to: state.status, minutesLate: state.minutesLate },
          timestamp: now,
        },
      });
    }
  });
}

/** The stored evaluations by asset key string, with when each status began. */
export async function readFreshnessChangedAt(db: PrismaClient): Promise<Map<string, Date>> {
  const rows = await db.assetFreshness.findMany({ select: { assetKey: true, statusChangedAt: true } });
  return new Map(rows.map((row) => [row.assetKey, row.statusChangedAt]));
}
