// Partition benchmarks: key spaces, the stored partition status of a 100,000-partition asset, the GraphQL
// partitions query the Partitions tab reads, the launch-backfill dialog's preview, backfill planning and the daemon's
// submission rate.

import { PartitionBackfillPreviewQueryDocument } from "../components/backfills/usePartitionBackfillPreview";
import { AssetPartitionsQueryDocument } from "../components/partitions/usePartitions";
import { createGraphQLServer } from "../graphql/yoga";
import { type BackfillTarget, planBackfill } from "../lib/core/backfill";
import type { AssetNodeSnapshot } from "../lib/core/definitionsSnapshot";
import {
  formatPartitionSelection,
  hourlyPartitionsSnapshot,
  partitionKeySpace,
  rangesFromIndices,
  type TimeWindowPartitionsSnapshot,
} from "../lib/core/partitions";
import { definitionOf } from "../lib/core/partitions/testing";
import { buildAssetNode } from "../lib/core/testing";
import { tickBackfills } from "../lib/orchestration/backfills/backfillSubmission";
import { createPartitionBackfill } from "../lib/orchestration/backfills/backfills";
import { loadWorkspace } from "../lib/orchestration/workspace/workspace";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../lib/store/codeLocations";
import { keySpaceForDefinition } from "../lib/store/partitionKeySpaces";
import { readPartitionStatus, recordPartitionOutcome } from "../lib/store/partitionStatus";
import { type BenchContext, createBenchDatabase, storeSyntheticLocation } from "./context";
import { graphQLOf } from "./inProcess";
import { timeAfterChange } from "./timeAfterChange";

const PARTITION_BACKFILL_PREVIEW_QUERY = PartitionBackfillPreviewQueryDocument.toString();
const ASSET_PARTITIONS_QUERY = AssetPartitionsQueryDocument.toString();

const NOW = new Date("2026-11-22T00:00:00Z");
const noDynamicKeys = { now: NOW, dynamicKeys: () => [] };

function hourlySince(start: string, timezone: string): TimeWindowPartitionsSnapshot {
  return definitionOf(hourlyPartitionsSnapshot({ start, timezone }));
}

