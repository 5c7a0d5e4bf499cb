// One hourly asset of 1,000,000 partitions (since 1912) beside one of 108,000, with statuses as a long-lived asset
// gathers them: the health bar's query, a backfill of every partition (created, submitted by the daemon a chunk per
// tick while the schedules loop keeps its cadence) and the backfill page's query while it runs.

import { BackfillOrErrorQueryDocument } from "../components/backfills/useBackfills";
import { AssetPartitionsQueryDocument } from "../components/partitions/usePartitions";
import { hourlyPartitionsSnapshot, type IndexRange, partitionKeySpace } from "../lib/core/partitions";
import { definitionOf } from "../lib/core/partitions/testing";
import { buildAssetNode } from "../lib/core/testing";
import { tickSchedules } from "../lib/orchestration/automation/schedules";
import { DEFAULT_BACKFILL_LIMITS, tickBackfills } from "../lib/orchestration/backfills/backfillSubmission";
import { createPartitionBackfill } from "../lib/orchestration/backfills/backfills";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../lib/store/codeLocations";
import type { Database } from "../lib/store/database";
import { recordPartitionOutcome } from "../lib/store/partitionStatus";
import { type BenchContext, createBenchDatabase } from "./context";
import { graphQLOf } from "./inProcess";
import { percentile } from "./report";

const NOW = new Date("2026-11-22T00:00:00Z");
const MILLION = 1_000_000;
const BASELINE = 108_000;
const LIMITS = { maxTags: 50, maxTagLength: 1024, maxRunConfigBytes: 256 * 1024, maxBackfillRuns: 2_000_000 };

/** The hourly start that gives `count` partitions at NOW. */
function hourlyStart(count: number): string {
  const start = new Date(NOW.getTime() - count * 3_600_000);
  return `${start.toISOString().slice(0, 10)}-${String(start.getUTCHours()).padStart(2, "0")}:00`;
}

/** A deterministic spread of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * Materialized up to the last 2 %, with a 3-month gap in the middle nobody backfilled; about 0.5 % failed in short
 * outages (1 to 12 hours) spread over the years; the last 3 hours running.
 */
async function seedStatuses(db: Database, assetKey: string, size: number): Promise<void> {
  const space = partitionKeySpace(
    definitionOf(hourlyPartitionsSnapshot({ start: hourlyStart(size), timezone: "UTC" })),
    {
      now: NOW,
      dynamicKeys: () => [],
    },
  );
  const next = random(size);
  const failed: IndexRange[] = [];
  const outages = Math.floor(size / 1_300);
  let at = 0;
  for (let i = 0; i < outages; i++) {
    at += Math.floor(next() * 2_400) + 13;
    if (at >= size * 0.98) break;
    const length = 1 + Math.floor(next() * 12);
    failed.push([at, Math.min(size - 1, at + length - 1)]);
    at += length;
  }
  const gap = Math.floor(size * 0.5);
  await db.$transaction(
    async (tx) => {
      await recordPartitionOutcome(tx, assetKey, space, "materialized", [
        [0, gap - 1],
        [gap + 2_200, Math.floor(size * 0.98)],
      ]);
      await recordPartitionOutcome(tx, assetKey, space, "failed", failed);
      await recordPartitionOutcome(tx, assetKey, space, "started", [[size - 3, size - 1]]);
    },
    { timeout: 120_000 },
  );
}

const megabytes = (text: string) => `${(text.length / 1e6).toFixed(2)} MB`;

