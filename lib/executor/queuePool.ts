// The worker's own connection pool for its graphile-worker runner. graphile-worker stops hearing the errors of a pool
// it made before that pool has ended (it does not wait for pool.end()), so a connection the server closed meanwhile (a
// restart, a dropped database) crashed the process. This pool is heard for its whole life and ended after its runner.
import type { Runner } from "graphile-worker";
import pg from "pg";
import type { SupervisedRunner } from "./queueRunner";

export interface QueuePool {
  pool: pg.Pool;
  /** Ends the pool once, however many times it is called; waits for its connections to close. */
  end(): Promise<void>;
}

export function createQueuePool(databaseUrl: string, onError: (error: Error) => void): QueuePool {
  // Bounded like the store's connections: a connect that never completes would leave a queue worker asking forever.
  // Commits do not wait for the disk: a job only wakes a worker, and the run's claim (the store's own, durable commit)
  // is what says who runs it. A job's lock or completion lost in a Postgres crash at most offers the run again, and its
  // claim then finds it taken, or the run monitor queues it again. Two waits for a flush per run fewer.
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    connectionTimeoutMillis: 10_000,
    options: "-c synchronous_commit=off",
  });
  pool.on("error", onError);
  // A checked-out connection's error is raised again by its next query; hearing it here keeps it from being uncaught.
  pool.on("connect", (client) => client.on("error", onError));
  let ended: Promise<void> | null = null;
  return {
    pool,
    end: () => {
      ended ??= pool.end().catch(() => {});
      return ended;
    },
  };
}

/** A runner over `queuePool` whose stop, and whose own end, also end the pool. */
export function endingPoolWithRunner(runner: Runner, queuePool: QueuePool): SupervisedRunner {
  const promise = runner.promise.finally(() => queuePool.end());
  return {
    promise,
    stop: async (reason?: string) => {
      await runner.stop(reason);
      await queuePool.end();
    },
  };
}
