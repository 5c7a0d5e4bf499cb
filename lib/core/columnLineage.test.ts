import { describe, expect, it } from "vitest";
import { buildColumnGraph, columnMetadataOf, declaredColumnNames, effectiveColumnMetadata } from "./columnLineage";
import type { ColumnDependency, MetadataValue, TableColumn } from "./definitionsSnapshot";
import { buildAssetNode } from "./testing";

const schema = (...columns: (string | TableColumn)[]): MetadataValue => ({
  type: "table_schema",
  value: { columns: columns.map((c) => (typeof c === "string" ? { name: c, type: "string" } : c)) },
});
const lineage = (depsByColumn: Record<string, [string, string][]>): MetadataValue => ({
  type: "column_lineage",
  value: {
    depsByColumn: Object.fromEntries(
      Object.entries(depsByColumn).map(([column, deps]) => [
        column,
        deps.map(([key, dep]): ColumnDependency => ({ assetKey: key.split("/"), column: dep })),
      ]),
    ),
  },
});

// raw/users (id, email) ─┐
//                         ├→ users (user_id ← raw/users.id, email ← raw/users.email)  → dau (active_users ← users.user_id)
// raw/events (user_id) ──┘   (users also claims ghost.x, which is not an upstream)
const nodes = [
  buildAssetNode("raw/users", {
    isSource: true,
    metadata: { schema: schema({ name: "id", type: "int", description: "Primary key" }, "email") },
  }),
  buildAssetNode("raw/events", { metadata: { schema: schema("user_id", "at") } }),
  buildAssetNode("users", {
    deps: ["raw/users", "raw/events"],
    metadata: {
      schema: schema({ name: "user_id", type: "int" }, "email", "signup_day"),
      column_lineage: lineage({
        user_id: [
          ["raw/users", "id"],
          ["raw/events", "user_id"],
        ],
        email: [["raw/users", "email"]],
        score: [["ghost", "x"]],
      }),
    },
  }),
  buildAssetNode("dau", {
    deps: ["users"],
    metadata: { lineage: lineage({ active_users: [["users", "user_id"]], day: [["users", "no_such_column"]] }) },
  }),
];

describe("columnMetadataOf", () => {
  it("finds entries by type, preferring the conventional keys", () => {
    const found = columnMetadataOf({
      other: schema("a"),
      schema: schema("b"),
      anything: lineage({ b: [["x", "y"]] }),
      text: { type: "text", value: "not columns" },
    });
    expect(found.columns?.map((c) => c.name)).toEqual(["b"]);
    expect(found.lineage?.depsByColumn).toEqual({ b: [{ assetKey: ["x"], column: "y" }] });
    expect(columnMetadataOf({ cols: schema("a") }).columns?.map((c) => c.name)).toEqual(["a"]);
    expect(columnMetadataOf({})).toEqual({ columns: null, lineage: null });
  });

  it("drops malformed columns and dependencies instead of failing", () => {
    const found = columnMetadataOf({
      schema: { type: "table_schema", value: { columns: [{ name: "" }, { name: "ok" }, null] } } as MetadataValue,
      column_lineage: {
        type: "column_lineage",
        value: {
          depsByColumn: {
            a: [
              { assetKey: [], column: "x" },
              { assetKey: ["u"], column: "y" },
            ],
            b: "nope",
          },
        },
      } as unknown as MetadataValue,
    });
    expect(found.columns).toEqual([{ name: "ok", type: "", description: null }]);
    expect(found.lineage?.depsByColumn).toEqual({ a: [{ assetKey: ["u"], column: "y" }], b: [] });
  });

  it("lets the latest materialization win, part by part", () => {
    const definition = { schema: schema("a"), column_lineage: lineage({ a: [["x", "a"]] }) };
    const materialized = effectiveColumnMetadata(definition, { schema: schema("a", "b") });
    expect(materialized.columns?.map((c) => c.name)).toEqual(["a", "b"]);
    expect(materialized.lineage?.depsByColumn.a).toEqual([{ assetKey: ["x"], column: "a" }]);
    expect(effectiveColumnMetadata(definition, null).columns?.map((c) => c.name)).toEqual(["a"]);
  });

  it("names the columns a definition declares: schema, then lineage outputs", () => {
    expect(declaredColumnNames(nodes[2] as (typeof nodes)[number])).toEqual([
      "user_id",
      "email",
      "signup_day",
      "score",
    ]);
    expect(declaredColumnNames(buildAssetNode("plain"))).toEqual([]);
  });
});

