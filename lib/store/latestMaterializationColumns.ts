// The column metadata of each asset's latest materialization: its table schema and column lineage entries, which
// override the definition's (see lib/core/columnLineage.ts).
import { COLUMN_LINEAGE_TYPE, TABLE_SCHEMA_TYPE } from "../core/columnLineage";
import type { MetadataValue } from "../core/definitionsSnapshot";
import type { PrismaClient } from "./generated/prisma/client";

/**
 * By asset key string: the `table_schema` and `column_lineage` entries of the asset's latest materialization, for the
 * assets whose latest materialization has any. One query over the status rows' latest materialization events; only
 * those entries leave the database, not the rest of the metadata (previews can be large).
 */
export async function readLatestMaterializationColumnMetadata(
  db: PrismaClient,
): Promise<Map<string, Record<string, MetadataValue>>> {
  const rows = await db.$queryRaw<{ assetKey: string; entries: string }[]>`
    SELECT s."assetKey", jsonb_object_agg(m.key, m.value)::text AS "entries"
    FROM "AssetStatus" s
    JOIN "Event" e ON e."id" = s."lastMaterializationEventId"
    CROSS JOIN LATERAL jsonb_each(
      CASE WHEN jsonb_typeof(e."data"->'metadata') = 'object' THEN e."data"->'metadata' ELSE '{}'::jsonb END
    ) AS m
    WHERE jsonb_typeof(m.value) = 'object' AND m.value->>'type' IN (${TABLE_SCHEMA_TYPE}, ${COLUMN_LINEAGE_TYPE})
    GROUP BY s."assetKey"`;
  return new Map(rows.map((row) => [row.assetKey, JSON.parse(row.entries) as Record<string, MetadataValue>]));
}
