// A code location of the tests' own, stored and loaded as `strata dev` loads one: its load error fails the test.
import path from "node:path";
import { expect } from "vitest";
import { upsertCodeLocation } from "../../store/codeLocations";
import type { Database } from "../../store/database";
import { reloadCodeLocation } from "../reloadCodeLocation";

/** Stores the location `name` at `modulePath` (relative to the repository) and loads it, expecting no load error. */
export async function loadTestLocation(db: Database, name: string, modulePath: string): Promise<void> {
  await upsertCodeLocation(db, name, path.resolve(modulePath));
  expect((await reloadCodeLocation(db, name))?.loadError).toBeNull();
}
