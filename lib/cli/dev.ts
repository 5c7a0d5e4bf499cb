// `strata dev`: database, migrations, code locations, a worker, the daemon and the console in one command.
import path from "node:path";
import { startDaemon } from "../daemon/daemon";
import { startWorker } from "../executor/worker";
import { createPrismaClient } from "../store/prisma";
import { openDatabase, strataHome } from "./database";
import { loadConfiguredLocations } from "./loadLocations";
import { readStrataConfig } from "./strataConfig";
import { buildConsoleIfStale, startConsole } from "./nextServer";

const log = (line: string) => console.log(`[strata] ${line}`);

export async function dev(): Promise<void> {
  const root = process.cwd();
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a TCP port number, got "${process.env.PORT}".`);
  const database = await openDatabase(log);
  const db = createPrismaClient(database.url);
  await loadConfiguredLocations(db, log);
  await db.$disconnect();
  const { runQueue, backfills } = await readStrataConfig();
  const worker = await startWorker({ databaseUrl: database.url, storageDir: path.join(strataHome(), "storage"), limits: runQueue, log });
  const daemon = startDaemon(database.url, log, { backfills });
  buildConsoleIfStale(root, log);
  const web = startConsole(root, port, { DATABASE_URL: database.url, STRATA_PACKAGE_ROOT: root, PORT: String(port), STRATA_GRAPHIQL: "1" });
  log(`Console: http://localhost:${port}   GraphQL explorer: http://localhost:${port}/api/graphql`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    web.kill("SIGTERM");
    await Promise.allSettled([worker.stop(), daemon.stop()]);
    await database.stop();
    process.exit(code);
  };
  web.on("exit", (code) => {
    if (!stopping) log(`The console exited with code ${code}.`);
    void stop(code ?? 1);
  });
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
}
