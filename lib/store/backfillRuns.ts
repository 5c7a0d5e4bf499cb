// Changes to a backfill's runs and status, each one transaction under the backfill's lock: submitting a request
// exactly once, completing, failing and canceling.
import type { BackfillRunRequest } from "../core/backfill";
import { runConfigForAssets } from "../core/runConfig";
import { type BackfillRecord, lockBackfill } from "./backfillRecord";
import type { Tx } from "./database";
import type { BackfillStatus, PrismaClient, RunStatus, StepStatus } from "./generated/prisma/client";
import { createRun, IN_PROGRESS_STATUSES, requestRunCancel } from "./runs";

export type SubmitOutcome = "submitted" | "alreadySubmitted" | "notRequested";

export interface SubmitOptions {
  /** Runs inside the transaction after the run is created; throwing rolls the submission back (tests interrupt with it). */
  beforeCommit?: (requestKey: string) => void | Promise<void>;
}

/**
 * Submits one request: under the backfill's lock, checks the backfill still wants runs and the request has none
 * yet, then creates the run (steps, event, queue job) and counts it, all in one transaction.
 */
export async function submitBackfillRequest(
  db: PrismaClient,
  backfill: BackfillRecord,
  request: BackfillRunRequest,
  options: SubmitOptions = {},
): Promise<SubmitOutcome> {
  return db.$transaction(async (tx): Promise<SubmitOutcome> => {
    await lockBackfill(tx, backfill.id);
    const current = await tx.backfill.findUnique({ where: { id: backfill.id }, select: { status: true } });
    if (current?.status !== "REQUESTED") return "notRequested";
    const existing = await tx.run.findUnique({
      where: { backfillId_backfillRequestKey: { backfillId: backfill.id, backfillRequestKey: request.requestKey } },
      select: { id: true },
    });
    if (existing) return "alreadySubmitted";
    await createRun(tx, {
      codeLocationName: request.codeLocationName,
      snapshotId: backfill.snapshotIds[request.codeLocationName] ?? null,
      assetKeys: request.assetKeys,
      partitions: request.partitions,
      // Each run takes the config of its own assets.
      runConfig: runConfigForAssets(backfill.runConfig, request.assetKeys),
      tags: backfill.tags,
      launchedBy: backfill.launchedBy,
      backfillId: backfill.id,
      backfillRequestKey: request.requestKey,
    });
    await tx.backfill.update({ where: { id: backfill.id }, data: { numSubmitted: { increment: 1 } } });
    await options.beforeCommit?.(request.requestKey);
    return "submitted";
  });
}

async function transition(
  db: PrismaClient,
  backfillId: string,
  from: readonly BackfillStatus[],
  data: { status: BackfillStatus; endTime?: Date; error?: string },
): Promise<boolean> {
  return db.$transaction(async (tx: Tx) => {
    await lockBackfill(tx, backfillId);
    const updated = await tx.backfill.updateMany({ where: { id: backfillId, status: { in: [...from] } }, data });
    return updated.count > 0;
  });
}

export function completeBackfill(
  db: PrismaClient,
  backfillId: string,
  outcome: "COMPLETED" | "COMPLETED_WITH_FAILURES",
  now: Date,
): Promise<boolean> {
  return transition(db, backfillId, ["REQUESTED"], { status: outcome, endTime: now });
}

export function failBackfill(db: PrismaClient, backfillId: string, error: string, now: Date): Promise<boolean> {
  return transition(db, backfillId, ["REQUESTED", "CANCELING"], { status: "FAILED", endTime: now, error });
}

/** REQUESTED → CANCELING: from the moment this commits, no run of the backfill is submitted any more. */
export function requestBackfillCancel(db: PrismaClient, backfillId: string): Promise<boolean> {
  return transition(db, backfillId, ["REQUESTED"], { status: "CANCELING" });
}

/**
 * Cancels the queued runs of a CANCELING backfill; runs already in progress finish on their own, and once none is
 * left the backfill is CANCELED. Returns whether it is CANCELED now.
 */
export async function finishCancelingBackfill(db: PrismaClient, backfillId: string, now: Date): Promise<boolean> {
  const queued = await db.run.findMany({ where: { backfillId, status: "QUEUED" }, select: { id: true } });
  for (const run of queued) await requestRunCancel(db, run.id);
  const inProgress = await db.run.count({ where: { backfillId, status: { in: [...IN_PROGRESS_STATUSES] } } });
  if (inProgress > 0) return false;
  return transition(db, backfillId, ["CANCELING"], { status: "CANCELED", endTime: now });
}

/** Status of each submitted request's run, by request key. */
export async function backfillRunStatuses(db: PrismaClient, backfillId: string): Promise<Map<string, RunStatus>> {
  const runs = await db.run.findMany({ where: { backfillId }, select: { backfillRequestKey: true, status: true } });
  return new Map(
    runs.flatMap((run) => (run.backfillRequestKey ? [[run.backfillRequestKey, run.status] as const] : [])),
  );
}

export interface BackfillRunSteps {
  id: string;
  backfillRequestKey: string | null;
  steps: { assetKey: string | null; status: StepStatus }[];
}

/** The backfill's runs with each step's status. */
export async function listBackfillRunSteps(db: PrismaClient, backfillId: string): Promise<BackfillRunSteps[]> {
  return db.run.findMany({
    where: { backfillId },
    select: { id: true, backfillRequestKey: true, steps: { select: { assetKey: true, status: true } } },
  });
}

/** How many of the backfill's runs are in each status: the summary rows a trigger on Run keeps, never a count of runs. */
export async function backfillRunCounts(db: PrismaClient, backfillId: string): Promise<Map<RunStatus, number>> {
  const rows = await db.backfillRunCount.findMany({ where: { backfillId }, select: { status: true, count: true } });
  return new Map(rows.map((row) => [row.status, row.count]));
}