export async function benchPartitions(ctx: BenchContext): Promise<void> {
  const { db } = await createBenchDatabase(ctx, "bench_partitions");
  const time = ctx.report.time;
  // ~100,000 hourly partitions: 2015-08 to 2026-11.
  const hourly = hourlySince("2015-04-01-00:00", "UTC");
  const hourlyNewYork = hourlySince("2015-04-01-00:00", "America/New_York");
  let fresh = 0;
  await time(
    "partitionKeySpace, ~100,000 hourly keys, UTC (uncached)",
    5,
    () => partitionKeySpace({ ...hourly, start: `2015-04-01-0${fresh++ % 10}:00` }, noDynamicKeys).size,
  );
  await time(
    "partitionKeySpace, ~100,000 hourly keys, New York (uncached)",
    5,
    () => partitionKeySpace({ ...hourlyNewYork, start: `2015-04-01-0${fresh++ % 10}:00` }, noDynamicKeys).size,
  );
  const space = partitionKeySpace(hourly, noDynamicKeys);
  await time(
    `partitionKeySpace, same definition again (memoised, ${space.size.toLocaleString("en")} keys)`,
    20,
    () => partitionKeySpace(hourly, noDynamicKeys).size,
  );

  // Status of a 100,000-partition asset with every 7th partition failed: ~14,000 failed ranges in one row.
  const failedEvery7th = rangesFromIndices(Array.from({ length: Math.floor(space.size / 7) }, (_, i) => i * 7));
  await db.$transaction((tx) => recordPartitionOutcome(tx, "big_hourly", space, "materialized", [[0, space.size - 1]]));
  await time("recordPartitionOutcome: one partition materialized (100k asset)", 20, () =>
    db.$transaction((tx) => recordPartitionOutcome(tx, "big_hourly", space, "materialized", [[5, 5]])),
  );
  await db.$transaction((tx) => recordPartitionOutcome(tx, "big_hourly", space, "failed", failedEvery7th));
  const fragmented = `100k partitions, ${failedEvery7th.length.toLocaleString("en")} failed ranges`;
  const touch = () => db.$transaction((tx) => recordPartitionOutcome(tx, "big_hourly", space, "failed", [[7, 7]]));
  await time(`readPartitionStatus (${fragmented}), row unchanged since the last read`, 10, () =>
    readPartitionStatus(db, "big_hourly", space),
  );
  await timeAfterChange(ctx, `readPartitionStatus (${fragmented}), row just changed`, 10, touch, () =>
    readPartitionStatus(db, "big_hourly", space),
  );

  // The Partitions tab's query over a stored location with that asset.
  const nodes: AssetNodeSnapshot[] = [
    buildAssetNode("big_hourly", { partitionsDefinition: hourly }),
    buildAssetNode("hourly_rollup", { partitionsDefinition: hourly, deps: ["big_hourly"] }),
  ];
  await upsertCodeLocation(db, "partitions-bench", "/bench/partitions.ts");
  await saveDefinitionsSnapshot(db, "partitions-bench", { schemaVersion: 1, assets: nodes });
  const yoga = createGraphQLServer(() => db);
  const query = (q: string) =>
    Promise.resolve(
      yoga.fetch("http://localhost/api/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: q }),
      }),
    ).then((r) => r.text());
  const partitionsQuery =
    '{ assetNodeOrError(assetKey: { path: ["big_hourly"] }) { ... on AssetNode { assetPartitions { numPartitions dimensions { keys } materialized failed inProgress } } } }';
  const bytes = (await query(partitionsQuery)).length;
  await time(`GraphQL assetPartitions, 100k keys + statuses (${(bytes / 1e6).toFixed(1)} MB)`, 5, () =>
    query(partitionsQuery),
  );
  await timeAfterChange(
    ctx,
    "GraphQL assetPartitions, 100k keys + statuses, one partition changed before each read",
    5,
    touch,
    () => query(partitionsQuery),
  );
  await time("GraphQL partitionStats of every asset (catalog)", 10, () =>
    query("{ assetNodes { partitionStats { numMaterialized numFailed numMissing } } }"),
  );

  // Planning: two assets × 10,000 partitions, one run per partition, the downstream waiting on its upstream.
  const tenThousand: BackfillTarget[] = nodes.map((node) => ({
    assetKey: node.key.join("/"),
    codeLocationName: "partitions-bench",
    node,
    space,
    ranges: [[0, 9_999]],
  }));
  await time(
    "planBackfill, 2 assets × 10,000 partitions",
    5,
    () => planBackfill(tenThousand, "ONE_RUN_PER_PARTITION").length,
  );

  // Submission: the daemon turning a 1,000-partition backfill into queued runs (no worker takes them).
  const created = await createPartitionBackfill(
    db,
    { assetKeys: [["big_hourly"]], partitionSelection: `${space.keyAt(0)}...${space.keyAt(999)}`, launchedBy: "bench" },
    NOW,
  );
  if (created.kind !== "success") throw new Error(`Could not create the bench backfill: ${created.kind}`);
  const started = performance.now();
  let submitted = 0;
  while (submitted < 1000)
    submitted += (
      await tickBackfills(db, { now: NOW, chunkSize: 200, maxQueuedRuns: 10_000, backfillIds: [created.backfill.id] })
    ).submitted;
  const ms = performance.now() - started;
  ctx.report.record("backfill daemon: 1,000 runs submitted, total", "ms", [ms]);
  ctx.report.record("backfill daemon: submission rate", "runs/s", [(submitted / ms) * 1000]);
  await db.$disconnect();

  await benchDateByRegion(ctx);
}

/**
 * A partitioned synthetic location, loaded like a user's: `group_000/events_by_region` is date × 11 regions since
 * 2000, over 100,000 partitions, with statuses as a long-lived asset gathers them. The health bar reads its
 * Partitions tab query; the launch-backfill dialog previews a backfill of every partition.
 */
