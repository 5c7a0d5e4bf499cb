// The instance's Prometheus metrics, read from Postgres at scrape time: every daemon, worker and run process writes
// its state there already, so one reader sees the whole instance, however many processes it has.
//
// Gauges are set from the store on each scrape. The histograms (queue wait, run and step durations) observe the runs
// started and the runs and steps finished since the previous scrape, read from the event log past a cursor held in
// memory. The first scrape of a process only places the cursor at the newest event: like any restarted exporter, its
// histograms and counters start at zero (Prometheus' rate() and increase() read that as a reset), and nothing from
// before it is observed. A scrape reads at most MAX_EVENTS_PER_SCRAPE event ids; the rest wait for the next one.
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Database } from "../store/database";
import { HEARTBEAT_STALE_MS } from "../store/instanceHeartbeats";
import {
  countAssetsByFreshness,
  countRunsByStatus,
  type LiveProcess,
  latestEventId,
  listActiveBackfillProgress,
  listLiveProcesses,
  oldestQueuedRunCreatedAt,
  readRecordedEnds,
} from "../store/instanceMetrics";

export const MAX_EVENTS_PER_SCRAPE = 100_000n;

export interface InstanceMetrics {
  /** The registry, for tests and for callers that add their own metrics. */
  registry: Registry;
  /** Reads the store, observes what ended since the last scrape and renders the text exposition format. */
  render(now?: Date): Promise<string>;
  contentType: string;
}

interface DaemonLoopReading {
  intervalMs: number;
  lastTickAt: string | null;
  lastError: string | null;
  ticks: number;
  failedTicks: number;
}

function daemonLoops(process: LiveProcess): [string, DaemonLoopReading][] {
  const loops = process.info.loops;
  if (!loops || typeof loops !== "object") return [];
  return Object.entries(loops as Record<string, Partial<DaemonLoopReading>>).map(([name, loop]) => [
    name,
    {
      intervalMs: Number(loop.intervalMs) || 0,
      lastTickAt: typeof loop.lastTickAt === "string" ? loop.lastTickAt : null,
      lastError: typeof loop.lastError === "string" ? loop.lastError : null,
      ticks: Number(loop.ticks) || 0,
      failedTicks: Number(loop.failedTicks) || 0,
    },
  ]);
}

