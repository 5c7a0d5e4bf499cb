// Backfill submission: submits each REQUESTED backfill's runs in plan order once their upstream runs succeeded,
// a chunk per tick and never more unfinished runs than the queue limit; completes and cancels backfills.
// The submitted runs are the only cursor, so a killed daemon resumes exactly and two daemons never double-submit.
import { backfillOutcome } from "../../core/backfill";
import { type BackfillRecord, listActiveBackfills } from "../../store/backfillRecord";
import {
  completeBackfill,
  failBackfill,
  finishCancelingBackfill,
  type SubmitOptions,
  submitBackfillRequest,
} from "../../store/backfillRuns";
import type { Database } from "../../store/database";
import type { BackfillLimits } from "./backfillLimits";
import { BackfillPlanError } from "./backfillPlan";
import { readBackfillRequestStatus } from "./backfillProgress";

export { type BackfillLimits, DEFAULT_BACKFILL_LIMITS } from "./backfillLimits";

export interface TickBackfillsOptions extends BackfillLimits {
  now: Date;
  log?: (line: string) => void;
  /** Only these backfills (the CLI follows its own); every active one when left out. */
  backfillIds?: readonly string[];
  /** See SubmitOptions.beforeCommit. */
  beforeCommit?: (backfillId: string, requestKey: string) => void | Promise<void>;
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
  try {
    status = await readBackfillRequestStatus(db, backfill, options.now);
  } catch (error) {
    if (!(error instanceof BackfillPlanError)) throw error;
    if (await failBackfill(db, backfill.id, error.message, options.now)) summary.finished.push(backfill.id);
    options.log?.(`Backfill ${backfill.id} failed: ${error.message}`);
    return;
  }
  const { plan, states, counts } = status;
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
  let budget = Math.min(options.chunkSize, options.maxQueuedRuns - counts.numQueued - counts.numInProgress);
  const submit: SubmitOptions = options.beforeCommit
    ? { beforeCommit: (key) => options.beforeCommit?.(backfill.id, key) }
    : {};
  let submitted = 0;
  for (let index = 0; index < plan.requests.length && budget > 0; index++) {
    if (states[index] !== "READY") continue;
    const result = await submitBackfillRequest(db, backfill, plan.requests[index]!, submit);
    if (result === "notRequested") break;
    if (result === "submitted") {
      budget--;
      submitted++;
    }
  }
  summary.submitted += submitted;
  if (submitted > 0) {
    const total = counts.numRuns - counts.numNotSubmitted - counts.numSkipped + submitted;
    options.log?.(
      `Backfill ${backfill.id}: submitted ${submitted} run(s); ${total} of ${counts.numRuns} submitted so far.`,
    );
  }
}
