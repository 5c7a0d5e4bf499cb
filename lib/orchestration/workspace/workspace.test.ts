// The Workspace: built once per set of current snapshots, first location wins a duplicate key, and rebuilt when a
// location reloads or dynamic partition keys change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DefinitionsSnapshot } from "../../core/definitionsSnapshot";
import { buildAssetNode } from "../../core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../../store/codeLocations";
import { addDynamicPartitions, deleteDynamicPartitions } from "../../store/dynamicPartitions";
import { createTestDatabase, type TestDatabase } from "../../store/testing/testDatabase";
import { launchRun } from "../runs/launchRun";
import { loadKeySpaceContext, loadWorkspace, loadWorkspaceOfSnapshots } from "./workspace";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

const snapshot = (...assets: DefinitionsSnapshot["assets"]): DefinitionsSnapshot => ({ schemaVersion: 1, assets });
const customers = { type: "dynamic", name: "customers" } as const;
const daily = {
  type: "time_window",
  cron: "0 0 * * *",
  start: "2024-01-01",
  end: null,
  timezone: "UTC",
  keyFormat: "date",
} as const;

async function saveLocation(name: string, definitions: DefinitionsSnapshot): Promise<void> {
  await upsertCodeLocation(database.db, name, `/nowhere/${name}.ts`);
  await saveDefinitionsSnapshot(database.db, name, definitions);
}

describe("the workspace", () => {
  it("is built once per set of current snapshots, and the first location by name owns a duplicate key", async () => {
    await saveLocation(
      "b-location",
      snapshot(buildAssetNode("shared", { groupName: "from_b" }), buildAssetNode("only_b", { deps: ["shared"] })),
    );
    await saveLocation("a-location", snapshot(buildAssetNode("shared", { groupName: "from_a" })));

    const first = await loadWorkspace(database.db);
    const second = await loadWorkspace(database.db);
    expect(second.definitions).toBe(first.definitions);
    expect(second.graph).toBe(first.graph);

    expect(first.list.map((d) => d.key)).toEqual(["shared", "only_b"]);
    expect(first.byKey.get("shared")).toMatchObject({
      codeLocationName: "a-location",
      node: { groupName: "from_a", codeLocationName: "a-location" },
    });
    expect(first.graph.upstream("only_b")).toEqual(["shared"]);
    expect(first.locations.map((l) => l.name)).toEqual(["a-location", "b-location"]);
  });

  it("is what a launch resolves against: a duplicate key runs in the first location", async () => {
    const launched = await launchRun(database.db, { assetKeys: [["shared"]], launchedBy: "test" });
    expect(launched.kind === "success" && launched.run.codeLocationName).toBe("a-location");
    expect(launched.kind === "success" && launched.run.snapshotId).toBe(
      (await loadWorkspace(database.db)).snapshotIdByLocation.get("a-location"),
    );
  });

  it("is rebuilt when a code location reloads with other definitions", async () => {
    const before = await loadWorkspace(database.db);
    await saveLocation(
      "a-location",
      snapshot(buildAssetNode("shared", { groupName: "from_a" }), buildAssetNode("added")),
    );
    const after = await loadWorkspace(database.db);
    expect(after.definitions).not.toBe(before.definitions);
    expect(after.byKey.has("added")).toBe(true);
    // Reloading the same definitions again names the same snapshot: nothing is rebuilt.
    await saveLocation(
      "a-location",
      snapshot(buildAssetNode("shared", { groupName: "from_a" }), buildAssetNode("added")),
    );
    expect((await loadWorkspace(database.db)).definitions).toBe(after.definitions);
  });

  it("builds key spaces at its one clock, and at another with at()", async () => {
    await saveLocation("c-location", snapshot(buildAssetNode("events", { partitionsDefinition: daily })));
    const workspace = await loadWorkspace(database.db, new Date("2024-01-04T12:00:00Z"));
    expect(workspace.now).toEqual(new Date("2024-01-04T12:00:00Z"));
    expect(workspace.keySpaceOf("events")?.size).toBe(3);
    expect(workspace.at(new Date("2024-01-11T00:00:00Z")).keySpaceOf("events")?.size).toBe(10);
    expect(workspace.keySpaceOf("shared")).toBeNull();
    expect(workspace.keySpaceContext.now).toBe(workspace.now);
  });

  it("sees dynamic partition keys as they are added and removed", async () => {
    await saveLocation("d-location", snapshot(buildAssetNode("per_customer", { partitionsDefinition: customers })));
    expect((await loadWorkspace(database.db)).keySpaceOf("per_customer")?.size).toBe(0);
    await addDynamicPartitions(database.db, "customers", ["acme", "zeta"]);
    const added = await loadWorkspace(database.db);
    expect(added.keySpace(customers).keyAt(1)).toBe("zeta");
    expect((await loadKeySpaceContext(database.db)).dynamicKeys("customers")).toEqual(["acme", "zeta"]);
    await deleteDynamicPartitions(database.db, "customers", ["acme"]);
    expect((await loadWorkspace(database.db)).keySpaceOf("per_customer")?.keyAt(0)).toBe("zeta");
    // The definitions did not change: only the keys were read again.
    expect((await loadWorkspace(database.db)).definitions).toBe(added.definitions);
  });

  it("of stored snapshots: the order given owns duplicates, and missing snapshots are named", async () => {
    const current = await loadWorkspace(database.db);
    const ids = [...current.snapshotIdByLocation];
    const reversed = await loadWorkspaceOfSnapshots(database.db, [...ids].reverse(), new Date());
    expect(reversed.missing).toEqual([]);
    expect(reversed.workspace.byKey.get("shared")?.codeLocationName).toBe("b-location");
    const gone = await loadWorkspaceOfSnapshots(
      database.db,
      [["x-location", "00000000-0000-0000-0000-000000000000"]],
      new Date(),
    );
    expect(gone.missing).toEqual(["x-location"]);
  });
});
