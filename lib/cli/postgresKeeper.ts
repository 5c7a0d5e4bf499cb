// Starts the embedded Postgres again, on the same port and data directory, when its process dies while `strata dev`
// runs; the worker, the daemon and the console reconnect by themselves, so nothing else is restarted.
import { type EmbeddedPostgresServer, runningServerPort, startEmbeddedPostgres } from "../store/embeddedPostgres";
import { formatDuration } from "./consoleSupervisor";

const CHECK_INTERVAL_MS = 1_000;
const RETRY_MAX_MS = 30_000;

export interface PostgresKeeper {
  /** Stops watching, then stops the server running now. */
  stop(): Promise<void>;
}

export function keepPostgresUp(
  first: EmbeddedPostgresServer,
  dataDir: string,
  log: (line: string) => void,
): PostgresKeeper {
  let server = first;
  let stopping = false;
  let restarting = false;
  let retryMs = 1_000;
  const check = async () => {
    if (stopping || restarting || runningServerPort(dataDir) !== null) return;
    restarting = true;
    const lostAt = Date.now();
    log(`The embedded Postgres (port ${server.port}) has stopped; starting it again on the same port.`);
    while (!stopping) {
      try {
        server = await startEmbeddedPostgres({ dataDir, port: server.port });
        log(`The embedded Postgres is back on port ${server.port} after ${formatDuration(Date.now() - lostAt)}.`);
        break;
      } catch (error) {
        log(`The embedded Postgres could not start (${String(error)}); trying again in ${formatDuration(retryMs)}.`);
        await new Promise((resolve) => setTimeout(resolve, retryMs));
        retryMs = Math.min(RETRY_MAX_MS, retryMs * 2);
      }
    }
    retryMs = 1_000;
    restarting = false;
  };
  const timer = setInterval(() => void check(), CHECK_INTERVAL_MS);
  // Watching alone must not keep a short command's process alive.
  timer.unref();
  return {
    async stop() {
      stopping = true;
      clearInterval(timer);
      await server.stop();
    },
  };
}
