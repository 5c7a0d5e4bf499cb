// Reloads of one code location at once share one load, in a process and across processes (an advisory lock).
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { upsertCodeLocation } from "../store/codeLocations";
import { createPrismaClient, type PrismaClient } from "../store/prisma";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { reloadCodeLocation } from "./reloadCodeLocation";

// The real loader (a child process), counted.
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock("./codeLocationLoader", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./codeLocationLoader")>();
  return { ...actual, loadCodeLocation: (modulePath: string) => (loads.count++, actual.loadCodeLocation(modulePath)) };
});

let database: TestDatabase;
let otherProcess: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase();
  // Another client stands for another process: it shares nothing in memory, only the database.
  otherProcess = createPrismaClient(database.url);
  await upsertCodeLocation(database.db, "pipeline", path.resolve("lib/executor/testdata/pipeline.ts"));
});

afterAll(async () => {
  await otherProcess?.$disconnect();
  await database?.drop();
});

describe("reloadCodeLocation", () => {
  it("starts one load for two reloads at once in a process, and both get its result", async () => {
    loads.count = 0;
    const [first, second] = await Promise.all([
      reloadCodeLocation(database.db, "pipeline"),
      reloadCodeLocation(database.db, "pipeline"),
    ]);
    expect(loads.count).toBe(1);
    expect(first?.loadStatus).toBe("LOADED");
    expect(second).toEqual(first);
  });

  it("starts no second loader in another process while one is loading; it waits and returns the stored result", async () => {
    loads.count = 0;
    const here = reloadCodeLocation(database.db, "pipeline");
    // Let the first take the lock before the second asks.
    await vi.waitFor(() => expect(loads.count).toBe(1));
    const there = await reloadCodeLocation(otherProcess, "pipeline");
    const result = await here;
    expect(loads.count).toBe(1);
    expect(there?.loadStatus).toBe("LOADED");
    expect(there?.snapshotId).toBe(result?.snapshotId);
  });

  it("loads again once the previous reload has finished", async () => {
    loads.count = 0;
    await reloadCodeLocation(database.db, "pipeline");
    await reloadCodeLocation(otherProcess, "pipeline");
    expect(loads.count).toBe(2);
  });
});
