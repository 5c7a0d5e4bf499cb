import { describe, expect, it } from "vitest";
import { buildAssetGraph } from "../../lib/core/assetGraph";
import type { AssetNodeSnapshot } from "../../lib/core/definitionsSnapshot";
import { selectAssets } from "../../lib/core/selection";
import { lineageSelection, parseLineageDepth } from "./lineageDepth";

describe("lineage depth", () => {
  it("reads 1, 2, 3 and all from the URL, and falls back to 1 for anything else", () => {
    expect(parseLineageDepth("2")).toBe(2);
    expect(parseLineageDepth("all")).toBe("all");
    for (const bad of [null, "", "0", "4", "x", "1.5"]) expect(parseLineageDepth(bad)).toBe(1);
  });

  it("selects the asset and its neighbours to each depth", () => {
    // a → b → c → d → e
    const keys = ["a", "b", "c", "d", "e"];
    const graph = buildAssetGraph(
      keys.map(
        (key, i): AssetNodeSnapshot => ({
          key: [key],
          groupName: "default",
          description: null,
          owners: [],
          tags: {},
          kinds: [],
          metadata: {},
          codeVersion: null,
          isSource: false,
          dependencyKeys: i > 0 ? [[keys[i - 1]!]] : [],
        }),
      ),
    );
    const selected = (up: Parameters<typeof lineageSelection>[1], down: Parameters<typeof lineageSelection>[2]) => {
      const result = selectAssets(graph, lineageSelection("c", up, down));
      return result.ok ? [...result.keys].sort() : result.error.message;
    };
    expect(selected(1, 1)).toEqual(["b", "c", "d"]);
    expect(selected(2, 1)).toEqual(["a", "b", "c", "d"]);
    expect(selected(1, "all")).toEqual(["b", "c", "d", "e"]);
    expect(selected("all", "all")).toEqual(keys);
  });
});
