// Re-reads one code location in a child process and stores the new snapshot or the load error.
import {
  type CodeLocationRecord,
  findCodeLocation,
  markCodeLocationLoading,
  saveCodeLocationLoadError,
  saveDefinitionsSnapshot,
} from "../store/codeLocations";
import type { PrismaClient } from "../store/prisma";
import { loadCodeLocation } from "./codeLocationLoader";

/** Returns the location after the reload, or null when no location has that name. */
export async function reloadCodeLocation(db: PrismaClient, name: string): Promise<CodeLocationRecord | null> {
  const location = await findCodeLocation(db, name);
  if (!location) return null;
  await markCodeLocationLoading(db, name);
  const result = await loadCodeLocation(location.modulePath);
  if (result.ok) await saveDefinitionsSnapshot(db, name, result.snapshot);
  else await saveCodeLocationLoadError(db, name, result.error);
  return findCodeLocation(db, name);
}
