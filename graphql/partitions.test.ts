// Partitions on the GraphQL API against a real Postgres: definitions, status, stats, history, dynamic partitions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendRunEvents } from "../lib/store/runEvents";
import { createRun } from "../lib/store/runs";
import { savePartitionedLocation } from "../lib/store/testing/partitionedLocation";
import { createTestDatabase, type TestDatabase } from "../lib/store/testing/testDatabase";
import { createGraphQLServer } from "./yoga";

let database: TestDatabase;
let yoga: ReturnType<typeof createGraphQLServer>;
let snapshotId: string;

async function graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) {
  const response = await yoga.fetch("http://localhost/api/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function materialize(
  assetKey: string,
  partitionKey: string,
  outcome: "ASSET_MATERIALIZATION" | "STEP_FAILURE" | "STEP_START",
  extra: Partial<Parameters<typeof createRun>[1]> = {},
) {
  const run = await createRun(database.db, {
    codeLocationName: "partitioned",
    snapshotId,
    assetKeys: [assetKey],
    partitions: { kind: "key", key: partitionKey },
    launchedBy: "test",
    ...extra,
  });
  const event = { stepKey: assetKey, assetKey: [assetKey], partitionKey };
  await appendRunEvents(database.db, run.id, [
    { ...event, eventType: "STEP_START", message: "Started." },
    ...(outcome === "STEP_START"
      ? []
      : [
          {
            ...event,
            eventType: outcome,
            message: outcome,
            ...(outcome === "STEP_FAILURE" ? { level: "ERROR" as const, error: { message: "boom", stack: null } } : {}),
          },
        ]),
  ]);
  return run;
}

beforeAll(async () => {
  database = await createTestDatabase();
  yoga = createGraphQLServer(() => database.db);
  snapshotId = await savePartitionedLocation(database.db);
  await materialize("daily_regions", "2024-01-01|us", "ASSET_MATERIALIZATION");
  await materialize("daily_regions", "2024-01-01|eu", "ASSET_MATERIALIZATION");
  await materialize("daily_regions", "2024-01-02|apac", "STEP_FAILURE");
  await materialize("daily_regions", "2024-01-03|us", "STEP_START");
  await materialize("regional", "eu", "ASSET_MATERIALIZATION");
  await materialize("regional", "eu", "STEP_FAILURE");
});
afterAll(async () => database?.drop());

const ASSET_PARTITIONS = `query ($path: [String!]!) {
  assetNodeOrError(assetKey: { path: $path }) {
    ... on AssetNode {
      acceptsPartitionRange
      partitionsDefinition { kind description dimensionNames dynamicName timezone }
      partitionStats { numPartitions numMaterialized numFailed numInProgress numMissing }
      assetPartitions {
        numPartitions
        dimensions { name kind keys keyRuns { startKey count stepMinutes } listedKeys }
        materialized failed inProgress
      }
    }
  }
}`;

type AssetPartitionsResult = {
  assetNodeOrError: {
    acceptsPartitionRange: boolean;
    partitionsDefinition: {
      kind: string;
      description: string;
      dimensionNames: string[];
      dynamicName: string | null;
      timezone: string | null;
    } | null;
    partitionStats: Record<string, number> | null;
    assetPartitions: {
      numPartitions: number;
      dimensions: {
        name: string;
        kind: string;
        keys: string[];
        keyRuns: { startKey: string; count: number; stepMinutes: number }[];
        listedKeys: string[];
      }[];
      materialized: number[][];
      failed: number[][];
      inProgress: number[][];
    } | null;
  };
};

describe("AssetNode partitions", () => {
  it("describes a multi-partitioned asset with flat-index status ranges and stats", async () => {
    const { data, errors } = await graphql<AssetPartitionsResult>(ASSET_PARTITIONS, { path: ["daily_regions"] });
    expect(errors).toBeUndefined();
    const node = data!.assetNodeOrError;
    expect(node.acceptsPartitionRange).toBe(false);
    expect(node.partitionsDefinition).toMatchObject({
      kind: "MULTI",
      dimensionNames: ["date", "region"],
      dynamicName: null,
      timezone: "UTC",
    });
    expect(node.partitionsDefinition!.description).toContain("date");
    const partitions = node.assetPartitions!;
    expect(partitions.numPartitions).toBe(93);
    expect(partitions.dimensions.map((d) => [d.name, d.kind, d.keys.length])).toEqual([
      ["date", "TIME_WINDOW", 31],
      ["region", "STATIC", 3],
    ]);
    // The console reads a time window's keys as runs, other keys as the list.
    expect(partitions.dimensions.map((d) => [d.keyRuns, d.listedKeys])).toEqual([
      [[{ startKey: "2024-01-01", count: 31, stepMinutes: 1440 }], []],
      [[], ["us", "eu", "apac"]],
    ]);
    // 2024-01-01|us = 0, 2024-01-01|eu = 1, 2024-01-02|apac = 1×3+2 = 5, 2024-01-03|us = 6.
    expect(partitions).toMatchObject({ materialized: [[0, 1]], failed: [[5, 5]], inProgress: [[6, 6]] });
    expect(node.partitionStats).toEqual({
      numPartitions: 93,
      numMaterialized: 2,
      numFailed: 1,
      numInProgress: 1,
      numMissing: 89,
    });
  });

  it('names single dimensions "default", marks range-capable assets, and is null for unpartitioned ones', async () => {
    const regional = (await graphql<AssetPartitionsResult>(ASSET_PARTITIONS, { path: ["regional"] })).data!
      .assetNodeOrError;
    expect(regional.partitionsDefinition).toMatchObject({
      kind: "STATIC",
      dimensionNames: ["default"],
      timezone: null,
    });
    expect(regional.assetPartitions).toMatchObject({
      dimensions: [{ name: "default", kind: "STATIC", keys: ["us", "eu", "apac"] }],
      materialized: [],
      failed: [[1, 1]],
    });
    const hourly = (await graphql<AssetPartitionsResult>(ASSET_PARTITIONS, { path: ["hourly"] })).data!
      .assetNodeOrError;
    expect(hourly.acceptsPartitionRange).toBe(true);
    expect(hourly.partitionStats).toMatchObject({ numPartitions: 100_000, numMissing: 100_000 });
    const plain = (await graphql<AssetPartitionsResult>(ASSET_PARTITIONS, { path: ["plain"] })).data!.assetNodeOrError;
    expect(plain).toEqual({
      acceptsPartitionRange: false,
      partitionsDefinition: null,
      partitionStats: null,
      assetPartitions: null,
    });
  });

  it("lists stats for the whole catalog in one request", async () => {
    const { data, errors } = await graphql<{
      assetNodes: { assetKey: { path: string[] }; partitionStats: { numPartitions: number } | null }[];
    }>("{ assetNodes { assetKey { path } partitionStats { numPartitions numMaterialized } } }");
    expect(errors).toBeUndefined();
    const stats = Object.fromEntries(
      data!.assetNodes.map((n) => [n.assetKey.path.join("/"), n.partitionStats?.numPartitions ?? null]),
    );
    expect(stats).toEqual({
      plain: null,
      regional: 3,
      daily: 31,
      daily_ranged: 31,
      hourly: 100_000,
      customers: 0,
      daily_regions: 93,
    });
  });
});

describe("partitionHistory", () => {
  it("returns one partition's starts, failures and materializations, newest first", async () => {
    const { data, errors } = await graphql<{
      partitionHistory: { eventType: string; partitionKey: string; runId: string }[];
    }>(`{ partitionHistory(assetKey: { path: ["regional"] }, partitionKey: "eu") { eventType partitionKey runId } }`);
    expect(errors).toBeUndefined();
    expect(data!.partitionHistory.map((e) => e.eventType)).toEqual([
      "STEP_FAILURE",
      "STEP_START",
      "ASSET_MATERIALIZATION",
      "STEP_START",
    ]);
    expect(new Set(data!.partitionHistory.map((e) => e.partitionKey))).toEqual(new Set(["eu"]));
    const limited = await graphql<{ partitionHistory: unknown[] }>(
      `{ partitionHistory(assetKey: { path: ["regional"] }, partitionKey: "eu", limit: 1) { eventType } }`,
    );
    expect(limited.data!.partitionHistory).toHaveLength(1);
  });

  it("names an unknown asset", async () => {
    const { errors } = await graphql(
      `{ partitionHistory(assetKey: { path: ["nope"] }, partitionKey: "eu") { eventType } }`,
    );
    expect(errors?.[0]?.message).toContain('"nope"');
  });
});

describe("dynamic partitions", () => {
  it("adds and deletes keys, and the asset's partitions follow", async () => {
    const added = await graphql<{ addDynamicPartitions: { name: string; partitionKeys: string[] } }>(
      `mutation { addDynamicPartitions(name: "customers", partitionKeys: ["acme", "globex", "acme"]) { name partitionKeys } }`,
    );
    expect(added.data!.addDynamicPartitions).toEqual({ name: "customers", partitionKeys: ["acme", "globex"] });
    const node = (await graphql<AssetPartitionsResult>(ASSET_PARTITIONS, { path: ["customers"] })).data!
      .assetNodeOrError;
    expect(node.partitionsDefinition).toMatchObject({ kind: "DYNAMIC", dynamicName: "customers" });
    expect(node.assetPartitions!.dimensions[0]!.keys).toEqual(["acme", "globex"]);

    const deleted = await graphql<{ deleteDynamicPartitions: { partitionKeys: string[] } }>(
      `mutation { deleteDynamicPartitions(name: "customers", partitionKeys: ["acme"]) { partitionKeys } }`,
    );
    expect(deleted.data!.deleteDynamicPartitions.partitionKeys).toEqual(["globex"]);
  });

  it("is a GraphQL error naming the bad key", async () => {
    const bad = await graphql(
      `mutation { addDynamicPartitions(name: "customers", partitionKeys: ["a|b"]) { partitionKeys } }`,
    );
    expect(bad.errors?.[0]?.message).toContain('"a|b"');
    const missing = await graphql(
      `mutation { deleteDynamicPartitions(name: "customers", partitionKeys: ["initech"]) { partitionKeys } }`,
    );
    expect(missing.errors?.[0]?.message).toContain('"initech"');
  });
});

describe("Run partitions and backfills", () => {
  it("exposes the range and the backfill, and filters runs by backfill", async () => {
    await database.db.backfill.create({ data: { id: "bf1", targets: {}, strategy: "SINGLE_RUN" } });
    const run = await createRun(database.db, {
      codeLocationName: "partitioned",
      snapshotId,
      assetKeys: ["daily_ranged"],
      partitions: { kind: "range", start: "2024-01-01", end: "2024-01-31" },
      backfillId: "bf1",
      backfillRequestKey: "daily:2024-01-01...2024-01-31",
      launchedBy: "backfill",
    });
    const { data, errors } = await graphql<{
      runsOrError: {
        results: {
          runId: string;
          backfillId: string;
          partitionRangeStart: string;
          partitionRangeEnd: string;
          tags: { key: string; value: string }[];
        }[];
      };
    }>(
      `{ runsOrError(filter: { backfillId: "bf1" }) { ... on Runs { results { runId backfillId partitionRangeStart partitionRangeEnd tags { key value } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.runsOrError.results).toHaveLength(1);
    expect(data!.runsOrError.results[0]).toMatchObject({
      runId: run.id,
      backfillId: "bf1",
      partitionRangeStart: "2024-01-01",
      partitionRangeEnd: "2024-01-31",
    });
    expect(data!.runsOrError.results[0]!.tags).toEqual(
      expect.arrayContaining([
        { key: "strata/backfill", value: "bf1" },
        { key: "strata/partition_range", value: "2024-01-01...2024-01-31" },
      ]),
    );
  });
});

describe("launchRun with partitions", () => {
  it("is a LaunchRunError naming the asset when the partition is missing or not in the definition", async () => {
    const before = await database.db.run.count();
    const launch = (partitionKey: string | null) =>
      graphql<{ launchRun: { __typename: string; message?: string } }>(
        `mutation ($key: String) { launchRun(input: { selection: "regional", partitionKey: $key }) { __typename ... on LaunchRunError { message } } }`,
        { key: partitionKey },
      );
    expect((await launch(null)).data!.launchRun).toEqual({
      __typename: "LaunchRunError",
      message: 'Asset "regional" is partitioned; choose a partition (or launch a backfill).',
    });
    expect((await launch("mars")).data!.launchRun.message).toMatch(
      /^Asset "regional" cannot run for partition "mars": "mars" is not one of us, eu/,
    );
    expect(await database.db.run.count()).toBe(before);
    expect((await launch("apac")).data!.launchRun.__typename).toBe("LaunchRunSuccess");
  });
});
