// Read model for asset nodes: every loaded location's snapshot joined with derived asset status. The definitions
// side is built once per set of current snapshots (snapshots never change), so a request only reads the status rows.
import type { AssetCheckSnapshot, AssetNodeSnapshot } from "../core/definitionsSnapshot";
import { toAssetKeyString } from "../core/assetKey";
import { Prisma, type PrismaClient } from "./generated/prisma/client";
import { listCodeLocations } from "./codeLocations";

export interface AssetStatusRecord {
  lastMaterializationEventId: bigint | null;
  lastMaterializationAt: Date | null;
  lastMaterializationRunId: string | null;
  lastFailureAt: Date | null;
  lastFailureRunId: string | null;
  lastCodeVersion: string | null;
  /** Each upstream's version when the asset was last materialized (see lib/core/staleness). */
  lastUpstreamVersions: Record<string, string | null> | null;
  lastObservationDataVersion: string | null;
}

/** One asset as its code location defines it; shared by every request while the snapshot is current: read-only. */
export interface AssetDefinition {
  /** The key string, "analytics/fact_events". */
  key: string;
  codeLocationName: string;
  node: AssetNodeSnapshot;
  /** The asset's checks, as its code location defines them. */
  checks: AssetCheckSnapshot[];
  /** Key strings of `node.dependencyKeys`, in the same order. */
  upstreamKeys: string[];
}

export interface AssetNodeRecord extends AssetDefinition {
  status: AssetStatusRecord | null;
}

/** Every defined asset once (the first location by name owns a duplicate key), in location then snapshot order. */
export interface AssetDefinitions {
  list: readonly AssetDefinition[];
  byKey: ReadonlyMap<string, AssetDefinition>;
}

// The definitions of the snapshots current at the last call; rebuilt when any location's current snapshot changes.
let cached: { version: string; definitions: AssetDefinitions } | null = null;

function buildDefinitions(locations: readonly { name: string; snapshot: { assets: AssetNodeSnapshot[]; checks?: AssetCheckSnapshot[] } | null }[]): AssetDefinitions {
  const list: AssetDefinition[] = [];
  const byKey = new Map<string, AssetDefinition>();
  for (const location of locations) {
    const checksByKey = new Map<string, AssetCheckSnapshot[]>();
    for (const check of location.snapshot?.checks ?? []) {
      const key = toAssetKeyString(check.assetKey);
      const checks = checksByKey.get(key);
      if (checks) checks.push(check);
      else checksByKey.set(key, [check]);
    }
    for (const node of location.snapshot?.assets ?? []) {
      const key = toAssetKeyString(node.key);
      // One asset key has one definition; the first location (by name) owns a duplicate.
      if (byKey.has(key)) continue;
      const definition: AssetDefinition = {
        key,
        codeLocationName: location.name,
        node,
        checks: checksByKey.get(key) ?? [],
        upstreamKeys: node.dependencyKeys.map((dependency) => toAssetKeyString(dependency)),
      };
      list.push(definition);
      byKey.set(key, definition);
    }
  }
  return { list, byKey };
}

/** Every loaded location's asset definitions; the same object while no location's current snapshot changes. */
export async function loadAssetDefinitions(db: PrismaClient): Promise<AssetDefinitions> {
  const locations = await listCodeLocations(db);
  const version = locations.map((l) => `${l.name}\u0000${l.snapshotId ?? ""}`).join("\u0001");
  if (cached?.version !== version) cached = { version, definitions: buildDefinitions(locations) };
  return cached.definitions;
}

interface AssetStatusRow extends Omit<AssetStatusRecord, "lastUpstreamVersions"> {
  assetKey: string;
  /** The row version (Postgres's xmin): every committed change to the row makes a new one. */
  version: string;
  /** The JSON text, parsed below. */
  lastUpstreamVersions: string | null;
}

// Each client's last read: every record with the row version it was read at.
const statusesByClient = new WeakMap<PrismaClient, { versions: Map<string, string>; statuses: Map<string, AssetStatusRecord> }>();

/** Reads whole status rows, all of them or those of `assetKeys`. */
async function readStatusRows(db: PrismaClient, assetKeys: string[] | null): Promise<AssetStatusRow[]> {
  // Raw SQL: only these columns, and the JSON column as text, cost a third of the equivalent findMany at 10,000 rows.
  if (assetKeys?.length === 0) return [];
  const only = assetKeys === null ? Prisma.empty : Prisma.sql`WHERE "assetKey" = ANY(${assetKeys})`;
  return db.$queryRaw<AssetStatusRow[]>`
    SELECT "assetKey", xmin::text AS "version", "lastMaterializationEventId", "lastMaterializationAt", "lastMaterializationRunId", "lastFailureAt",
           "lastFailureRunId", "lastCodeVersion", "lastUpstreamVersions"::text AS "lastUpstreamVersions", "lastObservationDataVersion"
    FROM "AssetStatus" ${only}`;
}

function toStatusRecord(row: AssetStatusRow): AssetStatusRecord {
  return {
    lastMaterializationEventId: row.lastMaterializationEventId,
    lastMaterializationAt: row.lastMaterializationAt,
    lastMaterializationRunId: row.lastMaterializationRunId,
    lastFailureAt: row.lastFailureAt,
    lastFailureRunId: row.lastFailureRunId,
    lastCodeVersion: row.lastCodeVersion,
    lastUpstreamVersions: row.lastUpstreamVersions === null ? null : (JSON.parse(row.lastUpstreamVersions) as Record<string, string | null> | null),
    lastObservationDataVersion: row.lastObservationDataVersion,
  };
}

/**
 * The stored status of every asset that has one, by key string. Every console poll asks for all of them, and between
 * two polls few change: one query reads each row's version, and only rows changed since this client's last read are
 * read whole. Unchanged rows keep their record object, and with nothing changed the same map is returned, so readers
 * can tell what changed by identity. Shared objects: read-only.
 */
export async function readAssetStatuses(db: PrismaClient): Promise<Map<string, AssetStatusRecord>> {
  const current = await db.$queryRaw<{ assetKey: string; version: string }[]>`SELECT "assetKey", xmin::text AS "version" FROM "AssetStatus"`;
  const previous = statusesByClient.get(db);
  const changed = current.filter(({ assetKey, version }) => previous?.versions.get(assetKey) !== version).map((row) => row.assetKey);
  if (previous && changed.length === 0 && current.length === previous.versions.size) return previous.statuses;
  // Rows read now may be newer than their version above; they are kept with the version they were read at.
  const fresh = new Map((await readStatusRows(db, previous && changed.length < current.length / 2 ? changed : null)).map((row) => [row.assetKey, row]));
  const versions = new Map<string, string>();
  const statuses = new Map<string, AssetStatusRecord>();
  for (const { assetKey, version } of current) {
    const row = fresh.get(assetKey);
    const kept = row ? undefined : previous?.statuses.get(assetKey);
    if (row) {
      versions.set(assetKey, row.version);
      statuses.set(assetKey, toStatusRecord(row));
    } else if (kept) {
      versions.set(assetKey, version);
      statuses.set(assetKey, kept);
    }
  }
  statusesByClient.set(db, { versions, statuses });
  return statuses;
}

export async function listAssetNodes(db: PrismaClient): Promise<AssetNodeRecord[]> {
  const [definitions, statuses] = await Promise.all([loadAssetDefinitions(db), readAssetStatuses(db)]);
  return definitions.list.map(({ key, codeLocationName, node, checks, upstreamKeys }) => ({ key, codeLocationName, node, checks, upstreamKeys, status: statuses.get(key) ?? null }));
}
