// Derived asset status rows (latest materialization, failure, observation and staleness inputs), read so that a
// console poll re-reads only the rows that changed since the last one.
import { Prisma, type PrismaClient } from "./generated/prisma/client";

export interface AssetStatusRecord {
  lastMaterializationEventId: bigint | null;
  lastMaterializationAt: Date | null;
  lastMaterializationRunId: string | null;
  lastFailureAt: Date | null;
  lastFailureRunId: string | null;
  /** Why the latest failed attempt failed, when it was reported from outside (an OpenLineage FAIL). */
  lastFailureMessage: string | null;
  lastCodeVersion: string | null;
  /** Each upstream's version when the asset was last materialized (see lib/core/staleness). */
  lastUpstreamVersions: Record<string, string | null> | null;
  lastObservationDataVersion: string | null;
  lastObservationAt: Date | null;
  lastMaterializationDataVersion: string | null;
}

interface AssetStatusRow extends Omit<AssetStatusRecord, "lastUpstreamVersions"> {
  assetKey: string;
  /** The row version (Postgres's xmin): every committed change to the row makes a new one. */
  version: string;
  /** The JSON text, parsed below. */
  lastUpstreamVersions: string | null;
}

// Each client's last read: every record with the row version it was read at.
const statusesByClient = new WeakMap<
  PrismaClient,
  { versions: Map<string, string>; statuses: Map<string, AssetStatusRecord> }
>();

/** Reads whole status rows, all of them or those of `assetKeys`. */
async function readStatusRows(db: PrismaClient, assetKeys: string[] | null): Promise<AssetStatusRow[]> {
  // Raw SQL: only these columns, and the JSON column as text, cost a third of the equivalent findMany at 10,000 rows.
  if (assetKeys?.length === 0) return [];
  const only = assetKeys === null ? Prisma.empty : Prisma.sql`WHERE "assetKey" = ANY(${assetKeys})`;
  return db.$queryRaw<AssetStatusRow[]>`
    SELECT "assetKey", xmin::text AS "version", "lastMaterializationEventId", "lastMaterializationAt", "lastMaterializationRunId", "lastFailureAt",
           "lastFailureRunId", "lastFailureMessage", "lastCodeVersion", "lastUpstreamVersions"::text AS "lastUpstreamVersions", "lastObservationDataVersion",
           "lastObservationAt", "lastMaterializationDataVersion"
    FROM "AssetStatus" ${only}`;
}

function toStatusRecord(row: AssetStatusRow): AssetStatusRecord {
  return {
    lastMaterializationEventId: row.lastMaterializationEventId,
    lastMaterializationAt: row.lastMaterializationAt,
    lastMaterializationRunId: row.lastMaterializationRunId,
    lastFailureAt: row.lastFailureAt,
    lastFailureRunId: row.lastFailureRunId,
    lastFailureMessage: row.lastFailureMessage,
    lastCodeVersion: row.lastCodeVersion,
    lastUpstreamVersions:
      row.lastUpstreamVersions === null
        ? null
        : (JSON.parse(row.lastUpstreamVersions) as Record<string, string | null> | null),
    lastObservationDataVersion: row.lastObservationDataVersion,
    lastObservationAt: row.lastObservationAt,
    lastMaterializationDataVersion: row.lastMaterializationDataVersion,
  };
}

/**
 * The stored status of every asset that has one, by key string. Every console poll asks for all of them, and between
 * two polls few change: one query reads each row's version, and only rows changed since this client's last read are
 * read whole. Unchanged rows keep their record object, and with nothing changed the same map is returned, so readers
 * can tell what changed by identity. Shared objects: read-only.
 */
export async function readAssetStatuses(db: PrismaClient): Promise<Map<string, AssetStatusRecord>> {
  const current = await db.$queryRaw<
    { assetKey: string; version: string }[]
  >`SELECT "assetKey", xmin::text AS "version" FROM "AssetStatus"`;
  const previous = statusesByClient.get(db);
  const changed = current
    .filter(({ assetKey, version }) => previous?.versions.get(assetKey) !== version)
    .map((row) => row.assetKey);
  if (previous && changed.length === 0 && current.length === previous.versions.size) return previous.statuses;
  // Rows read now may be newer than their version above; they are kept with the version they were read at.
  const fresh = new Map(
    (await readStatusRows(db, previous && changed.length < current.length / 2 ? changed : null)).map((row) => [
      row.assetKey,
      row,
    ]),
  );
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

/** The stored status of the given assets (key strings) that have one, read now. */
export async function readAssetStatusesOf(
  db: PrismaClient,
  assetKeys: readonly string[],
): Promise<Map<string, AssetStatusRecord>> {
  return new Map((await readStatusRows(db, [...assetKeys])).map((row) => [row.assetKey, toStatusRecord(row)]));
}
