// Column-level lineage on the API: an asset's columns with where each comes from and goes to, from the definitions
// and each asset's latest materialization (which wins), and `column:` selections.
import { beforeAll, expect, it } from "vitest";
import type { MetadataValue } from "../lib/core/definitionsSnapshot";
import { buildAssetNode } from "../lib/core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../lib/store/codeLocations";
import { appendRunEvents } from "../lib/store/runEvents";
import { createRun } from "../lib/store/runs";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const api = graphqlTestServer();

const schema = (...names: string[]): MetadataValue => ({
  type: "table_schema",
  value: { columns: names.map((name) => ({ name, type: name.endsWith("id") ? "int" : "string" })) },
});
const lineage = (depsByColumn: Record<string, [string, string][]>): MetadataValue => ({
  type: "column_lineage",
  value: {
    depsByColumn: Object.fromEntries(
      Object.entries(depsByColumn).map(([c, deps]) => [
        c,
        deps.map(([k, d]) => ({ assetKey: k.split("/"), column: d })),
      ]),
    ),
  },
});

beforeAll(async () => {
  const db = api.database.db;
  await upsertCodeLocation(db, "columns", "/nowhere/columns.ts");
  await saveDefinitionsSnapshot(db, "columns", {
    schemaVersion: 1,
    assets: [
      buildAssetNode("raw/users", { isSource: true, metadata: { schema: schema("id", "email") } }),
      buildAssetNode("users", {
        deps: ["raw/users"],
        metadata: {
          schema: schema("user_id", "email"),
          column_lineage: lineage({ user_id: [["raw/users", "id"]], email: [["raw/users", "email"]] }),
        },
      }),
      buildAssetNode("dau", {
        deps: ["users"],
        metadata: { column_lineage: lineage({ active_users: [["users", "user_id"]] }) },
      }),
      buildAssetNode("plain"),
    ],
  });
  // dau's latest materialization records its schema and a lineage that also reads users.email and a stray asset.
  const { currentSnapshotId } = await db.codeLocation.findUniqueOrThrow({ where: { name: "columns" } });
  const run = await createRun(db, {
    codeLocationName: "columns",
    snapshotId: currentSnapshotId,
    assetKeys: ["dau"],
    launchedBy: "test",
  });
  await appendRunEvents(db, run.id, [
    {
      eventType: "ASSET_MATERIALIZATION",
      stepKey: "dau",
      assetKey: ["dau"],
      message: "Materialized dau.",
      metadata: {
        row_count: { type: "int", value: 3 },
        schema: schema("day", "active_users"),
        column_lineage: lineage({
          active_users: [["users", "user_id"]],
          day: [
            ["users", "email"],
            ["elsewhere", "day"],
          ],
        }),
      },
    },
  ]);
});

const COLUMNS = `query ($path: [String!]!) {
  assetNodeOrError(assetKey: { path: $path }) {
    ... on AssetNode {
      columns {
        name type declared
        upstream { assetKey { path } column assetExists isDependency columnKnown }
        downstream { assetKey { path } column }
      }
    }
  }
}`;

type Columns = {
  assetNodeOrError: {
    columns: {
      name: string;
      type: string | null;
      declared: boolean;
      upstream: { assetKey: { path: string[] }; column: string; assetExists: boolean; isDependency: boolean }[];
      downstream: { assetKey: { path: string[] }; column: string }[];
    }[];
  };
};

it("lists an asset's columns with the columns each comes from and goes to", async () => {
  const { assetNodeOrError } = await api.query<Columns>(COLUMNS, { path: ["users"] });
  expect(assetNodeOrError.columns).toEqual([
    {
      name: "user_id",
      type: "int",
      declared: true,
      upstream: [
        {
          assetKey: { path: ["raw", "users"] },
          column: "id",
          assetExists: true,
          isDependency: true,
          columnKnown: true,
        },
      ],
      downstream: [{ assetKey: { path: ["dau"] }, column: "active_users" }],
    },
    {
      name: "email",
      type: "string",
      declared: true,
      upstream: [
        {
          assetKey: { path: ["raw", "users"] },
          column: "email",
          assetExists: true,
          isDependency: true,
          columnKnown: true,
        },
      ],
      downstream: [{ assetKey: { path: ["dau"] }, column: "day" }],
    },
  ]);
  expect((await api.query<Columns>(COLUMNS, { path: ["plain"] })).assetNodeOrError.columns).toEqual([]);
});

it("reads the latest materialization's schema and lineage over the definition's, flagging stray dependencies", async () => {
  const { assetNodeOrError } = await api.query<Columns>(COLUMNS, { path: ["dau"] });
  expect(assetNodeOrError.columns.map((c) => [c.name, c.type])).toEqual([
    ["day", "string"],
    ["active_users", "string"],
  ]);
  expect(assetNodeOrError.columns[0]?.upstream).toEqual([
    { assetKey: { path: ["users"] }, column: "email", assetExists: true, isDependency: true, columnKnown: true },
    { assetKey: { path: ["elsewhere"] }, column: "day", assetExists: false, isDependency: false, columnKnown: null },
  ]);
});

it("walks a column's full path across assets, bounded by a limit", async () => {
  const data = await api.query<{
    assetNodeOrError: {
      column: {
        upstreamPath: {
          steps: { assetKey: { path: string[] }; column: string; depth: number; via: { column: string } }[];
          truncated: boolean;
        };
      };
      missing: null;
    };
  }>(`{
    assetNodeOrError(assetKey: { path: ["dau"] }) {
      ... on AssetNode {
        column(name: "active_users") { upstreamPath { steps { assetKey { path } column depth via { column } } truncated } }
        missing: column(name: "nope") { name }
      }
    }
  }`);
  expect(data.assetNodeOrError.missing).toBeNull();
  expect(data.assetNodeOrError.column.upstreamPath).toEqual({
    steps: [
      { assetKey: { path: ["users"] }, column: "user_id", depth: 1, via: { column: "active_users" } },
      { assetKey: { path: ["raw", "users"] }, column: "id", depth: 2, via: { column: "user_id" } },
    ],
    truncated: false,
  });
  const downstream = await api.query<{
    assetNodeOrError: { column: { downstreamPath: { steps: { column: string }[]; truncated: boolean } } };
  }>(`{
    assetNodeOrError(assetKey: { path: ["raw", "users"] }) {
      ... on AssetNode { column(name: "id") { downstreamPath(limit: 1) { steps { column } truncated } } }
    }
  }`);
  expect(downstream.assetNodeOrError.column.downstreamPath).toEqual({
    steps: [{ column: "user_id" }],
    truncated: true,
  });
});

it("selects assets by column name from their definitions, and lists those names for the browser", async () => {
  const select = async (selection: string) =>
    (
      await api.query<{ assetNodes: { assetKey: { path: string[] }; columnNames: string[] }[] }>(
        "query ($selection: String) { assetNodes(selection: $selection) { assetKey { path } columnNames } }",
        { selection },
      )
    ).assetNodes;
  expect(await select("column:email")).toEqual([
    { assetKey: { path: ["raw", "users"] }, columnNames: ["id", "email"] },
    { assetKey: { path: ["users"] }, columnNames: ["user_id", "email"] },
  ]);
  expect((await select("column:*_users")).map((n) => n.assetKey.path.join("/"))).toEqual(["dau"]);
});
