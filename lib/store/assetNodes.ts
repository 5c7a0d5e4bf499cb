// Read model for asset nodes: every loaded location's snapshot joined with derived asset status.
import type { AssetCheckSnapshot, AssetNodeSnapshot } from "../core/definitionsSnapshot";
import { toAssetKeyString } from "../core/assetKey";
import type { PrismaClient } from "./generated/prisma/client";
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

export interface AssetNodeRecord {
  codeLocationName: string;
  node: AssetNodeSnapshot;
  status: AssetStatusRecord | null;
  /** The asset's checks, as its code location defines them. */
  checks: AssetCheckSnapshot[];
}

export async function listAssetNodes(db: PrismaClient): Promise<AssetNodeRecord[]> {
  const [locations, statuses] = await Promise.all([listCodeLocations(db), db.assetStatus.findMany()]);
  const statusByKey = new Map(statuses.map((s) => [s.assetKey, s]));
  const seen = new Set<string>();
  const records: AssetNodeRecord[] = [];
  for (const location of locations) {
    const checksByKey = new Map<string, AssetCheckSnapshot[]>();
    for (const check of location.snapshot?.checks ?? []) {
      const key = toAssetKeyString(check.assetKey);
      checksByKey.set(key, [...(checksByKey.get(key) ?? []), check]);
    }
    for (const node of location.snapshot?.assets ?? []) {
      const key = toAssetKeyString(node.key);
      // One asset key has one definition; the first location (by name) owns a duplicate.
      if (seen.has(key)) continue;
      seen.add(key);
      const status = statusByKey.get(key);
      records.push({
        codeLocationName: location.name,
        node,
        status: status ? { ...status, lastUpstreamVersions: (status.lastUpstreamVersions as Record<string, string | null> | null) ?? null } : null,
        checks: checksByKey.get(key) ?? [],
      });
    }
  }
  return records;
}
