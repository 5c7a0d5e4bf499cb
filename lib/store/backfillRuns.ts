// Changes to a backfill's runs and status, each one transaction under the backfill's lock: submitting a chunk of
// requests, each exactly once, completing, failing and canceling.
import type { BackfillRunRequest } from "../core/backfill";
import { type BackfillRecord, lockBackfill } from "./backfillRecord";
import { insertBackfillRuns } from "./backfillRunChunks";
import type { Tx } from "./database";
import type { BackfillStatus, PrismaClient, RunStatus, StepStatus } from "./generated/prisma/client";
import { IN_PROGRESS_STATUSES, requestRunCancel } from "./runs";

/** What submitting a chunk did: nothing when the backfill no longer wants runs, else how many runs it created. */
export type SubmitOutcome = { kind: "notRequested" } | { kind: "submitted"; count: number };

export interface SubmitOptions {
  /**
   * Runs inside the transaction after the chunk's runs are created, with the request keys of those it created;
   * throwing rolls the whole chunk back (tests interrupt with it).
   */
  beforeCommit?: (requestKeys: string[]) => void | Promise<void>;
}

/**
 * Submits a chunk of requests in one transaction: under the backfill's lock, if the backfill still wants runs,
 * creates a run (steps, event, queue job) for each request that has none yet, in request order, and counts them.
 */
export async function submitBackfillRequests(
  db: PrismaClient,
  backfill: BackfillRecord,
  requests: readonly BackfillRunRequest[],
  options: SubmitOptions = {},
): Promise<SubmitOutcome> {
  if (requests.length === 0) return { kind: "submitted", count: 0 };
  return db.$transaction(async (tx): Promise<SubmitOutcome> => {
    await lockBackfill(tx, backfill.id);
    const inserted = await insertBackfillRuns(tx, backfill, requests);
    if (!inserted.requested) return { kind: "notRequested" };
    if (inserted.requestKeys.length > 0) await options.beforeCommit?.(inserted.requestKeys);
    return { kind: "submitted", count: inserted.requestKeys.length };
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
