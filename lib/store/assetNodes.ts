// Read model for asset nodes: every loaded location's snapshot joined with derived asset status.
import type { AssetNodeSnapshot } from "../core/definitionsSnapshot";
import { toAssetKeyString } from "../core/assetKey";
import type { PrismaClient } from "./generated/prisma/client";
import { listCodeLocations } from "./codeLocations";

export interface AssetStatusRecord {
  lastMaterializationAt: Date | null;
  lastMaterializationRunId: string | null;
  lastFailureAt: Date | null;
  lastFailureRunId: string | null;
}

export interface AssetNodeRecord {
  codeLocationName: string;
  node: AssetNodeSnapshot;
  status: AssetStatusRecord | null;
}

export async function listAssetNodes(db: PrismaClient): Promise<AssetNodeRecord[]> {
  const [locations, statuses] = await Promise.all([listCodeLocations(db), db.assetStatus.findMany()]);
  const statusByKey = new Map(statuses.map((s) => [s.assetKey, s]));
  const seen = new Set<string>();
  const records: AssetNodeRecord[] = [];
  for (const location of locations) {
    for (const node of location.snapshot?.assets ?? []) {
      const key = toAssetKeyString(node.key);
      // One asset key has one definition; the first location (by name) owns a duplicate.
      if (seen.has(key)) continue;
      seen.add(key);
      records.push({ codeLocationName: location.name, node, status: statusByKey.get(key) ?? null });
    }
  }
  return records;
}
