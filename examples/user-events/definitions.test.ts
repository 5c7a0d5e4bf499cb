import pg from "pg";
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import { selectAssets } from "../../lib/core/selection";
import { createTestDatabase } from "../../lib/store/testing/testDatabase";
import { materialize, toDefinitionsSnapshot, type Definitions } from "../../lib/sdk";
import { dailyActiveUsers, weeklyReport, type DailyActiveUsers } from "./assets/analytics";
import { deduplicatedEvents, factEvents, rawEvents } from "./assets/userEvents";
import definitions from "./definitions";
import type { TrackingPipeline, Warehouse } from "./resources";
import { generateEvents, type RawEvent } from "./synthetic";

/** An in-memory warehouse: replaceTable keeps the rows, and the only query fact_events runs (a count) reads them. */
function fakeWarehouse(): Warehouse & { tables: Map<string, readonly object[]> } {
  const tables = new Map<string, readonly object[]>();
  return {
    url: "postgres://fake",
    schema: "user_events_warehouse",
    tables,
    replaceTable: async (table, rows) => {
      tables.set(table, [...rows]);
    },
    query: async <TRow extends Record<string, unknown>>(sql: string) => {
      const table = /count\(\*\).*FROM "[^"]+"\."([^"]+)"/is.exec(sql)?.[1];
      if (table === undefined) throw new Error(`The fake warehouse only counts rows; got: ${sql}`);
      return [{ row_count: tables.get(table)?.length ?? 0 }] as unknown as TRow[];
    },
  };
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

  it("materializes end to end with materialize(): duplicates removed, a report written", async () => {
    const warehouse = fakeWarehouse();
    const result = await materialize(definitions, { resources: { warehouse } });
    expect(result.success).toBe(true);
    expect(result.stepStatuses).toEqual({
      raw_events: "SUCCESS",
      deduplicated_events: "SUCCESS",
      enriched_events: "SUCCESS",
      fact_events: "SUCCESS",
      "analytics/daily_active_users": "SUCCESS",
      "analytics/weekly_report": "SUCCESS",
    });
    const raw = result.outputFor(rawEvents);
    const deduplicated = result.outputFor(deduplicatedEvents);
    expectTypeOf(raw).toEqualTypeOf<RawEvent[]>();
    expect(raw).toHaveLength(2000);
    expect(deduplicated.length).toBe(new Set(deduplicated.map((e) => e.eventId)).size);
    expect(deduplicated.length).toBeLessThan(raw.length);
    expect(result.outputFor(factEvents)).toHaveLength(deduplicated.length);
    expect(warehouse.tables.get("fact_events")).toEqual(result.outputFor(factEvents));
    const dau = result.outputFor(dailyActiveUsers);
    expectTypeOf(dau).toEqualTypeOf<DailyActiveUsers[]>();
    expect(dau).toHaveLength(14);
    expect(dau[0]?.day).toBe("2024-01-01");
    const report = result.outputFor(weeklyReport);
    expectTypeOf(report).toEqualTypeOf<string>();
    expect(report).toMatch(/^# Weekly report \(2024-01-08 to 2024-01-14\)/);
  });

  it("records row counts, a table schema and a preview as materialization metadata", async () => {
    const result = await materialize(definitions, {
      selection: ["raw_events", "deduplicated_events", "user_profiles", "enriched_events", "fact_events"],
      resources: { warehouse: fakeWarehouse() },
    });
    expect(result.metadataFor(rawEvents)).toMatchObject({ row_count: { type: "int", value: 2000 } });
    expect(result.metadataFor("user_profiles")).toMatchObject({ rows: { type: "int" } });
    expect(result.assetObservations.map((event) => event.stepKey)).toEqual(["user_profiles"]);
    const fact = result.metadataFor(factEvents);
    expect(fact.row_count).toEqual({ type: "int", value: result.outputFor(factEvents).length });
    expect(fact.schema).toMatchObject({ type: "table_schema", value: { columns: expect.arrayContaining([{ name: "userId", type: "int" }]) } });
    expect(fact.preview).toMatchObject({ type: "table_preview" });
    expect(fact.preview?.type === "table_preview" && fact.preview.value.records).toHaveLength(5);
    const logs = result.events.filter((event) => event.type === "LOG" && event.stepKey === "raw_events");
    expect(logs).toMatchObject([{ level: "INFO", message: "Fetched 2000 raw events (attempt 1)." }]);
  });

  it("takes the event count from run config, and a fake tracking pipeline from the test", async () => {
    const requested: number[] = [];
    const fake: TrackingPipeline = {
      fetchEvents: async (count) => {
        requested.push(count);
        return generateEvents({ seed: 1, count, users: 3, days: 1, duplicateRate: 0 });
      },
    };
    const result = await materialize([rawEvents, deduplicatedEvents], { resources: { trackingPipeline: fake }, runConfig: { raw_events: { eventCount: 25 } } });
    expect(requested).toEqual([25]);
    expect(result.outputFor(deduplicatedEvents)).toHaveLength(25);
  });

  it("rejects an event count below 1, naming the asset and field", async () => {
    await expect(materialize(definitions, { resources: { warehouse: fakeWarehouse() }, runConfig: { raw_events: { eventCount: 0 } } })).rejects.toThrow(/Asset "raw_events" config field "eventCount"/);
  });

  it("writes fact_events to a real user_events_warehouse.fact_events table, replacing it on each run", async () => {
    const database = await createTestDatabase();
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    try {
      const selection = ["raw_events", "deduplicated_events", "user_profiles", "enriched_events", "fact_events"];
      await materialize(definitions, { selection, runConfig: { raw_events: { eventCount: 300 } } });
      const result = await materialize(definitions, { selection, runConfig: { raw_events: { eventCount: 100 } } });
      expect(result.success).toBe(true);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM user_events_warehouse.fact_events').finally(() => client.end());
      expect(rows[0]?.n).toBe(result.outputFor(factEvents).length);
      expect(result.metadataFor(factEvents).row_count).toEqual({ type: "int", value: rows[0]?.n });
    } finally {
      if (previous === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previous;
      await database.drop();
    }
  });
});
