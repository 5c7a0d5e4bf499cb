import pg from "pg";
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import { buildColumnGraph } from "../../lib/core/columnLineage";
import { selectAssets } from "../../lib/core/selection";
import { type Definitions, inMemoryIOManager, materialize, toDefinitionsSnapshot } from "../../lib/sdk";
import { createTestDatabase } from "../../lib/store/testing/testDatabase";
import { type DailyActiveUsers, dailyActiveUsers, regionalRevenue, weeklyReport } from "./assets/analytics";
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
  const DAILY = ["raw_events", "deduplicated_events", "enriched_events", "fact_events", "analytics/daily_active_users"];

  it("defines 8 assets in 2 groups", () => {
    expect(snapshot.assets).toHaveLength(8);
    const groups = new Map<string, string[]>();
    for (const node of snapshot.assets)
      groups.set(node.groupName, [...(groups.get(node.groupName) ?? []), node.key.join("/")]);
    expect(Object.fromEntries(groups)).toEqual({
      analytics: ["analytics/daily_active_users", "analytics/regional_revenue", "analytics/weekly_report"],
      user_events: ["deduplicated_events", "enriched_events", "fact_events", "raw_events", "user_profiles"],
    });
  });

  it("wires the lineage from raw events to the weekly report and regional revenue", () => {
    expect(definitions.graph.topologicalOrder()).toEqual([
      "raw_events",
      "deduplicated_events",
      "user_profiles",
      "enriched_events",
      "fact_events",
      "analytics/daily_active_users",
      "analytics/regional_revenue",
      "analytics/weekly_report",
    ]);
    expect(definitions.graph.upstream("enriched_events")).toEqual(["deduplicated_events", "user_profiles"]);
    expect(snapshot.assets.find((a) => a.key.join("/") === "user_profiles")).toMatchObject({ isSource: true });
  });

  it("partitions events by day from 2026-01-01, the report by week and revenue by day × region", () => {
    const byKey = new Map(snapshot.assets.map((node) => [node.key.join("/"), node]));
    for (const key of DAILY) {
      expect(byKey.get(key)?.partitionsDefinition, key).toEqual({
        type: "time_window",
        cron: "0 0 * * *",
        start: "2026-01-01",
        end: null,
        timezone: "UTC",
        keyFormat: "date",
      });
    }
    expect(byKey.get("user_profiles")?.partitionsDefinition).toBeUndefined();
    expect(byKey.get("analytics/weekly_report")?.partitionsDefinition).toMatchObject({
      type: "time_window",
      cron: "0 0 * * 1",
      start: "2026-01-05",
    });
    expect(byKey.get("analytics/regional_revenue")?.partitionsDefinition).toMatchObject({
      type: "multi",
      dimensions: [
        { name: "date", definition: { type: "time_window", start: "2026-01-01" } },
        { name: "region", definition: { type: "static", keys: ["americas", "emea", "apac"] } },
      ],
    });
  });

  it("describes every asset with owners, kinds and a description", () => {
    for (const node of snapshot.assets) {
      expect(node.description, node.key.join("/")).toBeTruthy();
      expect(node.owners.length, node.key.join("/")).toBeGreaterThan(0);
      expect(node.kinds.length, node.key.join("/")).toBeGreaterThan(0);
    }
    expect(selectAssets(definitions.graph, "tag:tier=gold")).toEqual({
      ok: true,
      keys: ["fact_events", "analytics/daily_active_users", "analytics/regional_revenue"],
    });
    expect(selectAssets(definitions.graph, "kind:markdown")).toEqual({ ok: true, keys: ["analytics/weekly_report"] });
  });

  it("declares column lineage that reads only columns its upstreams declare", () => {
    const columns = buildColumnGraph(snapshot.assets);
    const links = columns.assetKeys.flatMap((key) => columns.columnsOf(key).flatMap((column) => column.upstream));
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((link) => !link.isDependency || link.columnKnown !== true)).toEqual([]);
    expect(columns.upstreamPath("analytics/daily_active_users", "activeUsers").steps.at(-1)).toMatchObject({
      assetKey: "raw_events",
      column: "userId",
    });
    expect(selectAssets(definitions.graph, "column:userId")).toMatchObject({
      keys: ["raw_events", "deduplicated_events", "user_profiles", "enriched_events", "fact_events"],
    });
  });

  it("produces the same snapshot when loaded again", async () => {
    vi.resetModules();
    const reloaded = (await import("./definitions")).default as Definitions;
    expect(reloaded).not.toBe(definitions);
    expect(JSON.stringify(toDefinitionsSnapshot(reloaded))).toBe(JSON.stringify(snapshot));
  });

  it("generates the same synthetic events for the same seed, with duplicates, all on the given day", () => {
    const options = { seed: 42, count: 2000, users: 250, startDay: "2026-01-05", days: 1, duplicateRate: 0.05 };
    const first = generateEvents(options);
    expect(first).toEqual(generateEvents(options));
    expect(first).toHaveLength(2000);
    expect(new Set(first.map((e) => e.occurredAt.slice(0, 10)))).toEqual(new Set(["2026-01-05"]));
    const unique = new Set(first.map((e) => e.eventId)).size;
    expect(unique).toBeLessThan(2000);
    expect(unique).toBeGreaterThan(1800);
  });

  it("materializes one day end to end with materialize(): duplicates removed, that day's facts written", async () => {
    const warehouse = fakeWarehouse();
    const result = await materialize(definitions, {
      selection: DAILY,
      partitionKey: "2026-01-05",
      resources: { warehouse },
    });
    expect(result.success).toBe(true);
    expect(result.stepStatuses).toEqual(Object.fromEntries(DAILY.map((key) => [key, "SUCCESS"])));
    const raw = result.outputFor(rawEvents);
    const deduplicated = result.outputFor(deduplicatedEvents);
    expectTypeOf(raw).toEqualTypeOf<RawEvent[]>();
    expect(raw).toHaveLength(500);
    expect(new Set(raw.map((e) => e.occurredAt.slice(0, 10)))).toEqual(new Set(["2026-01-05"]));
    expect(deduplicated.length).toBe(new Set(deduplicated.map((e) => e.eventId)).size);
    expect(deduplicated.length).toBeLessThan(raw.length);
    expect(result.outputFor(factEvents)).toHaveLength(deduplicated.length);
    expect(warehouse.tables.get("fact_events")).toEqual(result.outputFor(factEvents));
    const dau = result.outputFor(dailyActiveUsers);
    expectTypeOf(dau).toEqualTypeOf<DailyActiveUsers>();
    expect(dau).toMatchObject({ day: "2026-01-05" });
    expect(dau.activeUsers).toBeGreaterThan(100);
  });

  it("reports a week from its seven daily partitions, and revenue per day and region", async () => {
    const ioManager = inMemoryIOManager();
    const warehouse = fakeWarehouse();
    const days = ["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-01-10", "2026-01-11"];
    for (const day of days) {
      const daily = await materialize(definitions, {
        selection: DAILY,
        partitionKey: day,
        resources: { warehouse },
        ioManager,
      });
      expect(daily.success, day).toBe(true);
    }
    const week = await materialize(definitions, {
      selection: ["analytics/weekly_report"],
      partitionKey: "2026-01-05",
      ioManager,
    });
    expect(week.success).toBe(true);
    expect(week.outputFor(weeklyReport)).toMatch(/^# Weekly report \(2026-01-05 to 2026-01-11\)/);
    expect(week.outputFor(weeklyReport).match(/^\| 2026-01-\d\d \|/gm)).toHaveLength(7);

    const regional = await materialize(definitions, {
      selection: ["analytics/regional_revenue"],
      partitionKey: "2026-01-06|emea",
      ioManager,
    });
    expect(regional.success).toBe(true);
    expect(regional.outputFor(regionalRevenue)).toMatchObject({ day: "2026-01-06", region: "emea" });
    expect(regional.outputFor(regionalRevenue).purchases).toBeGreaterThan(0);
  });

  it("rejects a day before the partitions start, naming the asset and the key", async () => {
    await expect(
      materialize(definitions, {
        selection: ["raw_events"],
        partitionKey: "2025-12-31",
        resources: { warehouse: fakeWarehouse() },
      }),
    ).rejects.toThrow(/raw_events[\s\S]*2025-12-31/);
  });

  it("records row counts, a table schema and a preview as materialization metadata", async () => {
    const result = await materialize(definitions, {
      selection: ["raw_events", "deduplicated_events", "user_profiles", "enriched_events", "fact_events"],
      partitionKey: "2026-01-02",
      resources: { warehouse: fakeWarehouse() },
    });
    expect(result.metadataFor(rawEvents)).toMatchObject({ row_count: { type: "int", value: 500 } });
    expect(result.metadataFor("user_profiles")).toMatchObject({ rows: { type: "int" } });
    expect(result.assetObservations.map((event) => event.stepKey)).toEqual(["user_profiles"]);
    const fact = result.metadataFor(factEvents);
    expect(fact.row_count).toEqual({ type: "int", value: result.outputFor(factEvents).length });
    expect(fact.schema).toMatchObject({
      type: "table_schema",
      value: { columns: expect.arrayContaining([{ name: "userId", type: "int" }]) },
    });
    expect(fact.preview).toMatchObject({ type: "table_preview" });
    expect(fact.preview?.type === "table_preview" && fact.preview.value.records).toHaveLength(5);
    const logs = result.events.filter((event) => event.type === "LOG" && event.stepKey === "raw_events");
    expect(logs).toMatchObject([{ level: "INFO", message: "Fetched 500 raw events for 2026-01-02 (attempt 1)." }]);
  });

  it("takes the event count from run config, and a fake tracking pipeline from the test", async () => {
    const requested: [string, number][] = [];
    const fake: TrackingPipeline = {
      fetchEvents: async (day, count) => {
        requested.push([day, count]);
        return generateEvents({ seed: 1, count, users: 3, startDay: day, days: 1, duplicateRate: 0 });
      },
    };
    const result = await materialize([rawEvents, deduplicatedEvents], {
      partitionKey: "2026-01-03",
      resources: { trackingPipeline: fake },
      runConfig: { ops: { raw_events: { config: { eventCount: 25 } } } },
    });
    expect(requested).toEqual([["2026-01-03", 25]]);
    expect(result.outputFor(deduplicatedEvents)).toHaveLength(25);
  });

  it("checks the fact table: rows without a user fail the blocking check and the daily metrics are skipped", async () => {
    const selection = [...DAILY, "analytics/daily_active_users"];
    const clean = await materialize(definitions, {
      selection,
      partitionKey: "2026-01-03",
      resources: { warehouse: fakeWarehouse() },
    });
    const evaluations = (result: typeof clean) =>
      result.events.flatMap((e) => (e.type === "ASSET_CHECK_EVALUATION" ? [[e.checkName, e.status]] : []));
    expect(evaluations(clean)).toEqual([
      ["no_null_user_ids", "SUCCEEDED"],
      ["row_count_in_range", "SUCCEEDED"],
    ]);
    expect(clean.stepStatuses["analytics/daily_active_users"]).toBe("SUCCESS");

    const broken = await materialize(definitions, {
      selection,
      partitionKey: "2026-01-03",
      resources: { warehouse: fakeWarehouse() },
      runConfig: { ops: { raw_events: { config: { lostUserShare: 0.1, eventCount: 50 } } } },
    });
    expect(evaluations(broken)).toEqual([
      ["no_null_user_ids", "FAILED"],
      ["row_count_in_range", "FAILED"],
    ]);
    expect(broken.stepStatuses["analytics/daily_active_users"]).toBe("SKIPPED");
    const skipped = broken.events.find(
      (e) => e.type === "STEP_SKIPPED" && e.stepKey === "analytics/daily_active_users",
    );
    expect(skipped).toMatchObject({ reason: 'Blocking check "no_null_user_ids" on asset "fact_events" failed.' });
  });

  it("rejects an event count below 1, naming the asset and field", async () => {
    await expect(
      materialize(definitions, {
        selection: DAILY,
        partitionKey: "2026-01-03",
        resources: { warehouse: fakeWarehouse() },
        runConfig: { ops: { raw_events: { config: { eventCount: 0 } } } },
      }),
    ).rejects.toThrow(/ops\.raw_events\.config\.eventCount: must be >= 1, got 0/);
  });

  it("writes each day's facts to the real user_events_warehouse.fact_events table, replacing only that day", async () => {
    const database = await createTestDatabase();
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    try {
      const selection = ["raw_events", "deduplicated_events", "user_profiles", "enriched_events", "fact_events"];
      await materialize(definitions, {
        selection,
        partitionKey: "2026-01-01",
        runConfig: { ops: { raw_events: { config: { eventCount: 300 } } } },
      });
      await materialize(definitions, {
        selection,
        partitionKey: "2026-01-02",
        runConfig: { ops: { raw_events: { config: { eventCount: 300 } } } },
      });
      const result = await materialize(definitions, {
        selection,
        partitionKey: "2026-01-02",
        runConfig: { ops: { raw_events: { config: { eventCount: 100 } } } },
      });
      expect(result.success).toBe(true);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client
        .query<{ day: string; n: number }>(
          'SELECT "_partition" AS day, count(*)::int AS n FROM user_events_warehouse.fact_events GROUP BY 1 ORDER BY 1',
        )
        .finally(() => client.end());
      expect(rows.map((row) => row.day)).toEqual(["2026-01-01", "2026-01-02"]);
      expect(rows[1]?.n).toBe(result.outputFor(factEvents).length);
      expect(rows[0]?.n).toBeGreaterThan(rows[1]?.n ?? 0);
      expect(result.metadataFor(factEvents).row_count).toEqual({ type: "int", value: rows[1]?.n });
    } finally {
      if (previous === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previous;
      await database.drop();
    }
  });
});
