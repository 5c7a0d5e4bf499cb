import { describe, expect, it, vi } from "vitest";
import { selectAssets } from "../../lib/core/selection";
import { toDefinitionsSnapshot, type AssetExecutionContext, type Definitions } from "../../lib/sdk";
import definitions from "./definitions";
import { generateEvents } from "./synthetic";

function context(key: string): AssetExecutionContext {
  return {
    runId: "test-run",
    assetKey: key.split("/"),
    partitionKey: null,
    config: {},
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    signal: new AbortController().signal,
  };
}

/** Materializes every asset in dependency order, in memory, the way the executor will. */
async function materializeAll(): Promise<Map<string, unknown>> {
  const values = new Map<string, unknown>();
  for (const key of definitions.graph.topologicalOrder()) {
    const definition = definitions.getAsset(key);
    if (!definition) throw new Error(`no definition for ${key}`);
    if (definition.type === "external") {
      values.set(key, await definition.load?.(context(key)));
      continue;
    }
    const inputs = Object.fromEntries(Object.entries(definition.ins).map(([name, upstream]) => [name, values.get(upstream.join("/"))]));
    values.set(key, await definition.compute(inputs, context(key)));
  }
  return values;
}

describe("the user-events example", () => {
  const snapshot = toDefinitionsSnapshot(definitions);

  it("defines 7 assets in 2 groups", () => {
    expect(snapshot.assets).toHaveLength(7);
    const groups = new Map<string, string[]>();
    for (const node of snapshot.assets) groups.set(node.groupName, [...(groups.get(node.groupName) ?? []), node.key.join("/")]);
    expect(Object.fromEntries(groups)).toEqual({
      analytics: ["analytics/daily_active_users", "analytics/weekly_report"],
      user_events: ["deduplicated_events", "enriched_events", "fact_events", "raw_events", "user_profiles"],
    });
  });

  it("wires the lineage from raw events to the weekly report", () => {
    expect(definitions.graph.topologicalOrder()).toEqual([
      "raw_events",
      "deduplicated_events",
      "user_profiles",
      "enriched_events",
      "fact_events",
      "analytics/daily_active_users",
      "analytics/weekly_report",
    ]);
    expect(definitions.graph.upstream("enriched_events")).toEqual(["deduplicated_events", "user_profiles"]);
    expect(snapshot.assets.find((a) => a.key.join("/") === "user_profiles")).toMatchObject({ isSource: true });
  });

  it("describes every asset with owners, kinds and a description", () => {
    for (const node of snapshot.assets) {
      expect(node.description, node.key.join("/")).toBeTruthy();
      expect(node.owners.length, node.key.join("/")).toBeGreaterThan(0);
      expect(node.kinds.length, node.key.join("/")).toBeGreaterThan(0);
    }
    expect(selectAssets(definitions.graph, "tag:tier=gold")).toEqual({ ok: true, keys: ["fact_events", "analytics/daily_active_users"] });
    expect(selectAssets(definitions.graph, "kind:markdown")).toEqual({ ok: true, keys: ["analytics/weekly_report"] });
  });

  it("produces the same snapshot when loaded again", async () => {
    vi.resetModules();
    const reloaded = (await import("./definitions")).default as Definitions;
    expect(reloaded).not.toBe(definitions);
    expect(JSON.stringify(toDefinitionsSnapshot(reloaded))).toBe(JSON.stringify(snapshot));
  });

  it("generates the same synthetic events for the same seed, with duplicates", () => {
    const options = { seed: 42, count: 2000, users: 250, days: 14, duplicateRate: 0.05 };
    const first = generateEvents(options);
    expect(first).toEqual(generateEvents(options));
    expect(first).toHaveLength(2000);
    const unique = new Set(first.map((e) => e.eventId)).size;
    expect(unique).toBeLessThan(2000);
    expect(unique).toBeGreaterThan(1800);
  });

  it("materializes end to end: duplicates removed, a report written", async () => {
    const values = await materializeAll();
    const raw = values.get("raw_events") as unknown[];
    const deduplicated = values.get("deduplicated_events") as { eventId: string }[];
    expect(raw).toHaveLength(2000);
    expect(deduplicated.length).toBe(new Set(deduplicated.map((e) => e.eventId)).size);
    expect(deduplicated.length).toBeLessThan(raw.length);
    expect((values.get("fact_events") as unknown[]).length).toBe(deduplicated.length);
    const dau = values.get("analytics/daily_active_users") as { day: string; activeUsers: number }[];
    expect(dau).toHaveLength(14);
    expect(dau[0]?.day).toBe("2024-01-01");
    const report = values.get("analytics/weekly_report") as string;
    expect(report).toMatch(/^# Weekly report \(2024-01-08 to 2024-01-14\)/);
  });
});