async function benchDateByRegion(ctx: BenchContext): Promise<void> {
  const { db } = await createBenchDatabase(ctx, "bench_partitions_synthetic");
  const location = await storeSyntheticLocation(ctx, db, "partitioned", { assets: 1_000, partitioned: true });
  const assetKey = location.multiPartitionedKey;
  if (!assetKey) throw new Error("The partitioned synthetic location has no date × region asset.");
  const node = (await loadWorkspace(db)).byKey.get(assetKey)?.node;
  if (!node?.partitionsDefinition) throw new Error(`${assetKey} is not partitioned.`);
  const space = await keySpaceForDefinition(db, node.partitionsDefinition, new Date());
  const label = `${space.size.toLocaleString("en")} partitions`;

  // Index = day × 11 + region. One region joined late (nothing before its 10th year), one failed every 97th day,
  // another failed for a week last month, the last 30 days not yet materialized, the last 3 days running.
  const regions = space.dimensions?.[1].space.size ?? 1;
  const days = space.size / regions;
  const materialized: number[] = [];
  const failed: number[] = [];
  const inProgress: number[] = [];
  for (let day = 0; day < days; day++) {
    for (let region = 0; region < regions; region++) {
      const index = day * regions + region;
      if (day >= days - 3) inProgress.push(index);
      else if ((region === 4 && day % 97 === 0) || (region === 10 && day >= days - 40 && day < days - 33))
        failed.push(index);
      else if (day < days - 30 && !(region === 7 && day < 3_650)) materialized.push(index);
    }
  }
  await db.$transaction((tx) =>
    recordPartitionOutcome(tx, assetKey, space, "materialized", rangesFromIndices(materialized)),
  );
  await db.$transaction((tx) => recordPartitionOutcome(tx, assetKey, space, "failed", rangesFromIndices(failed)));
  await db.$transaction((tx) => recordPartitionOutcome(tx, assetKey, space, "started", rangesFromIndices(inProgress)));
  const status = await readPartitionStatus(db, assetKey, space);
  const statusLabel = `${status.materialized.length.toLocaleString("en")} materialized and ${status.failed.length.toLocaleString("en")} failed ranges`;

  const query = graphQLOf(db);
  const path = assetKey.split("/");
  // While runs move, each poll finds the row changed: the stored ranges are read and placed in the key space again.
  let touched = 0;
  const touch = () =>
    db.$transaction((tx) => recordPartitionOutcome(tx, assetKey, space, "materialized", [[touched, touched++]]));
  await timeAfterChange(ctx, `readPartitionStatus (${label}), row just changed`, 10, touch, () =>
    readPartitionStatus(db, assetKey, space),
  );
  const health = { assetKey: { path } };
  const bytes = (await query(ASSET_PARTITIONS_QUERY, health)).length;
  const healthLabel = `GraphQL AssetPartitions (health bar), ${label}, ${statusLabel} (${(bytes / 1e6).toFixed(1)} MB)`;
  await ctx.report.time(`${healthLabel}, statuses unchanged`, 10, () => query(ASSET_PARTITIONS_QUERY, health), {
    target: "< 100 ms",
  });
  await timeAfterChange(
    ctx,
    `${healthLabel}, one partition changed before each read`,
    10,
    touch,
    () => query(ASSET_PARTITIONS_QUERY, health),
    {
      baseline: `readPartitionStatus (${label}), row just changed`,
      target: "< 100 ms",
    },
  );

  // What the dialog sends for a single asset: every partition as selection text, one run per partition.
  const everyPartition = formatPartitionSelection(space, [[0, space.size - 1]]);
  const preview = (onlyMissingOrFailed: boolean) => ({
    input: {
      assetSelection: [{ path }],
      partitionSelection: everyPartition,
      onlyMissingOrFailed,
      strategy: "ONE_RUN_PER_PARTITION",
      tags: [],
    },
  });
  const previewed = JSON.parse(await query(PARTITION_BACKFILL_PREVIEW_QUERY, preview(false))) as {
    data: { partitionBackfillPreview: { numRuns: number } };
  };
  await ctx.report.time(
    `GraphQL PartitionBackfillPreview, every partition (${previewed.data.partitionBackfillPreview.numRuns.toLocaleString("en")} runs)`,
    10,
    () => query(PARTITION_BACKFILL_PREVIEW_QUERY, preview(false)),
  );
  await ctx.report.time("GraphQL PartitionBackfillPreview, every partition, only missing or failed", 10, () =>
    query(PARTITION_BACKFILL_PREVIEW_QUERY, preview(true)),
  );
  await db.$disconnect();
}
