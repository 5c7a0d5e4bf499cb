// Received OpenLineage through the API a console reads: a dbt build shows in the graph grouped by namespace, in the
// selection syntax, on the asset pages (dataset, producing job under its parent, the failed attempt's message, runs in
// progress), in checks and columns, and a Strata asset that reads a dbt model goes unsynced when the model is rebuilt.
import { beforeAll, describe, expect, it } from "vitest";
import {
  DBT_MODELS,
  DBT_PARENT_JOB,
  dbtAssetKey,
  dbtBuildEvents,
  FAILING_MODEL,
  FAILURE_MESSAGE,
} from "../lib/core/openlineage/dbtProject.testing";
import { buildAssetNode } from "../lib/core/testing";
import { receiveLineageEvents } from "../lib/orchestration/lineage/receiveLineageEvents";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../lib/store/codeLocations";
import { appendRunEvents } from "../lib/store/runEvents";
import { createRun } from "../lib/store/runs";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const api = graphqlTestServer();
const START = new Date("2026-12-01T06:00:00Z");
const path = (key: string) => JSON.stringify(key.split("/"));

async function receive(events: unknown[]) {
  for (const event of events) {
    const result = await receiveLineageEvents(api.database.db, event, "test");
    expect(result.ok).toBe(true);
  }
}

beforeAll(async () => {
  const db = api.database.db;
  await upsertCodeLocation(db, "finance", "/nowhere/finance.ts");
  await saveDefinitionsSnapshot(db, "finance", {
    schemaVersion: 1,
    assets: [
      buildAssetNode("finance/revenue_report", { deps: [dbtAssetKey(FAILING_MODEL)] }),
      // Code declares a dbt model it reads, with how fresh it must be.
      buildAssetNode(dbtAssetKey("orders"), { isSource: true, freshnessPolicy: { maximumLagMinutes: 60 } }),
    ],
  });
  await receive(dbtBuildEvents(START));
});

describe("the graph and the catalog", () => {
  it("lists the dbt models as assets of the openlineage location, grouped by their namespace", async () => {
    const data = await api.query<{
      assetNodes: { assetKey: { path: string[] }; groupName: string; isSource: boolean; kinds: string[] }[];
    }>(`{ assetNodes(selection: "code_location:openlineage") { assetKey { path } groupName isSource kinds } }`);
    // Every model but orders, which the finance location declares.
    expect(data.assetNodes.map((n) => n.assetKey.path.join("/")).sort()).toEqual(
      DBT_MODELS.filter((m) => m !== "orders")
        .map(dbtAssetKey)
        .sort(),
    );
    expect(new Set(data.assetNodes.map((n) => n.groupName))).toEqual(new Set(["postgres_warehouse_5432"]));
    expect(data.assetNodes[0]?.kinds).toEqual(["postgres", "openlineage"]);
  });

  it("selects them with the selection syntax, lineage included", async () => {
    const data = await api.query<{ assetNodes: { assetKey: { path: string[] } }[] }>(
      `{ assetNodes(selection: "+${dbtAssetKey("customers")}") { assetKey { path } } }`,
    );
    expect(data.assetNodes.map((n) => n.assetKey.path.at(-1)).sort()).toEqual([
      "customers",
      "raw_customers",
      "raw_orders",
      "raw_payments",
      "stg_customers",
      "stg_orders",
      "stg_payments",
    ]);
  });

  it("shows each model materialized, the retried one too, with the failed attempt's message kept", async () => {
    const data = await api.query<{
      assetNodeOrError: {
        assetLatestInfo: { state: string; lastFailureMessage: string | null; lastMaterializationRunId: string | null };
      };
    }>(
      `{ assetNodeOrError(assetKey: { path: ${path(dbtAssetKey(FAILING_MODEL))} }) {
          ... on AssetNode { assetLatestInfo { state lastFailureMessage lastMaterializationRunId } } } }`,
    );
    expect(data.assetNodeOrError.assetLatestInfo).toEqual({
      state: "MATERIALIZED",
      lastFailureMessage: FAILURE_MESSAGE,
      lastMaterializationRunId: null,
    });
  });

  it("judges a declared dbt model's freshness by its latest COMPLETE", async () => {
    const freshness = async () =>
      (
        await api.query<{ assetNodeOrError: { freshnessInfo: { status: string } | null } }>(
          `{ assetNodeOrError(assetKey: { path: ${path(dbtAssetKey("orders"))} }) { ... on AssetNode { freshnessInfo { status } } } }`,
        )
      ).assetNodeOrError.freshnessInfo?.status;
    // Built at 06:00 on 1 December, long past its hour.
    expect(await freshness()).toBe("STALE");
    const now = new Date();
    await receive(
      dbtBuildEvents(new Date(now.getTime() - 60_000)).filter(
        (e) => (e.job as { name: string }).name.endsWith(".orders") && e.eventType === "COMPLETE",
      ),
    );
    expect(await freshness()).toBe("FRESH");
  });
});

