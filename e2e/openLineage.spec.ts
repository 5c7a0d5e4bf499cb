// OpenLineage in a real browser: a `dbt build` posted to /api/v1/lineage of a `strata dev` shows in the global graph
// (grouped by namespace, next to a Strata asset that reads a dbt model), the catalog, the asset pages (the dataset,
// the job under its parent run, the failed attempt), the checks its tests reported, and a run in progress; bad events
// are refused with the path that failed and nothing stored, duplicates are recorded once.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, test as base, expect, type Page } from "@playwright/test";
import {
  DBT_PARENT_JOB,
  dbtAssetKey,
  dbtBuildEvents,
  FAILING_MODEL,
  FAILURE_MESSAGE,
} from "../lib/core/openlineage/dbtProject.testing";
import { freePort, ROOT, type StrataInstance, startStrataInstance } from "./support/strataInstance";

const DAILY_REVENUE = dbtAssetKey(FAILING_MODEL);

/** A code location whose report reads a dbt model: declared as an external asset, built by dbt. */
function definitions(): string {
  const sdk = JSON.stringify(path.join(ROOT, "lib/sdk"));
  return `import { asset, defineDefinitions, externalAsset } from ${sdk};

const dailyRevenue = externalAsset({ key: ${JSON.stringify(DAILY_REVENUE)} });
const revenueReport = asset({ key: "finance/revenue_report", deps: [dailyRevenue], compute: () => 1 });

export default defineDefinitions({ assets: [dailyRevenue, revenueReport] });
`;
}

const test = base.extend<object, { instance: StrataInstance }>({
  instance: [
    async ({}, provide) => {
      const modulePath = (home: string) => path.join(home, "location", "definitions.ts");
      const instance = await startStrataInstance({
        port: await freePort(),
        prefix: "openlineage",
        prepare: (home) => {
          mkdirSync(path.dirname(modulePath(home)), { recursive: true });
          writeFileSync(modulePath(home), definitions());
        },
        config: (home) => ({ codeLocations: [{ name: "finance", module: modulePath(home) }] }),
      });
      try {
        await provide(instance);
      } finally {
        await instance.stop();
      }
    },
    { scope: "worker", timeout: 300_000 },
  ],
});

const LINEAGE = "/api/v1/lineage";
const built = new Date(Date.now() - 3_600_000);

async function post(request: APIRequestContext, url: string, data: unknown, headers: Record<string, string> = {}) {
  return request.post(url + LINEAGE, { data, headers: { "content-type": "application/json", ...headers } });
}

const graphAsset = (page: Page, key: string) => page.getByRole("group", { name: `Asset ${key}`, exact: true });

test.describe.configure({ mode: "serial" });

test("the endpoint records a dbt build, refuses bad events with their path, and records a resent event once", async ({
  instance,
  request,
}) => {
  for (const event of dbtBuildEvents(built)) {
    const response = await post(request, instance.url, event);
    expect(response.status(), await response.text()).toBe(200);
  }
  const [first, second] = dbtBuildEvents(built) as [Record<string, unknown>, Record<string, unknown>];
  const again = await post(request, instance.url, first);
  expect(await again.json()).toMatchObject({ received: 1, recorded: 0, duplicates: 1 });

  const bad = await post(request, instance.url, [
    { ...second, eventTime: new Date().toISOString() },
    { ...second, eventType: "FINISHED" },
  ]);
  expect(bad.status()).toBe(400);
  const body = (await bad.json()) as { problems: { path: string; rule: string }[] };
  expect(body.problems[0]).toMatchObject({ path: "/1/eventType", rule: "enum" });

  const crossSite = await post(request, instance.url, first, { origin: "https://elsewhere.example" });
  expect(crossSite.status()).toBe(403);
  const notJson = await request.post(instance.url + LINEAGE, {
    data: "eventType=START",
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  expect(notJson.status()).toBe(415);
});

test("the graph draws the dbt project grouped by namespace, upstream of the Strata report", async ({
  instance,
  page,
}) => {
  await page.goto(`${instance.url}/lineage`);
  await expect(page.getByRole("button", { name: "Collapse group postgres_warehouse_5432" })).toBeVisible();
  await expect(graphAsset(page, dbtAssetKey("customers"))).toBeVisible();
  await expect(graphAsset(page, "finance/revenue_report")).toBeVisible();
  await graphAsset(page, "finance/revenue_report").click();
  const panel = page.getByRole("complementary", { name: "Asset details" });
  await expect(panel.getByRole("list", { name: "Upstream assets" })).toContainText("daily_revenue");
  await page.screenshot({ path: "test-results/openlineage-graph.png" });
});

test("the catalog lists the models and the asset page tells where one comes from", async ({ instance, page }) => {
  await page.goto(`${instance.url}/assets`);
  await page.getByRole("combobox", { name: "Search assets" }).fill("customer");
  const table = page.getByRole("table", { name: "Assets" });
  await expect(table.getByRole("link", { name: dbtAssetKey("customers") })).toBeVisible();
  await expect(table.getByRole("link", { name: dbtAssetKey("stg_customers") })).toBeVisible();

  await table.getByRole("link", { name: dbtAssetKey("customers") }).click();
  const external = page.getByRole("region", { name: "External lineage" });
  await expect(external).toContainText("postgres://warehouse:5432");
  await expect(external).toContainText("Written by dbt/jaffle_shop.model.jaffle_shop.customers");
  await expect(external).toContainText(`Part of dbt/${DBT_PARENT_JOB}`);
  await expect(page.getByRole("region", { name: "Latest materialization", exact: true })).toContainText("Materialized");
  await page.screenshot({ path: "test-results/openlineage-asset.png", fullPage: true });
});

test("the column view follows a dbt column from the seed to the models that read it", async ({ instance, page }) => {
  const stg = dbtAssetKey("stg_customers");
  await page.goto(`${instance.url}/assets/${dbtAssetKey("customers")}?tab=columns`);
  const table = page.getByRole("table", { name: "Columns" });
  await page.getByRole("searchbox", { name: "Search columns" }).fill("customer_id");
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "customer_id" }) });
  await expect(
    row.getByRole("list", { name: "customer_id comes from" }).getByRole("link", { name: `${stg}.customer_id` }),
  ).toBeVisible();
  await row.getByRole("button", { name: "customer_id" }).click();
  const upstream = page
    .getByRole("region", { name: "Path of column customer_id" })
    .getByRole("list", { name: "customer_id comes from, transitively" });
  await expect(upstream.getByRole("link", { name: `${dbtAssetKey("raw_customers")}.id` })).toBeVisible();
  await page.screenshot({ path: "test-results/openlineage-columns.png", fullPage: true });
});

