// Staleness per partition against a real Postgres: each partition's latest materialization is recorded with its code
// version, the API counts unsynced partitions and carries their causes downstream, and a backfill of only the
// unsynced partitions targets exactly those.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import type { AssetNodeSnapshot } from "../lib/core/definitionsSnapshot";
import { buildAssetNode } from "../lib/core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../lib/store/codeLocations";
import { appendRunEvents } from "../lib/store/runEvents";
import { createRun } from "../lib/store/runs";
import { januaryDaily } from "../lib/store/testing/partitionedLocation";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const LOCATION = "events";
const api = graphqlTestServer();
beforeAll(() => upsertCodeLocation(api.database.db, LOCATION, "/nowhere/events.ts"));

const january = Array.from({ length: 31 }, (_, i) => `2024-01-${String(i + 1).padStart(2, "0")}`);

async function define(rawVersion: string): Promise<string> {
  const assets: AssetNodeSnapshot[] = [
    buildAssetNode("raw_events", { codeVersion: rawVersion, partitionsDefinition: januaryDaily }),
    buildAssetNode("sessions", { deps: ["raw_events"], partitionsDefinition: januaryDaily }),
    buildAssetNode("report", { deps: ["sessions"] }),
  ];
  await saveDefinitionsSnapshot(api.database.db, LOCATION, { schemaVersion: 1, assets });
  const location = await api.database.db.codeLocation.findUniqueOrThrow({ where: { name: LOCATION } });
  return location.currentSnapshotId as string;
}

async function materialize(snapshotId: string, assetKey: string, partitionKeys: (string | null)[]) {
  const run = await createRun(api.database.db, {
    codeLocationName: LOCATION,
    snapshotId,
    assetKeys: [assetKey],
    launchedBy: "test",
  });
  await appendRunEvents(
    api.database.db,
    run.id,
    partitionKeys.map((partitionKey) => ({
      eventType: "ASSET_MATERIALIZATION",
      stepKey: assetKey,
      assetKey: [assetKey],
      ...(partitionKey ? { partitionKey } : {}),
      message: `Materialized ${assetKey}.`,
    })),
  );
}

interface NodeStaleness {
  assetKey: { path: string[] };
  staleStatus: string;
  unsyncedPartitionCount: number | null;
  partitionCount: number | null;
  staleCauses: {
    key: { path: string[] };
    reason: string;
    dependency: { path: string[] } | null;
    partitionCount: number | null;
  }[];
}

async function stalenessByKey(): Promise<Record<string, NodeStaleness>> {
  const data = await api.query<{ assetNodes: NodeStaleness[] }>(
    `{ assetNodes { assetKey { path } staleStatus unsyncedPartitionCount partitionCount
        staleCauses { key { path } reason dependency { path } partitionCount } } }`,
  );
  return Object.fromEntries(data.assetNodes.map((n) => [n.assetKey.path.join("/"), n]));
}

const PREVIEW = `query ($input: LaunchPartitionBackfillInput!) { partitionBackfillPreview(input: $input) {
  __typename ... on PartitionBackfillPreview { numPartitions assets { assetKey { path } numPartitions } }
  ... on LaunchRunError { message } } }`;