describe("the asset page", () => {
  it("names the dataset, the job that writes it under its parent, and its runs", async () => {
    const data = await api.query<{
      assetNodeOrError: {
        externalLineage: {
          namespace: string;
          name: string;
          producers: {
            label: string;
            parentLabel: string;
            latestRuns: {
              state: string;
              errorMessage: string | null;
              parentRun: { jobLabel: string; childRuns: unknown[] };
            }[];
          }[];
          consumers: { label: string }[];
        };
      };
    }>(
      `{ assetNodeOrError(assetKey: { path: ${path(dbtAssetKey(FAILING_MODEL))} }) {
          ... on AssetNode { externalLineage { namespace name
            producers { label parentLabel latestRuns { state errorMessage parentRun { jobLabel childRuns { state } } } }
            consumers { label } } } } }`,
    );
    const lineage = data.assetNodeOrError.externalLineage;
    expect(lineage).toMatchObject({
      namespace: "postgres://warehouse:5432",
      name: "jaffle_shop.analytics.daily_revenue",
    });
    expect(lineage.producers).toHaveLength(1);
    expect(lineage.producers[0]).toMatchObject({
      label: "dbt/jaffle_shop.model.jaffle_shop.daily_revenue",
      parentLabel: `dbt/${DBT_PARENT_JOB}`,
    });
    expect(lineage.producers[0]?.latestRuns.map((r) => [r.state, r.errorMessage])).toEqual([
      ["COMPLETE", null],
      ["FAIL", FAILURE_MESSAGE],
    ]);
    expect(lineage.producers[0]?.latestRuns[0]?.parentRun).toMatchObject({ jobLabel: `dbt/${DBT_PARENT_JOB}` });
    expect(lineage.producers[0]?.latestRuns[0]?.parentRun.childRuns).toHaveLength(16);
  });

  it("lists the checks the assertions reported, with their latest results", async () => {
    const data = await api.query<{
      assetNodeOrError: {
        assetChecks: { name: string; executions?: unknown; latestExecution: { status: string } | null }[];
      };
    }>(
      `{ assetNodeOrError(assetKey: { path: ${path(dbtAssetKey("orders"))} }) {
          ... on AssetNode { assetChecks { name latestExecution { status } } } } }`,
    );
    expect(data.assetNodeOrError.assetChecks.map((c) => [c.name, c.latestExecution?.status])).toEqual([
      ["accepted_values_status", "FAILED"],
      ["not_null_order_id", "SUCCEEDED"],
    ]);
  });

  it("carries the table schema and column lineage as metadata", async () => {
    const data = await api.query<{ assetNodeOrError: { metadataEntries: { label: string; type: string }[] } }>(
      `{ assetNodeOrError(assetKey: { path: ${path(dbtAssetKey("orders"))} }) {
          ... on AssetNode { metadataEntries { label type } } } }`,
    );
    expect(data.assetNodeOrError.metadataEntries.map((e) => e.label)).toEqual(
      expect.arrayContaining(["schema", "column_lineage", "openlineage/namespace", "openlineage/job"]),
    );
  });

  it("shows the columns from the schema facet, where each comes from and where it goes", async () => {
    const data = await api.query<{
      assetNodeOrError: {
        columns: {
          name: string;
          type: string;
          upstream: { assetKey: { path: string[] }; column: string; columnKnown: boolean }[];
          downstream: { assetKey: { path: string[] }; column: string }[];
        }[];
      };
    }>(
      `{ assetNodeOrError(assetKey: { path: ${path(dbtAssetKey("customers"))} }) {
          ... on AssetNode { columns { name type upstream { assetKey { path } column columnKnown } downstream { assetKey { path } column } } } } }`,
    );
    const customerId = data.assetNodeOrError.columns.find((c) => c.name === "customer_id");
    expect(customerId).toMatchObject({ type: "integer" });
    expect(customerId?.upstream).toEqual([
      { assetKey: { path: dbtAssetKey("stg_customers").split("/") }, column: "customer_id", columnKnown: true },
    ]);
    expect(customerId?.downstream.map((d) => `${d.assetKey.path.at(-1)}.${d.column}`).sort()).toEqual([
      "churn_risk.customer_id",
      "customer_lifetime_value.customer_id",
    ]);
    const selected = await api.query<{ assetNodes: { assetKey: { path: string[] } }[] }>(
      `{ assetNodes(selection: "column:lifetime_value") { assetKey { path } } }`,
    );
    expect(selected.assetNodes.map((n) => n.assetKey.path.join("/"))).toEqual([dbtAssetKey("customers")]);
  });

  it("shows a model in progress between its START and its end", async () => {
    const runId = "0b1c2d3e-0000-4000-8000-00000000beef";
    const start = {
      eventType: "START",
      eventTime: new Date(START.getTime() + 3_600_000).toISOString(),
      producer: "https://github.com/OpenLineage/OpenLineage/tree/1.30.0/integration/dbt",
      schemaURL: "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
      run: { runId },
      job: { namespace: "dbt", name: "jaffle_shop.model.jaffle_shop.churn_risk" },
      outputs: [{ namespace: "postgres://warehouse:5432", name: "jaffle_shop.analytics.churn_risk" }],
    };
    await receive([start]);
    const query = `{ externalRunsInProgress { runId jobLabel outputKeys { path } } }`;
    const running = await api.query<{ externalRunsInProgress: { runId: string; outputKeys: { path: string[] }[] }[] }>(
      query,
    );
    expect(running.externalRunsInProgress.map((r) => [r.runId, r.outputKeys[0]?.path.join("/")])).toEqual([
      [runId, dbtAssetKey("churn_risk")],
    ]);
    await receive([
      { ...start, eventType: "COMPLETE", eventTime: new Date(START.getTime() + 3_660_000).toISOString() },
    ]);
    expect((await api.query<{ externalRunsInProgress: unknown[] }>(query)).externalRunsInProgress).toEqual([]);
  });
});

