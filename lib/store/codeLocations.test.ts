// Snapshot storage: deduplicated by content, and a failed load keeps the last good snapshot.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DefinitionsSnapshot } from "../core/definitionsSnapshot";
import {
  listCodeLocations,
  saveCodeLocationLoadError,
  saveDefinitionsSnapshot,
  upsertCodeLocation,
} from "./codeLocations";
import { createTestDatabase, type TestDatabase } from "./testing/testDatabase";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

const snapshot = (keys: string[]): DefinitionsSnapshot => ({
  schemaVersion: 1,
  assets: keys.map((k) => ({
    key: [k],
    groupName: "default",
    description: null,
    owners: [],
    tags: {},
    kinds: [],
    metadata: {},
    codeVersion: null,
    isSource: false,
    dependencyKeys: [],
  })),
});

it("stores one row per distinct snapshot and points the location at the newest", async () => {
  const { db } = database;
  await upsertCodeLocation(db, "loc", "/tmp/defs.ts");
  await saveDefinitionsSnapshot(db, "loc", snapshot(["a"]));
  await saveDefinitionsSnapshot(db, "loc", snapshot(["a"]));
  await saveDefinitionsSnapshot(db, "loc", snapshot(["a", "b"]));
  expect(await db.definitionsSnapshot.count()).toBe(2);
  const [location] = await listCodeLocations(db);
  expect(location?.snapshot?.assets.map((a) => a.key[0])).toEqual(["a", "b"]);
  expect(location?.loadStatus).toBe("LOADED");
});

it("a load error keeps the previous snapshot current", async () => {
  const { db } = database;
  await saveCodeLocationLoadError(db, "loc", { message: "boom", stack: "Error: boom\n  at x" });
  const [location] = await listCodeLocations(db);
  expect(location).toMatchObject({ loadStatus: "ERROR", loadError: { message: "boom" } });
  expect(location?.snapshot?.assets).toHaveLength(2);
});
