// The asset status rows a batch of events' materializations leave, written in one statement per batch rather than a
// read and an upsert per materialization: a run of a thousand steps writes a few hundred batches, each of several
// materializations. Reads of upstream statuses see the batch's own unwritten materializations.
import type { UpstreamStatus } from "../core/staleness";
import type { PartitionStatusRow } from "./partitionStatus";
import { type SqlTx, type Statement, utcWallTime as utc } from "./sql";

export interface MaterializationStatus {
  eventId: bigint;
  at: Date;
  runId: string | null;
  dataVersion: string | null;
  /** What the materialization was made from; left out when the asset is not in the run's snapshot (kept as it was). */
  inputs?: { codeVersion: string | null; upstreamVersions: Record<string, string | null> };
}

/** A partition's latest materialization, recorded after its asset's status row (see WRITE_STATUSES). */
export interface PartitionMaterialization {
  assetKey: string;
  partitionKey: string;
  eventId: bigint;
  codeVersion: string | null;
  at: Date;
}

type StoredStatus = UpstreamStatus;

const READ_STATUSES: Statement = {
  name: "strata_read_asset_statuses",
  text: `
    SELECT "assetKey", "lastMaterializationEventId", "lastMaterializationAt", "lastMaterializationDataVersion",
      "lastObservationAt", "lastObservationDataVersion"
    FROM "AssetStatus" WHERE "assetKey" = ANY($1::text[])`,
};

// Without inputs the row keeps its code and upstream versions: upstreamVersions is then null, never {}. Each
// partition's latest materialization is recorded by the same statement once its asset's row is written, and so locked
// to the end of the transaction (the subquery reads the whole upsert first): the partition row's new seq then grows in
// commit order per asset, which lets readers read only what is new. A materialization older than the recorded one (a
// concurrent run's, committed later) changes nothing. The statement answers with the partition status rows the batch
// goes on to change, which saves derivePartitionStatuses that read its round trip. They are locked, after the status
// rows (the subquery on "written" runs the upsert first), as every writer locks the two: a row read unlocked here was
// as of the statement's start, before any wait for a status row, and so stale whenever another run of the asset had
// just committed, and its write then took two more round trips to lock and read it again.
const WRITE_STATUSES: Statement = {
  name: "strata_write_materialization_statuses",
  text: `
    WITH written AS (
      INSERT INTO "AssetStatus" AS status (
        "assetKey", "lastMaterializationEventId", "lastMaterializationAt", "lastMaterializationRunId",
        "lastMaterializationDataVersion", "lastCodeVersion", "lastUpstreamVersions", "updatedAt"
      )
      SELECT "assetKey", "eventId", "at", "runId", "dataVersion", "codeVersion", "upstreamVersions", $8::timestamp(3)
      FROM unnest($1::text[], $2::bigint[], $3::timestamp(3)[], $4::uuid[], $5::text[], $6::text[], $7::jsonb[])
        WITH ORDINALITY AS w("assetKey", "eventId", "at", "runId", "dataVersion", "codeVersion", "upstreamVersions", "position")
      ORDER BY "position"
      ON CONFLICT ("assetKey") DO UPDATE SET
        "lastMaterializationEventId" = EXCLUDED."lastMaterializationEventId",
        "lastMaterializationAt" = EXCLUDED."lastMaterializationAt",
        "lastMaterializationRunId" = EXCLUDED."lastMaterializationRunId",
        "lastMaterializationDataVersion" = EXCLUDED."lastMaterializationDataVersion",
        "lastCodeVersion" = CASE WHEN EXCLUDED."lastUpstreamVersions" IS NULL THEN status."lastCodeVersion"
          ELSE EXCLUDED."lastCodeVersion" END,
        "lastUpstreamVersions" = COALESCE(EXCLUDED."lastUpstreamVersions", status."lastUpstreamVersions"),
        "updatedAt" = EXCLUDED."updatedAt"
      RETURNING "assetKey"
    ), recorded AS (
      INSERT INTO "AssetPartitionMaterialization" AS latest
        ("assetKey", "partitionKey", "eventId", "codeVersion", "materializedAt")
      SELECT "assetKey", "partitionKey", "eventId", "codeVersion", "at"
      FROM unnest($9::text[], $10::text[], $11::bigint[], $12::text[], $13::timestamp(3)[])
        WITH ORDINALITY AS p("assetKey", "partitionKey", "eventId", "codeVersion", "at", "position")
      WHERE "assetKey" IN (SELECT "assetKey" FROM written)
      ORDER BY "position"
      ON CONFLICT ("assetKey", "partitionKey") DO UPDATE SET
        "eventId" = EXCLUDED."eventId", "codeVersion" = EXCLUDED."codeVersion",
        "materializedAt" = EXCLUDED."materializedAt",
        "seq" = nextval(pg_get_serial_sequence('"AssetPartitionMaterialization"', 'seq'))
      WHERE latest."eventId" < EXCLUDED."eventId"
    )
    SELECT "assetKey", "materialized", "failed", "inProgress", xmin::text AS "version"
    FROM "AssetPartitionStatus" WHERE "assetKey" = ANY($14::text[]) AND (SELECT count(*) FROM written) >= 0
    ORDER BY "assetKey" FOR UPDATE`,
};

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Each partition's latest materialization of the batch, in key order (so two batches lock partition rows in the same
 * order): one row per partition, as one INSERT may change a row only once.
 */
