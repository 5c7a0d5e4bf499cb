// The asset graph by group against a real Postgres: the overview's groups, counts and group edges, one group's assets
// with the edges that cross to other groups, the bounds on the names asked for, and the sign-in gate.
import { beforeAll, describe, expect, it } from "vitest";
import { consoleSettingsSchema } from "../lib/core/consoleSettings";
import { buildAssetNode } from "../lib/core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../lib/store/codeLocations";
import { MAX_GROUPS_PER_REQUEST } from "./assetGraphGroups";
import { graphqlTestServer } from "./testing/graphqlTestServer";

// raw (a source, and an asset reading it) → clean (two assets) → marts (one), and raw → marts directly.
const assets = [
  buildAssetNode("raw/events", { groupName: "raw", isSource: true }),
  buildAssetNode("raw/users", { groupName: "raw", deps: ["raw/events"] }),
  buildAssetNode("clean/events", { groupName: "clean", deps: ["raw/events"] }),
  buildAssetNode("clean/users", { groupName: "clean", deps: ["raw/users", "clean/events"] }),
  buildAssetNode("marts/daily", { groupName: "marts", deps: ["clean/users", "clean/events", "raw/users"] }),
];

const api = graphqlTestServer();
const signedIn = graphqlTestServer({
  settings: consoleSettingsSchema.parse({ auth: { publicUrl: "http://localhost" } }),
});

beforeAll(async () => {
  for (const server of [api, signedIn]) {
    await upsertCodeLocation(server.database.db, "warehouse", "/nowhere/warehouse.ts");
    await saveDefinitionsSnapshot(server.database.db, "warehouse", { schemaVersion: 1, assets, checks: [] });
  }
  const reported = await api.query<{ reportAssetEvents: { __typename: string } }>(
    `mutation { reportAssetEvents(events: [{ type: MATERIALIZATION, assetKey: { path: ["clean", "events"] } }]) { __typename } }`,
  );
  expect(reported.reportAssetEvents.__typename).toBe("ReportAssetEventsSuccess");
});

const OVERVIEW = `{ assetGraphOverview {
  assetCount overviewFirst
  groups { name codeLocationNames assetCount statusCounts { materialized failed neverMaterialized source stale } }
  groupEdges { source target assetEdgeCount }
} }`;

const GROUPS = `query ($names: [String!]!) { assetGraphGroups(groupNames: $names) {
  __typename
  ... on AssetGraphGroups { assets { assetKey { path } } linkedAssets { assetKey { path } groupName } edges { source target } }
  ... on InvalidInputError { field message }
} }`;

interface GroupsAnswer {
  assetGraphGroups: {
    __typename: string;
    assets?: { assetKey: { path: string[] } }[];
    linkedAssets?: { assetKey: { path: string[] }; groupName: string }[];
    edges?: { source: string; target: string }[];
    field?: string;
    message?: string;
  };
}

const keys = (list: { assetKey: { path: string[] } }[] | undefined) =>
  list?.map((a) => a.assetKey.path.join("/")).sort();

describe("assetGraphOverview", () => {
  it("answers each group with its asset count and status roll-up, and the edges between groups with their counts", async () => {
    const { assetGraphOverview } = await api.query<{
      assetGraphOverview: {
        assetCount: number;
        overviewFirst: boolean;
        groups: { name: string; assetCount: number; statusCounts: Record<string, number> }[];
        groupEdges: { source: string; target: string; assetEdgeCount: number }[];
      };
    }>(OVERVIEW);
    expect(assetGraphOverview.assetCount).toBe(5);
    // Five assets are far under the threshold: the console draws them all.
    expect(assetGraphOverview.overviewFirst).toBe(false);
    const byName = Object.fromEntries(assetGraphOverview.groups.map((g) => [g.name, g]));
    expect(byName.raw).toMatchObject({
      assetCount: 2,
      codeLocationNames: ["warehouse"],
      statusCounts: { materialized: 0, failed: 0, neverMaterialized: 1, source: 1 },
    });
    expect(byName.clean).toMatchObject({ assetCount: 2, statusCounts: { materialized: 1, neverMaterialized: 1 } });
    expect(byName.marts).toMatchObject({ assetCount: 1, statusCounts: { neverMaterialized: 1 } });
    const edges = assetGraphOverview.groupEdges.map((e) => `${e.source}>${e.target}:${e.assetEdgeCount}`).sort();
    expect(edges).toEqual(["clean>marts:2", "raw>clean:2", "raw>marts:1"]);
  });
});

describe("assetGraphGroups", () => {
  it("answers a group's assets, the assets of other groups one edge away, and every edge touching the group", async () => {
    const { assetGraphGroups } = await api.query<GroupsAnswer>(GROUPS, { names: ["clean"] });
    expect(assetGraphGroups.__typename).toBe("AssetGraphGroups");
    expect(keys(assetGraphGroups.assets)).toEqual(["clean/events", "clean/users"]);
    expect(assetGraphGroups.linkedAssets?.map((a) => `${a.groupName}:${a.assetKey.path.join("/")}`).sort()).toEqual([
      "marts:marts/daily",
      "raw:raw/events",
      "raw:raw/users",
    ]);
    expect(assetGraphGroups.edges?.map((e) => `${e.source}>${e.target}`).sort()).toEqual([
      "clean/events>clean/users",
      "clean/events>marts/daily",
      "clean/users>marts/daily",
      "raw/events>clean/events",
      "raw/users>clean/users",
    ]);
  });

  it("lists an edge between two groups asked for together once, and links only what lies outside them", async () => {
    const { assetGraphGroups } = await api.query<GroupsAnswer>(GROUPS, { names: ["clean", "marts"] });
    expect(keys(assetGraphGroups.assets)).toEqual(["clean/events", "clean/users", "marts/daily"]);
    expect(keys(assetGraphGroups.linkedAssets)).toEqual(["raw/events", "raw/users"]);
    const edges = assetGraphGroups.edges?.map((e) => `${e.source}>${e.target}`) ?? [];
    expect(edges.filter((e) => e === "clean/users>marts/daily")).toHaveLength(1);
    expect(edges).toHaveLength(6);
  });

  it.each([
    [[], /at least one group/],
    [["nowhere"], /no group named "nowhere"/],
    [["x".repeat(201)], /at most 200 characters/],
    [Array.from({ length: MAX_GROUPS_PER_REQUEST + 1 }, (_, i) => `g${i}`), /at most 10 groups a request; 11/],
  ])("refuses %j with a typed error naming the field", async (names, message) => {
    const { assetGraphGroups } = await api.query<GroupsAnswer>(GROUPS, { names });
    expect(assetGraphGroups).toMatchObject({ __typename: "InvalidInputError", field: "groupNames" });
    expect(assetGraphGroups.message).toMatch(message);
  });
});

describe("with sign-in on", () => {
  it("refuses both to a caller who is not signed in", async () => {
    for (const [document, variables] of [
      [OVERVIEW, {}],
      [GROUPS, { names: ["clean"] }],
    ] as const) {
      const { status, body } = await signedIn.requestWithStatus(document, variables);
      expect(status).toBe(401);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});
