// Staleness against a real Postgres: what a materialization was made from is recorded with it, and an asset goes
// stale when its code version changes, an upstream has newer data or an upstream is stale, listing each cause.
import { beforeAll, expect, it } from "vitest";
import { buildAssetNode } from "../lib/core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../lib/store/codeLocations";
import { appendRunEvents } from "../lib/store/runEvents";
import { createRun } from "../lib/store/runs";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const api = graphqlTestServer();
beforeAll(() => upsertCodeLocation(api.database.db, "lineage", "/nowhere/lineage.ts"));

async function define(cleanVersion: string) {
  await saveDefinitionsSnapshot(api.database.db, "lineage", {
    schemaVersion: 1,
    assets: [
      buildAssetNode("raw", { codeVersion: "1" }),
      buildAssetNode("clean", { deps: ["raw"], codeVersion: cleanVersion }),
      buildAssetNode("report", { deps: ["clean"] }),
    ],
  });
  return (await api.database.db.codeLocation.findUniqueOrThrow({ where: { name: "lineage" } })).currentSnapshotId;
}

async function materialize(snapshotId: string | null, keys: string[]) {
  const run = await createRun(api.database.db, {
    codeLocationName: "lineage",
    snapshotId,
    assetKeys: keys,
    launchedBy: "test",
  });
  await appendRunEvents(
    api.database.db,
    run.id,
    keys.map((key) => ({
      eventType: "ASSET_MATERIALIZATION",
      stepKey: key,
      assetKey: key.split("/"),
      message: `Materialized ${key}.`,
    })),
  );
}

async function stalenessByKey() {
  const data = await api.query<{
    assetNodes: { assetKey: { path: string[] }; staleStatus: string; staleCauses: { reason: string }[] }[];
  }>("{ assetNodes { assetKey { path } staleStatus staleCauses { key { path } reason } } }");
  return Object.fromEntries(
    data.assetNodes.map((n) => [n.assetKey.path.join("/"), [n.staleStatus, ...n.staleCauses.map((c) => c.reason)]]),
  );
}

it("goes stale on a code change or newer upstream data, and up to date when materialized again", async () => {
  const first = await define("1");
  expect(await stalenessByKey()).toEqual({
    raw: ["MISSING", "never materialized"],
    clean: ["MISSING", "never materialized"],
    report: ["MISSING", "never materialized"],
  });

  await materialize(first, ["raw", "clean", "report"]);
  expect(await stalenessByKey()).toEqual({ raw: ["UP_TO_DATE"], clean: ["UP_TO_DATE"], report: ["UP_TO_DATE"] });

  await materialize(first, ["raw"]);
  const second = await define("2");
  expect(await stalenessByKey()).toEqual({
    raw: ["UP_TO_DATE"],
    clean: ["STALE", "code version changed (1 → 2)", "upstream raw updated"],
    // Reading an unsynced asset makes it unsynced too, with the causes at the root.
    report: [
      "STALE",
      "upstream clean is unsynced: code version changed (1 → 2)",
      "upstream clean is unsynced: upstream raw updated",
    ],
  });

  await materialize(second, ["clean"]);
  expect(await stalenessByKey()).toEqual({
    raw: ["UP_TO_DATE"],
    clean: ["UP_TO_DATE"],
    report: ["STALE", "upstream clean updated"],
  });
});
