// The `strata` command.
import path from "node:path";
import { parseArgs } from "node:util";
import type { Permission } from "../core/auth/roles";
import type { AuthConfig } from "../core/consoleSettings";
import { PARTITION_RANGE_SEPARATOR as RANGE } from "../core/partitions";
import type { RunConcurrencyLimits } from "../core/runConcurrency";
import { startDaemon } from "../daemon/daemon";
import { startWorker } from "../executor/worker";
import { closeDatabase, connectDatabase, type Database } from "../store/database";
import { backfillFromCli } from "./backfill";
import { type CliCaller, cliCaller } from "./cliCaller";
import { openDatabase, strataHome } from "./database";
import { dev } from "./dev";
import { jobsFromCli } from "./jobs";
import { readRunConfigArg } from "./launchArgs";
import { loadConfiguredLocations } from "./loadLocations";
import { materializeFromCli } from "./materialize";
import { partitionsFromCli } from "./partitions";
import { pruneFromCli } from "./prune";
import { reportFromCli } from "./report";
import { schedulesFromCli } from "./schedules";
import { sensorsFromCli } from "./sensors";
import { readDaemonConfig, readStrataConfig } from "./strataConfig";
import { tokensFromCli } from "./tokens";
import { usersFromCli } from "./users";

const usage = `usage: strata <command> [options]

  dev [--host <address>]  start the console, a worker and the daemon (embedded Postgres unless DATABASE_URL is set);
                          the console listens on 127.0.0.1 unless --host or HOST names another address (which needs auth)
  load                    load the configured code locations and report definition errors
  migrate                 apply pending database migrations
  worker [--concurrency N]
                          execute queued runs (any number of workers may share one database)
  daemon                  run the daemon loops (run monitor, backfills)
  materialize (--select <selection> | --job <name> [--preset <name>]) [--config <yaml|json> | --config-file <path>]
              [--tag key=value]... [--partition <key> | --partition-range <a>${RANGE}<b>] [--idempotency-key <key>] [--no-wait]
                          launch a run and follow it; exits non-zero unless it succeeds. Run again with the same
                          --idempotency-key, it launches nothing and follows the run that key launched
  report materialization|observation|failure <asset-key> [--partition <key>] [--data-version <v>] [--metadata label=value]...
  report check <asset-key> --check <name> (--passed | --failed) [--severity WARN|ERROR] [--description <text>]
                          record an asset event that happened outside Strata, for any asset key
  jobs                    list the jobs of the configured code locations
  backfill --select <selection> [--partition-range <a>${RANGE}<b>] [--partitions "a,b,c"] [--only-missing] [--single-run]
           [--config <yaml|json> | --config-file <path>] [--tag key=value]... [--idempotency-key <key>] [--no-wait]
                          launch a partition backfill (every partition when none is named) and follow it;
                          exits non-zero unless it completes (a used --idempotency-key follows its backfill)
  partitions add|remove <name> <key>... | partitions list <name>
                          add, remove or list the keys of a dynamic partitions definition
  schedules [start|stop <name> [--location <name>]]
                          list the schedules with their status and next tick, or turn one on or off
  sensors [start|stop <name> | cursor <name> (<value> | --clear)] [--location <name>]
                          list the sensors with their status, cursor and last tick, turn one on or off,
                          or set or clear the cursor its next evaluation starts from
  users [add|set-role|grant|revoke-grants|disable|enable|remove …]
                          console users and their roles (\`strata users add <email> --role ADMIN\` for the first admin)
  tokens [create <name> --role <role> [--expires-in-days N] | revoke <name>]
                          API tokens for the command line, scripts and the explorer
  prune [--dry-run] [--runs-days N] [--compute-logs-days N]
                          delete runs and compute logs past the retention in strata.config.ts (the daemon does it too)

With sign-in on (auth in strata.config.ts), every command that reads or changes runs, schedules, sensors or users
needs STRATA_TOKEN set to an API token whose role allows it.`;

const log = (line: string) => console.log(line);

/** The first line of standard input (for --password-stdin). */
async function readStdin(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes("\n") || text.length > 4096) break;
  }
  return text.split("\n")[0] ?? "";
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