it("counts unsynced partitions per asset, carries their causes downstream and backfills exactly them", async () => {
  const first = await define("1");
  await materialize(first, "raw_events", january);
  await materialize(first, "sessions", january);
  await materialize(first, "report", [null]);
  const synced = await stalenessByKey();
  expect(synced.raw_events).toMatchObject({ staleStatus: "UP_TO_DATE", unsyncedPartitionCount: 0, partitionCount: 31 });
  expect(synced.report).toMatchObject({
    staleStatus: "UP_TO_DATE",
    unsyncedPartitionCount: null,
    partitionCount: null,
  });

  // Version 2 of raw_events, three of its partitions built again with it.
  const second = await define("2");
  await materialize(second, "raw_events", january.slice(0, 3));
  const stale = await stalenessByKey();
  expect(stale.raw_events).toMatchObject({
    staleStatus: "STALE",
    unsyncedPartitionCount: 28,
    partitionCount: 31,
    staleCauses: [
      { key: { path: ["raw_events"] }, reason: "code version changed (1 → 2)", dependency: null, partitionCount: 28 },
    ],
  });
  // sessions: the three days read newer raw_events partitions; the other 28 read unsynced ones.
  expect(stale.sessions).toMatchObject({ staleStatus: "STALE", unsyncedPartitionCount: 31 });
  expect(stale.sessions?.staleCauses).toEqual([
    { key: { path: ["raw_events"] }, reason: "upstream raw_events updated", dependency: null, partitionCount: 3 },
    {
      key: { path: ["raw_events"] },
      reason: "upstream raw_events is unsynced: code version changed (1 → 2)",
      dependency: { path: ["raw_events"] },
      partitionCount: 28,
    },
  ]);
  // Two assets down, the root is still named.
  expect(stale.report?.staleStatus).toBe("STALE");
  expect(stale.report?.staleCauses.map((c) => [c.key.path.join("/"), c.reason, c.dependency?.path.join("/")])).toEqual([
    ["sessions", "upstream sessions is unsynced: upstream raw_events updated", "sessions"],
    ["raw_events", "upstream raw_events is unsynced: code version changed (1 → 2)", "sessions"],
  ]);

  // Lists ask for the first cause and the count.
  const listed = await api.query<{ assetNodes: { staleCauses: { reason: string }[]; staleCauseCount: number }[] }>(
    `{ assetNodes(selection: "report") { staleCauses(limit: 1) { reason } staleCauseCount } }`,
  );
  expect(listed.assetNodes).toEqual([
    { staleCauses: [{ reason: "upstream sessions is unsynced: upstream raw_events updated" }], staleCauseCount: 2 },
  ]);

  const preview = await api.query<{ partitionBackfillPreview: unknown }>(PREVIEW, {
    input: { assetSelection: [{ path: ["raw_events"] }], onlyUnsynced: true },
  });
  expect(preview.partitionBackfillPreview).toEqual({
    __typename: "PartitionBackfillPreview",
    numPartitions: 28,
    assets: [{ assetKey: { path: ["raw_events"] }, numPartitions: 28 }],
  });
  const launched = await api.query<{
    launchPartitionBackfill: { __typename: string; backfill?: { backfillId: string } };
  }>(
    `mutation ($input: LaunchPartitionBackfillInput!) { launchPartitionBackfill(input: $input) {
      __typename ... on LaunchPartitionBackfillSuccess { backfill { backfillId } } } }`,
    { input: { assetSelection: [{ path: ["raw_events"] }], onlyUnsynced: true } },
  );
  expect(launched.launchPartitionBackfill.__typename).toBe("LaunchPartitionBackfillSuccess");
  const backfill = await api.database.db.backfill.findUniqueOrThrow({
    where: { id: launched.launchPartitionBackfill.backfill?.backfillId ?? "" },
  });
  expect(backfill.targets).toEqual({ raw_events: [["2024-01-04", "2024-01-31"]] });

  // The rest built with version 2: raw_events is in sync; what reads it is not until built again.
  await materialize(second, "raw_events", january.slice(3));
  const rebuilt = await stalenessByKey();
  expect(rebuilt.raw_events).toMatchObject({ staleStatus: "UP_TO_DATE", unsyncedPartitionCount: 0 });
  expect(rebuilt.sessions).toMatchObject({ staleStatus: "STALE", unsyncedPartitionCount: 31 });
  expect(rebuilt.sessions?.staleCauses.map((c) => c.reason)).toEqual(["upstream raw_events updated"]);

  const nothing = await api.query<{ partitionBackfillPreview: unknown }>(PREVIEW, {
    input: { assetSelection: [{ path: ["raw_events"] }], onlyUnsynced: true },
  });
  expect(nothing.partitionBackfillPreview).toMatchObject({ numPartitions: 0 });
});

it("records each partition's latest materialization, and the migration rebuilds the records from the event log", async () => {
  const db = api.database.db;
  const recorded = await db.assetPartitionMaterialization.findMany({
    where: { assetKey: "raw_events" },
    orderBy: { partitionKey: "asc" },
  });
  expect(recorded).toHaveLength(31);
  expect(new Set(recorded.map((r) => r.codeVersion))).toEqual(new Set(["2"]));
  const latestEvents = await db.event.findMany({
    where: { assetKey: "raw_events", eventType: "ASSET_MATERIALIZATION", partitionKey: "2024-01-02" },
    orderBy: { id: "desc" },
    take: 1,
  });
  expect(recorded[1]?.eventId).toBe(latestEvents[0]?.id);

  const migrations = path.resolve("prisma/migrations");
  const [folder] = (await readdir(migrations)).filter((name) => name.endsWith("_asset_partition_materializations"));
  const sql = await readFile(path.join(migrations, folder as string, "migration.sql"), "utf8");
  const backfill = sql.slice(sql.indexOf('INSERT INTO "AssetPartitionMaterialization"'));
  await db.assetPartitionMaterialization.deleteMany({});
  await db.$executeRawUnsafe(backfill);
  const rebuilt = await db.assetPartitionMaterialization.findMany({
    where: { assetKey: "raw_events" },
    orderBy: { partitionKey: "asc" },
  });
  expect(rebuilt.map((r) => [r.partitionKey, r.eventId, r.codeVersion])).toEqual(
    recorded.map((r) => [r.partitionKey, r.eventId, r.codeVersion]),
  );
  expect(await db.assetPartitionMaterialization.count({ where: { assetKey: "sessions" } })).toBe(31);
});
