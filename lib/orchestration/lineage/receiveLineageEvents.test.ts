// Receiving OpenLineage against a real Postgres: a dbt build becomes external assets with lineage, materializations,
// a failed attempt, check results and runs under their parent; a bad event stores nothing of its request; a resent
// event is recorded once; every example facet of the specification is accepted inside a valid event.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  DBT_MODELS,
  DBT_PARENT_JOB,
  DBT_PARENT_RUN_ID,
  dbtAssetKey,
  dbtBuildEvents,
  FAILING_MODEL,
  FAILURE_MESSAGE,
} from "../../core/openlineage/dbtProject.testing";
import { LINEAGE_LOCATION_NAME } from "../../core/openlineage/externalSnapshot";
import { buildAssetNode } from "../../core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../../store/codeLocations";
import { readExternalChildRuns } from "../../store/externalLineage";
import { createTestDatabase, type TestDatabase } from "../../store/testing/testDatabase";
import { loadWorkspace } from "../workspace/workspace";
import { receiveLineageEvents } from "./receiveLineageEvents";

let database: TestDatabase | null = null;
afterEach(async () => {
  await database?.drop();
  database = null;
});

async function db() {
  database ??= await createTestDatabase();
  return database.db;
}

const START = new Date("2026-12-01T06:00:00Z");

async function receiveOneByOne(events: unknown[]) {
  const results = [];
  for (const event of events) results.push(await receiveLineageEvents(await db(), event, "test"));
  return results;
}

async function storedCounts() {
  const d = await db();
  return {
    events: await d.lineageEvent.count(),
    datasets: await d.externalDataset.count(),
    jobs: await d.externalJob.count(),
    runs: await d.externalRun.count(),
    assetEvents: await d.event.count(),
  };
}

