import { describe, expect, it } from "vitest";
import {
  ASSET_NODE_SIZE,
  type AssetGraphLayout,
  COLLAPSED_GROUP_SIZE,
  type LayoutInput,
  layoutAssetGraph,
} from "./layoutAssetGraph";

/** A hand-built graph: `edges` as "a->b", assets as "group/name". */
function graph(assets: string[], edges: string[], collapsedGroups: string[] = []): LayoutInput {
  return {
    assets: assets.map((id) => ({ id, groupName: id.split("/")[0]! })),
    edges: edges.map((e) => {
      const [source, target] = e.split("->");
      return { source: source!, target: target! };
    }),
    collapsedGroups,
  };
}

/** Absolute boxes of the drawn assets and collapsed groups, by id. */
function boxes(layout: AssetGraphLayout) {
  const groups = new Map(layout.groups.map((g) => [g.id, g]));
  const result = new Map<string, { x: number; y: number; width: number; height: number }>();
  for (const g of layout.groups) if (g.collapsed) result.set(g.id, g);
  for (const a of layout.assets)
    result.set(a.id, { ...a, x: a.x + groups.get(a.groupId)!.x, y: a.y + groups.get(a.groupId)!.y });
  return result;
}

/**
 * A warehouse-like graph: groups of 25 assets in layers, each reading one to three assets of the layer before, and a
 * chain of `chain` assets in a group of its own.
 */
function warehouse(count: number, chain: number): LayoutInput {
  const assets: LayoutInput["assets"][number][] = [];
  const edges: LayoutInput["edges"][number][] = [];
  const width = Math.max(1, Math.round(Math.sqrt(count)));
  let seed = count;
  const random = () => ((seed = (seed * 1_664_525 + 1_013_904_223) >>> 0), seed / 2 ** 32);
  for (let i = 0; i < count - chain; i++) {
    assets.push({ id: `g${Math.floor(i / 25)}/a${i}`, groupName: `g${Math.floor(i / 25)}` });
    if (i >= width)
      for (let d = 0; d < 1 + Math.floor(random() * 3); d++)
        edges.push({ source: assets[i - width + Math.floor(random() * width)]!.id, target: assets[i]!.id });
  }
  for (let i = 0; i < chain; i++) {
    assets.push({ id: `chain/step${i}`, groupName: "chain" });
    if (i > 0) edges.push({ source: `chain/step${i - 1}`, target: `chain/step${i}` });
  }
  return { assets, edges, collapsedGroups: [] };
}

const indexes = new WeakMap<AssetGraphLayout, ReturnType<typeof buildIndex>>();
function buildIndex(layout: AssetGraphLayout) {
  return {
    at: boxes(layout),
    groupOf: new Map(layout.assets.map((a) => [a.id, a.groupId])),
    groups: new Map(layout.groups.map((g) => [g.id, g])),
  };
}
function indexOf(layout: AssetGraphLayout) {
  const known = indexes.get(layout);
  if (known) return known;
  const built = buildIndex(layout);
  indexes.set(layout, built);
  return built;
}

/**
 * Whether an edge reads forward: inside a group (and between groups side by side) left to right; between groups
 * folded into rows, the downstream group on a later row.
 */
function readsForward(layout: AssetGraphLayout, source: string, target: string): boolean {
  const { at, groupOf, groups } = indexOf(layout);
  const from = at.get(source)!;
  const to = at.get(target)!;
  if (groupOf.get(source) === groupOf.get(target) || from.x + ASSET_NODE_SIZE.width < to.x)
    return from.x + ASSET_NODE_SIZE.width < to.x;
  const sourceGroup = groups.get(groupOf.get(source) ?? source)!;
  const targetGroup = groups.get(groupOf.get(target) ?? target)!;
  return targetGroup.y >= sourceGroup.y + sourceGroup.height;
}

