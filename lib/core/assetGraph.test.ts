import { describe, expect, it } from "vitest";
import { buildAssetGraph, findCycle } from "./assetGraph";
import { buildAssetNode, buildAssetNodes } from "./testing";

// raw → clean → (joined ← profiles) → fact → {dau → report, revenue}
const lineage = buildAssetNodes({
  "analytics/report": ["analytics/dau"],
  "analytics/dau": ["fact"],
  "analytics/revenue": ["fact"],
  fact: ["joined"],
  joined: ["clean", "profiles"],
  clean: ["raw"],
  raw: [],
  profiles: [],
});

describe("buildAssetGraph", () => {
  const graph = buildAssetGraph(lineage);

  it("indexes nodes by key string", () => {
    expect(graph.nodes.get("analytics/dau")?.key).toEqual(["analytics", "dau"]);
    expect(graph.has("fact")).toBe(true);
    expect(graph.has("nope")).toBe(false);
    expect(graph.keys).toEqual([
      "analytics/dau",
      "analytics/report",
      "analytics/revenue",
      "clean",
      "fact",
      "joined",
      "profiles",
      "raw",
    ]);
  });

  it("answers direct upstream and downstream, sorted", () => {
    expect(graph.upstream("joined")).toEqual(["clean", "profiles"]);
    expect(graph.downstream("fact")).toEqual(["analytics/dau", "analytics/revenue"]);
    expect(graph.upstream("raw")).toEqual([]);
    expect(graph.upstream("unknown")).toEqual([]);
  });

  it("returns copies, so callers cannot corrupt the graph", () => {
    graph.upstream("joined").push("x");
    expect(graph.upstream("joined")).toEqual(["clean", "profiles"]);
  });

  it("walks closures in dependency order, excluding the start, limited by depth", () => {
    expect(graph.upstreamClosure("analytics/report")).toEqual([
      "profiles",
      "raw",
      "clean",
      "joined",
      "fact",
      "analytics/dau",
    ]);
    expect(graph.upstreamClosure("analytics/report", 1)).toEqual(["analytics/dau"]);
    expect(graph.upstreamClosure("analytics/report", 3)).toEqual(["joined", "fact", "analytics/dau"]);
    expect(graph.upstreamClosure("analytics/report", 0)).toEqual([]);
    expect(graph.downstreamClosure("clean")).toEqual([
      "joined",
      "fact",
      "analytics/dau",
      "analytics/report",
      "analytics/revenue",
    ]);
    expect(graph.downstreamClosure("clean", 2)).toEqual(["joined", "fact"]);
    expect(graph.downstreamClosure("analytics/report")).toEqual([]);
  });

  it("orders every asset after its upstream assets, breaking ties by key", () => {
    const order = graph.topologicalOrder();
    expect(order).toEqual([
      "profiles",
      "raw",
      "clean",
      "joined",
      "fact",
      "analytics/dau",
      "analytics/report",
      "analytics/revenue",
    ]);
    for (const node of lineage) {
      const key = node.key.join("/");
      for (const dep of node.dependencyKeys) expect(order.indexOf(dep.join("/"))).toBeLessThan(order.indexOf(key));
    }
  });

  it("orders a subset the same way and drops unknown keys", () => {
    expect(graph.topologicalOrder(["analytics/report", "raw", "fact", "ghost", "raw"])).toEqual([
      "raw",
      "fact",
      "analytics/report",
    ]);
    expect(graph.topologicalOrder(new Set<string>())).toEqual([]);
  });

  it("does not depend on the order nodes are given in", () => {
    const reversed = buildAssetGraph([...lineage].reverse());
    expect(reversed.topologicalOrder()).toEqual(graph.topologicalOrder());
    expect(reversed.downstream("fact")).toEqual(graph.downstream("fact"));
  });

  it("ignores dependencies on unknown keys instead of failing", () => {
    const withUnknown = buildAssetGraph([
      buildAssetNode("a", { deps: ["missing/key"] }),
      buildAssetNode("b", { deps: ["a", "a"] }),
    ]);
    expect(withUnknown.upstream("a")).toEqual([]);
    expect(withUnknown.upstream("b")).toEqual(["a"]);
    expect(withUnknown.topologicalOrder()).toEqual(["a", "b"]);
  });

  it("keeps every key in the order even when a cycle slipped through", () => {
    const cyclic = buildAssetGraph(buildAssetNodes({ root: [], x: ["root", "z"], y: ["x"], z: ["y"] }));
    expect(cyclic.topologicalOrder()).toEqual(["root", "x", "y", "z"]);
    expect(cyclic.upstreamClosure("x")).toEqual(["root", "y", "z"]);
    expect(cyclic.acyclic).toBe(false);
  });

  it("says a graph is acyclic only when its order needed no cycle's keys appended", () => {
    expect(graph.acyclic).toBe(true);
    expect(buildAssetGraph(buildAssetNodes({ a: ["a"] })).acyclic).toBe(false);
    expect(buildAssetGraph(buildAssetNodes({ a: ["missing"], b: ["a"] })).acyclic).toBe(true);
  });

  it("handles long chains without recursion limits", () => {
    const chain = Array.from({ length: 20_000 }, (_, i) =>
      buildAssetNode(`n${String(i).padStart(5, "0")}`, { deps: i === 0 ? [] : [`n${String(i - 1).padStart(5, "0")}`] }),
    );
    const big = buildAssetGraph(chain);
    expect(big.topologicalOrder()).toHaveLength(20_000);
    expect(big.upstreamClosure("n19999")).toHaveLength(19_999);
    expect(findCycle(chain)).toBeNull();
  });
});

describe("findCycle", () => {
  it("returns null for an acyclic graph", () => {
    expect(findCycle(lineage)).toBeNull();
    expect(findCycle([])).toBeNull();
  });

  it("returns the cycle in data-flow direction, starting at its smallest key", () => {
    // a reads c, b reads a, c reads b: data flows a → b → c → a.
    expect(findCycle(buildAssetNodes({ c: ["b"], b: ["a"], a: ["c"] }))).toEqual(["a", "b", "c", "a"]);
  });

  it("finds a cycle reached from an acyclic part of the graph", () => {
    expect(findCycle(buildAssetNodes({ start: [], x: ["start", "z"], y: ["x"], z: ["y"], after: ["z"] }))).toEqual([
      "x",
      "y",
      "z",
      "x",
    ]);
  });

  it("reports a self-dependency", () => {
    expect(findCycle(buildAssetNodes({ a: ["a"] }))).toEqual(["a", "a"]);
  });

  it("accepts edges as [upstream, downstream] pairs", () => {
    expect(
      findCycle([
        ["b", "c"],
        ["c", "b"],
        ["a", "b"],
      ]),
    ).toEqual(["b", "c", "b"]);
    expect(
      findCycle([
        ["a", "b"],
        ["b", "c"],
      ]),
    ).toBeNull();
  });

  it("ignores dependencies on keys that are not nodes", () => {
    expect(findCycle(buildAssetNodes({ a: ["ghost"] }))).toBeNull();
  });
});
