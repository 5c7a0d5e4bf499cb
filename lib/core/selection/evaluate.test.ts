import { describe, expect, it } from "vitest";
import { buildAssetGraph } from "../assetGraph";
import { buildAssetNode } from "../testing";
import { selectAssets } from "./evaluate";

// raw_events → deduplicated_events → enriched_events (← user_profiles) → fact_events → analytics/dau → analytics/weekly_report
const graph = buildAssetGraph([
  buildAssetNode("raw_events", {
    groupName: "user_events",
    metadata: {
      schema: {
        type: "table_schema",
        value: {
          columns: [
            { name: "event_id", type: "string" },
            { name: "user_id", type: "int" },
          ],
        },
      },
    },
    kinds: ["typescript"],
    owners: ["data-eng@example.com"],
    tags: { tier: "bronze" },
  }),
  buildAssetNode("deduplicated_events", {
    deps: ["raw_events"],
    groupName: "user_events",
    kinds: ["typescript"],
    tags: { tier: "silver" },
  }),
  buildAssetNode("user_profiles", {
    groupName: "user_events",
    kinds: ["postgres"],
    isSource: true,
    tags: { pii: "true" },
    codeLocationName: "crm",
  }),
  buildAssetNode("enriched_events", {
    deps: ["deduplicated_events", "user_profiles"],
    groupName: "user_events",
    kinds: ["postgres"],
    tags: { tier: "silver" },
  }),
  buildAssetNode("fact_events", {
    deps: ["enriched_events"],
    // A column lineage output counts as a column even without a schema.
    metadata: {
      column_lineage: {
        type: "column_lineage",
        value: { depsByColumn: { user_id: [{ assetKey: ["raw_events"], column: "user_id" }], revenue_cents: [] } },
      },
    },
    groupName: "user_events",
    kinds: ["postgres"],
    tags: { tier: "gold" },
    owners: ["data-eng@example.com", "team:analytics"],
  }),
  buildAssetNode("analytics/dau", {
    deps: ["fact_events"],
    groupName: "analytics",
    owners: ["team:analytics"],
    tags: { tier: "gold" },
  }),
  buildAssetNode("analytics/weekly_report", {
    deps: ["analytics/dau"],
    groupName: "analytics",
    kinds: ["markdown"],
    owners: ["team:analytics"],
  }),
]);

const ALL = [
  "raw_events",
  "deduplicated_events",
  "user_profiles",
  "enriched_events",
  "fact_events",
  "analytics/dau",
  "analytics/weekly_report",
];

function select(text: string): string[] {
  const result = selectAssets(graph, text);
  if (!result.ok) throw new Error(result.error.message);
  return result.keys;
}