test("the jobs page lists the dbt models under their parent invocation", async ({ instance, page }) => {
  await page.goto(`${instance.url}/jobs`);
  const models = page.getByRole("list", { name: `Jobs under dbt/${DBT_PARENT_JOB}` });
  await expect(models.getByRole("listitem")).toHaveCount(15);
  await expect(
    models.getByRole("listitem").filter({ hasText: "jaffle_shop.model.jaffle_shop.customers" }),
  ).toContainText("Complete");
  await page.screenshot({ path: "test-results/openlineage-jobs.png", fullPage: true });
});

test("the checks the dbt tests reported show on the model", async ({ instance, page }) => {
  await page.goto(`${instance.url}/assets/${dbtAssetKey("orders")}`);
  await page.getByRole("tab", { name: "Checks" }).click();
  await expect(page.getByText("accepted_values_status").first()).toBeVisible();
  await expect(page.getByText("not_null_order_id").first()).toBeVisible();
  await page.screenshot({ path: "test-results/openlineage-checks.png", fullPage: true });
});

test("a model shows running from its START, then failed with the message of its FAIL", async ({
  instance,
  page,
  request,
}) => {
  const runId = "0b1c2d3e-0000-4000-8000-00000000beef";
  const start = {
    eventType: "START",
    eventTime: new Date().toISOString(),
    producer: "https://github.com/OpenLineage/OpenLineage/tree/1.30.0/integration/dbt",
    schemaURL: "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
    run: { runId },
    job: { namespace: "dbt", name: "jaffle_shop.model.jaffle_shop.churn_risk" },
    outputs: [{ namespace: "postgres://warehouse:5432", name: "jaffle_shop.analytics.churn_risk" }],
  };
  expect((await post(request, instance.url, start)).status()).toBe(200);
  await page.goto(`${instance.url}/assets`);
  const row = page
    .getByRole("table", { name: "Assets" })
    .getByRole("row")
    .filter({ hasText: dbtAssetKey("churn_risk") });
  await expect(row.getByText("Running")).toBeVisible();

  const fail = {
    ...start,
    eventType: "FAIL",
    eventTime: new Date(Date.now() + 1000).toISOString(),
    run: {
      runId,
      facets: {
        errorMessage: {
          _producer: start.producer,
          _schemaURL: "https://openlineage.io/spec/facets/1-0-1/ErrorMessageRunFacet.json#/$defs/ErrorMessageRunFacet",
          message: FAILURE_MESSAGE,
          programmingLanguage: "SQL",
        },
      },
    },
  };
  expect((await post(request, instance.url, fail)).status()).toBe(200);
  await page.goto(`${instance.url}/assets/${dbtAssetKey("churn_risk")}`);
  const latest = page.getByRole("region", { name: "Latest materialization", exact: true });
  await expect(latest).toContainText("Failed");
  await expect(latest.getByRole("alert")).toHaveText(FAILURE_MESSAGE);
});
