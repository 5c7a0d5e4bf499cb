// Partition benchmarks: key spaces, the stored partition status of a 100,000-partition asset, the GraphQL
// partitions query the Partitions tab reads, backfill planning and the daemon's submission rate.
import { planBackfill, type BackfillTarget } from "../lib/core/backfill";
import type { AssetNodeSnapshot } from "../lib/core/definitionsSnapshot";
import { hourlyPartitionsSnapshot, partitionKeySpace, rangesFromIndices, type TimeWindowPartitionsSnapshot } from "../lib/core/partitions";
import { definitionOf } from "../lib/core/partitions/testing";
import { buildAssetNode } from "../lib/core/testing";
import { tickBackfills } from "../lib/daemon/backfillDaemon";
import { createGraphQLServer } from "../graphql/yoga";
import { createPartitionBackfill } from "../lib/store/backfills";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../lib/store/codeLocations";
import { readPartitionStatus, recordPartitionOutcome } from "../lib/store/partitionStatus";
import type { PrismaClient } from "../lib/store/prisma";

export type Timer = <T>(label: string, runs: number, fn: () => T | Promise<T>) => Promise<void>;

const NOW = new Date("2026-11-22T00:00:00Z");
const noDynamicKeys = { now: NOW, dynamicKeys: () => [] };

function hourlySince(start: string, timezone: string): TimeWindowPartitionsSnapshot {
  return definitionOf(hourlyPartitionsSnapshot({ start, timezone }));
}

export async function benchPartitions(db: PrismaClient, time: Timer): Promise<void> {
  // ~100,000 hourly partitions: 2015-08 to 2026-11.
  const hourly = hourlySince("2015-04-01-00:00", "UTC");
  const hourlyNewYork = hourlySince("2015-04-01-00:00", "America/New_York");
  let fresh = 0;
  await time("partitionKeySpace, ~100,000 hourly keys, UTC (uncached)", 5, () => partitionKeySpace({ ...hourly, start: `2015-04-01-0${fresh++ % 10}:00` }, noDynamicKeys).size);
  await time("partitionKeySpace, ~100,000 hourly keys, New York (uncached)", 5, () => partitionKeySpace({ ...hourlyNewYork, start: `2015-04-01-0${fresh++ % 10}:00` }, noDynamicKeys).size);
  const space = partitionKeySpace(hourly, noDynamicKeys);
  console.log(`  (${space.size.toLocaleString("en")} partitions)`);
  await time("partitionKeySpace, same definition again (memoised)", 20, () => partitionKeySpace(hourly, noDynamicKeys).size);

  // Status of a 100,000-partition asset with every 7th partition failed: ~14,000 failed ranges in one row.
  const failedEvery7th = rangesFromIndices(Array.from({ length: Math.floor(space.size / 7) }, (_, i) => i * 7));
  await db.$transaction((tx) => recordPartitionOutcome(tx, "big_hourly", space, "materialized", [[0, space.size - 1]]));
  await time("recordPartitionOutcome: one partition materialized (100k asset)", 20, () => db.$transaction((tx) => recordPartitionOutcome(tx, "big_hourly", space, "materialized", [[5, 5]])));
  await db.$transaction((tx) => recordPartitionOutcome(tx, "big_hourly", space, "failed", failedEvery7th));
  await time(`readPartitionStatus (100k partitions, ${failedEvery7th.length.toLocaleString("en")} failed ranges)`, 10, () => readPartitionStatus(db, "big_hourly", space));

  // The Partitions tab's query over a stored location with that asset.
  const nodes: AssetNodeSnapshot[] = [
    buildAssetNode("big_hourly", { partitionsDefinition: hourly }),
    buildAssetNode("hourly_rollup", { partitionsDefinition: hourly, deps: ["big_hourly"] }),
  ];
  await upsertCodeLocation(db, "partitions-bench", "/bench/partitions.ts");
  await saveDefinitionsSnapshot(db, "partitions-bench", { schemaVersion: 1, assets: nodes });
  const yoga = createGraphQLServer(() => db);
  const query = (q: string) =>
    Promise.resolve(yoga.fetch("http://localhost/api/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: q }) })).then((r) => r.text());
  const partitionsQuery = '{ assetNodeOrError(assetKey: { path: ["big_hourly"] }) { ... on AssetNode { assetPartitions { numPartitions dimensions { keys } materialized failed inProgress } } } }';
  const bytes = (await query(partitionsQuery)).length;
  await time(`GraphQL assetPartitions, 100k keys + statuses (${(bytes / 1e6).toFixed(1)} MB)`, 5, () => query(partitionsQuery));
  await time("GraphQL partitionStats of every asset (catalog)", 10, () => query("{ assetNodes { partitionStats { numMaterialized numFailed numMissing } } }"));

  // Planning: two assets × 10,000 partitions, one run per partition, the downstream waiting on its upstream.
  const tenThousand: BackfillTarget[] = nodes.map((node) => ({ assetKey: node.key.join("/"), codeLocationName: "partitions-bench", node, space, ranges: [[0, 9_999]] }));
  await time("planBackfill, 2 assets × 10,000 partitions", 5, () => planBackfill(tenThousand, "ONE_RUN_PER_PARTITION").length);

  // Submission: the daemon turning a 1,000-partition backfill into queued runs (no worker takes them).
  const created = await createPartitionBackfill(db, { assetKeys: [["big_hourly"]], partitionSelection: `${space.keyAt(0)}...${space.keyAt(999)}`, launchedBy: "bench" }, NOW);
  if (created.kind !== "success") throw new Error(`Could not create the bench backfill: ${created.kind}`);
  const started = performance.now();
  let submitted = 0;
  while (submitted < 1000) submitted += (await tickBackfills(db, { now: NOW, chunkSize: 200, maxQueuedRuns: 10_000, backfillIds: [created.backfill.id] })).submitted;
  const ms = performance.now() - started;
  console.log(`${"backfill daemon: 1,000 runs submitted".padEnd(58)} total ${ms.toFixed(0).padStart(10)} ms  (${((1000 / ms) * 1000).toFixed(0)} runs/s)`);
}
