// The Strata daemon: idempotent loops over Postgres state, safe to run twice and to kill at any time.
import { randomUUID } from "node:crypto";
import os from "node:os";
import type { LineageExportSettings } from "../core/lineageExport/settings";
import { tickSchedules } from "../orchestration/automation/schedules";
import { type BackfillLimits, DEFAULT_BACKFILL_LIMITS } from "../orchestration/backfills/backfillLimits";
import { type BackfillTickSummary, tickBackfills } from "../orchestration/backfills/backfillSubmission";
import { closeDatabase, connectDatabase, type Database } from "../store/database";
import { createOutageLog, surviveConnectionRejections } from "../store/databaseOutage";
import {
  forgetStoppedProcesses,
  HEARTBEAT_INTERVAL_MS,
  processIdentity,
  recordHeartbeat,
  recordStopped,
} from "../store/instanceHeartbeats";
import { pruneHistory, type RetentionPolicy } from "../store/retention";
import { deleteExpiredSessions } from "../store/userSessions";
import { tickAlerts } from "./alertDaemon";
import { tickAutomation } from "./automationDaemon";
import { tickFreshness } from "./freshnessDaemon";
import { DEFAULT_INSTANCE_SETTINGS, type InstanceSettings } from "./instanceSettings";
import { type LineageExportTick, lineageExportLoop } from "./lineageExportDaemon";
import { tickObservations } from "./observationDaemon";
import { tickRunMonitor } from "./runMonitor";
import { tickSensors } from "./sensorDaemon";

export interface DaemonLoop {
  name: string;
  intervalMs: number;
  tick(): Promise<unknown>;
  /** A problem a tick that finished reports (a delivery that failed), shown as the loop's error; the tick logs it. */
  problemOf?(result: unknown): string | null;
  /** Whether a tick that finished left work waiting: the next one then starts after AGAIN_AFTER_MS, not the interval. */
  again?(result: unknown): boolean;
}

/** How soon a loop whose tick left work waiting ticks again. */
export const AGAIN_AFTER_MS = 50;

/** One loop's entry in the daemon's heartbeat (`info.loops[name]`). */
export interface DaemonLoopHealth {
  intervalMs: number;
  /** When it last finished a tick without error (ISO), or null. */
  lastTickAt: string | null;
  lastError: string | null;
  /** Ticks finished, failed ones included, and ticks failed, since the daemon started. */
  ticks: number;
  failedTicks: number;
}

export interface StrataDaemon {
  stop(): Promise<void>;
}

export interface DaemonOptions {
  backfills?: BackfillLimits;
  /** strata.config.ts's retention; without it nothing is pruned. */
  retention?: RetentionPolicy;
  instance?: InstanceSettings;
  /** strata.config.ts's openLineage; without it no lineage is sent. */
  openLineage?: LineageExportSettings | null;
}

