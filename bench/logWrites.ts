// Log lines written: one asset logging 100,000 ctx.log lines in a loop, run by a `strata worker` process, stored as
// events in order, next to the floor: the same 100,000 rows inserted straight into the event table.
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { reloadCodeLocation } from "../lib/executor/reloadCodeLocation";
import { upsertCodeLocation } from "../lib/store/codeLocations";
import { type BenchContext, createBenchDatabase } from "./context";
import { launchAndWait, startProcess, stopProcess } from "./executor";

/** lib/executor/testdata/chatty.ts: its log_burst asset logs this many lines without yielding. */
const LOG_LINES = 100_000;
const ROWS_PER_INSERT = 1_000;

/** The floor: the rows a burst stores (same columns, same sizes), as multi-row INSERTs of a thousand rows each. */
async function insertRawRows(url: string, runId: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    for (let first = 0; first < LOG_LINES; first += ROWS_PER_INSERT) {
      const values: unknown[] = [];
      const rows: string[] = [];
      const timestamp = new Date().toISOString().slice(0, -1);
      for (let i = first; i < first + ROWS_PER_INSERT; i++) {
        const at = values.length;
        rows.push(`($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, $${at + 6})`);
        values.push(runId, "chatty/log_burst", "LOG", "INFO", `line ${i}`, timestamp);
      }
      await client.query(
        `INSERT INTO "Event" ("runId", "stepKey", "eventType", "level", "message", "timestamp") VALUES ${rows.join(", ")}`,
        values,
      );
    }
    return performance.now() - started;
  } finally {
    await client.end();
  }
}

export async function benchLogWrites(ctx: BenchContext): Promise<void> {
  const { report } = ctx;
  const { url, db } = await createBenchDatabase(ctx, "bench_log_writes");
  await upsertCodeLocation(db, "chatty", path.resolve("lib/executor/testdata/chatty.ts"));
  const loaded = await reloadCodeLocation(db, "chatty");
  if (!loaded || loaded.loadError)
    throw new Error(`Could not load the chatty location: ${JSON.stringify(loaded?.loadError)}`);

  const worker = await startProcess({ ...ctx }, url, ["worker", "--concurrency", "1"], /\] ready: /);
  let runId = "";
  try {
    await launchAndWait(db, "chatty/clean", "chatty"); // warm-up
    const times: number[] = [];
    for (let i = 0; i < 2; i++) {
      const run = await launchAndWait(db, "chatty/log_burst", "chatty");
      runId = run.runId;
      // Every line stored, in the order it was logged.
      const lines = await db.event.findMany({
        where: { runId, eventType: "LOG" },
        orderBy: { id: "asc" },
        select: { message: true },
      });
      if (lines.length !== LOG_LINES || lines.some((line, index) => line.message !== `line ${index}`))
        throw new Error(`Run ${runId} stored ${lines.length} log lines, or out of order.`);
      times.push(run.total);
    }
    const raw: number[] = [];
    for (let i = 0; i < 2; i++) raw.push(await insertRawRows(url, runId));
    report.record(`${LOG_LINES.toLocaleString("en")} event rows, raw multi-row INSERTs`, "ms", raw);
    report.record(`${LOG_LINES.toLocaleString("en")} ctx.log lines from one asset, launch → success`, "ms", times, {
      baseline: `${LOG_LINES.toLocaleString("en")} event rows, raw multi-row INSERTs`,
      target: "< 5 s",
    });
  } finally {
    await stopProcess(worker);
    await db.$disconnect();
  }
}
