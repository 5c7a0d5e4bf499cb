// The pure asset graph at scale: building it, ordering it and evaluating selections over 10,000 assets; staleness per
// partition over 100,000 partitions.

import { buildAssetGraph } from "../lib/core/assetGraph";
import { type AssetStalenessInput, graphStaleness } from "../lib/core/assetStaleness";
import type { AssetNodeSnapshot } from "../lib/core/definitionsSnapshot";
import { materializationsInSpace, type PartitionMaterialization } from "../lib/core/partitionStaleness";
import {
  dailyPartitionsSnapshot,
  defaultPartitionMapping,
  type PartitionKeySpace,
  partitionKeySpace,
  type TimeWindowPartitionsSnapshot,
} from "../lib/core/partitions";
import { selectAssets } from "../lib/core/selection";
import { buildAssetNode } from "../lib/core/testing";
import type { BenchContext } from "./context";

/** A layered DAG: `width` assets per layer, each depending on two assets of the layer before. */
export function layeredAssets(layers: number, width: number): AssetNodeSnapshot[] {
  const nodes: AssetNodeSnapshot[] = [];
  for (let l = 0; l < layers; l++) {
    for (let w = 0; w < width; w++) {
      const deps = l === 0 ? [] : [`g${l - 1}/a${w}`, `g${l - 1}/a${(w + 1) % width}`];
      nodes.push(
        buildAssetNode(`g${l}/a${w}`, {
          deps,
          groupName: `group_${l}`,
          kinds: ["postgres"],
          tags: { tier: w % 2 ? "gold" : "silver" },
        }),
      );
    }
  }
  return nodes;
}

export async function benchPure({ report }: BenchContext): Promise<void> {
  const nodes = layeredAssets(100, 100); // 10,000 assets, 19,800 edges
  await report.time("buildAssetGraph", 10, () => buildAssetGraph(nodes));
  const graph = buildAssetGraph(nodes);
  await report.time("topologicalOrder (all)", 10, () => graph.topologicalOrder());
  await report.time('selectAssets "+g99/a0" (all upstream)', 10, () => selectAssets(graph, "+g99/a0"));
  await report.time('selectAssets "group:group_5 and tag:tier=gold or kind:x"', 10, () =>
    selectAssets(graph, "group:group_5 and tag:tier=gold or kind:x"),
  );
  await benchPartitionStaleness(report);
}

/**
 * hourly_raw (~100,000 hourly partitions, a fifth built with an older code version, 1 % rebuilt since) → hourly_clean
 * (identity) → daily_summary (time window): each partition's records projected onto its key space, and the three
 * assets' unsynced partitions computed from scratch.
 */
async function benchPartitionStaleness(report: BenchContext["report"]): Promise<void> {
  const context = { now: new Date("2026-11-30T00:00:00Z"), dynamicKeys: () => [] };
  const hourly: TimeWindowPartitionsSnapshot = {
    type: "time_window",
    cron: "0 * * * *",
    start: "2015-08-01-00:00",
    end: null,
    timezone: "UTC",
    keyFormat: "datetime",
  };
  const dailyResult = dailyPartitionsSnapshot({ start: "2015-08-01" });
  if (!dailyResult.ok) throw new Error(dailyResult.message);
  const hours = partitionKeySpace(hourly, context);
  const days = partitionKeySpace(dailyResult.definition, context);
  const records = (
    space: PartitionKeySpace,
    eventOf: (index: number) => number,
    versionOf: (index: number) => string,
  ) => {
    const byKey = new Map<string, PartitionMaterialization>();
    for (let i = 0; i < space.size; i++) byKey.set(space.keyAt(i), { eventId: eventOf(i), codeVersion: versionOf(i) });
    return { byKey, lastEventId: 0 };
  };
  const n = hours.size;
  const raw = records(
    hours,
    (i) => (i % 100 === 7 ? 3 * n + i : i + 1),
    (i) => (i < n / 5 ? "1" : "2"),
  );
  const clean = records(
    hours,
    (i) => n + i + 1,
    () => "1",
  );
  const summary = records(
    days,
    (i) => 2 * n + i + 1,
    () => "1",
  );
  await report.time(`materializationsInSpace, ${n.toLocaleString("en")} hourly partitions (uncached)`, 10, () =>
    materializationsInSpace({ ...raw }, hours),
  );
  const input = (
    key: string,
    space: PartitionKeySpace,
    record: typeof raw,
    upstreamKeys: string[],
    codeVersion: string,
  ): AssetStalenessInput => ({
    key,
    isSource: false,
    codeVersion,
    upstreamKeys,
    mappingOf: () => defaultPartitionMapping(hourly, space.definition),
    space,
    partitions: materializationsInSpace(record, space),
    materialized: true,
    lastCodeVersion: null,
    recordedUpstream: null,
    version: null,
    lastEventId: null,
  });
  const inputs = new Map([
    ["hourly_raw", input("hourly_raw", hours, raw, [], "2")],
    ["hourly_clean", input("hourly_clean", hours, clean, ["hourly_raw"], "1")],
    ["daily_summary", input("daily_summary", days, summary, ["hourly_clean"], "1")],
  ]);
  const order = ["hourly_raw", "hourly_clean", "daily_summary"];
  await report.time(
    `graphStaleness, 3 assets over ${n.toLocaleString("en")} hourly partitions (from scratch)`,
    10,
    () => graphStaleness(order, (key) => inputs.get(key), null),
  );
}
