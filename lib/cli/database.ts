// Finds the database for a command: DATABASE_URL when set, otherwise an embedded Postgres under .strata/.
import path from "node:path";
import { startEmbeddedPostgres } from "../store/embeddedPostgres";
import { applyPendingMigrations } from "../store/migrations";

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
    const dataDir = path.join(strataHome(), "postgres");
    const port = process.env.STRATA_PG_PORT ? Number(process.env.STRATA_PG_PORT) : undefined;
    const server = await startEmbeddedPostgres({ dataDir, port });
    handle = { url: await server.createDatabase("strata"), embedded: true, stop: () => server.stop() };
    const shown = path.relative(process.cwd(), dataDir);
    log(`Embedded Postgres on port ${server.port} (data in ${shown.startsWith("..") ? dataDir : shown})`);
  }
  const applied = await applyPendingMigrations(handle.url);
  if (applied.length > 0) log(`Applied migrations: ${applied.join(", ")}`);
  return handle;
}
