// Dynamic partitions: keys added in order, idempotently, validated; removal of keys that exist.
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  addDynamicPartitions,
  deleteDynamicPartitions,
  listDynamicPartitions,
  loadDynamicKeys,
} from "./dynamicPartitions";
import { createTestDatabase, type TestDatabase } from "./testing/testDatabase";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

it("adds keys in the order given and re-adding changes nothing", async () => {
  expect(await addDynamicPartitions(database.db, "customers", ["zeta", "acme", "beta"])).toEqual({
    ok: true,
    name: "customers",
    partitionKeys: ["zeta", "acme", "beta"],
  });
  expect(await addDynamicPartitions(database.db, "customers", ["acme", "gamma", "gamma"])).toEqual({
    ok: true,
    name: "customers",
    partitionKeys: ["zeta", "acme", "beta", "gamma"],
  });
  await addDynamicPartitions(database.db, "regions", ["us"]);
  expect(await listDynamicPartitions(database.db, "nobody")).toEqual([]);
  expect(Object.fromEntries(await loadDynamicKeys(database.db))).toEqual({
    customers: ["zeta", "acme", "beta", "gamma"],
    regions: ["us"],
  });
});

it("refuses invalid keys with the reason, adding none of the batch", async () => {
  for (const bad of ["", " padded", "a|b", "a,b", "a...b", "x".repeat(256)]) {
    const result = await addDynamicPartitions(database.db, "customers", ["fine", bad]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(bad ? `"${bad.slice(0, 40)}` : "empty");
  }
  expect(await listDynamicPartitions(database.db, "customers")).not.toContain("fine");
  expect((await addDynamicPartitions(database.db, " ", ["a"])).ok).toBe(false);
  expect((await addDynamicPartitions(database.db, "customers", [])).ok).toBe(false);
});

it("removes keys, and refuses to remove keys that are not there", async () => {
  expect(await deleteDynamicPartitions(database.db, "customers", ["acme", "gamma"])).toEqual({
    ok: true,
    name: "customers",
    partitionKeys: ["zeta", "beta"],
  });
  const missing = await deleteDynamicPartitions(database.db, "customers", ["zeta", "acme"]);
  expect(missing).toEqual({ ok: false, message: expect.stringContaining('"acme"') });
  expect(await listDynamicPartitions(database.db, "customers")).toEqual(["zeta", "beta"]);
});
