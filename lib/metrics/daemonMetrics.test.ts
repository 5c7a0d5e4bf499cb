// A real daemon's loops as /metrics reports them: its heartbeat carries each loop's ticks and failed ticks, and a
// loop that fails (here the backfill loop, its table renamed away) shows in strata_daemon_loop_errors_total.
import { afterAll, beforeAll, expect, it } from "vitest";
import { type StrataDaemon, startDaemon } from "../daemon/daemon";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { createInstanceMetrics } from "./instanceMetrics";

let database: TestDatabase;
let daemon: StrataDaemon | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await daemon?.stop();
  await database?.drop();
});

function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

interface LoopInfo {
  ticks?: number;
  failedTicks?: number;
}

async function waitForLoop(check: (loop: LoopInfo) => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await database.db.instanceHeartbeat.findFirst({ where: { kind: "DAEMON" } });
    const loop = (row?.info as { loops?: Record<string, LoopInfo> } | null)?.loops?.backfills;
    if (loop && check(loop)) return;
    if (Date.now() > deadline) throw new Error(`the backfill loop reads ${JSON.stringify(loop)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

it("counts a daemon loop's ticks and failed ticks, and how long ago it last ticked", async () => {
  daemon = startDaemon(database.url);
  await waitForLoop((loop) => (loop.ticks ?? 0) > 0);
  await database.db.$executeRawUnsafe(`ALTER TABLE "Backfill" RENAME TO "BackfillAway"`);
  try {
    await waitForLoop((loop) => (loop.failedTicks ?? 0) > 0);
  } finally {
    await database.db.$executeRawUnsafe(`ALTER TABLE "BackfillAway" RENAME TO "Backfill"`);
  }
  const text = await createInstanceMetrics(database.db).render();
  expect(sample(text, 'strata_live_processes{kind="DAEMON"}')).toBe(1);
  expect(sample(text, 'strata_daemon_loop_errors_total{loop="backfills"}')).toBeGreaterThanOrEqual(1);
  expect(sample(text, 'strata_daemon_loop_ticks_total{loop="backfills"}')).toBeGreaterThan(
    sample(text, 'strata_daemon_loop_errors_total{loop="backfills"}')!,
  );
  expect(sample(text, 'strata_daemon_loop_interval_seconds{loop="backfills"}')).toBe(0.25);
  expect(sample(text, 'strata_daemon_loop_lag_seconds{loop="backfills"}')).toBeGreaterThanOrEqual(0);
  expect(sample(text, 'strata_daemon_loop_errors_total{loop="schedules"}')).toBe(0);
}, 60_000);