describe("selectAssets", () => {
  it("selects everything for empty text and *, in dependency order", () => {
    expect(select("")).toEqual(ALL);
    expect(select("  ")).toEqual(ALL);
    expect(select("*")).toEqual(ALL);
    expect(select("key:*")).toEqual(ALL);
  });

  it("selects by key, exactly or by glob", () => {
    expect(select("fact_events")).toEqual(["fact_events"]);
    expect(select("key:analytics/dau")).toEqual(["analytics/dau"]);
    expect(select("key:analytics/*")).toEqual(["analytics/dau", "analytics/weekly_report"]);
    expect(select("*_events")).toEqual(["raw_events", "deduplicated_events", "enriched_events", "fact_events"]);
    expect(select("dau")).toEqual([]);
    expect(select("no_such_asset")).toEqual([]);
  });

  it("selects by group, owner, kind and code location", () => {
    expect(select("group:analytics")).toEqual(["analytics/dau", "analytics/weekly_report"]);
    expect(select("owner:team:analytics")).toEqual(["fact_events", "analytics/dau", "analytics/weekly_report"]);
    expect(select("owner:data-eng@example.com")).toEqual(["raw_events", "fact_events"]);
    expect(select("kind:postgres")).toEqual(["user_profiles", "enriched_events", "fact_events"]);
    expect(select("code_location:crm")).toEqual(["user_profiles"]);
  });

  it("selects by column name, exactly or by glob, from the definition's schema and column lineage", () => {
    expect(select("column:user_id")).toEqual(["raw_events", "fact_events"]);
    expect(select("column:event_id")).toEqual(["raw_events"]);
    expect(select("column:*_cents")).toEqual(["fact_events"]);
    expect(select("column:*_id and not kind:postgres")).toEqual(["raw_events"]);
    expect(select("column:no_such_column")).toEqual([]);
    expect(select("column:user_id+1")).toEqual(["raw_events", "deduplicated_events", "fact_events", "analytics/dau"]);
  });

  it("selects by tag key, or key and value", () => {
    expect(select("tag:tier=gold")).toEqual(["fact_events", "analytics/dau"]);
    expect(select("tag:tier")).toEqual([
      "raw_events",
      "deduplicated_events",
      "enriched_events",
      "fact_events",
      "analytics/dau",
    ]);
    expect(select("tag:pii")).toEqual(["user_profiles"]);
    expect(select("tag:tier=s*")).toEqual(["deduplicated_events", "enriched_events"]);
  });

  it("adds upstream and downstream assets, all or to a depth", () => {
    expect(select("+fact_events")).toEqual([
      "raw_events",
      "deduplicated_events",
      "user_profiles",
      "enriched_events",
      "fact_events",
    ]);
    expect(select("1+fact_events")).toEqual(["enriched_events", "fact_events"]);
    expect(select("2+fact_events")).toEqual(["deduplicated_events", "user_profiles", "enriched_events", "fact_events"]);
    expect(select("enriched_events+")).toEqual([
      "enriched_events",
      "fact_events",
      "analytics/dau",
      "analytics/weekly_report",
    ]);
    expect(select("enriched_events+2")).toEqual(["enriched_events", "fact_events", "analytics/dau"]);
    expect(select("1+fact_events+1")).toEqual(["enriched_events", "fact_events", "analytics/dau"]);
    expect(select("+user_profiles+")).toEqual([
      "user_profiles",
      "enriched_events",
      "fact_events",
      "analytics/dau",
      "analytics/weekly_report",
    ]);
  });

  it("traverses from every asset a parenthesised expression selects", () => {
    expect(select("+(group:analytics)")).toEqual(ALL);
    expect(select("1+(analytics/dau or deduplicated_events)")).toEqual([
      "raw_events",
      "deduplicated_events",
      "fact_events",
      "analytics/dau",
    ]);
    expect(select("(raw_events or user_profiles)+1")).toEqual([
      "raw_events",
      "deduplicated_events",
      "user_profiles",
      "enriched_events",
    ]);
  });

  it("combines with and, or and not", () => {
    expect(select("group:user_events and kind:postgres")).toEqual(["user_profiles", "enriched_events", "fact_events"]);
    expect(select("group:analytics or tag:pii")).toEqual(["user_profiles", "analytics/dau", "analytics/weekly_report"]);
    expect(select("not group:user_events")).toEqual(["analytics/dau", "analytics/weekly_report"]);
    expect(select("+fact_events and not kind:typescript")).toEqual(["user_profiles", "enriched_events", "fact_events"]);
  });

  it("applies precedence: not, then and, then or", () => {
    // kind:markdown or (group:user_events and (not tag:tier))
    expect(select("kind:markdown or group:user_events and not tag:tier")).toEqual([
      "user_profiles",
      "analytics/weekly_report",
    ]);
    expect(select("(kind:markdown or group:user_events) and not tag:tier")).toEqual([
      "user_profiles",
      "analytics/weekly_report",
    ]);
    expect(select("(kind:markdown or group:analytics) and not tag:tier")).toEqual(["analytics/weekly_report"]);
    expect(select("kind:markdown or group:analytics and not tag:tier")).toEqual(["analytics/weekly_report"]);
    expect(select("not kind:postgres and group:user_events")).toEqual(["raw_events", "deduplicated_events"]);
  });

  it("returns the syntax error instead of keys", () => {
    const result = selectAssets(graph, "group:");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({ message: 'Expected a value after "group:" at position 6', position: 6 });
  });
});
