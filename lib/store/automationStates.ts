// The automation daemon's memory of each automated asset (when it last looked, what it last requested a run for,
// the reasons it gave) and the evaluations worth showing: requests, and changes in the reasons.
import type { PrismaClient } from "./generated/prisma/client";

export interface AutomationStateRecord {
  lastEvaluatedAt: Date;
  /** The fingerprint of the change a run was last requested for; null before the first request. */
  lastRequestedFor: string | null;
  lastReasons: unknown;
}

/** Every automated asset's state, by asset key string. */
export async function readAutomationStates(db: PrismaClient): Promise<Map<string, AutomationStateRecord>> {
  return new Map((await db.automationState.findMany()).map((s) => [s.assetKey, s]));
}

/** An evaluation that requested nothing: the state moves on, and the evaluation is kept when its reasons changed. */
export async function recordAutomationEvaluation(
  db: PrismaClient,
  assetKey: string,
  now: Date,
  reasons: string[],
  reasonsChanged: boolean,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.automationState.upsert({
      where: { assetKey },
      create: { assetKey, lastEvaluatedAt: now, lastReasons: reasons },
      update: { lastEvaluatedAt: now, lastReasons: reasons },
    });
    if (reasonsChanged)
      await tx.automationEvaluation.create({ data: { assetKey, evaluatedAt: now, requested: false, reasons } });
  });
}

/**
 * Claims a request for the change `fingerprint`: only the daemon whose update still sees the state it read (`seen`,
 * null when there was none) gets it. Returns the kept evaluation's id, or null when another daemon claimed it first.
 */
export async function claimAutomationRequest(
  db: PrismaClient,
  assetKey: string,
  seen: AutomationStateRecord | null,
  claim: { now: Date; fingerprint: string | null; reasons: string[] },
): Promise<bigint | null> {
  const { now, fingerprint, reasons } = claim;
  const claimed = await db.$transaction(async (tx) => {
    if (seen) {
      const updated = await tx.automationState.updateMany({
        where: { assetKey, lastRequestedFor: seen.lastRequestedFor },
        data: { lastEvaluatedAt: now, lastRequestedFor: fingerprint, lastReasons: reasons },
      });
      if (updated.count === 0) return null;
    } else {
      const created = await tx.automationState.createMany({
        data: [{ assetKey, lastEvaluatedAt: now, lastRequestedFor: fingerprint, lastReasons: reasons }],
        skipDuplicates: true,
      });
      if (created.count === 0) return null;
    }
    return tx.automationEvaluation.create({
      data: { assetKey, evaluatedAt: now, requested: true, reasons },
      select: { id: true },
    });
  });
  return claimed?.id ?? null;
}

/** What became of a claimed request: its run, or why none was launched. */
export async function recordAutomationLaunch(
  db: PrismaClient,
  evaluationId: bigint,
  outcome: { runId: string | null; partitionKey: string | null; error: string | null },
): Promise<void> {
  await db.automationEvaluation.update({ where: { id: evaluationId }, data: outcome });
}

export interface AutomationEvaluationRecord {
  id: bigint;
  evaluatedAt: Date;
  requested: boolean;
  reasons: string[];
  runId: string | null;
  partitionKey: string | null;
  error: string | null;
}

/** An asset's kept evaluations, newest first. */
export async function listAutomationEvaluations(
  db: PrismaClient,
  assetKey: string,
  limit: number,
): Promise<AutomationEvaluationRecord[]> {
  const rows = await db.automationEvaluation.findMany({ where: { assetKey }, orderBy: { id: "desc" }, take: limit });
  return rows.map((row) => ({ ...row, reasons: Array.isArray(row.reasons) ? row.reasons.map(String) : [] }));
}
