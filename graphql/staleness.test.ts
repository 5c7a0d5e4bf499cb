// Staleness against a real Postgres: what a materialization was made from is recorded with it, and an asset goes
// stale when its code version changes or an upstream has newer data, listing each cause.
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildAssetNode } from "../lib/core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../lib/store/codeLocations";
import { appendRunEvents } from "../lib/store/runEvents";
import { createRun } from "../lib/store/runs";
import { createTestDatabase, type TestDatabase } from "../lib/store/testing/testDatabase";
import { createGraphQLServer } from "./yoga";

let database: TestDatabase;
let yoga: ReturnType<typeof createGraphQLServer>;
beforeAll(async () => {
  database = await createTestDatabase();
  yoga = createGraphQLServer(() => database.db);
  await upsertCodeLocation(database.db, "lineage", "/nowhere/lineage.ts");
});
afterAll(async () => database?.drop());

async function define(cleanVersion: string) {
  await saveDefinitionsSnapshot(database.db, "lineage", {
    schemaVersion: 1,
    assets: [buildAssetNode("raw", { codeVersion: "1" }), buildAssetNode("clean", { deps: ["raw"], codeVersion: cleanVersion }), buildAssetNode("report", { deps: ["clean"] })],
  });
  return (await database.db.codeLocation.findUniqueOrThrow({ where: { name: "lineage" } })).currentSnapshotId;
}

async function materialize(snapshotId: string | null, keys: string[]) {
  const run = await createRun(database.db, { codeLocationName: "lineage", snapshotId, assetKeys: keys, launchedBy: "test" });
  await appendRunEvents(
    database.db,
    run.id,
    keys.map((key) => ({ eventType: "ASSET_MATERIALIZATION", stepKey: key, assetKey: key.split("/"), message: `Materialized ${key}.` })),
  );
}

async function stalenessByKey() {
  const response = await yoga.fetch("http://localhost/api/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ assetNodes { assetKey { path } staleStatus staleCauses { key { path } reason } } }" }),
  });
  const body = (await response.json()) as { data: { assetNodes: { assetKey: { path: string[] }; staleStatus: string; staleCauses: { reason: string }[] }[] } };
  return Object.fromEntries(body.data.assetNodes.map((n) => [n.assetKey.path.join("/"), [n.staleStatus, ...n.staleCauses.map((c) => c.reason)]]));
}

it("goes stale on a code change or newer upstream data, and up to date when materialized again", async () => {
  const first = await define("1");
  expect(await stalenessByKey()).toEqual({ raw: ["MISSING", "never materialized"], clean: ["MISSING", "never materialized"], report: ["MISSING", "never materialized"] });

  await materialize(first, ["raw", "clean", "report"]);
  expect(await stalenessByKey()).toEqual({ raw: ["UP_TO_DATE"], clean: ["UP_TO_DATE"], report: ["UP_TO_DATE"] });

  await materialize(first, ["raw"]);
  const second = await define("2");
  expect(await stalenessByKey()).toEqual({
    raw: ["UP_TO_DATE"],
    clean: ["STALE", "code version changed (1 → 2)", "upstream raw updated"],
    report: ["UP_TO_DATE"],
  });

  await materialize(second, ["clean"]);
  expect(await stalenessByKey()).toEqual({ raw: ["UP_TO_DATE"], clean: ["UP_TO_DATE"], report: ["STALE", "upstream clean updated"] });
});
