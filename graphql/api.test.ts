// The GraphQL API against a real Postgres, with code locations loaded in real child processes.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reloadCodeLocation } from "../lib/executor/reloadCodeLocation";
import { upsertCodeLocation } from "../lib/store/codeLocations";
import { createTestDatabase, type TestDatabase } from "../lib/store/testing/testDatabase";
import { createGraphQLServer } from "./yoga";

let database: TestDatabase;
let yoga: ReturnType<typeof createGraphQLServer>;

async function graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) {
  const response = await yoga.fetch("http://localhost/api/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

const example = path.resolve("examples/user-events/definitions.ts");

beforeAll(async () => {
  database = await createTestDatabase();
  yoga = createGraphQLServer(() => database.db);
  await upsertCodeLocation(database.db, "user-events", example);
  const loaded = await reloadCodeLocation(database.db, "user-events");
  expect(loaded?.loadError).toBeNull();
});

afterAll(async () => {
  await database?.drop();
});

describe("assetNodes", () => {
  it("lists every asset of the example with its group", async () => {
    const { data } = await graphql<{ assetNodes: { assetKey: { path: string[] }; groupName: string }[] }>(
      "{ assetNodes { assetKey { path } groupName } }",
    );
    const byKey = Object.fromEntries(data!.assetNodes.map((n) => [n.assetKey.path.join("/"), n.groupName]));
    expect(byKey).toMatchObject({
      raw_events: "user_events",
      deduplicated_events: "user_events",
      user_profiles: "user_events",
      enriched_events: "user_events",
      fact_events: "user_events",
      "analytics/daily_active_users": "analytics",
      "analytics/weekly_report": "analytics",
    });
    expect(new Set(Object.values(byKey)).size).toBeGreaterThanOrEqual(2);
  });

  it("narrows by a selection and keeps lineage in both directions", async () => {
    const { data } = await graphql<{
      assetNodes: {
        assetKey: { path: string[] };
        dependencyKeys: { path: string[] }[];
        dependedByKeys: { path: string[] }[];
      }[];
    }>(
      `query ($s: String) { assetNodes(selection: $s) { assetKey { path } dependencyKeys { path } dependedByKeys { path } } }`,
      { s: "+fact_events" },
    );
    const keys = data!.assetNodes.map((n) => n.assetKey.path.join("/"));
    expect(keys).toEqual(
      expect.arrayContaining(["raw_events", "deduplicated_events", "user_profiles", "enriched_events", "fact_events"]),
    );
    expect(keys).not.toContain("analytics/daily_active_users");
    const fact = data!.assetNodes.find((n) => n.assetKey.path.join("/") === "fact_events")!;
    expect(fact.dependencyKeys.map((k) => k.path.join("/"))).toEqual(["enriched_events"]);
    expect(fact.dependedByKeys.map((k) => k.path.join("/"))).toContain("analytics/daily_active_users");
  });

  it("rejects a malformed selection with the position of the mistake", async () => {
    const { data, errors } = await graphql(`{ assetNodes(selection: "group:") { id } }`);
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.message).toMatch(/Invalid selection/);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "INVALID_SELECTION", position: 6 });
  });

  it("reports never-materialized assets and marks source assets", async () => {
    const { data } = await graphql<{
      assetNodes: { assetKey: { path: string[] }; isSource: boolean; assetLatestInfo: { state: string } }[];
    }>("{ assetNodes { assetKey { path } isSource assetLatestInfo { state } } }");
    const profiles = data!.assetNodes.find((n) => n.assetKey.path.join("/") === "user_profiles")!;
    expect(profiles).toMatchObject({ isSource: true, assetLatestInfo: { state: "SOURCE" } });
    const raw = data!.assetNodes.find((n) => n.assetKey.path.join("/") === "raw_events")!;
    expect(raw.assetLatestInfo.state).toBe("NEVER_MATERIALIZED");
  });
});

