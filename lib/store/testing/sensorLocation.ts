// A stored code location with one sensor of each kind, for store and CLI tests that need no sensor to run: a custom
// sensor, an asset sensor, and run status sensors watching a job and every run.
import type { AssetNodeSnapshot, DefinitionsSnapshot, SensorSnapshot } from "../../core/definitionsSnapshot";
import { buildAssetNode } from "../../core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../codeLocations";
import type { PrismaClient } from "../prisma";

export const SENSOR_LOCATION = "sensed";

function node(key: string, dependencyKeys: string[][] = []): AssetNodeSnapshot {
  return buildAssetNode(key, { groupName: "sensed", dependencyKeys });
}

/** A custom sensor of the report job every 30 s, stopped until a test starts it; override what the test is about. */
export function buildSensor(name: string, extra: Partial<SensorSnapshot> = {}): SensorSnapshot {
  return {
    name,
    description: null,
    type: "custom",
    minimumIntervalSeconds: 30,
    defaultStatus: "STOPPED",
    jobName: "report_job",
    selection: null,
    assetKeys: [["report"]],
    ...extra,
  };
}

export const sensorSnapshot: DefinitionsSnapshot = {
  schemaVersion: 1,
  assets: [node("report"), node("summary", [["report"]])],
  jobs: [
    {
      name: "report_job",
      description: null,
      selection: "report",
      assetKeys: [["report"]],
      tags: {},
      runConfig: null,
      presets: [],
    },
  ],
  sensors: [
    buildSensor("new_files", { description: "Launches the report for each new file." }),
    buildSensor("summarize_reports", {
      type: "asset",
      minimumIntervalSeconds: 15,
      jobName: null,
      selection: "summary",
      assetKeys: [["summary"]],
      monitoredAssetKey: ["report"],
    }),
    buildSensor("failed_reports", {
      type: "run_status",
      jobName: null,
      assetKeys: [],
      runStatus: "FAILURE",
      monitoredJobName: "report_job",
      monitoredAssetKeys: [["report"]],
    }),
    buildSensor("every_success", {
      type: "run_status",
      jobName: null,
      assetKeys: [],
      runStatus: "SUCCESS",
      monitoredJobName: null,
      monitoredAssetKeys: null,
    }),
  ],
};

export async function saveSensorLocation(db: PrismaClient): Promise<void> {
  await upsertCodeLocation(db, SENSOR_LOCATION, "/nowhere/sensed.ts");
  await saveDefinitionsSnapshot(db, SENSOR_LOCATION, sensorSnapshot);
}
