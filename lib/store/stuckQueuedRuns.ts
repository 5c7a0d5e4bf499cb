// Queue jobs that no live worker will ever run: a dead worker's locked jobs are unlocked, and a QUEUED run left with no
// runnable job gets its job back, through graphile-worker's own admin functions, once per run however many daemons look.
import type { PrismaClient } from "./generated/prisma/client";
import { EXECUTE_RUN_TASK } from "./runs";

/** A run taken this many times by workers that all stopped before starting it is failed rather than queued again. */
export const MAX_QUEUE_TAKES = 3;

export interface StuckRunsOptions {
  /** Queue worker ids (graphile-worker's `locked_by`) of workers heartbeating now. */
  liveQueueWorkerIds: string[];
  /** A job locked before this by a worker not heartbeating now has lost its worker. */
  lockedBefore: Date;
}

export interface StuckRunsOutcome {
  /** Queue worker ids whose jobs were unlocked. */
  unlockedWorkers: string[];
  /** Runs whose job is runnable again. */
  requeued: string[];
  /** Runs that cannot be queued again, and why: the caller fails them. */
  unrecoverable: { runId: string; reason: string }[];
}

interface JobRow {
  run_id: string;
  job_id: string | null;
  attempts: number | null;
  last_error: string | null;
}

/**
 * One pass under a transaction-scoped advisory lock, so two daemons never both re-queue a run: the second one finds
 * the job runnable again. Only graphile-worker's public `jobs` view and admin functions are used (what its
 * `makeWorkerUtils` calls), inside the lock's transaction. Every run's job is keyed by the run's id (createRun and a
 * worker holding a run back both set it), which is how a run finds its job.
 */
export async function requeueStuckRuns(db: PrismaClient, options: StuckRunsOptions): Promise<StuckRunsOutcome> {
  return db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<
      { locked: boolean }[]
    >`SELECT pg_try_advisory_xact_lock(hashtext('strata.requeue_stuck_runs')) AS locked`;
    if (!lock?.locked) return { unlockedWorkers: [], requeued: [], unrecoverable: [] };

    const dead = await tx.$queryRaw<{ locked_by: string }[]>`
      SELECT DISTINCT locked_by FROM graphile_worker.jobs
      WHERE task_identifier = ${EXECUTE_RUN_TASK} AND locked_by IS NOT NULL AND locked_at < ${options.lockedBefore}
        AND NOT (locked_by = ANY(${options.liveQueueWorkerIds}::text[]))`;
    const unlockedWorkers = dead.map((row) => row.locked_by);
    if (unlockedWorkers.length > 0)
      await tx.$executeRaw`SELECT graphile_worker.force_unlock_workers(${unlockedWorkers}::text[])`;

    // A held run's job is runnable (run_at a second ahead) or locked, so a concurrency limit never looks stuck here.
    const stuck = await tx.$queryRaw<JobRow[]>`
      SELECT r.id::text AS run_id, j.id::text AS job_id, j.attempts::int AS attempts, j.last_error
      FROM "Run" r LEFT JOIN graphile_worker.jobs j ON j.key = r.id::text
      WHERE r.status = 'QUEUED' AND (j.id IS NULL OR (j.locked_at IS NULL AND j.attempts >= j.max_attempts))`;
    const requeued: string[] = [];
    const unrecoverable: { runId: string; reason: string }[] = [];
    for (const row of stuck) {
      const takes = row.attempts ?? 0;
      if (takes >= MAX_QUEUE_TAKES) {
        const lastError = row.last_error ? ` The last one said: ${row.last_error}` : "";
        unrecoverable.push({
          runId: row.run_id,
          reason: `Taken from the queue ${takes} times by workers that stopped or failed before starting it; not queued again.${lastError}`,
        });
      } else if (row.job_id === null) {
        await tx.$executeRaw`SELECT graphile_worker.add_job(${EXECUTE_RUN_TASK}, json_build_object('runId', ${row.run_id}::text), job_key := ${row.run_id}::text, max_attempts := 1)`;
        requeued.push(row.run_id);
      } else {
        // One more attempt than it has used keeps the count of takes, which is what stops a run that kills every worker.
        await tx.$executeRaw`SELECT 1 FROM graphile_worker.reschedule_jobs(ARRAY[${row.job_id}::bigint], run_at := now(), max_attempts := ${takes + 1}::int)`;
        requeued.push(row.run_id);
      }
    }

    // Jobs no worker will take again and no run needs (their run went on or ended) only fill the queue table.
    const litter = await tx.$queryRaw<{ id: string }[]>`
      SELECT j.id::text AS id FROM graphile_worker.jobs j LEFT JOIN "Run" r ON j.key = r.id::text
      WHERE j.task_identifier = ${EXECUTE_RUN_TASK} AND j.locked_at IS NULL AND j.attempts >= j.max_attempts
        AND (j.key IS NULL OR r.id IS NULL OR r.status <> 'QUEUED')`;
    if (litter.length > 0)
      await tx.$executeRaw`SELECT 1 FROM graphile_worker.complete_jobs(${litter.map((row) => row.id)}::bigint[])`;
    return { unlockedWorkers, requeued, unrecoverable };
  });
}