describe("a dbt build", () => {
  it("draws every dataset as an asset downstream of its job's inputs, grouped by namespace", async () => {
    const events = dbtBuildEvents(START);
    expect(events.length).toBeGreaterThanOrEqual(15);
    const results = await receiveOneByOne(events);
    expect(results.every((r) => r.ok)).toBe(true);
    const workspace = await loadWorkspace(await db());
    const customers = workspace.byKey.get(dbtAssetKey("customers"));
    expect(customers?.codeLocationName).toBe(LINEAGE_LOCATION_NAME);
    expect(customers?.node.groupName).toBe("postgres_warehouse_5432");
    expect(customers?.node.description).toBe("The customers table.");
    expect(customers?.upstreamKeys).toEqual(["stg_customers", "stg_orders", "stg_payments"].map(dbtAssetKey).sort());
    expect(
      workspace.list
        .filter((d) => d.codeLocationName === LINEAGE_LOCATION_NAME)
        .map((d) => d.key)
        .sort(),
    ).toEqual(DBT_MODELS.map(dbtAssetKey).sort());
    expect(customers?.node.metadata.schema).toEqual({
      type: "table_schema",
      value: {
        columns: [
          { name: "customer_id", type: "integer", description: null },
          { name: "first_name", type: "text", description: null },
          { name: "first_order", type: "text", description: null },
          { name: "lifetime_value", type: "text", description: null },
        ],
      },
    });
    expect(customers?.node.metadata.column_lineage).toMatchObject({
      type: "column_lineage",
      value: {
        depsByColumn: {
          customer_id: [{ assetKey: dbtAssetKey("stg_customers").split("/"), column: "customer_id" }],
        },
      },
    });
    expect(customers?.checks.map((c) => c.name).sort()).toEqual(["not_null_customer_id", "unique_customer_id"]);
    // A snapshot per change, of which only the latest few are kept.
    const snapshots = await (await db()).definitionsSnapshot.count({
      where: { codeLocation: { name: LINEAGE_LOCATION_NAME } },
    });
    expect(snapshots).toBeGreaterThan(0);
    expect(snapshots).toBeLessThanOrEqual(6);
  });

  it("records a materialization per completed output, the failed attempt with its message, and check results", async () => {
    await receiveOneByOne(dbtBuildEvents(START));
    const d = await db();
    const status = await d.assetStatus.findUniqueOrThrow({ where: { assetKey: dbtAssetKey("orders") } });
    expect(status.lastMaterializationAt).not.toBeNull();
    const materialization = await d.event.findFirstOrThrow({
      where: { assetKey: dbtAssetKey("orders"), eventType: "ASSET_MATERIALIZATION" },
    });
    expect(materialization.runId).toBeNull();
    expect((materialization.data as { metadata: Record<string, unknown> }).metadata).toMatchObject({
      row_count: { type: "int", value: 99 },
      bytes: { type: "int", value: 99 * 128 },
      "openlineage/job": { type: "text", value: "dbt/jaffle_shop.model.jaffle_shop.orders" },
    });
    const failing = await d.assetStatus.findUniqueOrThrow({ where: { assetKey: dbtAssetKey(FAILING_MODEL) } });
    expect(failing.lastFailureMessage).toBe(FAILURE_MESSAGE);
    // Retried: the materialization came after the failure.
    expect(failing.lastMaterializationAt!.getTime()).toBeGreaterThan(failing.lastFailureAt!.getTime());
    const checks = await d.assetCheckStatus.findMany({ orderBy: [{ assetKey: "asc" }, { checkName: "asc" }] });
    expect(checks.map((c) => [c.assetKey, c.checkName, c.status, c.severity])).toEqual([
      [dbtAssetKey("customers"), "not_null_customer_id", "SUCCEEDED", "ERROR"],
      [dbtAssetKey("customers"), "unique_customer_id", "SUCCEEDED", "ERROR"],
      [dbtAssetKey("orders"), "accepted_values_status", "FAILED", "WARN"],
      [dbtAssetKey("orders"), "not_null_order_id", "SUCCEEDED", "ERROR"],
    ]);
  });

  it("groups the model runs under the parent run, and knows the parent job", async () => {
    await receiveOneByOne(dbtBuildEvents(START));
    const d = await db();
    const children = await readExternalChildRuns(d, DBT_PARENT_RUN_ID, 100);
    // Three seeds, ten models, one retry and two test jobs.
    expect(children).toHaveLength(16);
    expect(children.filter((r) => r.state === "FAIL").map((r) => r.errorMessage)).toEqual([FAILURE_MESSAGE]);
    const parent = await d.externalRun.findUniqueOrThrow({ where: { runId: DBT_PARENT_RUN_ID } });
    expect(parent).toMatchObject({ jobName: DBT_PARENT_JOB, state: "COMPLETE" });
    const job = await d.externalJob.findFirstOrThrow({ where: { name: "jaffle_shop.model.jaffle_shop.customers" } });
    expect(job).toMatchObject({ parentNamespace: "dbt", parentName: DBT_PARENT_JOB, latestState: "COMPLETE" });
  });

  it("shows a started run's outputs in progress until it ends", async () => {
    const events = dbtBuildEvents(START);
    const startOfCustomers = events.findIndex(
      (e) => (e.job as { name: string }).name.endsWith(".customers") && e.eventType === "START",
    );
    await receiveOneByOne(events.slice(0, startOfCustomers + 1));
    const d = await db();
    const inProgress = await d.externalRun.findMany({ where: { endedAt: null, state: "START" } });
    expect(inProgress.flatMap((r) => r.outputKeys)).toEqual([dbtAssetKey("customers")]);
  });
});

describe("a request is recorded whole or not at all", () => {
  it("records an event sent twice once", async () => {
    const events = dbtBuildEvents(START);
    const first = await receiveLineageEvents(await db(), events, "test");
    expect(first).toMatchObject({ ok: true, recorded: events.length, duplicates: 0 });
    const before = await storedCounts();
    const again = await receiveLineageEvents(await db(), events, "test");
    expect(again).toMatchObject({ ok: true, recorded: 0, duplicates: events.length, assetEvents: 0 });
    expect(await storedCounts()).toEqual(before);
  });

  it("refuses a request with a bad event, naming its path and rule, and stores nothing of it", async () => {
    const [good, other] = dbtBuildEvents(START) as [Record<string, unknown>, Record<string, unknown>];
    const wrongType = { ...other, eventType: "FINISHED" };
    const noRunId = { ...other, run: {} };
    const badFacet = structuredClone(dbtBuildEvents(START).find((e) => e.eventType === "COMPLETE")!) as {
      outputs: { facets: { schema: { fields: unknown } } }[];
    };
    badFacet.outputs[0]!.facets.schema.fields = "customer_id";
    const cases: [unknown, string, string][] = [
      [wrongType, "/1/eventType", "enum"],
      [noRunId, "/1/run/runId", "required"],
      [badFacet, "/1/outputs/0/facets/schema/fields", "type"],
    ];
    for (const [bad, path, rule] of cases) {
      const result = await receiveLineageEvents(await db(), [good, bad], "test");
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems[0]).toMatchObject({ path, rule });
      expect(await storedCounts()).toEqual({ events: 0, datasets: 0, jobs: 0, runs: 0, assetEvents: 0 });
    }
    const missingTime = await receiveLineageEvents(await db(), { ...good, eventTime: undefined }, "test");
    expect(missingTime).toMatchObject({ ok: false, problems: [{ path: "/eventTime", rule: "required" }] });
  });
});

