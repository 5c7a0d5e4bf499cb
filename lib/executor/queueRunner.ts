// Keeps a worker's graphile-worker runner alive: when the runner stops by itself (it gives up when it cannot write a
// job's outcome while Postgres is down), it is started again after a backoff, 1 s doubling to 30 s, instead of the
// worker exiting. The worker's warm run processes live outside the runner and are kept.
import type { Runner } from "graphile-worker";
import type { OutageLog } from "../store/databaseOutage";

export const QUEUE_RESTART_INITIAL_MS = 1_000;
export const QUEUE_RESTART_MAX_MS = 30_000;
/** A runner up this long was healthy: its next failure starts the backoff over. */
const HEALTHY_AFTER_MS = 60_000;

/** What the supervisor needs of a graphile-worker runner: its end, and a way to stop it. */
export type SupervisedRunner = Pick<Runner, "promise" | "stop">;

export interface QueueRunnerOptions {
  /** Starts one runner; rejects when it cannot (Postgres down). */
  start: () => Promise<SupervisedRunner>;
  outage: OutageLog;
  log: (line: string) => void;
  /** Called when a runner has ended, before the next starts: its queue workers' ids are no longer ours. */
  onEnded?: () => void;
  /**
   * Whether the jobs the ended runner had started are all done. A runner that dies leaves its job handlers running
   * (their runs go on in their run processes); a new runner started meanwhile would take as many jobs again, so the
   * worker would run twice its concurrency. The next runner waits for this, checking every `idlePollMs`.
   */
  idle?: () => boolean;
  idlePollMs?: number;
  initialDelayMs?: number;
  /**
   * Whether the running runner has stopped taking jobs while alive: a query of its that never returns leaves it
   * polling nothing, its jobs queued forever, its process heartbeating. Asked every `stallCheckMs`; a stalled runner
   * is abandoned (asked to stop, not waited for) and a new one started as after an end.
   */
  stalled?: () => boolean;
  stallCheckMs?: number;
}

export interface QueueRunner {
  stop(): Promise<void>;
}

/** Starts the first runner (its failure is the caller's), then restarts any runner that ends until stop(). */
export async function superviseQueueRunner(options: QueueRunnerOptions): Promise<QueueRunner> {
  const initialMs = options.initialDelayMs ?? QUEUE_RESTART_INITIAL_MS;
  let stopping = false;
  let current: SupervisedRunner | null = null;
  let delay = initialMs;
  let timer: NodeJS.Timeout | null = null;

  const watch = (runner: SupervisedRunner) => {
    const startedAt = Date.now();
    current = runner;
    let over = false;
    const ended = (error: unknown) => {
      // Once: an abandoned runner may still end later, and must not start another.
      if (over) return;
      over = true;
      if (current === runner) current = null;
      if (stopping) return;
      options.onEnded?.();
      if (Date.now() - startedAt >= HEALTHY_AFTER_MS) delay = initialMs;
      if (!options.outage.failed(error))
        options.log(
          `[queue] The queue runner stopped (${error ? String(error) : "no error"}); restarting it in ${delay / 1_000} s.`,
        );
      schedule();
    };
    // graphile-worker resolves its runner's promise even when the pool died of an error; either way it is gone.
    runner.promise.then(
      () => ended(null),
      (error: unknown) => ended(error),
    );
    return {
      abandon: () => {
        if (over) return;
        options.log("[queue] The queue runner stopped taking jobs while runs wait; starting a new one.");
        void runner.stop().catch(() => {});
        ended(null);
      },
    };
  };

  let watched: { abandon(): void } | null = null;
  const stallTimer = options.stalled
    ? setInterval(() => {
        if (!stopping && current && options.stalled?.()) watched?.abandon();
      }, options.stallCheckMs ?? 5_000)
    : null;

  const schedule = () => {
    timer = setTimeout(() => void attempt(), delay);
    delay = Math.min(QUEUE_RESTART_MAX_MS, delay * 2);
  };

  const attempt = async () => {
    timer = null;
    if (stopping) return;
    if (options.idle && !options.idle()) {
      timer = setTimeout(() => void attempt(), options.idlePollMs ?? 500);
      return;
    }
    try {
      const runner = await options.start();
      if (stopping) {
        await runner.stop().catch(() => {});
        return;
      }
      options.outage.succeeded();
      options.log("[queue] The queue runner is back and waiting for runs.");
      watched = watch(runner);
    } catch (error) {
      if (!options.outage.failed(error))
        options.log(`[queue] The queue runner could not start (${String(error)}); retrying in ${delay / 1_000} s.`);
      schedule();
    }
  };

  watched = watch(await options.start());
  return {
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      if (stallTimer) clearInterval(stallTimer);
      const runner = current;
      current = null;
      await runner?.stop().catch(() => {});
    },
  };
}
