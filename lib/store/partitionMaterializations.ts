// Each partition's latest materialization (event id and code version), read for per-partition staleness. A poll
// re-reads an asset only when its status row changed, and then only the partitions written since the last read.
import type { PartitionMaterializationRecords } from "../core/partitionStaleness";
import type { Tx } from "./database";
import type { PrismaClient } from "./generated/prisma/client";

interface Row {
  assetKey: string;
  partitionKey: string;
  eventId: bigint;
  codeVersion: string | null;
  seq: bigint;
}

interface Known {
  records: PartitionMaterializationRecords;
  /** What the caller said the asset's state was at the last read. */
  token: unknown;
  /** The largest seq read (see AssetPartitionMaterialization.seq: it grows in commit order per asset). */
  seq: bigint;
}

// Each client's records by asset: a changed asset gets a new object, so readers can tell what changed by identity.
const knownByClient = new WeakMap<object, Map<string, Known>>();

const NONE: PartitionMaterializationRecords = { byKey: new Map(), lastEventId: 0 };

/**
 * The latest materialization of every materialized partition of each asset of `tokens`. A token stands for the
 * asset's state (its status row's latest materialization id): an asset whose token is the one of the last read is not
 * queried, the others read only the rows written after the last read. Shared objects: read-only.
 */
export async function readPartitionMaterializations(
  db: PrismaClient | Tx,
  tokens: ReadonlyMap<string, unknown>,
): Promise<Map<string, PartitionMaterializationRecords>> {
  let cache = knownByClient.get(db);
  if (!cache) {
    cache = new Map();
    knownByClient.set(db, cache);
  }
  const keys: string[] = [];
  const after: string[] = [];
  for (const [assetKey, token] of tokens) {
    const known = cache.get(assetKey);
    if (known?.token === token) continue;
    keys.push(assetKey);
    after.push(String(known?.seq ?? 0n));
  }
  if (keys.length > 0) {
    const rows = await db.$queryRaw<Row[]>`
      SELECT m."assetKey", m."partitionKey", m."eventId", m."codeVersion", m."seq"
      FROM unnest(${keys}::text[], ${after}::bigint[]) AS wanted("assetKey", "after")
      JOIN "AssetPartitionMaterialization" m ON m."assetKey" = wanted."assetKey" AND m."seq" > wanted."after"`;
    const fresh = new Map<string, Row[]>();
    for (const row of rows) {
      const list = fresh.get(row.assetKey);
      if (list) list.push(row);
      else fresh.set(row.assetKey, [row]);
    }
    for (const assetKey of keys) {
      const known = cache.get(assetKey);
      const list = fresh.get(assetKey);
      const token = tokens.get(assetKey);
      if (!list) {
        cache.set(assetKey, { records: known?.records ?? NONE, token, seq: known?.seq ?? 0n });
        continue;
      }
      const byKey = new Map(known?.records.byKey);
      let lastEventId = known?.records.lastEventId ?? 0;
      let seq = known?.seq ?? 0n;
      for (const row of list) {
        const eventId = Number(row.eventId);
        byKey.set(row.partitionKey, { eventId, codeVersion: row.codeVersion });
        if (eventId > lastEventId) lastEventId = eventId;
        if (row.seq > seq) seq = row.seq;
      }
      cache.set(assetKey, { records: { byKey, lastEventId }, token, seq });
    }
  }
  const records = new Map<string, PartitionMaterializationRecords>();
  for (const assetKey of tokens.keys()) records.set(assetKey, cache.get(assetKey)?.records ?? NONE);
  return records;
}

/** A partition materialized after a reader's position in its asset. */
export interface PartitionMaterializationAfter {
  assetKey: string;
  partitionKey: string;
  eventId: bigint;
  seq: bigint;
}

/**
 * The partitions of one asset materialized past `afterSeq`, in seq (commit) order, at most `limit`: a reader that
 * keeps the largest seq it has read misses nothing, whatever order concurrent runs commit in.
 */
export async function readPartitionMaterializationsAfter(
  db: PrismaClient,
  assetKey: string,
  afterSeq: bigint,
  limit: number,
): Promise<PartitionMaterializationAfter[]> {
  return db.assetPartitionMaterialization.findMany({
    where: { assetKey, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take: limit,
    select: { assetKey: true, partitionKey: true, eventId: true, seq: true },
  });
}

/** Each asset's largest seq (0 when none of its partitions materialized): where a new reader starts. */
export async function readLatestPartitionMaterializationSeqs(
  db: PrismaClient,
  assetKeys: readonly string[],
): Promise<Map<string, bigint>> {
  const rows = await db.assetPartitionMaterialization.groupBy({
    by: ["assetKey"],
    where: { assetKey: { in: [...assetKeys] } },
    _max: { seq: true },
  });
  return new Map(assetKeys.map((key) => [key, rows.find((row) => row.assetKey === key)?._max.seq ?? 0n]));
}