/** Where a facet of this specification file goes in an event, and the event around it. */
function eventWithFacet(file: string, name: string, facetBody: Record<string, unknown>): Record<string, unknown> {
  const facetWithBase = {
    _producer: "https://example.com/producer",
    _schemaURL: "https://example.com/schema",
    ...facetBody,
  };
  const facets = { [name]: facetWithBase };
  const dataset = { namespace: "s3://examples", name: `facets/${file}` };
  const base = {
    eventType: "COMPLETE",
    eventTime: START.toISOString(),
    producer: "https://example.com/producer",
    schemaURL: "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
    run: { runId: "1c0ffee0-0000-4000-8000-000000000001" },
    job: { namespace: "examples", name: file },
  };
  if (file === "BaseSubsetDatasetFacet") return { ...base, inputs: [{ ...dataset, inputFacets: facets }] };
  if (file.endsWith("InputDatasetFacet") || file === "DataQualityAssertionsDatasetFacet")
    return { ...base, inputs: [{ ...dataset, inputFacets: facets }] };
  if (file.endsWith("OutputDatasetFacet")) return { ...base, outputs: [{ ...dataset, outputFacets: facets }] };
  const datasetLineage = String(facetBody._schemaURL ?? "").endsWith("LineageDatasetFacet");
  if (file.endsWith("DatasetFacet") || datasetLineage) return { ...base, outputs: [{ ...dataset, facets }] };
  if (file.endsWith("RunFacet")) return { ...base, run: { ...base.run, facets } };
  return { ...base, job: { ...base.job, facets } };
}

describe("the specification's examples", () => {
  // One database for all of them: each example is its own job and dataset.
  let shared: TestDatabase;
  beforeAll(async () => {
    shared = await createTestDatabase();
  });
  afterAll(() => shared.drop());
  const examples = path.join(import.meta.dirname, "../../core/openlineage/spec/tests");
  const cases = readdirSync(examples, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(path.join(examples, dir.name)).map((file) => [dir.name, file] as const));

  it("covers every facet with examples", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)("accepts %s/%s inside a valid event", async (facetFile, file) => {
    const example = JSON.parse(readFileSync(path.join(examples, facetFile, file), "utf8")) as Record<string, unknown>;
    const events = Object.entries(example).map(([name, body]) =>
      eventWithFacet(facetFile, name, body as Record<string, unknown>),
    );
    const result = await receiveLineageEvents(shared.db, events, "test");
    expect(result).toMatchObject({ ok: true, recorded: events.length });
  });

  it("accepts the full example event", async () => {
    const full = JSON.parse(readFileSync(path.join(examples, "example_full_event.json"), "utf8"));
    expect(await receiveLineageEvents(shared.db, full, "test")).toMatchObject({ ok: true, recorded: 1 });
  });
});

describe("external assets next to code", () => {
  it("lets a Strata asset read an external dataset; code owns a key both define and takes its drawn upstreams", async () => {
    const d = await db();
    await upsertCodeLocation(d, "warehouse", "/nowhere/warehouse.ts");
    await saveDefinitionsSnapshot(d, "warehouse", {
      schemaVersion: 1,
      assets: [
        buildAssetNode(dbtAssetKey("orders"), { isSource: true }),
        buildAssetNode("finance/revenue_report", { deps: [dbtAssetKey("daily_revenue")] }),
      ],
    });
    await receiveOneByOne(dbtBuildEvents(START));
    const workspace = await loadWorkspace(d);
    const orders = workspace.byKey.get(dbtAssetKey("orders"));
    expect(orders?.codeLocationName).toBe("warehouse");
    // Declared in code as a source, it is drawn downstream of what the dbt job reads.
    expect(orders?.upstreamKeys).toEqual([dbtAssetKey("stg_orders"), dbtAssetKey("stg_payments")]);
    expect(orders?.checks.map((c) => c.name).sort()).toEqual(["accepted_values_status", "not_null_order_id"]);
    expect(workspace.byKey.get("finance/revenue_report")?.upstreamKeys).toEqual([dbtAssetKey("daily_revenue")]);
    expect(workspace.byKey.get(dbtAssetKey("daily_revenue"))?.codeLocationName).toBe(LINEAGE_LOCATION_NAME);
  });
});
