// Freshness as the daemon records it: the latest evaluation per asset, and a FRESHNESS_CHANGED event in the log
// whenever an asset's status changes, written in one transaction.
import { toAssetKeyString } from "../../core/assetKey";
import { evaluateFreshness, type FreshnessState, type FreshnessStatus } from "../../core/freshness";
import { listAssetNodes } from "../../store/assetNodes";
import type { PrismaClient } from "../../store/generated/prisma/client";

const FRESHNESS_WORDS: Record<FreshnessStatus, string> = { FRESH: "fresh", WARN: "close to stale", STALE: "stale" };

export interface FreshnessChange {
  assetKey: string;
  from: FreshnessStatus | null;
  to: FreshnessStatus;
  state: FreshnessState;
}

/** Evaluates every asset with a freshness policy at `now`; returns the assets whose status changed. */
export async function recordFreshness(db: PrismaClient, now: Date): Promise<FreshnessChange[]> {
  const records = (await listAssetNodes(db)).filter((record) => record.node.freshnessPolicy);
  if (records.length === 0) return [];
  const previous = new Map((await db.assetFreshness.findMany()).map((row) => [row.assetKey, row]));
  const changes: FreshnessChange[] = [];
  for (const record of records) {
    const assetKey = toAssetKeyString(record.node.key);
    const state = evaluateFreshness(record.node.freshnessPolicy!, record.status?.lastMaterializationAt ?? null, now);
    const before = previous.get(assetKey)?.status ?? null;
    const changed = before !== state.status;
    const data = { status: state.status, lagMinutes: state.lagMinutes, minutesLate: state.minutesLate, reason: state.reason, evaluatedAt: now };
    await db.$transaction(async (tx) => {
      await tx.assetFreshness.upsert({
        where: { assetKey },
        create: { assetKey, ...data, statusChangedAt: now },
        update: { ...data, ...(changed ? { statusChangedAt: now } : {}) },
      });
      if (changed) {
        await tx.event.create({
          data: {
            assetKey,
            eventType: "FRESHNESS_CHANGED",
            level: state.status === "STALE" ? "ERROR" : state.status === "WARN" ? "WARN" : "INFO",
            message: `${assetKey} is ${FRESHNESS_WORDS[state.status]}${before ? ` (was ${FRESHNESS_WORDS[before]})` : ""}: ${state.reason}.`,
            data: { from: before, to: state.status, minutesLate: state.minutesLate },
            timestamp: now,
          },
        });
      }
    });
    if (changed) changes.push({ assetKey, from: before, to: state.status, state });
  }
  return changes;
}

/** The stored evaluations by asset key string, with when each status began. */
export async function readFreshnessChangedAt(db: PrismaClient): Promise<Map<string, Date>> {
  const rows = await db.assetFreshness.findMany({ select: { assetKey: true, statusChangedAt: true } });
  return new Map(rows.map((row) => [row.assetKey, row.statusChangedAt]));
}
