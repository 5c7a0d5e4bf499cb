// A stored code location for tests of reported asset events: a source, a partitioned asset, and downstream assets
// with a check.
import type { DefinitionsSnapshot } from "../../core/definitionsSnapshot";
import { buildAssetNode } from "../../core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../codeLocations";
import type { PrismaClient } from "../prisma";
import { januaryDaily } from "./partitionedLocation";

export const REPORT_LOCATION = "warehouse";

export const reportSnapshot: DefinitionsSnapshot = {
  schemaVersion: 1,
  assets: [
    buildAssetNode("crm/profiles", { isSource: true }),
    buildAssetNode("clean_profiles", { deps: ["crm/profiles"] }),
    buildAssetNode("daily_orders", { partitionsDefinition: januaryDaily }),
  ],
  checks: [
    { assetKey: ["clean_profiles"], name: "no_null_ids", description: null, severity: "WARN", blocking: false },
    { assetKey: ["clean_profiles"], name: "row_count", description: null, severity: "ERROR", blocking: false },
  ],
};

/** Registers and stores the location; returns its current snapshot id. */
export async function saveReportLocation(db: PrismaClient): Promise<string> {
  await upsertCodeLocation(db, REPORT_LOCATION, "/nowhere/warehouse.ts");
  await saveDefinitionsSnapshot(db, REPORT_LOCATION, reportSnapshot);
  const location = await db.codeLocation.findUniqueOrThrow({ where: { name: REPORT_LOCATION } });
  return location.currentSnapshotId!;
}
