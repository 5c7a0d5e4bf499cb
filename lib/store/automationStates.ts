// The automation daemon's memory of each automated asset (when it last looked, what it last requested a run for,
// the reasons it gave, and for partitioned eager assets how far it has read upstream and what is still due) and the
// evaluations worth showing: requests, and changes in the reasons.
import type { PendingPartitions } from "../core/eagerPartitions";
import type { KeyRange } from "../core/partitions/types";
import type { Prisma, PrismaClient } from "./generated/prisma/client";

export interface AutomationStateRecord {
  lastEvaluatedAt: Date;
  /** The fingerprint of the change a run was last requested for; null before the first request. */
  lastRequestedFor: string | null;
  lastReasons: unknown;
  /**
   * Partitioned eager assets: how far each upstream has been read (a partitioned upstream's partition materialization
   * seq, an unpartitioned one's latest materialization event id); null before the first evaluation.
   */
  upstreamCursors: UpstreamCursors | null;
  /** Partitioned eager assets: partitions due but not requested yet. */
  pendingPartitions: PendingPartitions[];
  /** Partitioned eager assets: the partitions automation has requested. */
  requestedPartitions: KeyRange[];
  /** Bumped by every claim of a partitioned asset's evaluation. */
  claimVersion: number;
}

export type UpstreamCursors = Readonly<Record<string, bigint>>;

function cursorsOf(json: unknown): UpstreamCursors | null {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return null;
  const cursors: Record<string, bigint> = {};
  for (const [key, value] of Object.entries(json))
    if (typeof value === "string" && /^\d+$/.test(value)) cursors[key] = BigInt(value);
  return cursors;
}

function cursorsJson(cursors: UpstreamCursors): Prisma.InputJsonValue {
  return Object.fromEntries(Object.entries(cursors).map(([key, value]) => [key, value.toString()]));
}

const isKeyRange = (value: unknown): value is KeyRange =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string";

function keyRangesOf(json: unknown): KeyRange[] {
  return Array.isArray(json) ? json.filter(isKeyRange) : [];
}

function pendingOf(json: unknown): PendingPartitions[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry: unknown) => {
    if (typeof entry !== "object" || entry === null) return [];
    const { cause, partitions } = entry as { cause?: unknown; partitions?: unknown };
    return typeof cause === "string" ? [{ cause, partitions: keyRangesOf(partitions) }] : [];
  });
}

/** Every automated asset's state, by asset key string. */
export async function readAutomationStates(db: PrismaClient): Promise<Map<string, AutomationStateRecord>> {
  return new Map(
    (await db.automationState.findMany()).map((s) => [
      s.assetKey,
      {
        lastEvaluatedAt: s.lastEvaluatedAt,
        lastRequestedFor: s.lastRequestedFor,
        lastReasons: s.lastReasons,
        upstreamCursors: cursorsOf(s.upstreamCursors),
        pendingPartitions: pendingOf(s.pendingPartitions),
        requestedPartitions: keyRangesOf(s.requestedPartitions),
        claimVersion: s.claimVersion,
      },
    ]),
  );
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

/** What one claimed evaluation of a partitioned eager asset writes. */
export interface PartitionedClaim {
  now: Date;
  upstreamCursors: UpstreamCursors;
  pendingPartitions: PendingPartitions[];
  requestedPartitions: KeyRange[];
  /** The evaluation's own reasons: stored as the last reasons, and kept as an evaluation when `reasonsChanged`. */
  reasons: string[];
  reasonsChanged: boolean;
  /** One kept evaluation per run to launch: its partitions in text and the reasons naming them. */
  runs: { partitionKey: string; reasons: string[] }[];
}

/**
 * Claims an evaluation of a partitioned eager asset: only the daemon whose update still sees the claim version it read
 * (`seen`, null when there was no state) moves the cursor, the due and the requested partitions, so an upstream
 * materialization is taken in, and a partition requested, by one daemon once. Returns the kept evaluations' ids for
 * the runs, in order, or null when another daemon claimed first.
 */
export async function claimPartitionedEvaluation(
  db: PrismaClient,
  assetKey: string,
  seen: AutomationStateRecord | null,
  claim: PartitionedClaim,
): Promise<bigint[] | null> {
  const { now, reasons } = claim;
  const data = {
    lastEvaluatedAt: now,
    lastReasons: reasons,
    upstreamCursors: cursorsJson(claim.upstreamCursors),
    pendingPartitions: claim.pendingPartitions as unknown as Prisma.InputJsonValue,
    requestedPartitions: claim.requestedPartitions as unknown as Prisma.InputJsonValue,
  };
  return db.$transaction(async (tx) => {
    if (seen) {
      const updated = await tx.automationState.updateMany({
        where: { assetKey, claimVersion: seen.claimVersion },
        data: { ...data, claimVersion: { increment: 1 } },
      });
      if (updated.count === 0) return null;
    } else {
      const created = await tx.automationState.createMany({
        data: [{ assetKey, ...data, claimVersion: 1 }],
        skipDuplicates: true,
      });
      if (created.count === 0) return null;
    }
    if (claim.reasonsChanged)
      await tx.automationEvaluation.create({ data: { assetKey, evaluatedAt: now, requested: false, reasons } });
    const ids: bigint[] = [];
    for (const run of claim.runs) {
      const evaluation = await tx.automationEvaluation.create({
        data: { assetKey, evaluatedAt: now, requested: true, reasons: run.reasons, partitionKey: run.partitionKey },
        select: { id: true },
      });
      ids.push(evaluation.id);
    }
    return ids;
  });
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
