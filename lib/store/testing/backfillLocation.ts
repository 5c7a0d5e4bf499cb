// A stored code location for backfill tests: a daily chain with a weekly rollup and an unpartitioned summary,
// a static set of 1,000 partitions, a multi-partitioned asset and a source asset.
import type { AssetNodeSnapshot, DefinitionsSnapshot } from "../../core/definitionsSnapshot";
import type { PartitionsDefinitionSnapshot, TimeWindowPartitionsSnapshot } from "../../core/partitions/types";
import type { JsonSchema } from "../../core/runConfig";
import { buildAssetNode } from "../../core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../codeLocations";
import type { PrismaClient } from "../prisma";
import { januaryDaily } from "./partitionedLocation";

/** Every January 2024 partition is complete at this moment. */
export const BACKFILL_TEST_NOW = new Date("2024-03-01T00:00:00Z");

const daily = januaryDaily;
/** Weeks starting on Sunday: 2024-01-07, -14, -21, -28. */
const weekly: TimeWindowPartitionsSnapshot = {
  type: "time_window",
  cron: "0 0 * * 0",
  start: "2024-01-07",
  end: "2024-02-04",
  timezone: "UTC",
  keyFormat: "date",
};
const regions: PartitionsDefinitionSnapshot = { type: "static", keys: ["us", "eu", "apac"] };
/** "p0000" … "p0999". */
export const THOUSAND_KEYS = Array.from({ length: 1000 }, (_, i) => `p${String(i).padStart(4, "0")}`);

function node(key: string, extra: Partial<AssetNodeSnapshot> = {}): AssetNodeSnapshot {
  return buildAssetNode(key, { groupName: "backfills", ...extra });
}

/** A config schema whose fields are all optional. */
function configOf(properties: Record<string, JsonSchema>): JsonSchema {
  return { type: "object", properties };
}

export const BACKFILL_LOCATION = "backfills";

export const backfillSnapshot: DefinitionsSnapshot = {
  schemaVersion: 1,
  assets: [
    node("events/source", { isSource: true }),
    node("events/raw", {
      partitionsDefinition: daily,
      dependencyKeys: [["events", "source"]],
      configJsonSchema: configOf({ limit: { type: "integer" } }),
    }),
    node("events/clean", { partitionsDefinition: daily, dependencyKeys: [["events", "raw"]] }),
    node("events/weekly", {
      partitionsDefinition: weekly,
      dependencyKeys: [["events", "clean"]],
      configJsonSchema: configOf({ x: { type: "integer" } }),
    }),
    node("events/summary", {
      dependencyKeys: [["events", "clean"]],
      configJsonSchema: configOf({ verbose: { type: "boolean" } }),
    }),
    node("events/ranged", { partitionsDefinition: daily, backfillPolicy: "single_run" }),
    node("regional", { partitionsDefinition: regions }),
    node("sales", {
      partitionsDefinition: {
        type: "multi",
        dimensions: [
          { name: "date", definition: daily },
          { name: "region", definition: regions },
        ],
      },
    }),
    node("big", { partitionsDefinition: { type: "static", keys: THOUSAND_KEYS } }),
    node("plain"),
  ],
};

/** Registers and stores the location; returns its current snapshot id. */
export async function saveBackfillLocation(db: PrismaClient): Promise<string> {
  await upsertCodeLocation(db, BACKFILL_LOCATION, "/nowhere/backfills.ts");
  await saveDefinitionsSnapshot(db, BACKFILL_LOCATION, backfillSnapshot);
  const location = await db.codeLocation.findUniqueOrThrow({ where: { name: BACKFILL_LOCATION } });
  return location.currentSnapshotId as string;
}
