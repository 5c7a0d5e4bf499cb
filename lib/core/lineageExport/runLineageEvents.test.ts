// A run's stored events as OpenLineage events: which steps become which events, the facets each carries, and that
// every event passes the vendored specification.
import { describe, expect, it } from "vitest";
import { toAssetKeyString } from "../assetKey";
import type { AssetNodeSnapshot, MetadataValue } from "../definitionsSnapshot";
import { lineageEventProblems } from "../openlineage/validateEvent";
import { dailyPartitionsSnapshot } from "../partitions";
import { definitionOf } from "../partitions/testing";
import { buildAssetNode } from "../testing";
import {
  type LineageRun,
  type LineageSourceEvent,
  lineageEventsOfRun,
  type OpenLineageRunEvent,
  parentJobName,
  stepRunUuid,
} from "./runLineageEvents";

const NS = "strata://analytics-prod";
const RUN_ID = "0b9f3c52-4a7e-4d44-9a51-1f0e8f6c2d10";
const ROOT_ID = "5d2c7e11-8b3a-4f6e-a0c9-2b4d6f8a1c3e";
const days = definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", timezone: "Europe/Berlin" }));

const assets = new Map<string, AssetNodeSnapshot>(
  [
    buildAssetNode("raw/events"),
    buildAssetNode("raw/users"),
    buildAssetNode("analytics/fact_events", {
      deps: ["raw/events", "raw/users"],
      partitionsDefinition: days,
      metadata: {
        schema: { type: "table_schema", value: { columns: [{ name: "stale", type: "text" }] } },
        lineage: {
          type: "column_lineage",
          value: {
            depsByColumn: {
              user_id: [{ assetKey: ["raw", "users"], column: "id" }],
              day: [{ assetKey: ["raw", "events"], column: "ts" }],
            },
          },
        },
      },
    }),
    buildAssetNode("analytics/report", { deps: ["analytics/fact_events"] }),
  ].map((node) => [toAssetKeyString(node.key), node]),
);

const run: LineageRun = {
  id: RUN_ID,
  jobName: "daily_analytics",
  assetSelection: ["analytics/fact_events", "analytics/report"],
  partitions: { kind: "key", key: "2026-03-01" },
  root: { id: ROOT_ID, jobName: "daily_analytics" },
};

let nextId = 1n;
function event(
  stepKey: string,
  eventType: string,
  data: Record<string, unknown> = {},
  partitionKey: string | null = "2026-03-01",
): LineageSourceEvent {
  const id = nextId++;
  return {
    id,
    stepKey,
    assetKey: stepKey,
    partitionKey,
    eventType,
    timestamp: new Date(Date.UTC(2026, 2, 2, 6, 0, Number(id))),
    data,
  };
}
const meta = (metadata: Record<string, MetadataValue>) => ({ metadata });

function expectValid(events: readonly OpenLineageRunEvent[]) {
  for (const lineage of events) expect(lineageEventProblems(lineage)).toEqual([]);
}