export function startDaemon(
  databaseUrl: string,
  log: (line: string) => void = () => {},
  options: DaemonOptions = {},
): StrataDaemon {
  // Every loop fails while Postgres is down; that is one outage, logged when it begins and ends, not a failure per tick.
  const outage = createOutageLog((line) => log(`[daemon] ${line}`));
  surviveConnectionRejections(outage);
  const db = connectDatabase(databaseUrl);
  const backfillLimits = options.backfills ?? DEFAULT_BACKFILL_LIMITS;
  const forgetAfterMs = (options.instance ?? DEFAULT_INSTANCE_SETTINGS).forgetStoppedAfterMinutes * 60_000;
  // Links in alert messages point at the console this deployment serves.
  const consoleUrl = process.env.STRATA_CONSOLE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  const loops: DaemonLoop[] = [
    { name: "run monitor", intervalMs: 5_000, tick: () => tickRunMonitor(db, new Date(), log) },
    {
      name: "backfills",
      // A new backfill's first runs wait for the next tick: a quarter of a second at most. An idle tick is one indexed
      // read of the active backfills.
      intervalMs: 250,
      tick: () => tickBackfills(db, { ...backfillLimits, now: new Date(), log }),
      // A tick that submitted runs may have more to submit: at one chunk a second, the daemon, not the workers, would
      // set a backfill's pace (50 runs/s). The queue limit still bounds what waits.
      again: (result) => (result as BackfillTickSummary).submitted > 0,
    },
    { name: "freshness", intervalMs: 15_000, tick: () => tickFreshness(db, { now: new Date(), log }) },
    { name: "automation", intervalMs: 5_000, tick: () => tickAutomation(db, { now: new Date(), log }) },
    { name: "alerts", intervalMs: 5_000, tick: () => tickAlerts(db, { now: new Date(), consoleUrl, log }) },
    { name: "observations", intervalMs: 5_000, tick: () => tickObservations(db, { now: new Date(), log }) },
    { name: "sensors", intervalMs: 5_000, tick: () => tickSensors(db, { now: new Date(), consoleUrl, log }) },
    { name: "schedules", intervalMs: 2_000, tick: () => tickSchedules(db, { now: new Date(), log }) },
    ...retentionLoop(db, options.retention, log),
    ...openLineageLoop(db, options.openLineage ?? null, log),
    // Expired sessions already sign nobody in; this only keeps the table small.
    { name: "expired sessions", intervalMs: 600_000, tick: () => deleteExpiredSessions(db) },
    // Gone processes leave the instance list; their queue jobs are the run monitor's, which needs no row to find them.
    {
      name: "stopped processes",
      intervalMs: Math.min(60_000, Math.max(1_000, forgetAfterMs / 4)),
      tick: () => forgetStoppedProcesses(db, new Date(Date.now() - forgetAfterMs)),
    },
  ];
  let stopped = false;
  const running = new Set<Promise<unknown>>();
  const busy = new Set<string>();
  // What the status page shows of each loop (when it last finished a tick, and its last error) and what /metrics
  // reads: the ticks it finished and those that failed since this daemon started.
  const health = new Map<string, DaemonLoopHealth>(
    loops.map((l) => [
      l.name,
      { intervalMs: l.intervalMs, lastTickAt: null, lastError: null, ticks: 0, failedTicks: 0 },
    ]),
  );
  const identity = processIdentity("DAEMON", `daemon:${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`);
  const heartbeat = () =>
    recordHeartbeat(db, identity, { loops: Object.fromEntries(health) }).then(
      () => outage.succeeded(),
      (error: unknown) => {
        if (!outage.failed(error)) log(`[daemon] heartbeat failed: ${String(error)}`);
      },
    );
  void heartbeat();
  const heartbeatTimer = setInterval(() => void heartbeat(), HEARTBEAT_INTERVAL_MS);
  // Ticks asked for ahead of their interval by a loop that left work waiting.
  const soon = new Set<NodeJS.Timeout>();
  const runTick = (loop: DaemonLoop) => {
    // A tick that outlasts its interval is not overlapped by the next one of the same loop.
    if (stopped || busy.has(loop.name)) return;
    busy.add(loop.name);
    const state = health.get(loop.name)!;
    let again = false;
    const tick = loop
      .tick()
      .then((result) => {
        state.lastTickAt = new Date().toISOString();
        state.lastError = loop.problemOf?.(result) ?? null;
        state.ticks++;
        again = loop.again?.(result) ?? false;
        outage.succeeded();
      })
      .catch((error: unknown) => {
        state.lastError = error instanceof Error ? error.message : String(error);
        state.ticks++;
        state.failedTicks++;
        if (!outage.failed(error)) log(`[daemon] ${loop.name} failed: ${state.lastError}`);
      });
    running.add(tick);
    void tick.finally(() => {
      running.delete(tick);
      busy.delete(loop.name);
      if (!again || stopped) return;
      const timer = setTimeout(() => {
        soon.delete(timer);
        runTick(loop);
      }, AGAIN_AFTER_MS);
      soon.add(timer);
    });
  };
  const timers = loops.map((loop) => setInterval(() => runTick(loop), loop.intervalMs));
  log(`Daemon running: ${loops.map((l) => l.name).join(", ")}.`);
  return {
    async stop() {
      stopped = true;
      timers.forEach(clearInterval);
      soon.forEach(clearTimeout);
      clearInterval(heartbeatTimer);
      await Promise.allSettled([...running]);
      await recordStopped(db, identity).catch(() => {});
      await closeDatabase(db);
    },
  };
}

/** Sends the OpenLineage events of asset steps, when a transport is configured. */
function openLineageLoop(
  db: Database,
  settings: LineageExportSettings | null,
  log: (line: string) => void,
): DaemonLoop[] {
  if (!settings) return [];
  const loop = lineageExportLoop(db, settings, { log: (line) => log(`[daemon] ${line}`) });
  const target = settings.transport.type === "http" ? settings.transport.url : settings.transport.path;
  log(`[daemon] OpenLineage: sending the events of asset steps to ${target} as ${settings.namespace}.`);
  return [
    {
      name: "openlineage export",
      intervalMs: 2_000,
      tick: () => loop.tick(new Date()),
      problemOf: (result) => (result as LineageExportTick).problem,
    },
  ];
}

/** Prunes history past the configured ages, a few bounded batches per tick, when retention is configured. */
function retentionLoop(db: Database, policy: RetentionPolicy | undefined, log: (line: string) => void): DaemonLoop[] {
  if (!policy || (policy.runsDays === null && policy.computeLogsDays === null)) return [];
  return [
    {
      name: "retention",
      intervalMs: 60_000,
      tick: async () => {
        const pruned = await pruneHistory(db, policy, { maxBatches: 20 });
        if (pruned.runs || pruned.computeLogChunks)
          log(`[daemon] retention: deleted ${pruned.runs} runs and ${pruned.computeLogChunks} compute log chunks.`);
      },
    },
  ];
}