export async function benchMillionPartitions(ctx: BenchContext): Promise<void> {
  const { report } = ctx;
  const { db } = await createBenchDatabase(ctx, "bench_partitions_million");
  const assets = [
    { key: "hourly_million", size: MILLION },
    { key: "hourly_108k", size: BASELINE },
  ];
  await upsertCodeLocation(db, "million-bench", "/bench/partitionsMillion.ts");
  await saveDefinitionsSnapshot(db, "million-bench", {
    schemaVersion: 1,
    assets: assets.map(({ key, size }) =>
      buildAssetNode(key, {
        partitionsDefinition: definitionOf(hourlyPartitionsSnapshot({ start: hourlyStart(size), timezone: "UTC" })),
      }),
    ),
  });
  for (const { key, size } of assets) await seedStatuses(db, key, size);
  const query = graphQLOf(db);

  // The health bar and the tab read one query: the key space described, the statuses as ranges.
  const partitionsQuery = AssetPartitionsQueryDocument.toString();
  const healthLabel = (key: string, bytes: string) => `GraphQL AssetPartitions (health bar), ${key} (${bytes})`;
  const small = await query(partitionsQuery, { assetKey: { path: ["hourly_108k"] } });
  const baselineHealth = healthLabel("108,000 hourly partitions", megabytes(small));
  await report.time(baselineHealth, 10, () => query(partitionsQuery, { assetKey: { path: ["hourly_108k"] } }));
  const large = await query(partitionsQuery, { assetKey: { path: ["hourly_million"] } });
  await report.time(
    healthLabel("1,000,000 hourly partitions", megabytes(large)),
    10,
    () => query(partitionsQuery, { assetKey: { path: ["hourly_million"] } }),
    { baseline: baselineHealth, target: "< 50 ms" },
  );

  // A backfill of every partition, one run per partition, and one of 1,000 as the baseline.
  const launch = (assetKey: string, partitionSelection: string) =>
    createPartitionBackfill(
      db,
      { assetKeys: [[assetKey]], partitionSelection, launchedBy: "bench", limits: LIMITS },
      NOW,
    );
  const startedSmall = performance.now();
  const smallBackfill = await launch("hourly_108k", `${hourlyStartKey(BASELINE)}...${hourlyKeyAt(BASELINE, 999)}`);
  const smallMs = performance.now() - startedSmall;
  if (smallBackfill.kind !== "success")
    throw new Error(`Could not create the baseline backfill: ${smallBackfill.kind}`);
  report.record("launch a backfill of 1,000 partitions", "ms", [smallMs]);
  const startedLarge = performance.now();
  const created = await launch("hourly_million", `${hourlyStartKey(MILLION)}...${hourlyKeyAt(MILLION, MILLION - 1)}`);
  const largeMs = performance.now() - startedLarge;
  if (created.kind !== "success") throw new Error(`Could not create the bench backfill: ${created.kind}`);
  report.record("launch a backfill of 1,000,000 partitions", "ms", [largeMs], {
    baseline: "launch a backfill of 1,000 partitions",
  });
  const backfillId = created.backfill.id;

  // The daemon submits a chunk per tick; meanwhile the schedules loop ticks every 200 ms and its lateness is measured.
  const pageQuery = BackfillOrErrorQueryDocument.toString();
  const page = (id: string) => query(pageQuery, { backfillId: id, runsLimit: 30 });
  const scheduleDelays = async (during: () => Promise<unknown>): Promise<number[]> => {
    const delays: number[] = [];
    let running = true;
    const loop = (async () => {
      let due = performance.now() + 200;
      while (running) {
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const started = performance.now();
        await tickSchedules(db, { now: NOW });
        delays.push(performance.now() - due);
        due = Math.max(started, due) + 200;
      }
    })();
    await during();
    running = false;
    await loop;
    return delays;
  };
  const idle = await scheduleDelays(() => new Promise((resolve) => setTimeout(resolve, 3_000)));
  report.record("schedules loop: tick delay (200 ms cadence), daemon idle", "ms", idle);
  // The daemon's own limits: 50 runs a tick, a tick a second; no worker takes the runs, so the queue limit is lifted.
  const tick = (id: string) =>
    tickBackfills(db, {
      now: NOW,
      chunkSize: DEFAULT_BACKFILL_LIMITS.chunkSize,
      maxQueuedRuns: 1_000_000,
      backfillIds: [id],
    });
  const smallTicks: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await tick(smallBackfill.backfill.id);
    smallTicks.push(performance.now() - started);
  }
  const smallTickLabel = `backfill daemon: a tick of the 1,000-partition backfill (${DEFAULT_BACKFILL_LIMITS.chunkSize} runs)`;
  report.record(smallTickLabel, "ms", smallTicks);
  const tickTimes: number[] = [];
  let submitted = 0;
  const busy = await scheduleDelays(async () => {
    const deadline = performance.now() + 15_000;
    while (performance.now() < deadline) {
      const started = performance.now();
      submitted += (await tick(backfillId)).submitted;
      tickTimes.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  report.record("schedules loop: tick delay while a 1,000,000-partition backfill is submitted", "ms", busy, {
    baseline: "schedules loop: tick delay (200 ms cadence), daemon idle",
    target: "keeps its cadence",
  });
  report.record("backfill daemon: first tick of the 1,000,000-partition backfill (reads its key space)", "ms", [
    tickTimes[0] ?? 0,
  ]);
  report.record(
    `backfill daemon: later ticks of the 1,000,000-partition backfill (${DEFAULT_BACKFILL_LIMITS.chunkSize} runs each)`,
    "ms",
    tickTimes.slice(1),
    { baseline: smallTickLabel },
  );
  report.record("backfill daemon: submission rate, 1,000,000-partition backfill", "runs/s", [
    (submitted / tickTimes.reduce((a, b) => a + b, 0)) * 1000,
  ]);
  console.log(
    `  (${submitted.toLocaleString("en")} runs submitted; p95 schedules delay ${percentile(busy, 0.95).toFixed(0)} ms)`,
  );

  // The backfill page, polled while the backfill runs.
  const smallPage = await page(smallBackfill.backfill.id);
  const pageBaseline = `GraphQL BackfillOrError (backfill page), 1,000 partitions (${megabytes(smallPage)})`;
  await report.time(pageBaseline, 5, () => page(smallBackfill.backfill.id));
  const largePage = await page(backfillId);
  await report.time(
    `GraphQL BackfillOrError (backfill page), 1,000,000 partitions, ${submitted.toLocaleString("en")} submitted (${megabytes(largePage)})`,
    5,
    () => page(backfillId),
    { baseline: pageBaseline, target: "< 1 s" },
  );
  await db.$disconnect();
}

function hourlyKeyAt(size: number, index: number): string {
  const at = new Date(
    Date.parse(`${hourlyStart(size).slice(0, 10)}T${hourlyStart(size).slice(11)}:00Z`) + index * 3_600_000,
  );
  return `${at.toISOString().slice(0, 10)}-${at.toISOString().slice(11, 16)}`;
}

function hourlyStartKey(size: number): string {
  return hourlyKeyAt(size, 0);
}
