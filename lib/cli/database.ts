// Finds the database for a command: DATABASE_URL when set, otherwise an embedded Postgres under .strata/.
import path from "node:path";
import { runningServerPort, startEmbeddedPostgres } from "../store/embeddedPostgres";
import { applyPendingMigrations } from "../store/migrations";
import { keepPostgresUp } from "./postgresKeeper";
import { choosePostgresPort, rememberPort } from "./postgresPort";

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export function strataHome(): string {
  return path.resolve(process.env.STRATA_HOME ?? ".strata");
}

export async function openDatabase(log: (line: string) => void): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if (process.env.DATABASE_URL) {
    handle = { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  } else {
    const home = strataHome();
    const dataDir = path.join(home, "postgres");
    // The same port as last time when it is free, so URLs printed or stored by an earlier start stay good.
    const port = await choosePostgresPort(
      home,
      process.env.STRATA_PG_PORT ? Number(process.env.STRATA_PG_PORT) : undefined,
    );
    // A server another command started is that command's to keep up and to stop.
    const owned = runningServerPort(dataDir) === null;
    const server = await startEmbeddedPostgres({ dataDir, port });
    rememberPort(home, server.port);
    const keeper = owned ? keepPostgresUp(server, dataDir, log) : server;
    handle = { url: await server.createDatabase("strata"), embedded: true, stop: () => keeper.stop() };
    const shown = path.relative(process.cwd(), dataDir);
    log(`Embedded Postgres on port ${server.port} (data in ${shown.startsWith("..") ? dataDir : shown})`);
  }
  const applied = await applyPendingMigrations(handle.url);
  if (applied.length > 0) log(`Applied migrations: ${applied.join(", ")}`);
  return handle;
}