export function createInstanceMetrics(db: Database): InstanceMetrics {
  const registry = new Registry();
  const registers = [registry];

  const runs = new Gauge({ name: "strata_runs", help: "Runs by status.", labelNames: ["status"], registers });
  const queueDepth = new Gauge({
    name: "strata_run_queue_depth",
    help: "Runs queued and not yet started.",
    registers,
  });
  const queueOldest = new Gauge({
    name: "strata_run_queue_oldest_age_seconds",
    help: "How long the longest-waiting queued run has waited (0 with an empty queue).",
    registers,
  });
  const queueWait = new Histogram({
    name: "strata_run_queue_wait_seconds",
    help: "Time from a run's creation to its start, observed when it starts.",
    buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600],
    registers,
  });
  const runDuration = new Histogram({
    name: "strata_run_duration_seconds",
    help: "Time from a run's start to its end, by final status, observed when it ends.",
    labelNames: ["status"],
    buckets: [1, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 7200, 21600],
    registers,
  });
  const stepDuration = new Histogram({
    name: "strata_step_duration_seconds",
    help: "Time from a step's first start to its end, retries included, by final status, observed when it ends.",
    labelNames: ["status"],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 600, 1800, 3600],
    registers,
  });
  // Every status is exported from the first scrape, at zero until observed, so rate() sees each series begin.
  for (const status of ["SUCCESS", "FAILURE", "CANCELED"]) {
    runDuration.zero({ status });
    stepDuration.zero({ status });
  }
  const backfillsActive = new Gauge({
    name: "strata_backfills_active",
    help: "Backfills requested or canceling.",
    registers,
  });
  const backfillRuns = new Gauge({
    name: "strata_backfill_runs",
    help: "Runs of each active backfill: planned (the plan's total), submitted, and the submitted ones by state (queued, in_progress, succeeded, failed, canceled).",
    labelNames: ["backfill", "state"],
    registers,
  });
  const freshness = new Gauge({
    name: "strata_asset_freshness",
    help: "Assets with a freshness policy, by their last evaluated status.",
    labelNames: ["status"],
    registers,
  });
  const liveProcesses = new Gauge({
    name: "strata_live_processes",
    help: `Daemons and workers that heartbeat in the last ${HEARTBEAT_STALE_MS / 1000} s.`,
    labelNames: ["kind"],
    registers,
  });
  const workerSlots = new Gauge({
    name: "strata_worker_run_slots",
    help: "Run slots of the live workers: total (their concurrency) and busy (runs they execute).",
    labelNames: ["state"],
    registers,
  });
  const loopLag = new Gauge({
    name: "strata_daemon_loop_lag_seconds",
    help: "Seconds since a daemon loop last finished a tick without error (the freshest live daemon's); absent before its first.",
    labelNames: ["loop"],
    registers,
  });
  const loopInterval = new Gauge({
    name: "strata_daemon_loop_interval_seconds",
    help: "How often a daemon loop ticks.",
    labelNames: ["loop"],
    registers,
  });
  const loopFailing = new Gauge({
    name: "strata_daemon_loop_failing",
    help: "1 when a live daemon's last tick of the loop failed.",
    labelNames: ["loop"],
    registers,
  });
  const loopTicks = new Counter({
    name: "strata_daemon_loop_ticks_total",
    help: "Ticks of a daemon loop since the live daemons started, summed over them (resets when a daemon restarts).",
    labelNames: ["loop"],
    registers,
  });
  const loopErrors = new Counter({
    name: "strata_daemon_loop_errors_total",
    help: "Failed ticks of a daemon loop since the live daemons started, summed over them (resets when a daemon restarts).",
    labelNames: ["loop"],
    registers,
  });

  let cursor: bigint | null = null;

  async function observeEnds(): Promise<void> {
    const latest = await latestEventId(db);
    if (cursor === null || latest < cursor) {
      // First scrape (or the log was recreated): start from now.
      cursor = latest;
      return;
    }
    const upTo = latest - cursor > MAX_EVENTS_PER_SCRAPE ? cursor + MAX_EVENTS_PER_SCRAPE : latest;
    const ends = await readRecordedEnds(db, cursor, upTo);
    for (const end of ends) {
      if (end.kind === "runStarted") queueWait.observe(end.queueWaitSeconds);
      else if (end.kind === "runFinished") {
        if (end.durationSeconds !== null) runDuration.observe({ status: end.status }, end.durationSeconds);
      } else stepDuration.observe({ status: end.status }, end.durationSeconds);
    }
    cursor = upTo;
  }

  async function refresh(now: Date): Promise<void> {
    const [runCounts, oldestQueued, freshnessCounts, backfills, processes] = await Promise.all([
      countRunsByStatus(db),
      oldestQueuedRunCreatedAt(db),
      countAssetsByFreshness(db),
      listActiveBackfillProgress(db),
      listLiveProcesses(db, new Date(now.getTime() - HEARTBEAT_STALE_MS)),
    ]);
    await observeEnds();

    for (const [status, count] of Object.entries(runCounts)) runs.set({ status }, count);
    queueDepth.set(runCounts.QUEUED);
    queueOldest.set(oldestQueued ? Math.max(0, (now.getTime() - oldestQueued.getTime()) / 1000) : 0);
    for (const [status, count] of Object.entries(freshnessCounts)) freshness.set({ status }, count);

    backfillsActive.set(backfills.length);
    backfillRuns.reset();
    for (const b of backfills) {
      const states = {
        planned: b.numRuns,
        submitted: b.numSubmitted,
        queued: b.queued,
        in_progress: b.inProgress,
        succeeded: b.succeeded,
        failed: b.failed,
        canceled: b.canceled,
      };
      for (const [state, value] of Object.entries(states)) backfillRuns.set({ backfill: b.id, state }, value);
    }

    const daemons = processes.filter((p) => p.kind === "DAEMON");
    const workers = processes.filter((p) => p.kind === "WORKER");
    liveProcesses.set({ kind: "DAEMON" }, daemons.length);
    liveProcesses.set({ kind: "WORKER" }, workers.length);
    const slots = (key: "concurrency" | "runIds") =>
      workers.reduce((sum, w) => {
        const value = w.info[key];
        return sum + (Array.isArray(value) ? value.length : Number(value) || 0);
      }, 0);
    workerSlots.set({ state: "total" }, slots("concurrency"));
    workerSlots.set({ state: "busy" }, slots("runIds"));

    for (const gauge of [loopLag, loopInterval, loopFailing]) gauge.reset();
    loopTicks.reset();
    loopErrors.reset();
    const perLoop = new Map<
      string,
      { lastTickAt: number | null; intervalMs: number; failing: boolean; ticks: number; failed: number }
    >();
    for (const daemon of daemons) {
      for (const [name, loop] of daemonLoops(daemon)) {
        const entry = perLoop.get(name) ?? { lastTickAt: null, intervalMs: 0, failing: false, ticks: 0, failed: 0 };
        const tickedAt = loop.lastTickAt ? Date.parse(loop.lastTickAt) : Number.NaN;
        if (Number.isFinite(tickedAt)) entry.lastTickAt = Math.max(entry.lastTickAt ?? tickedAt, tickedAt);
        entry.intervalMs = Math.max(entry.intervalMs, loop.intervalMs);
        entry.failing ||= loop.lastError !== null;
        entry.ticks += loop.ticks;
        entry.failed += loop.failedTicks;
        perLoop.set(name, entry);
      }
    }
    for (const [loop, entry] of perLoop) {
      if (entry.lastTickAt !== null) loopLag.set({ loop }, Math.max(0, (now.getTime() - entry.lastTickAt) / 1000));
      loopInterval.set({ loop }, entry.intervalMs / 1000);
      loopFailing.set({ loop }, entry.failing ? 1 : 0);
      loopTicks.inc({ loop }, entry.ticks);
      loopErrors.inc({ loop }, entry.failed);
    }
  }

  // Scrapes take turns: two at once would read the same events past the cursor and observe them twice.
  let previous: Promise<unknown> = Promise.resolve();
  return {
    registry,
    contentType: registry.contentType,
    render(now = new Date()) {
      const next = previous.then(async () => {
        await refresh(now);
        return registry.metrics();
      });
      previous = next.catch(() => {});
      return next;
    },
  };
}