function latestPerPartition(partitions: readonly PartitionMaterialization[]): PartitionMaterialization[] {
  const latest = new Map<string, PartitionMaterialization>();
  for (const partition of partitions) {
    const key = JSON.stringify([partition.assetKey, partition.partitionKey]);
    const kept = latest.get(key);
    if (!kept || kept.eventId < partition.eventId) latest.set(key, partition);
  }
  return [...latest.values()].sort((a, b) => byKey(a.assetKey, b.assetKey) || byKey(a.partitionKey, b.partitionKey));
}

/** A status row as statusesAlongside reads it: its event id as text, its times as UTC wall time. */
interface StatusJson {
  assetKey: string;
  lastMaterializationEventId: string | null;
  lastMaterializationAt: string | null;
  lastMaterializationDataVersion: string | null;
  lastObservationAt: string | null;
  lastObservationDataVersion: string | null;
}

const fromWallTime = (time: string | null) => (time === null ? null : new Date(`${time}Z`));

function fromJson(row: StatusJson): StoredStatus {
  return {
    lastMaterializationEventId: row.lastMaterializationEventId === null ? null : BigInt(row.lastMaterializationEventId),
    lastMaterializationAt: fromWallTime(row.lastMaterializationAt),
    lastMaterializationDataVersion: row.lastMaterializationDataVersion,
    lastObservationAt: fromWallTime(row.lastObservationAt),
    lastObservationDataVersion: row.lastObservationDataVersion,
  };
}

/**
 * The status rows of the assets in text-array parameter `$parameter`, as one jsonb value a statement selects alongside
 * its own work (see insertRunEventRowsReading); MaterializationStatusBatch.seed takes it.
 */
export function statusesAlongside(parameter: number): string {
  return `SELECT coalesce(jsonb_agg(jsonb_build_object(
      'assetKey', "assetKey", 'lastMaterializationEventId', "lastMaterializationEventId"::text,
      'lastMaterializationAt', "lastMaterializationAt", 'lastMaterializationDataVersion', "lastMaterializationDataVersion",
      'lastObservationAt', "lastObservationAt", 'lastObservationDataVersion', "lastObservationDataVersion")), '[]'::jsonb)
    FROM "AssetStatus" WHERE "assetKey" = ANY($${parameter}::text[])`;
}

export class MaterializationStatusBatch {
  private readonly pending = new Map<string, MaterializationStatus>();
  private readonly partitions: PartitionMaterialization[] = [];
  /** Stored rows read since the last write (null: no row). */
  private readonly stored = new Map<string, StoredStatus | null>();