/** Runs `run` with the instance's database open, and closes it afterwards, whatever happens. */
async function withDatabase(
  log: (line: string) => void,
  run: (db: Database, databaseUrl: string) => Promise<number>,
): Promise<number> {
  const database = await openDatabase(log);
  const db = connectDatabase(database.url);
  try {
    return await run(db, database.url);
  } finally {
    await closeDatabase(db);
    await database.stop();
  }
}

/**
 * Runs a launch from the command line: the database open, the caller allowed `permission`, the code loaded as it is
 * now (as `strata dev` would after a reload) and, with a worker concurrency, a worker of its own, so what it launches
 * runs even when no other worker is up.
 */
async function withLaunch(
  log: (line: string) => void,
  options: {
    auth: AuthConfig | null;
    permission: Permission;
    workerConcurrency: number | null;
    runQueue: RunConcurrencyLimits;
  },
  launch: (db: Database, caller: CliCaller) => Promise<number>,
): Promise<number> {
  return withDatabase(log, async (db, databaseUrl) => {
    let worker: Awaited<ReturnType<typeof startWorker>> | null = null;
    try {
      const caller = await cliCaller(db, options.auth);
      caller.require(options.permission);
      await loadConfiguredLocations(db, log);
      if (options.workerConcurrency !== null) {
        worker = await startWorker({
          databaseUrl,
          concurrency: options.workerConcurrency,
          storageDir: path.join(strataHome(), "storage"),
          limits: options.runQueue,
        });
      }
      return await launch(db, caller);
    } finally {
      await worker?.stop();
    }
  });
}

