// reportAssetEvents through the API: what is reported shows on the asset (latest materialization with its metadata,
// partition status, checks), a source's new data version makes its downstream unsynced, and bad input comes back as
// problems with field paths while nothing is recorded.
import { beforeAll, describe, expect, it } from "vitest";
import { appendRunEvents } from "../lib/store/runEvents";
import { createRun } from "../lib/store/runs";
import { REPORT_LOCATION, saveReportLocation } from "../lib/store/testing/reportLocation";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const api = graphqlTestServer();
let snapshotId = "";
beforeAll(async () => {
  snapshotId = await saveReportLocation(api.database.db);
});

const REPORT = `mutation Report($events: [AssetEventReportInput!]!) {
  reportAssetEvents(events: $events) {
    __typename
    ... on ReportAssetEventsSuccess { count eventIds unknownAssetKeys { path } }
    ... on InvalidAssetEventsError { message problems { path message } }
    ... on UnauthorizedError { message permission }
  }
}`;

interface ReportResult {
  __typename: string;
  count?: number;
  eventIds?: string[];
  unknownAssetKeys?: { path: string[] }[];
  message?: string;
  problems?: { path: string; message: string }[];
}

async function report(events: Record<string, unknown>[]): Promise<ReportResult> {
  return (await api.query<{ reportAssetEvents: ReportResult }>(REPORT, { events })).reportAssetEvents;
}

/** A Strata run of clean_profiles, recorded with what its upstream looked like then. */
async function materializeCleanProfiles() {
  const run = await createRun(api.database.db, {
    codeLocationName: REPORT_LOCATION,
    snapshotId,
    assetKeys: ["clean_profiles"],
    launchedBy: "test",
  });
  await appendRunEvents(api.database.db, run.id, [
    {
      eventType: "ASSET_MATERIALIZATION",
      stepKey: "clean_profiles",
      assetKey: ["clean_profiles"],
      message: "Materialized.",
    },
  ]);
}

async function cleanProfilesStaleness() {
  const data = await api.query<{ assetNodes: { staleStatus: string; staleCauses: { reason: string }[] }[] }>(
    `{ assetNodes(selection: "clean_profiles") { staleStatus staleCauses { reason } } }`,
  );
  const node = data.assetNodes[0]!;
  return [node.staleStatus, ...node.staleCauses.map((cause) => cause.reason)];
}

