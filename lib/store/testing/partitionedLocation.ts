// A stored code location with one asset of each kind of partitions definition, for store and API tests.
import type { AssetNodeSnapshot, DefinitionsSnapshot } from "../../core/definitionsSnapshot";
import type { PartitionsDefinitionSnapshot, TimeWindowPartitionsSnapshot } from "../../core/partitions/types";
import { buildAssetNode } from "../../core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../codeLocations";
import type { PrismaClient } from "../prisma";

/** January 2024, one partition a day: "2024-01-01" … "2024-01-31". */
export const januaryDaily: TimeWindowPartitionsSnapshot = {
  type: "time_window",
  cron: "0 0 * * *",
  start: "2024-01-01",
  end: "2024-02-01",
  timezone: "UTC",
  keyFormat: "date",
};
/** Exactly 100,000 hourly partitions: "2010-01-01-00:00" … "2021-05-29-15:00". */
export const hundredThousandHourly: TimeWindowPartitionsSnapshot = {
  type: "time_window",
  cron: "0 * * * *",
  start: "2010-01-01-00:00",
  end: "2021-05-29-16:00",
  timezone: "UTC",
  keyFormat: "datetime",
};
export const regions: PartitionsDefinitionSnapshot = { type: "static", keys: ["us", "eu", "apac"] };

function node(
  key: string,
  partitionsDefinition?: PartitionsDefinitionSnapshot,
  extra: Partial<AssetNodeSnapshot> = {},
): AssetNodeSnapshot {
  return buildAssetNode(key, {
    groupName: "partitioned",
    ...(partitionsDefinition ? { partitionsDefinition } : {}),
    ...extra,
  });
}

export const PARTITIONED_LOCATION = "partitioned";

export const partitionedSnapshot: DefinitionsSnapshot = {
  schemaVersion: 1,
  assets: [
    node("plain"),
    node("regional", regions),
    node("daily", januaryDaily, { dependencyKeys: [["plain"]] }),
    node("daily_ranged", januaryDaily, { backfillPolicy: "single_run" }),
    node("hourly", hundredThousandHourly, { backfillPolicy: "single_run" }),
    node("customers", { type: "dynamic", name: "customers" }),
    node("daily_regions", {
      type: "multi",
      dimensions: [
        { name: "date", definition: januaryDaily },
        { name: "region", definition: regions },
      ],
    }),
  ],
};

/** Registers and stores the location; returns its current snapshot id. */
export async function savePartitionedLocation(db: PrismaClient): Promise<string> {
  await upsertCodeLocation(db, PARTITIONED_LOCATION, "/nowhere/partitioned.ts");
  await saveDefinitionsSnapshot(db, PARTITIONED_LOCATION, partitionedSnapshot);
  const location = await db.codeLocation.findUniqueOrThrow({ where: { name: PARTITIONED_LOCATION } });
  return location.currentSnapshotId!;
}