describe("launches", () => {
  it("refuse assets made outside Strata, checks included, saying why", async () => {
    for (const checksOnly of [false, true]) {
      const data = await api.query<{ launchRun: { __typename: string; message?: string } }>(
        `mutation { launchRun(input: { assetSelection: [{ path: ${path(dbtAssetKey("customers"))} }], checksOnly: ${checksOnly} }) {
            __typename ... on LaunchRunError { message } } }`,
      );
      expect(data.launchRun).toEqual({
        __typename: "LaunchRunError",
        message: `"${dbtAssetKey("customers")}" is made outside Strata (received as OpenLineage or reported events), so Strata has nothing to run; leave it out of the selection.`,
      });
    }
    expect(await api.database.db.run.count({ where: { codeLocationName: "openlineage" } })).toBe(0);
  });
});

describe("Strata assets downstream of external ones", () => {
  it("go unsynced when the dbt model they read is rebuilt", async () => {
    const db = api.database.db;
    const location = await db.codeLocation.findUniqueOrThrow({ where: { name: "finance" } });
    const run = await createRun(db, {
      codeLocationName: "finance",
      snapshotId: location.currentSnapshotId,
      assetKeys: ["finance/revenue_report"],
      launchedBy: "test",
    });
    await appendRunEvents(db, run.id, [
      {
        eventType: "ASSET_MATERIALIZATION",
        stepKey: "finance/revenue_report",
        assetKey: ["finance", "revenue_report"],
        message: "",
      },
    ]);
    const staleness = () =>
      api.query<{ assetNodeOrError: { staleStatus: string; staleCauses: { reason: string }[] } }>(
        `{ assetNodeOrError(assetKey: { path: ["finance", "revenue_report"] }) { ... on AssetNode { staleStatus staleCauses { reason } } } }`,
      );
    expect((await staleness()).assetNodeOrError.staleStatus).toBe("UP_TO_DATE");
    // The model is built again by tomorrow's dbt run.
    await receive(dbtBuildEvents(new Date(START.getTime() + 86_400_000)));
    expect((await staleness()).assetNodeOrError).toEqual({
      staleStatus: "STALE",
      staleCauses: [{ reason: `upstream ${dbtAssetKey(FAILING_MODEL)} updated` }],
    });
  });
});
