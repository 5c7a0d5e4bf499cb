// The "openlineage" code location's snapshot, rebuilt in the caller's transaction from what external lineage knows:
// the datasets OpenLineage events named and the asset keys events were reported for without a definition.
import { externalLineageSnapshot, LINEAGE_LOCATION_NAME } from "../../core/openlineage/externalSnapshot";
import { saveSnapshotIn } from "../../store/codeLocations";
import type { Tx } from "../../store/database";
import {
  ensureExternalDatasets,
  ensureLineageLocation,
  lockExternalLineage,
  pruneLocationSnapshots,
  readExternalLineage,
} from "../../store/externalLineage";

/** The namespace of assets known only from reported events: `strata://reported`, named by their key. */
export const REPORTED_NAMESPACE = "strata://reported";

/** Snapshots of received lineage kept besides the current one, for readers that loaded one a moment ago. */
const KEEP_SNAPSHOTS = 5;

/** Takes the lineage lock and makes sure the location exists: first thing in a transaction that changes lineage. */
export async function beginLineageChange(tx: Tx): Promise<void> {
  await lockExternalLineage(tx);
  await ensureLineageLocation(tx, LINEAGE_LOCATION_NAME);
}

/** Saves the location's snapshot of the lineage as it now stands (a new one only when it changed). */
export async function saveLineageSnapshot(tx: Tx): Promise<void> {
  const lineage = await readExternalLineage(tx);
  await saveSnapshotIn(
    tx,
    LINEAGE_LOCATION_NAME,
    externalLineageSnapshot(lineage.datasets, lineage.jobs, lineage.checksByKey),
  );
  await pruneLocationSnapshots(tx, LINEAGE_LOCATION_NAME, KEEP_SNAPSHOTS);
}

/**
 * Draws asset keys that events were reported for and no code location defines as external assets (group
 * "reported"), so a report for any key shows in the graph and the catalog.
 */
export async function drawReportedAssets(tx: Tx, assetKeys: readonly string[]): Promise<void> {
  if (assetKeys.length === 0) return;
  await beginLineageChange(tx);
  await ensureExternalDatasets(
    tx,
    assetKeys.map((assetKey) => ({ assetKey, namespace: REPORTED_NAMESPACE, name: assetKey })),
  );
  await saveLineageSnapshot(tx);
}
