// The embedded database of `strata dev`: migrated at start, and its data survives a restart.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listCodeLocations, upsertCodeLocation } from "../store/codeLocations";
import { createPrismaClient } from "../store/prisma";
import { openDatabase } from "./database";

let home: string;
const saved = { home: process.env.STRATA_HOME, url: process.env.DATABASE_URL };

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), "strata-home-"));
  await chmod(home, 0o755); // as root, Postgres runs as another user that must enter this directory
  process.env.STRATA_HOME = home;
  delete process.env.DATABASE_URL;
});

afterAll(async () => {
  process.env.STRATA_HOME = saved.home;
  if (saved.url) process.env.DATABASE_URL = saved.url;
  await rm(home, { recursive: true, force: true });
});

it("keeps data across a stop and a start, and applies migrations only once", async () => {
  const lines: string[] = [];
  const first = await openDatabase((l) => lines.push(l));
  expect(first.embedded).toBe(true);
  expect(lines.some((l) => l.startsWith("Applied migrations:"))).toBe(true);
  const db = createPrismaClient(first.url);
  await upsertCodeLocation(db, "kept", "/somewhere/definitions.ts");
  await db.$disconnect();
  await first.stop();

  const again: string[] = [];
  const second = await openDatabase((l) => again.push(l));
  const db2 = createPrismaClient(second.url);
  try {
    expect((await listCodeLocations(db2)).map((l) => l.name)).toEqual(["kept"]);
    expect(again.some((l) => l.startsWith("Applied migrations:"))).toBe(false);
  } finally {
    await db2.$disconnect();
    await second.stop();
  }
});
