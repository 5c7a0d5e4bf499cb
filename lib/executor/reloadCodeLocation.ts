// Re-reads one code location in a child process and stores the new snapshot and code hash, or the load error, saying
// what changed. Reloads of one location at once share one load: in a process through the promise in flight, across
// processes through an advisory lock.
import { type ReloadChange, reloadChange } from "../core/reloadChange";
import { waitForCodeLocationLoad, withCodeLocationLoadLock } from "../store/codeLocationLoadLock";
import {
  type CodeLocationRecord,
  findCodeLocation,
  markCodeLocationLoading,
  saveCodeLocationLoadError,
  saveDefinitionsSnapshot,
} from "../store/codeLocations";
import type { Database } from "../store/database";
import { loadCodeLocation } from "./codeLocationLoader";

/** Long enough for the slowest load (10,000 assets take about 2 s); the lock goes with its transaction. */
const LOAD_TIMEOUT_MS = 5 * 60_000;

export interface ReloadedCodeLocation extends CodeLocationRecord {
  /** What this reload changed; null when the load failed (the load error says why). */
  lastReloadChange: ReloadChange | null;
}

// Keyed by client as well as name: tests (and the bench) talk to several databases from one process.
const inFlight = new WeakMap<Database, Map<string, Promise<ReloadedCodeLocation | null>>>();

/**
 * Returns the location after the reload, or null when no location has that name. A reload asked for while one of the
 * same location is loading (here or in another process) starts no second loader: it waits for that one and returns
 * what it stored.
 */
export function reloadCodeLocation(db: Database, name: string): Promise<ReloadedCodeLocation | null> {
  let byName = inFlight.get(db);
  if (!byName) inFlight.set(db, (byName = new Map()));
  const running = byName.get(name);
  if (running) return running;
  const reload = reloadOnce(db, name).finally(() => byName.delete(name));
  byName.set(name, reload);
  return reload;
}

async function reloadOnce(db: Database, name: string): Promise<ReloadedCodeLocation | null> {
  const location = await findCodeLocation(db, name);
  if (!location) return null;
  // Received lineage has no module: its definitions change as events arrive, and there is nothing to load.
  if (location.kind === "OPENLINEAGE") return { ...location, lastReloadChange: null };
  const loadedHere = await withCodeLocationLoadLock(db, name, LOAD_TIMEOUT_MS, async () => {
    // Written outside the lock's transaction, so the console sees LOADING while the load runs.
    await markCodeLocationLoading(db, name);
    const result = await loadCodeLocation(location.modulePath);
    if (result.ok) await saveDefinitionsSnapshot(db, name, result.snapshot, result.codeHash);
    else await saveCodeLocationLoadError(db, name, result.error);
  });
  // Another process is loading it: the lock comes free when its load is stored, and that is the result.
  if (!loadedHere) await waitForCodeLocationLoad(db, name, LOAD_TIMEOUT_MS);
  const reloaded = await findCodeLocation(db, name);
  if (!reloaded) return null;
  return { ...reloaded, lastReloadChange: reloaded.loadStatus === "LOADED" ? reloadChange(location, reloaded) : null };
}