describe("buildColumnGraph", () => {
  const graph = buildColumnGraph(nodes);

  it("lists an asset's columns with types, upstream columns and downstream uses", () => {
    const users = graph.columnsOf("users");
    expect(users.map((c) => [c.name, c.type, c.declared])).toEqual([
      ["user_id", "int", true],
      ["email", "string", true],
      ["signup_day", "string", true],
      ["score", null, true],
      ["no_such_column", null, false],
    ]);
    const userId = graph.column("users", "user_id");
    expect(userId?.upstream).toEqual([
      { assetKey: "raw/users", column: "id", assetExists: true, isDependency: true, columnKnown: true },
      { assetKey: "raw/events", column: "user_id", assetExists: true, isDependency: true, columnKnown: true },
    ]);
    expect(userId?.downstream).toEqual([
      { assetKey: "dau", column: "active_users", assetExists: true, isDependency: true, columnKnown: true },
    ]);
    expect(graph.column("raw/users", "id")).toMatchObject({
      type: "int",
      description: "Primary key",
      upstream: [],
      downstream: [{ assetKey: "users", column: "user_id" }],
    });
    expect(graph.columnsOf("nothing")).toEqual([]);
  });

  it("flags lineage to assets that are not upstream, do not exist, or lack the column", () => {
    expect(graph.column("users", "score")?.upstream).toEqual([
      { assetKey: "ghost", column: "x", assetExists: false, isDependency: false, columnKnown: null },
    ]);
    expect(graph.column("dau", "day")?.upstream[0]).toMatchObject({ column: "no_such_column", columnKnown: false });
    // A column only another asset's lineage names is listed after the declared ones, as not declared.
    expect(graph.columnsOf("users").at(-1)).toMatchObject({ name: "no_such_column", declared: false });
  });

  it("walks a column's full upstream and downstream, nearest first", () => {
    expect(graph.upstreamPath("dau", "active_users")).toEqual({
      steps: [
        { assetKey: "users", column: "user_id", depth: 1, via: { assetKey: "dau", column: "active_users" } },
        { assetKey: "raw/users", column: "id", depth: 2, via: { assetKey: "users", column: "user_id" } },
        { assetKey: "raw/events", column: "user_id", depth: 2, via: { assetKey: "users", column: "user_id" } },
      ],
      truncated: false,
    });
    expect(graph.downstreamPath("raw/users", "id").steps.map((s) => [s.assetKey, s.column, s.depth])).toEqual([
      ["users", "user_id", 1],
      ["dau", "active_users", 2],
    ]);
    expect(graph.upstreamPath("dau", "active_users", 1)).toMatchObject({
      steps: [{ column: "user_id" }],
      truncated: true,
    });
    expect(graph.upstreamPath("raw/users", "id")).toEqual({ steps: [], truncated: false });
  });

  it("survives a lineage cycle", () => {
    const cyclic = buildColumnGraph([
      buildAssetNode("a", { metadata: { l: lineage({ x: [["b", "y"]] }) } }),
      buildAssetNode("b", { metadata: { l: lineage({ y: [["a", "x"]] }) } }),
    ]);
    expect(cyclic.upstreamPath("a", "x").steps.map((s) => `${s.assetKey}.${s.column}`)).toEqual(["b.y"]);
  });

  it("reads the latest materialization's columns over the definition's", () => {
    const withLatest = buildColumnGraph(
      nodes,
      new Map([["dau", { schema: schema("day", "active_users", "revenue") }]]),
    );
    expect(withLatest.columnsOf("dau").map((c) => c.name)).toEqual(["day", "active_users", "revenue"]);
    expect(withLatest.column("dau", "active_users")?.upstream).toHaveLength(1);
    const replaced = buildColumnGraph(
      nodes,
      new Map([["dau", { l: lineage({ active_users: [["users", "email"]] }) }]]),
    );
    expect(replaced.column("users", "user_id")?.downstream).toEqual([]);
    expect(replaced.column("users", "email")?.downstream.map((d) => d.column)).toEqual(["active_users"]);
  });
});