  constructor(readonly tx: SqlTx) {}

  /** Reads the stored rows of these assets not read yet, in one query. */
  async read(assetKeys: Iterable<string>): Promise<void> {
    const missing = [...new Set(assetKeys)].filter((key) => !this.stored.has(key));
    if (missing.length === 0) return;
    const rows = await this.tx.query<StoredStatus & { assetKey: string }>(READ_STATUSES, [missing]);
    const byKey = new Map(rows.map(({ assetKey, ...row }) => [assetKey, row]));
    for (const key of missing) this.stored.set(key, byKey.get(key) ?? null);
  }

  /** Takes the rows of these assets as read alongside another statement of this transaction (see statusesAlongside). */
  seed(assetKeys: readonly string[], read: unknown): void {
    const byKey = new Map((read as StatusJson[] | null)?.map((row) => [row.assetKey, fromJson(row)]) ?? []);
    for (const key of assetKeys) if (!this.stored.has(key)) this.stored.set(key, byKey.get(key) ?? null);
  }

  /** Each asset's status as this batch leaves it so far: its unwritten materialization over the stored row. */
  async statuses(assetKeys: readonly string[]): Promise<Map<string, UpstreamStatus | undefined>> {
    await this.read(assetKeys);
    return new Map(
      assetKeys.map((key) => {
        const row = this.stored.get(key) ?? null;
        const mine = this.pending.get(key);
        if (!mine) return [key, row ?? undefined];
        return [
          key,
          {
            lastObservationAt: row?.lastObservationAt ?? null,
            lastObservationDataVersion: row?.lastObservationDataVersion ?? null,
            lastMaterializationEventId: mine.eventId,
            lastMaterializationAt: mine.at,
            lastMaterializationDataVersion: mine.dataVersion,
          },
        ];
      }),
    );
  }

  /** Records a materialization, as a later one of the same asset in the batch would overwrite it. */
  materialize(assetKey: string, status: MaterializationStatus, partition: PartitionMaterialization | null): void {
    const earlier = this.pending.get(assetKey);
    this.pending.set(assetKey, { ...status, inputs: status.inputs ?? earlier?.inputs });
    if (partition) this.partitions.push(partition);
  }

  /**
   * Writes what is pending in one statement: the status rows (in key order, so two batches lock rows in the same
   * order), then each partition's latest materialization. Later reads go to the store. Returns the partition status
   * rows of `partitionAssetKeys`, locked for the rest of the transaction (an asset without a row maps to null); empty
   * when nothing was pending.
   */
  async write(partitionAssetKeys: readonly string[] = []): Promise<Map<string, PartitionStatusRow | null>> {
    this.stored.clear();
    if (this.pending.size === 0) return new Map();
    const entries = [...this.pending.entries()].sort(([a], [b]) => byKey(a, b));
    this.pending.clear();
    const partitions = latestPerPartition(this.partitions.splice(0));
    const rows = await this.tx.query<PartitionStatusRow & { assetKey: string }>(WRITE_STATUSES, [
      entries.map(([key]) => key),
      entries.map(([, s]) => s.eventId),
      entries.map(([, s]) => utc(s.at)),
      entries.map(([, s]) => s.runId),
      entries.map(([, s]) => s.dataVersion),
      entries.map(([, s]) => s.inputs?.codeVersion ?? null),
      entries.map(([, s]) => (s.inputs ? JSON.stringify(s.inputs.upstreamVersions) : null)),
      utc(new Date()),
      partitions.map((p) => p.assetKey),
      partitions.map((p) => p.partitionKey),
      partitions.map((p) => p.eventId),
      partitions.map((p) => p.codeVersion),
      partitions.map((p) => utc(p.at)),
      [...partitionAssetKeys],
    ]);
    const read = new Map<string, PartitionStatusRow | null>(partitionAssetKeys.map((key) => [key, null]));
    for (const { assetKey, ...row } of rows) read.set(assetKey, row);
    return read;
  }
}
