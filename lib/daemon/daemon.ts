// The Strata daemon: idempotent loops over Postgres state, safe to run twice and to kill at any time.
import { createPrismaClient } from "../store/prisma";
import { failRunsWithLostWorkers } from "./runMonitor";

export interface DaemonLoop {
  name: string;
  intervalMs: number;
  tick(): Promise<unknown>;
}

export interface StrataDaemon {
  stop(): Promise<void>;
}

export function startDaemon(databaseUrl: string, log: (line: string) => void = () => {}): StrataDaemon {
  const db = createPrismaClient(databaseUrl);
  const loops: DaemonLoop[] = [{ name: "run monitor", intervalMs: 5_000, tick: () => failRunsWithLostWorkers(db, new Date(), log) }];
  let stopped = false;
  const running = new Set<Promise<unknown>>();
  const timers = loops.map((loop) =>
    setInterval(() => {
      if (stopped) return;
      const tick = loop.tick().catch((error: unknown) => log(`[daemon] ${loop.name} failed: ${error instanceof Error ? error.message : String(error)}`));
      running.add(tick);
      void tick.finally(() => running.delete(tick));
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
