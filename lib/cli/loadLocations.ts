// Registers the config's code locations in the store and loads each one, reporting to the terminal.
import { reloadCodeLocation } from "../executor/reloadCodeLocation";
import { upsertCodeLocation } from "../store/codeLocations";
import type { Database } from "../store/database";
import { readStrataConfig } from "./strataConfig";

/** Returns false when any location failed to load (its error is stored and shown in the console). */
export async function loadConfiguredLocations(db: Database, log: (line: string) => void): Promise<boolean> {
  let allLoaded = true;
  for (const location of (await readStrataConfig()).codeLocations) {
    await upsertCodeLocation(db, location.name, location.modulePath);
    const loaded = await reloadCodeLocation(db, location.name);
    if (loaded?.loadStatus === "LOADED") {
      log(`Loaded code location "${location.name}": ${loaded.snapshot?.assets.length ?? 0} assets`);
    } else {
      allLoaded = false;
      log(`Code location "${location.name}" failed to load:\n${loaded?.loadError?.message ?? "unknown error"}`);
    }
  }
  return allLoaded;
}