function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe("layoutAssetGraph", () => {
  it("draws every edge forward, left to right inside a group and in reading order between groups", () => {
    const layout = layoutAssetGraph(
      graph(
        ["events/raw", "events/clean", "events/users", "events/enriched", "reports/daily", "reports/weekly"],
        [
          "events/raw->events/clean",
          "events/clean->events/enriched",
          "events/users->events/enriched",
          "events/enriched->reports/daily",
          "reports/daily->reports/weekly",
        ],
      ),
    );
    const at = boxes(layout);
    for (const edge of layout.edges) expect(readsForward(layout, edge.source, edge.target)).toBe(true);
    // A source sits one layer before its consumer, not at the far left.
    expect(at.get("events/users")!.x).toBe(at.get("events/clean")!.x);
  });

  it("keeps assets inside their group's box and never overlaps boxes", () => {
    const layout = layoutAssetGraph(warehouse(400, 30));
    expect(layout.assets).toHaveLength(400);
    for (const asset of layout.assets) {
      const group = layout.groups.find((g) => g.id === asset.groupId)!;
      expect(asset.x).toBeGreaterThanOrEqual(0);
      expect(asset.y).toBeGreaterThanOrEqual(0);
      expect(asset.x + asset.width).toBeLessThanOrEqual(group.width);
      expect(asset.y + asset.height).toBeLessThanOrEqual(group.height);
    }
    for (let i = 0; i < layout.groups.length; i++) {
      for (let j = i + 1; j < layout.groups.length; j++)
        expect(overlaps(layout.groups[i]!, layout.groups[j]!)).toBe(false);
    }
    const byGroup = new Map<string, AssetGraphLayout["assets"]>();
    for (const a of layout.assets) byGroup.set(a.groupId, [...(byGroup.get(a.groupId) ?? []), a]);
    for (const members of byGroup.values()) {
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++) expect(overlaps(members[i]!, members[j]!)).toBe(false);
    }
    for (const group of layout.groups) {
      expect(group.x + group.width).toBeLessThanOrEqual(layout.width);
      expect(group.y + group.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it("folds a collapsed group into one node and its edges into one each way", () => {
    const layout = layoutAssetGraph(
      graph(
        ["a/one", "b/two", "b/three", "c/four"],
        ["a/one->b/two", "a/one->b/three", "b/two->c/four", "b/three->c/four"],
        ["b"],
      ),
    );
    expect(layout.assets.map((a) => a.id).sort()).toEqual(["a/one", "c/four"]);
    const collapsed = layout.groups.find((g) => g.name === "b")!;
    expect(collapsed).toMatchObject({
      id: "group:b:collapsed",
      collapsed: true,
      assetCount: 2,
      ...COLLAPSED_GROUP_SIZE,
    });
    expect(layout.edges.map((e) => `${e.source}->${e.target}`).sort()).toEqual([
      "a/one->group:b:collapsed",
      "group:b:collapsed->c/four",
    ]);
  });

  it("lays out a cycle between groups and a cycle of assets without failing", () => {
    const layout = layoutAssetGraph(graph(["a/x", "b/y", "a/z"], ["a/x->b/y", "b/y->a/z", "a/z->a/x"]));
    expect(layout.assets).toHaveLength(3);
    for (const a of layout.assets) expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
  });

  it("lays out 10,000 assets", () => {
    const layout = layoutAssetGraph(warehouse(10_000, 300));
    expect(layout.assets).toHaveLength(10_000);
    for (const edge of layout.edges) expect(readsForward(layout, edge.source, edge.target)).toBe(true);
  });

  it("folds a long chain of groups into rows near the canvas's shape rather than one long strip", () => {
    const names = ["a", "b", "c", "d", "e", "f"];
    const assets = names.flatMap((g) => [`${g}/one`, `${g}/two`, `${g}/three`]);
    const edges = names.flatMap((g, i) => [
      `${g}/one->${g}/two`,
      `${g}/two->${g}/three`,
      ...(i > 0 ? [`${names[i - 1]}/three->${g}/one`] : []),
    ]);
    const layout = layoutAssetGraph(graph(assets, edges));
    expect(layout.width / layout.height).toBeLessThan(3);
    expect(new Set(layout.groups.map((g) => g.y)).size).toBeGreaterThan(1);
    for (const edge of layout.edges) expect(readsForward(layout, edge.source, edge.target)).toBe(true);
  });

  it("keeps a single group's chain left to right", () => {
    const layout = layoutAssetGraph(graph(["a/one", "a/two", "a/three"], ["a/one->a/two", "a/two->a/three"]));
    const at = boxes(layout);
    expect(at.get("a/one")!.x).toBeLessThan(at.get("a/two")!.x);
    expect(at.get("a/two")!.x).toBeLessThan(at.get("a/three")!.x);
  });
});
