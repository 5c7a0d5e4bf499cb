// Stored definitions snapshots by id, parsed once per process: a snapshot row never changes once written, so a
// reader that knows a location's current snapshot id needs no JSON from Postgres while that id stays current.
import type { DefinitionsSnapshot } from "../core/definitionsSnapshot";
import type { Tx } from "./database";
import type { PrismaClient } from "./generated/prisma/client";

/** Current snapshots of every location, plus those old runs and backfills still read; a 10,000-asset one is ~40 MB parsed. */
const MAX_CACHED = 32;
const cache = new Map<string, DefinitionsSnapshot>();

function remember(id: string, snapshot: DefinitionsSnapshot): void {
  cache.delete(id);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(id, snapshot);
}

/**
 * The snapshots with these ids (ids not stored are absent). Shared between readers: treat them as read-only.
 * Only ids not seen before are read from Postgres.
 */
export async function readDefinitionsSnapshots(
  db: PrismaClient | Tx,
  ids: Iterable<string>,
): Promise<Map<string, DefinitionsSnapshot>> {
  const wanted = [...new Set(ids)];
  const found = new Map<string, DefinitionsSnapshot>();
  const missing: string[] = [];
  for (const id of wanted) {
    const cached = cache.get(id);
    if (cached) {
      remember(id, cached);
      found.set(id, cached);
    } else missing.push(id);
  }
  if (missing.length > 0) {
    const rows = await db.definitionsSnapshot.findMany({
      where: { id: { in: missing } },
      select: { id: true, snapshot: true },
    });
    for (const row of rows) {
      const snapshot = row.snapshot as unknown as DefinitionsSnapshot;
      remember(row.id, snapshot);
      found.set(row.id, snapshot);
    }
  }
  return found;
}

export async function readDefinitionsSnapshot(db: PrismaClient | Tx, id: string): Promise<DefinitionsSnapshot | null> {
  return (await readDefinitionsSnapshots(db, [id])).get(id) ?? null;
}
