// Code locations and their definition snapshots: what the web server knows of user code.
import { createHash, randomUUID } from "node:crypto";
import type { DefinitionsSnapshot } from "../core/definitionsSnapshot";
import type { Tx } from "./database";
import { readDefinitionsSnapshots } from "./definitionsSnapshots";
import {
  type CodeLocationKind,
  type CodeLocationLoadStatus,
  Prisma,
  type PrismaClient,
} from "./generated/prisma/client";

export interface LoadError {
  message: string;
  stack: string | null;
}

export interface CodeLocationRecord {
  id: string;
  name: string;
  modulePath: string;
  /** MODULE: user code at modulePath; OPENLINEAGE: the lineage Strata received, which has no code to load. */
  kind: CodeLocationKind;
  loadStatus: CodeLocationLoadStatus;
  loadError: LoadError | null;
  updatedAt: Date;
  /** The current snapshot's id; null before the first successful load. */
  snapshotId: string | null;
  /** The current snapshot, shared with other readers in this process: read-only. */
  snapshot: DefinitionsSnapshot | null;
  /** The content hash of the module graph last loaded; null before the first load that recorded one. */
  codeHash: string | null;
}

/** Registers a location from the config file (or updates its module path), keeping its history. */
export async function upsertCodeLocation(db: PrismaClient, name: string, modulePath: string): Promise<void> {
  await db.codeLocation.upsert({ where: { name }, create: { name, modulePath }, update: { modulePath } });
}

export async function markCodeLocationLoading(db: PrismaClient, name: string): Promise<void> {
  await db.codeLocation.update({ where: { name }, data: { loadStatus: "LOADING" } });
}

/**
 * Stores a snapshot (deduplicated by content hash) and makes it the location's current one, with the code hash of the
 * files it was loaded from (left as it was when not given). The JSON is built once, for the hash and the row, and only
 * sent when no snapshot of the location has that hash yet.
 */
export async function saveDefinitionsSnapshot(
  db: PrismaClient,
  name: string,
  snapshot: DefinitionsSnapshot,
  codeHash?: string,
): Promise<void> {
  await db.$transaction((tx) => saveSnapshotIn(tx, name, snapshot, codeHash), { timeout: SNAPSHOT_STORE_TIMEOUT_MS });
}

/**
 * A snapshot of 100,000 assets is tens of megabytes of JSON that Postgres parses into jsonb inside the transaction:
 * seconds on a busy machine, past Prisma's default of 5 s, after which the load would fail with nothing stored.
 */
const SNAPSHOT_STORE_TIMEOUT_MS = 120_000;

/** The same, in the caller's transaction; returns the current snapshot's id. */
export async function saveSnapshotIn(
  tx: Tx,
  name: string,
  snapshot: DefinitionsSnapshot,
  codeHash?: string,
): Promise<string> {
  const json = JSON.stringify(snapshot);
  const snapshotHash = createHash("sha256").update(json).digest("hex");
  const location = await tx.codeLocation.findUniqueOrThrow({ where: { name }, select: { id: true } });
  const where = { codeLocationId_snapshotHash: { codeLocationId: location.id, snapshotHash } };
  let stored = await tx.definitionsSnapshot.findUnique({ where, select: { id: true } });
  if (!stored) {
    // The text is stored as built: Prisma would serialize the object a second time.
    await tx.$executeRaw`
      INSERT INTO "DefinitionsSnapshot" ("id", "codeLocationId", "snapshotHash", "snapshot")
      VALUES (${randomUUID()}::uuid, ${location.id}::uuid, ${snapshotHash}, ${json}::jsonb)
      ON CONFLICT ("codeLocationId", "snapshotHash") DO NOTHING`;
    stored = await tx.definitionsSnapshot.findUniqueOrThrow({ where, select: { id: true } });
  }
  await tx.codeLocation.update({
    where: { name },
    data: { loadStatus: "LOADED", loadError: Prisma.DbNull, currentSnapshotId: stored.id, codeHash },
    select: { id: true },
  });
  return stored.id;
}

/**
 * Records a failed load. The last good snapshot stays current, so the graph keeps showing
 * what was loaded before while the console shows the error.
 */
export async function saveCodeLocationLoadError(db: PrismaClient, name: string, error: LoadError): Promise<void> {
  await db.codeLocation.update({
    where: { name },
    data: { loadStatus: "ERROR", loadError: { message: error.message, stack: error.stack } },
  });
}

const LOCATION_FIELDS = {
  id: true,
  name: true,
  modulePath: true,
  kind: true,
  loadStatus: true,
  loadError: true,
  updatedAt: true,
  currentSnapshotId: true,
  codeHash: true,
} as const;

type LocationRow = Prisma.CodeLocationGetPayload<{ select: typeof LOCATION_FIELDS }>;

/** Locations with their current snapshots; a snapshot already parsed in this process is not read again. */
async function withSnapshots(db: PrismaClient, rows: readonly LocationRow[]): Promise<CodeLocationRecord[]> {
  const snapshots = await readDefinitionsSnapshots(
    db,
    rows.flatMap((row) => (row.currentSnapshotId ? [row.currentSnapshotId] : [])),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    modulePath: row.modulePath,
    kind: row.kind,
    loadStatus: row.loadStatus,
    loadError: (row.loadError as LoadError | null) ?? null,
    updatedAt: row.updatedAt,
    snapshotId: row.currentSnapshotId,
    snapshot: (row.currentSnapshotId ? snapshots.get(row.currentSnapshotId) : undefined) ?? null,
    codeHash: row.codeHash,
  }));
}

export async function listCodeLocations(db: PrismaClient): Promise<CodeLocationRecord[]> {
  return withSnapshots(db, await db.codeLocation.findMany({ orderBy: { name: "asc" }, select: LOCATION_FIELDS }));
}

export async function codeLocationExists(db: PrismaClient, name: string): Promise<boolean> {
  return (await db.codeLocation.count({ where: { name } })) > 0;
}

export async function findCodeLocation(db: PrismaClient, name: string): Promise<CodeLocationRecord | null> {
  const row = await db.codeLocation.findUnique({ where: { name }, select: LOCATION_FIELDS });
  return row ? ((await withSnapshots(db, [row]))[0] ?? null) : null;
}

/** What names the current Workspace: each location's current snapshot id, and the version of the dynamic keys. */
export interface WorkspaceVersion {
  locations: { name: string; snapshotId: string }[];
  /** Changes whenever a dynamic partition key is added or removed (their count and largest id). */
  dynamicKeysVersion: string;
}

/**
 * One round trip, because every API request and launch asks it: the snapshot ids of the loaded locations (in name
 * order, the order they own duplicate keys; received lineage last, so code owns a key both define) and the dynamic keys' version. The snapshots themselves are cached.
 */
export async function readWorkspaceVersion(db: PrismaClient): Promise<WorkspaceVersion> {
  const [row] = await db.$queryRaw<{ locations: { name: string; snapshotId: string }[] | null; dynamic: string }[]>`
    SELECT
      (SELECT json_agg(json_build_object('name', "name", 'snapshotId', "currentSnapshotId") ORDER BY "kind" = 'OPENLINEAGE', "name")
         FROM "CodeLocation" WHERE "currentSnapshotId" IS NOT NULL) AS locations,
      (SELECT count(*)::text || ':' || coalesce(max("id"), 0)::text FROM "DynamicPartition") AS dynamic`;
  return { locations: row?.locations ?? [], dynamicKeysVersion: row?.dynamic ?? "0:0" };
}