describe("assetNodeOrError", () => {
  it("returns the asset with its description and metadata", async () => {
    const { data } = await graphql<{
      assetNodeOrError: { __typename: string; groupName: string; description: string | null; codeLocationName: string };
    }>(
      `{ assetNodeOrError(assetKey: { path: ["analytics", "daily_active_users"] }) { __typename ... on AssetNode { groupName description codeLocationName } } }`,
    );
    expect(data!.assetNodeOrError).toMatchObject({
      __typename: "AssetNode",
      groupName: "analytics",
      codeLocationName: "user-events",
    });
    expect(data!.assetNodeOrError.description).toBeTruthy();
  });

  it("names the unknown key", async () => {
    const { data } = await graphql<{ assetNodeOrError: { __typename: string; message: string } }>(
      `{ assetNodeOrError(assetKey: { path: ["nope", "missing"] }) { __typename ... on AssetNotFoundError { message } } }`,
    );
    expect(data!.assetNodeOrError.__typename).toBe("AssetNotFoundError");
    expect(data!.assetNodeOrError.message).toContain("nope/missing");
  });
});

describe("code locations", () => {
  it("lists the loaded location with its asset count", async () => {
    const { data } = await graphql<{
      codeLocations: { name: string; loadStatus: string; assetCount: number; loadError: unknown }[];
    }>("{ codeLocations { name loadStatus assetCount loadError { message } } }");
    expect(data!.codeLocations).toEqual([
      { name: "user-events", loadStatus: "LOADED", assetCount: 8, loadError: null },
    ]);
  });

  it("a cyclic definitions module fails to load with the cycle path, and the last good snapshot stays", async () => {
    await upsertCodeLocation(database.db, "user-events", path.resolve("examples/broken-cycle/definitions.ts"));
    const { data } = await graphql<{
      reloadCodeLocation: {
        __typename: string;
        loadStatus: string;
        assetCount: number;
        loadError: { message: string; stack: string | null };
      };
    }>(
      `mutation { reloadCodeLocation(name: "user-events") { __typename ... on CodeLocation { loadStatus assetCount loadError { message stack } } } }`,
    );
    expect(data!.reloadCodeLocation).toMatchObject({ __typename: "CodeLocation", loadStatus: "ERROR", assetCount: 8 });
    expect(data!.reloadCodeLocation.loadError.message).toMatch(/cycle/i);
    expect(data!.reloadCodeLocation.loadError.message).toMatch(/→/);

    await upsertCodeLocation(database.db, "user-events", path.resolve("examples/broken-unknown-dep/definitions.ts"));
    const unknown = await graphql<{ reloadCodeLocation: { loadError: { message: string } } }>(
      `mutation { reloadCodeLocation(name: "user-events") { ... on CodeLocation { loadError { message } } } }`,
    );
    expect(unknown.data!.reloadCodeLocation.loadError.message).toMatch(/unknown|does not exist|not defined/i);

    await upsertCodeLocation(database.db, "user-events", example);
    const fixed = await graphql<{ reloadCodeLocation: { loadStatus: string; loadError: unknown } }>(
      `mutation { reloadCodeLocation(name: "user-events") { ... on CodeLocation { loadStatus loadError { message } } } }`,
    );
    expect(fixed.data!.reloadCodeLocation).toEqual({ loadStatus: "LOADED", loadError: null });
  });

  it("a module that throws at import time reports its error and stack", async () => {
    await upsertCodeLocation(database.db, "user-events", path.resolve("lib/executor/testdata/throwsOnImport.ts"));
    const location = await reloadCodeLocation(database.db, "user-events");
    expect(location?.loadStatus).toBe("ERROR");
    expect(location?.loadError?.message).toContain("warehouse credentials missing");
    expect(location?.loadError?.stack).toContain("throwsOnImport.ts");
    await upsertCodeLocation(database.db, "user-events", example);
    await reloadCodeLocation(database.db, "user-events");
  });

  it("reloading an unknown location is a typed error", async () => {
    const { data } = await graphql<{ reloadCodeLocation: { __typename: string; message: string } }>(
      `mutation { reloadCodeLocation(name: "nope") { __typename ... on CodeLocationNotFoundError { message } } }`,
    );
    expect(data!.reloadCodeLocation).toMatchObject({
      __typename: "CodeLocationNotFoundError",
      message: expect.stringContaining("nope"),
    });
  });
});