/** Loads the code as it is now, as `strata dev` would after a reload; says so only when that fails. */
async function loadQuietly(db: Database, log: (line: string) => void): Promise<void> {
  const loading: string[] = [];
  if (!(await loadConfiguredLocations(db, (line) => loading.push(line)))) loading.forEach(log);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "dev":
      await dev(rest);
      return -1; // keeps running
    case "load":
      return withDatabase(log, async (db) => ((await loadConfiguredLocations(db, log)) ? 0 : 1));
    case "migrate": {
      const database = await openDatabase(log);
      await database.stop();
      log("The database is up to date.");
      return 0;
    }
    case "worker": {
      const { values } = parseArgs({ args: rest, options: { concurrency: { type: "string", default: "2" } } });
      const concurrency = Number(values.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1)
        throw new Error(`--concurrency must be a positive whole number, got "${values.concurrency}".`);
      const database = await openDatabase(log);
      const { runQueue } = await readStrataConfig();
      const worker = await startWorker({
        databaseUrl: database.url,
        concurrency,
        storageDir: path.join(strataHome(), "storage"),
        limits: runQueue,
        log,
      });
      await waitForSignal();
      await worker.stop();
      await database.stop();
      return 0;
    }
    case "daemon": {
      const database = await openDatabase(log);
      const daemon = startDaemon(database.url, log, await readDaemonConfig());
      await waitForSignal();
      await daemon.stop();
      await database.stop();
      return 0;
    }
    case "materialize": {
      const { values } = parseArgs({
        args: rest,
        options: {
          select: { type: "string" },
          job: { type: "string" },
          preset: { type: "string" },
          config: { type: "string" },
          "config-file": { type: "string" },
          tag: { type: "string", multiple: true, default: [] },
          partition: { type: "string" },
          "partition-range": { type: "string" },
          "idempotency-key": { type: "string" },
          "no-wait": { type: "boolean", default: false },
          "no-worker": { type: "boolean", default: false },
        },
      });
      if (!values.select && !values.job)
        throw new Error("materialize needs --select or --job, e.g. --select '+fact_events' or --job daily_events.");
      const config = await readRunConfigArg(values.config, values["config-file"]);
      if (!config.ok) throw new Error(config.message);
      const { runQueue, console: settings } = await readStrataConfig();
      const workerConcurrency = values["no-wait"] || values["no-worker"] ? null : 1;
      return withLaunch(
        log,
        { auth: settings.auth, permission: "LAUNCH_RUNS", workerConcurrency, runQueue },
        async (db, caller) => {
          const args = {
            select: values.select,
            job: values.job,
            preset: values.preset,
            config: config.value,
            tags: values.tag ?? [],
            partition: values.partition,
            partitionRange: values["partition-range"],
            wait: !values["no-wait"],
            launchLimits: settings.launchLimits,
            launchedBy: caller.principal.name,
            idempotencyKey: values["idempotency-key"],
          };
          return await materializeFromCli(db, args, log);
        },
      );
    }
    case "backfill": {
      const { values } = parseArgs({
        args: rest,
        options: {
          select: { type: "string" },
          "partition-range": { type: "string" },
          partitions: { type: "string" },
          "only-missing": { type: "boolean", default: false },
          "single-run": { type: "boolean", default: false },
          config: { type: "string" },
          "config-file": { type: "string" },
          tag: { type: "string", multiple: true, default: [] },
          "idempotency-key": { type: "string" },
          "no-wait": { type: "boolean", default: false },
          "no-worker": { type: "boolean", default: false },
        },
      });
      if (!values.select)
        throw new Error(
          `backfill needs --select, e.g. --select 'daily_events+' --partition-range 2026-01-01${RANGE}2026-01-31.`,
        );
      const select = values.select;
      const config = await readRunConfigArg(values.config, values["config-file"]);
      if (!config.ok) throw new Error(config.message);
      const { runQueue, backfills, console: settings } = await readStrataConfig();
      const wait = !values["no-wait"];
      const workerConcurrency = wait && !values["no-worker"] ? 2 : null;
      return withLaunch(
        log,
        { auth: settings.auth, permission: "LAUNCH_BACKFILLS", workerConcurrency, runQueue },
        async (db, caller) => {
          const args = {
            select,
            partitionRange: values["partition-range"],
            partitions: values.partitions,
            onlyMissing: values["only-missing"] ?? false,
            singleRun: values["single-run"] ?? false,
            tags: values.tag ?? [],
            config: config.value,
            wait,
            launchLimits: settings.launchLimits,
            launchedBy: caller.principal.name,
            idempotencyKey: values["idempotency-key"],
          };
          return await backfillFromCli(db, args, log, { limits: backfills });
        },
      );
    }
    case "report":
      return withDatabase(log, async (db) => {
        const caller = await cliCaller(db, (await readStrataConfig()).console.auth);
        // Checked against the code as it is now (its partitions and checks), as \`strata dev\` would after a reload.
        await loadQuietly(db, log);
        return reportFromCli(db, rest, log, caller);
      });
    case "jobs":
      return withDatabase(log, async (db) => {
        await cliCaller(db, (await readStrataConfig()).console.auth);
        await loadConfiguredLocations(db, log);
        return jobsFromCli(db, log);
      });
    case "partitions":
      return withDatabase(log, async (db) =>
        partitionsFromCli(db, rest, log, await cliCaller(db, (await readStrataConfig()).console.auth)),
      );
    case "schedules":
      return withDatabase(log, async (db) => {
        const caller = await cliCaller(db, (await readStrataConfig()).console.auth);
        await loadQuietly(db, log);
        return schedulesFromCli(db, rest, log, new Date(), caller);
      });
    case "sensors":
      return withDatabase(log, async (db) => {
        const caller = await cliCaller(db, (await readStrataConfig()).console.auth);
        await loadQuietly(db, log);
        return sensorsFromCli(db, rest, log, caller);
      });
    case "prune": {
      const { console: settings, retention } = await readStrataConfig();
      return withDatabase(log, async (db) =>
        pruneFromCli(db, rest, log, await cliCaller(db, settings.auth), retention),
      );
    }
    case "users":
    case "tokens": {
      const { console: settings } = await readStrataConfig();
      return withDatabase(log, async (db) => {
        // Managing users needs an admin token once sign-in is on, except to add the very first user.
        const caller = await cliCaller(db, settings.auth, process.env, { tokenOptional: command === "users" });
        if (command === "users") return usersFromCli(db, rest, { log, readStdin }, caller);
        return tokensFromCli(db, rest, log, caller);
      });
    }
    default:
      console.error(usage);
      return command ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
