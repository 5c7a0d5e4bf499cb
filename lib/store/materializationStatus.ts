// The asset status rows a batch of events' materializations leave, written in one statement per batch rather than a
// read and an upsert per materialization: a run of a thousand steps writes a few hundred batches, each of several
// materializations. Reads of upstream statuses see the batch's own unwritten materializations.
import type { UpstreamStatus } from "../core/staleness";
import type { Tx } from "./database";

export interface MaterializationStatus {
  eventId: bigint;
  at: Date;
  runId: string | null;
  dataVersion: string | null;
  /** What the materialization was made from; left out when the asset is not in the run's snapshot (kept as it was). */
  inputs?: { codeVersion: string | null; upstreamVersions: Record<string, string | null> };
}

/** A partition's latest materialization, recorded after its asset's status row (see recordPartitionMaterialization). */
export interface PartitionMaterialization {
  assetKey: string;
  partitionKey: string;
  eventId: bigint;
  codeVersion: string | null;
  at: Date;
}

type StoredStatus = UpstreamStatus;

/** Prisma keeps DateTime as UTC wall time in a column without a zone. */
const utc = (time: Date) => time.toISOString().slice(0, -1);

export class MaterializationStatusBatch {
  private readonly pending = new Map<string, MaterializationStatus>();
  private readonly partitions: PartitionMaterialization[] = [];
  /** Stored rows read since the last write (null: no row). */
  private readonly stored = new Map<string, StoredStatus | null>();

  constructor(readonly tx: Tx) {}

  /** Reads the stored rows of these assets not read yet, in one query. */
  async read(assetKeys: Iterable<string>): Promise<void> {
    const missing = [...new Set(assetKeys)].filter((key) => !this.stored.has(key));
    if (missing.length === 0) return;
    // Raw SQL: a batch's one read, where the equivalent findMany costs the run process several times the CPU.
    const rows = await this.tx.$queryRaw<(StoredStatus & { assetKey: string })[]>`
      SELECT "assetKey", "lastMaterializationEventId", "lastMaterializationAt", "lastMaterializationDataVersion",
             "lastObservationAt", "lastObservationDataVersion"
      FROM "AssetStatus" WHERE "assetKey" = ANY(${missing}::text[])`;
    const byKey = new Map(rows.map((row) => [row.assetKey, row]));
    for (const key of missing) this.stored.set(key, byKey.get(key) ?? null);
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
   * Writes what is pending: the status rows in one upsert (in key order, so two batches lock rows in the same order),
   * then each partition's latest materialization, after its asset's row is locked. Later reads go to the store.
   */
  async write(): Promise<void> {
    this.stored.clear();
    if (this.pending.size === 0) return;
    const entries = [...this.pending.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    this.pending.clear();
    const now = utc(new Date());
    // Without inputs the row keeps its code and upstream versions: upstreamVersions is then null, never {}.
    await this.tx.$executeRaw`
      INSERT INTO "AssetStatus" AS status (
        "assetKey", "lastMaterializationEventId", "lastMaterializationAt", "lastMaterializationRunId",
        "lastMaterializationDataVersion", "lastCodeVersion", "lastUpstreamVersions", "updatedAt"
      )
      SELECT "assetKey", "eventId", "at", "runId", "dataVersion", "codeVersion", "upstreamVersions", ${now}::timestamp(3)
      FROM unnest(
        ${entries.map(([key]) => key)}::text[], ${entries.map(([, s]) => s.eventId)}::bigint[],
        ${entries.map(([, s]) => utc(s.at))}::timestamp(3)[], ${entries.map(([, s]) => s.runId)}::uuid[],
        ${entries.map(([, s]) => s.dataVersion)}::text[], ${entries.map(([, s]) => s.inputs?.codeVersion ?? null)}::text[],
        ${entries.map(([, s]) => (s.inputs ? JSON.stringify(s.inputs.upstreamVersions) : null))}::jsonb[]
      ) WITH ORDINALITY AS w("assetKey", "eventId", "at", "runId", "dataVersion", "codeVersion", "upstreamVersions", "position")
      ORDER BY "position"
      ON CONFLICT ("assetKey") DO UPDATE SET
        "lastMaterializationEventId" = EXCLUDED."lastMaterializationEventId",
        "lastMaterializationAt" = EXCLUDED."lastMaterializationAt",
        "lastMaterializationRunId" = EXCLUDED."lastMaterializationRunId",
        "lastMaterializationDataVersion" = EXCLUDED."lastMaterializationDataVersion",
        "lastCodeVersion" = CASE WHEN EXCLUDED."lastUpstreamVersions" IS NULL THEN status."lastCodeVersion"
          ELSE EXCLUDED."lastCodeVersion" END,
        "lastUpstreamVersions" = COALESCE(EXCLUDED."lastUpstreamVersions", status."lastUpstreamVersions"),
        "updatedAt" = EXCLUDED."updatedAt"`;
    const partitions = this.partitions.splice(0);
    for (const partition of partitions) await recordPartitionMaterialization(this.tx, partition);
  }
}

/**
 * The partition's latest materialization, after the asset's status row was written (and so locked to the end of the
 * transaction): the row's new seq then grows in commit order per asset, which lets readers read only what is new.
 * A materialization older than the recorded one (a concurrent run's, committed later) changes nothing.
 */
async function recordPartitionMaterialization(tx: Tx, partition: PartitionMaterialization): Promise<void> {
  const { assetKey, partitionKey, eventId, codeVersion, at } = partition;
  await tx.$executeRaw`
    INSERT INTO "AssetPartitionMaterialization" ("assetKey", "partitionKey", "eventId", "codeVersion", "materializedAt")
    VALUES (${assetKey}, ${partitionKey}, ${eventId}, ${codeVersion}, ${utc(at)}::timestamp)
    ON CONFLICT ("assetKey", "partitionKey") DO UPDATE SET
      "eventId" = EXCLUDED."eventId", "codeVersion" = EXCLUDED."codeVersion", "materializedAt" = EXCLUDED."materializedAt",
      "seq" = nextval(pg_get_serial_sequence('"AssetPartitionMaterialization"', 'seq'))
    WHERE "AssetPartitionMaterialization"."eventId" < EXCLUDED."eventId"`;
}
