// The asset nodes of a stored snapshot by key, cached per snapshot id: snapshots never change once written.
import { toAssetKeyString } from "../core/assetKey";
import type { AssetNodeSnapshot, DefinitionsSnapshot } from "../core/definitionsSnapshot";
import type { Tx } from "./database";
import type { PrismaClient } from "./generated/prisma/client";
import { isSqlTx, type SqlTx, type Statement } from "./sql";

const MAX_CACHED_SNAPSHOTS = 200;
const nodesBySnapshot = new Map<string, ReadonlyMap<string, AssetNodeSnapshot>>();

const READ_SNAPSHOT: Statement = {
  name: "strata_read_definitions_snapshot",
  text: `SELECT "snapshot" FROM "DefinitionsSnapshot" WHERE "id" = $1::uuid`,
};

export async function snapshotNodes(
  db: PrismaClient | Tx | SqlTx,
  snapshotId: string,
): Promise<ReadonlyMap<string, AssetNodeSnapshot>> {
  const cached = nodesBySnapshot.get(snapshotId);
  if (cached) return cached;
  const row = isSqlTx(db)
    ? (await db.query<{ snapshot: unknown }>(READ_SNAPSHOT, [snapshotId]))[0]
    : await db.definitionsSnapshot.findUnique({ where: { id: snapshotId }, select: { snapshot: true } });
  const assets = (row?.snapshot as DefinitionsSnapshot | undefined)?.assets ?? [];
  const byKey = new Map(assets.map((node) => [toAssetKeyString(node.key), node] as const));
  if (!row) return byKey; // not cached: a snapshot id that does not exist yet may be written by a later transaction
  if (nodesBySnapshot.size >= MAX_CACHED_SNAPSHOTS) nodesBySnapshot.delete(nodesBySnapshot.keys().next().value!);
  nodesBySnapshot.set(snapshotId, byKey);
  return byKey;
}
