// The Strata daemon: idempotent loops over Postgres state, safe to run twice and to kill at any time.
import { createPrismaClient } from "../store/prisma";
import { tickBackfills } from "./backfillDaemon";
import { DEFAULT_BACKFILL_LIMITS, type BackfillLimits } from "./backfillLimits";
import { tickAutomation } from "./automationDaemon";
import { tickFreshness } from "./freshnessDaemon";
import { failRunsWithLostWorkers } from "./runMonitor";

export interface DaemonLoop {
  name: string;
  intervalMs: number;
  tick(): Promise<unknown>;
}

export interface StrataDaemon {
  stop(): Promise<void>;
}

export interface DaemonOptions {
  backfills?: BackfillLimits;
}

export function startDaemon(databaseUrl: string, log: (line: string) => void = () => {}, options: DaemonOptions = {}): StrataDaemon {
  const db = createPrismaClient(databaseUrl);
  const backfillLimits = options.backfills ?? DEFAULT_BACKFILL_LIMITS;
  const loops: DaemonLoop[] = [
    { name: "run monitor", intervalMs: 5_000, tick: () => failRunsWithLostWorkers(db, new Date(), log) },
    { name: "backfills", intervalMs: 1_000, tick: () => tickBackfills(db, { ...backfillLimits, now: new Date(), log }) },
    { name: "freshness", intervalMs: 15_000, tick: () => tickFreshness(db, { now: new Date(), log }) },
    { name: "automation", intervalMs: 5_000, tick: () => tickAutomation(db, { now: new Date(), log }) },
  ];
  let stopped = false;
  const running = new Set<Promise<unknown>>();
  const busy = new Set<string>();
  const timers = loops.map((loop) =>
    setInterval(() => {
      // A tick that outlasts its interval is not overlapped by the next one of the same loop.
      if (stopped || busy.has(loop.name)) return;
      busy.add(loop.name);
      const tick = loop.tick().catch((error: unknown) => log(`[daemon] ${loop.name} failed: ${error instanceof Error ? error.message : String(error)}`));
      running.add(tick);
      void tick.finally(() => {
        running.delete(tick);
        busy.delete(loop.name);
      });
    }, loop.intervalMs),
  );
  log(`Daemon running: ${loops.map((l) => l.name).join(", ")}.`);
  return {
    async stop() {
      stopped = true;
      timers.forEach(clearInterval);
      await Promise.allSettled([...running]);
      await db.$disconnect();
    },
  };
}
