// What every bench section gets: the report it records into, the run's embedded Postgres (each section makes its
// own database, so one section's rows never skew another's figures), and a scratch directory removed at the end.

import { reloadCodeLocation } from "../lib/executor/reloadCodeLocation";
import { upsertCodeLocation } from "../lib/store/codeLocations";
import { connectDatabase, type Database } from "../lib/store/database";
import type { EmbeddedPostgresServer } from "../lib/store/embeddedPostgres";
import { applyPendingMigrations } from "../lib/store/migrations";
import type { BenchReport } from "./report";
import { type SyntheticLocation, type SyntheticLocationOptions, writeSyntheticLocation } from "./syntheticLocation";

export interface BenchContext {
  report: BenchReport;
  server: EmbeddedPostgresServer;
  workDir: string;
}

export interface BenchDatabase {
  url: string;
  db: Database;
}

/** A fresh, migrated database named `name`. */
export async function createBenchDatabase(ctx: BenchContext, name: string): Promise<BenchDatabase> {
  const url = await ctx.server.createDatabase(name);
  await applyPendingMigrations(url);
  return { url, db: connectDatabase(url) };
}

/** Writes a synthetic code location and loads it the way `strata dev` does (a child process imports it and stores its snapshot). */
export async function storeSyntheticLocation(
  ctx: BenchContext,
  db: Database,
  name: string,
  options: SyntheticLocationOptions,
): Promise<SyntheticLocation> {
  const location = await writeSyntheticLocation(`${ctx.workDir}/locations`, name, options);
  await upsertCodeLocation(db, name, location.modulePath);
  const loaded = await reloadCodeLocation(db, name);
  if (!loaded || loaded.loadError)
    throw new Error(`Could not load the synthetic location ${name}: ${JSON.stringify(loaded?.loadError)}`);
  return location;
}
