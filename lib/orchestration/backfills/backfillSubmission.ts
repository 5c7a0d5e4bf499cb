// Backfill submission: submits each REQUESTED backfill's runs in plan order once their upstream runs succeeded,
// a chunk per tick and never more unfinished runs than the queue limit; completes and cancels backfills.
// The submitted runs are the only cursor, so a killed daemon resumes exactly and two daemons never double-submit.
// A backfill of one asset, one run per partition, costs a tick the same at a million partitions as at ten: its
// requests are worked out by position, its progress read from per-status run counts, its cursor their sum.
import {
  type BackfillRequestCounts,
  type BackfillRunRequest,
  backfillOutcome,
  countsOfRunStatuses,
  type PositionalPlan,
} from "../../core/backfill";
import { type BackfillRecord, listActiveBackfills } from "../../store/backfillRecord";
import { backfillRunCounts, foldBackfillRunCounts } from "../../store/backfillRunCounts";
import {
  completeBackfill,
  failBackfill,
  finishCancelingBackfill,
  type SubmitOptions,
  type SubmitOutcome,
  submitBackfillRequests,
} from "../../store/backfillRuns";
import type { Database } from "../../store/database";
import type { BackfillLimits } from "./backfillLimits";
import { BackfillPlanError, loadPositionalPlan } from "./backfillPlan";
import { type BackfillRequestStatus, readBackfillRequestStatus } from "./backfillProgress";

export { type BackfillLimits, DEFAULT_BACKFILL_LIMITS } from "./backfillLimits";

export interface TickBackfillsOptions extends BackfillLimits {
  now: Date;
  log?: (line: string) => void;
  /** Only these backfills (the CLI follows its own); every active one when left out. */
  backfillIds?: readonly string[];
  /** See SubmitOptions.beforeCommit. */
  beforeCommit?: (backfillId: string, requestKeys: string[]) => void | Promise<void>;
}

export interface BackfillTickSummary {
  submitted: number;
  /** Backfills that reached a final status in this tick. */
  finished: string[];
}

export async function tickBackfills(db: Database, options: TickBackfillsOptions): Promise<BackfillTickSummary> {
  const summary: BackfillTickSummary = { submitted: 0, finished: [] };
  for (const backfill of await listActiveBackfills(db, options.backfillIds)) {
    if (backfill.status === "CANCELING") {
      if (await finishCancelingBackfill(db, backfill.id, options.now)) {
        summary.finished.push(backfill.id);
        options.log?.(`Backfill ${backfill.id} canceled.`);
      }
      continue;
    }
    await tickBackfill(db, backfill, options, summary);
  }
  return summary;
}

async function tickBackfill(
  db: Database,
  backfill: BackfillRecord,
  options: TickBackfillsOptions,
  summary: BackfillTickSummary,
): Promise<void> {
  let status;
  let positional: PositionalPlan | null = null;
  try {
    positional = await loadPositionalPlan(db, backfill, options.now);
    status = positional ? null : await readBackfillRequestStatus(db, backfill, options.now);
  } catch (error) {
    if (!(error instanceof BackfillPlanError)) throw error;
    if (await failBackfill(db, backfill.id, error.message, options.now)) summary.finished.push(backfill.id);
    options.log?.(`Backfill ${backfill.id} failed: ${error.message}`);
    return;
  }
  // Each tick folds the count changes its runs made since the last, so a count stays a few rows to sum (a backfill
  // read by request rather than by counts folds them too: they would otherwise pile up, five rows a run).
  await foldBackfillRunCounts(db, backfill.id);
  const counts = positional
    ? countsOfRunStatuses(positional.size, await backfillRunCounts(db, backfill.id))
    : (status?.counts as BackfillRequestCounts);
  const outcome = backfillOutcome(counts);
  if (outcome) {
    if (await completeBackfill(db, backfill.id, outcome, options.now)) {
      summary.finished.push(backfill.id);
      options.log?.(
        `Backfill ${backfill.id} ${outcome === "COMPLETED" ? "completed" : "completed with failures"}: ${counts.numSucceeded} of ${counts.numRuns} runs succeeded.`,
      );
    }
    return;
  }
  const budget = Math.min(options.chunkSize, options.maxQueuedRuns - counts.numQueued - counts.numInProgress);
  const submit: SubmitOptions = options.beforeCommit
    ? { beforeCommit: (keys) => options.beforeCommit?.(backfill.id, keys) }
    : {};
  const submitted = positional
    ? await submitInOrder(db, backfill, positional, counts.numRuns - counts.numNotSubmitted, budget, submit)
    : await submitReady(db, backfill, status as BackfillRequestStatus, budget, submit);
  summary.submitted += submitted;
  if (submitted > 0) {
    const total = counts.numRuns - counts.numNotSubmitted - counts.numSkipped + submitted;
    options.log?.(
      `Backfill ${backfill.id}: submitted ${submitted} run(s); ${total} of ${counts.numRuns} submitted so far.`,
    );
  }
}

/** Submits the first `budget` READY requests in plan order, as one chunk; returns how many it submitted. */
async function submitReady(
  db: Database,
  backfill: BackfillRecord,
  { plan, states }: BackfillRequestStatus,
  budget: number,
  submit: SubmitOptions,
): Promise<number> {
  const ready: BackfillRunRequest[] = [];
  for (let index = 0; index < plan.requests.length && ready.length < budget; index++)
    if (states[index] === "READY") ready.push(plan.requests[index]!);
  return countSubmitted(await submitBackfillRequests(db, backfill, ready, submit));
}

/**
 * Submits the next `budget` requests of a positional plan from `cursor`, the number of runs the backfill has, as one
 * chunk: they are submitted in order and wait on nothing, so the runs are always the first requests. Those another
 * daemon has just submitted are passed over, and the next tick's cursor is past them.
 */
async function submitInOrder(
  db: Database,
  backfill: BackfillRecord,
  plan: PositionalPlan,
  cursor: number,
  budget: number,
  submit: SubmitOptions,
): Promise<number> {
  const chunk: BackfillRunRequest[] = [];
  for (let index = cursor; index < Math.min(plan.size, cursor + budget); index++) chunk.push(plan.requestAt(index));
  return countSubmitted(await submitBackfillRequests(db, backfill, chunk, submit));
}

const countSubmitted = (outcome: SubmitOutcome): number => (outcome.kind === "submitted" ? outcome.count : 0);