describe("a run's steps as OpenLineage runs", () => {
  const fact = "analytics/fact_events";
  const report = "analytics/report";
  const stored = [
    event(fact, "STEP_START", { attempt: 1 }),
    event(fact, "STEP_FAILURE", { attempt: 1, willRetry: true, error: { message: "flaky", stack: null } }),
    event(fact, "STEP_START", { attempt: 2 }),
    event(
      fact,
      "ASSET_MATERIALIZATION",
      meta({
        row_count: { type: "int", value: 1200 },
        size_bytes: { type: "int", value: 48_000 },
        columns: {
          type: "table_schema",
          value: {
            columns: [
              { name: "user_id", type: "int", description: "who" },
              { name: "day", type: "date" },
            ],
          },
        },
      }),
    ),
    event(fact, "ASSET_CHECK_EVALUATION", {
      checkName: "no_null_user_ids",
      status: "SUCCEEDED",
      severity: "ERROR",
      description: "All 1200 rows have a user id.",
    }),
    event(fact, "ASSET_CHECK_EVALUATION", { checkName: "row_count_in_range", status: "FAILED", severity: "WARN" }),
    event(fact, "STEP_SUCCESS"),
    event(report, "STEP_START", { attempt: 1 }, null),
    event(
      report,
      "STEP_FAILURE",
      { attempt: 1, error: { message: "division by zero", stack: "Error: division…" } },
      null,
    ),
  ];
  const built = lineageEventsOfRun(run, stored, { namespace: NS, assets });
  const events = built.map((b) => b.event);

  it("starts each step once, completes or fails it, and keeps one run id per step", () => {
    expect(events.map((e) => [e.job.name, e.eventType])).toEqual([
      [fact, "START"],
      [fact, "COMPLETE"],
      [report, "START"],
      [report, "FAIL"],
    ]);
    expect(built.map((b) => b.sourceEventId)).toEqual([1n, 7n, 8n, 9n]);
    expect(events[0]?.run.runId).toBe(stepRunUuid(RUN_ID, fact));
    expect(events[1]?.run.runId).toBe(events[0]?.run.runId);
    expect(events[2]?.run.runId).not.toBe(events[0]?.run.runId);
    expect(stepRunUuid(RUN_ID, fact)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expectValid(events);
  });

  it("names the Strata run as parent, the partition and its time window", () => {
    const complete = events[1] as OpenLineageRunEvent;
    expect(complete.job).toMatchObject({
      namespace: NS,
      facets: { jobType: { processingType: "BATCH", integration: "STRATA", jobType: "ASSET" } },
    });
    expect(complete.run.facets.parent).toMatchObject({
      run: { runId: RUN_ID },
      job: { namespace: NS, name: "daily_analytics" },
      root: { run: { runId: ROOT_ID }, job: { namespace: NS, name: "daily_analytics" } },
    });
    expect(complete.run.facets.strata_partition).toMatchObject({ key: "2026-03-01" });
    // Midnight to midnight in Berlin.
    expect(complete.run.facets.nominalTime).toMatchObject({
      nominalStartTime: "2026-02-28T23:00:00.000Z",
      nominalEndTime: "2026-03-01T23:00:00.000Z",
    });
    expect(complete.eventTime).toBe(stored[6]?.timestamp.toISOString());
  });

  it("carries the asset's upstreams, schema, column lineage, output statistics and checks on COMPLETE", () => {
    const complete = events[1] as OpenLineageRunEvent;
    expect(complete.inputs).toEqual([
      { namespace: NS, name: "raw/events" },
      { namespace: NS, name: "raw/users" },
    ]);
    const [output] = complete.outputs;
    expect(output?.name).toBe(fact);
    // The materialization's schema wins over the definition's.
    expect(output?.facets?.schema?.fields).toEqual([
      { name: "user_id", type: "int", description: "who", ordinal_position: 1 },
      { name: "day", type: "date", ordinal_position: 2 },
    ]);
    expect(output?.facets?.columnLineage?.fields).toEqual({
      user_id: { inputFields: [{ namespace: NS, name: "raw/users", field: "id" }] },
      day: { inputFields: [{ namespace: NS, name: "raw/events", field: "ts" }] },
    });
    expect(output?.outputFacets?.outputStatistics).toMatchObject({ rowCount: 1200, size: 48_000 });
    expect(output?.facets?.dataQualityAssertions?.assertions).toEqual([
      {
        assertion: "no_null_user_ids",
        name: "no_null_user_ids",
        success: true,
        severity: "error",
        description: "All 1200 rows have a user id.",
      },
      { assertion: "row_count_in_range", name: "row_count_in_range", success: false, severity: "warn" },
    ]);
    // START says what will be written, not what was.
    expect(events[0]?.outputs[0]?.outputFacets).toBeUndefined();
    expect(events[0]?.outputs[0]?.facets?.dataQualityAssertions).toBeUndefined();
  });

  it("gives the error of a failure that is not retried", () => {
    const fail = events[3] as OpenLineageRunEvent;
    expect(fail.run.facets.errorMessage).toMatchObject({
      message: "division by zero",
      programmingLanguage: "TypeScript",
      stackTrace: "Error: division…",
    });
    // An unpartitioned asset in a partitioned run has no partition of its own.
    expect(fail.run.facets.strata_partition).toBeUndefined();
    expect(fail.run.facets.nominalTime).toBeUndefined();
  });

  it("builds only the triggers asked for, with detail from the other events", () => {
    const only = lineageEventsOfRun(run, stored, { namespace: NS, assets }, (id) => id === 7n);
    expect(only.map((b) => b.event)).toEqual([events[1]]);
  });
});

it("sums a range run's partitions into one COMPLETE over the range's window", () => {
  const ranged: LineageRun = {
    ...run,
    jobName: null,
    partitions: { kind: "range", start: "2026-03-01", end: "2026-03-03" },
    root: null,
  };
  const fact = "analytics/fact_events";
  const stored = [
    event(fact, "STEP_START", { attempt: 1 }, null),
    ...["2026-03-01", "2026-03-02", "2026-03-03"].map((key) =>
      event(fact, "ASSET_MATERIALIZATION", meta({ rowCount: { type: "int", value: 10 } }), key),
    ),
    event(fact, "STEP_SUCCESS", {}, null),
  ];
  const [start, complete] = lineageEventsOfRun(ranged, stored, { namespace: NS, assets }).map((b) => b.event);
  expect(start?.run.facets.parent).toMatchObject({ job: { name: "analytics/fact_events or analytics/report" } });
  expect(start?.run.facets.parent?.root).toBeUndefined();
  expect(complete?.run.facets.strata_partition).toMatchObject({ rangeStart: "2026-03-01", rangeEnd: "2026-03-03" });
  expect(complete?.run.facets.nominalTime).toMatchObject({
    nominalStartTime: "2026-02-28T23:00:00.000Z",
    nominalEndTime: "2026-03-03T23:00:00.000Z",
  });
  expect(complete?.outputs[0]?.outputFacets?.outputStatistics).toMatchObject({ rowCount: 30 });
  expect(complete?.outputs[0]?.outputFacets?.outputStatistics?.size).toBeUndefined();
  expectValid([start as OpenLineageRunEvent, complete as OpenLineageRunEvent]);
});

it("aborts a step canceled after it started, and says nothing of one canceled before", () => {
  const stored = [
    event("analytics/report", "STEP_START", { attempt: 1 }, null),
    event("analytics/report", "STEP_CANCELED", {}, null),
    event("raw/events", "STEP_CANCELED", {}, null),
  ];
  const events = lineageEventsOfRun({ ...run, partitions: null }, stored, { namespace: NS, assets: new Map() }).map(
    (b) => b.event,
  );
  expect(events.map((e) => [e.job.name, e.eventType])).toEqual([
    ["analytics/report", "START"],
    ["analytics/report", "ABORT"],
  ]);
  // Without the snapshot the asset has no known upstreams.
  expect(events[0]?.inputs).toEqual([]);
  expectValid(events);
});

it("labels a run without a job by its assets, bounded", () => {
  expect(parentJobName({ jobName: null, assetSelection: ["b", "a"] })).toBe("a or b");
  expect(
    parentJobName({ jobName: null, assetSelection: Array.from({ length: 100 }, (_, i) => `asset_${i}`) }),
  ).toHaveLength(200);
});

it("takes a date × region partition's time window from its date", () => {
  const byRegion = buildAssetNode("analytics/by_region", {
    partitionsDefinition: {
      type: "multi",
      dimensions: [
        { name: "region", definition: { type: "static", keys: ["eu", "us"] } },
        { name: "date", definition: days },
      ],
    },
  });
  const stored = [event("analytics/by_region", "STEP_START", { attempt: 1 }, "eu|2026-03-01")];
  const [start] = lineageEventsOfRun({ ...run, partitions: { kind: "key", key: "eu|2026-03-01" } }, stored, {
    namespace: NS,
    assets: new Map([["analytics/by_region", byRegion]]),
  }).map((b) => b.event);
  expect(start?.run.facets.strata_partition).toMatchObject({ key: "eu|2026-03-01" });
  expect(start?.run.facets.nominalTime).toMatchObject({
    nominalStartTime: "2026-02-28T23:00:00.000Z",
    nominalEndTime: "2026-03-01T23:00:00.000Z",
  });
  expectValid([start as OpenLineageRunEvent]);
});