describe("reportAssetEvents", () => {
  it("shows a reported materialization on the asset: latest materialization, metadata, partition status", async () => {
    const result = await report([
      {
        type: "MATERIALIZATION",
        assetKey: { path: ["daily_orders"] },
        partition: "2024-01-05",
        dataVersion: "snapshot-42",
        timestamp: "2026-01-31T06:00:00Z",
        metadata: { rows: 1200, dashboard: { type: "url", value: "https://bi.example.com/orders" } },
      },
    ]);
    expect(result).toMatchObject({ __typename: "ReportAssetEventsSuccess", count: 1, unknownAssetKeys: [] });
    const data = await api.query<{
      assetNodeOrError: {
        assetLatestInfo: {
          state: string;
          lastMaterializationTimestamp: string;
          lastMaterializationRunId: string | null;
        };
        assetMaterializations: { runId: string; partitionKey: string; timestamp: string; metadataEntries: unknown[] }[];
        assetPartitions: { materialized: number[][] };
      };
    }>(
      `{ assetNodeOrError(assetKey: { path: ["daily_orders"] }) { ... on AssetNode {
          assetLatestInfo { state lastMaterializationTimestamp lastMaterializationRunId }
          assetMaterializations { runId partitionKey timestamp metadataEntries { label type value } }
          assetPartitions { materialized }
      } } }`,
    );
    const node = data.assetNodeOrError;
    expect(node.assetLatestInfo).toEqual({
      state: "MATERIALIZED",
      lastMaterializationTimestamp: "2026-01-31T06:00:00.000Z",
      lastMaterializationRunId: null,
    });
    expect(node.assetMaterializations).toEqual([
      {
        runId: "",
        partitionKey: "2024-01-05",
        timestamp: "2026-01-31T06:00:00.000Z",
        metadataEntries: [
          { label: "rows", type: "int", value: "1200" },
          { label: "dashboard", type: "url", value: "https://bi.example.com/orders" },
        ],
      },
    ]);
    // 2024-01-05 is the fifth day of January.
    expect(node.assetPartitions.materialized).toEqual([[4, 4]]);
  });

  it("makes the downstream of a source unsynced when an observation brings a new data version", async () => {
    await report([{ type: "OBSERVATION", assetKey: { path: ["crm", "profiles"] }, dataVersion: "etag-1" }]);
    await materializeCleanProfiles();
    expect(await cleanProfilesStaleness()).toEqual(["UP_TO_DATE"]);

    // The same version again changes nothing; a new one does.
    await report([{ type: "OBSERVATION", assetKey: { path: ["crm", "profiles"] }, dataVersion: "etag-1" }]);
    expect(await cleanProfilesStaleness()).toEqual(["UP_TO_DATE"]);
    await report([{ type: "OBSERVATION", assetKey: { path: ["crm", "profiles"] }, dataVersion: "etag-2" }]);
    expect(await cleanProfilesStaleness()).toEqual(["STALE", "upstream crm/profiles updated"]);

    await materializeCleanProfiles();
    expect(await cleanProfilesStaleness()).toEqual(["UP_TO_DATE"]);

    // Reported as materialized and observed too: only a new data version, whichever event brings it, counts.
    const profiles = { assetKey: { path: ["crm", "profiles"] } };
    await report([{ type: "MATERIALIZATION", ...profiles, dataVersion: "etag-2" }]);
    expect(await cleanProfilesStaleness()).toEqual(["UP_TO_DATE"]);
    await report([{ type: "OBSERVATION", ...profiles, dataVersion: "etag-2" }]);
    expect(await cleanProfilesStaleness()).toEqual(["UP_TO_DATE"]);
    await report([{ type: "MATERIALIZATION", ...profiles, dataVersion: "etag-3" }]);
    expect(await cleanProfilesStaleness()).toEqual(["STALE", "upstream crm/profiles updated"]);
    await materializeCleanProfiles();
    await report([{ type: "OBSERVATION", ...profiles, dataVersion: "etag-4" }]);
    expect(await cleanProfilesStaleness()).toEqual(["STALE", "upstream crm/profiles updated"]);
  });

  it("records a check result where the asset's checks show it", async () => {
    const result = await report([
      {
        type: "CHECK",
        assetKey: { path: ["clean_profiles"] },
        check: { name: "row_count", passed: false, description: "3 rows, expected at least 1000" },
        metadata: { rows: 3 },
      },
    ]);
    expect(result.__typename).toBe("ReportAssetEventsSuccess");
    const data = await api.query<{
      assetNodeOrError: { assetChecks: { name: string; latestExecution: Record<string, unknown> | null }[] };
    }>(
      `{ assetNodeOrError(assetKey: { path: ["clean_profiles"] }) { ... on AssetNode {
          assetChecks { name latestExecution { status severity description runId metadataEntries { label value } } }
      } } }`,
    );
    expect(data.assetNodeOrError.assetChecks).toEqual([
      { name: "no_null_ids", latestExecution: null },
      {
        name: "row_count",
        latestExecution: {
          status: "FAILED",
          severity: "ERROR",
          description: "3 rows, expected at least 1000",
          runId: null,
          metadataEntries: [{ label: "rows", value: "3" }],
        },
      },
    ]);
  });

  it("answers bad input with each problem's path and reason, and records nothing", async () => {
    const before = await api.database.db.event.count();
    const result = await report([
      { type: "MATERIALIZATION", assetKey: { path: ["daily_orders"] }, partition: "2024-02-30" },
      { type: "CHECK", assetKey: { path: ["clean_profiles"] } },
      {
        type: "OBSERVATION",
        assetKey: { path: ["crm", "profiles"] },
        metadata: { when: { type: "timestamp", value: 3 } },
      },
    ]);
    expect(result).toEqual({
      __typename: "InvalidAssetEventsError",
      message: "The report was refused and nothing was recorded: 3 problems.",
      problems: [
        { path: "events[0].partition", message: expect.stringContaining('Asset "daily_orders": "2024-02-30"') },
        { path: "events[1].check", message: 'A "check" event needs check: { name, passed }.' },
        { path: "events[2].metadata.when.value", message: expect.stringContaining("Not a timestamp value") },
      ],
    });
    expect(await api.database.db.event.count()).toBe(before);
  });
});
