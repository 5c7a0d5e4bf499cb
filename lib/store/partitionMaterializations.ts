// Each partition's latest materialization (event id and code version), read for per-partition staleness. A poll
// re-reads only the partitions materialized since this client's last read of the asset.
import type { PartitionMaterializationRecords } from "../core/partitionStaleness";
import type { Tx } from "./database";
import type { PrismaClient } from "./generated/prisma/client";

interface Row {
  assetKey: string;
  partitionKey: string;
  eventId: bigint;
  codeVersion: string | null;
}

// Each client's records by asset: a changed asset gets a new object, so readers can tell what changed by identity.
const recordsByClient = new WeakMap<object, Map<string, PartitionMaterializationRecords>>();

const NONE: PartitionMaterializationRecords = { byKey: new Map(), lastEventId: 0 };

/**
 * The latest materialization of every materialized partition of each asset in `latestEventIds` (asset key → the id
 * of its latest materialization of any partition, from its status row). An asset whose latest id is the one last read
 * is not queried; others read only the partitions materialized after it. Shared objects: read-only.
 */
export async function readPartitionMaterializations(
  db: PrismaClient | Tx,
  latestEventIds: ReadonlyMap<string, number>,
): Promise<Map<string, PartitionMaterializationRecords>> {
  let cache = recordsByClient.get(db);
  if (!cache) {
    cache = new Map();
    recordsByClient.set(db, cache);
  }
  const keys: string[] = [];
  const after: string[] = [];
  for (const [assetKey, latest] of latestEventIds) {
    const known = cache.get(assetKey) ?? NONE;
    if (known.lastEventId < latest) {
      keys.push(assetKey);
      after.push(String(known.lastEventId));
    }
  }
  if (keys.length > 0) {
    const rows = await db.$queryRaw<Row[]>`
      SELECT m."assetKey", m."partitionKey", m."eventId", m."codeVersion"
      FROM unnest(${keys}::text[], ${after}::bigint[]) AS wanted("assetKey", "after")
      JOIN "AssetPartitionMaterialization" m ON m."assetKey" = wanted."assetKey" AND m."eventId" > wanted."after"`;
    const fresh = new Map<string, Row[]>();
    for (const row of rows) {
      const list = fresh.get(row.assetKey);
      if (list) list.push(row);
      else fresh.set(row.assetKey, [row]);
    }
    for (const assetKey of keys) {
      const known = cache.get(assetKey) ?? NONE;
      const list = fresh.get(assetKey) ?? [];
      // Everything up to the status row's latest id has been read now, whether or not it named a partition.
      let lastEventId = Math.max(known.lastEventId, latestEventIds.get(assetKey) ?? 0);
      if (list.length === 0) {
        cache.set(assetKey, { byKey: known.byKey, lastEventId });
        continue;
      }
      const byKey = new Map(known.byKey);
      for (const row of list) {
        const eventId = Number(row.eventId);
        byKey.set(row.partitionKey, { eventId, codeVersion: row.codeVersion });
        if (eventId > lastEventId) lastEventId = eventId;
      }
      cache.set(assetKey, { byKey, lastEventId });
    }
  }
  const records = new Map<string, PartitionMaterializationRecords>();
  for (const assetKey of latestEventIds.keys()) records.set(assetKey, cache.get(assetKey) ?? NONE);
  return records;
}
