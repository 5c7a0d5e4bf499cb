// The pure asset graph at scale: building it, ordering it and evaluating selections over 10,000 assets.

import { buildAssetGraph } from "../lib/core/assetGraph";
import type { AssetNodeSnapshot } from "../lib/core/definitionsSnapshot";
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
}
