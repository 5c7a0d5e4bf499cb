// `strata dev`: database, migrations, code locations, a worker, the daemon and the console in one command.
import path from "node:path";
import { parseArgs } from "node:util";
import { consoleSettingsToEnv } from "../core/consoleSettings";
import { startDaemon } from "../daemon/daemon";
import { startWorker } from "../executor/worker";
import { startMetricsListener } from "../metrics/metricsListener";
import { closeDatabase, connectDatabase } from "../store/database";
import { isConnectionError } from "../store/databaseOutage";
import { watchCodeLocations } from "./codeWatcher";
import { consoleBindingRefusal, consoleUrl, isWildcardHost, resolveConsoleHost } from "./consoleHost";
import { superviseConsole } from "./consoleSupervisor";
import { openDatabase, strataHome } from "./database";
import { loadConfiguredLocations } from "./loadLocations";
import { buildConsoleIfStale, startConsole } from "./nextServer";
import { describePortHolder, portInUse } from "./portHolder";
import { readStrataConfig } from "./strataConfig";

const log = (line: string) => console.log(`[strata] ${line}`);

export async function dev(args: string[] = []): Promise<void> {
  const { values } = parseArgs({ args, options: { host: { type: "string" } } });
  const root = process.cwd();
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`PORT must be a TCP port number, got "${process.env.PORT}".`);
  const host = resolveConsoleHost(values.host, process.env.HOST);
  // Read before the database starts, so a console that may not listen where asked costs nothing to refuse.
  const config = await readStrataConfig();
  const refusal = consoleBindingRefusal(host, config.console.auth !== null);
  if (refusal) throw new Error(refusal);
  // A console that cannot listen would be restarted forever; say who holds the port before anything starts.
  if (await portInUse(port, host)) {
    const holder = describePortHolder(port);
    throw new Error(
      `Port ${port} is already taken${holder ? ` by ${holder}` : ""}. Stop it, or start Strata on another port: PORT=3001 npm start.`,
    );
  }

  const metricsListen = config.metricsListen;
  if (metricsListen && metricsListen.port !== 0 && (await portInUse(metricsListen.port, metricsListen.host)))
    throw new Error(
      `The metrics address ${metricsListen.host}:${metricsListen.port} (strata.config.ts, metrics.listen) is already taken.`,
    );

  const database = await openDatabase(log);
  const db = connectDatabase(database.url);
  await loadConfiguredLocations(db, log);
  // Built before the worker and daemon start: the build holds this process for as long as it takes, and a worker and
  // daemon already running here would miss their heartbeats and queue polls meanwhile (and their run processes would
  // load beside the build for the same two cores).
  buildConsoleIfStale(root, log);
  // Saving a file of a code location reloads it, so the next run executes what the editor shows.
  const watcher = await watchCodeLocations({ db, locations: config.codeLocations, log });
  const worker = await startWorker({
    databaseUrl: database.url,
    storageDir: path.join(strataHome(), "storage"),
    limits: config.runQueue,
    log,
  });
  const daemon = startDaemon(database.url, log, {
    backfills: config.backfills,
    retention: config.retention,
    instance: config.instance,
    openLineage: config.openLineage,
  });
  const metricsListener = metricsListen
    ? await startMetricsListener({ db, listen: metricsListen, settings: config.console })
    : null;
  const env = {
    ...consoleSettingsToEnv(config.console),
    DATABASE_URL: database.url,
    STRATA_PACKAGE_ROOT: root,
    PORT: String(port),
    STRATA_GRAPHIQL: "1",
  };
  // The console only reads and enqueues, so it can die and come back without touching runs in progress.
  const web = superviseConsole({ start: () => startConsole(root, port, env, { host }), log });
  const url = consoleUrl(host, port);
  log(
    `Console: ${url}   GraphQL explorer: ${url}/api/graphql${isWildcardHost(host) ? "   (listening on every interface)" : ""}`,
  );
  if (config.console.auth) log(`Users sign in at ${config.console.auth.publicUrl}`);
  log(
    metricsListener
      ? `Metrics: http://${metricsListener.address}/metrics (no token), and ${url}/metrics`
      : `Metrics: ${url}/metrics${config.console.auth ? " (with an API token)" : ""}`,
  );

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    watcher.stop();
    await metricsListener?.stop();
    await Promise.allSettled([web.stop(), worker.stop(), daemon.stop(), closeDatabase(db)]);
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  // A crash of this process must not leave the console, the run processes or Postgres behind without their parent.
  // A lost database connection is not a crash: the worker and the daemon ride it out.
  const crash = (error: unknown) => {
    if (isConnectionError(error)) return;
    log(
      `strata dev failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}; stopping everything it started.`,
    );
    void stop(1);
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
}
