// The lineage graph at a glance, in a real browser against a `strata dev` of its own: a location of three groups
// whose fact table has a freshness policy and a failing and a passing check, and whose rollup runs until the test
// lets it finish. Badges side by side on a node, a running asset drawn as running, group boxes zoomed out, the side
// panel docked beside the canvas, the asset tree, "View in lineage" centring the asset, and the Lineage tab's depths.
// The example location (the shared server) is checked at fit: its eight assets are drawn large enough to read.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, test as base, expect, type Locator, type Page } from "@playwright/test";
import { writeSyntheticLocation } from "../bench/syntheticLocation";
import { freePort, ROOT, type StrataInstance, startStrataInstance } from "./support/strataInstance";

/** The location's module; `release` is the file whose existence lets the rollup finish. */
function definitions(release: string): string {
  const sdk = JSON.stringify(path.join(ROOT, "lib/sdk"));
  return `import { existsSync } from "node:fs";
import { asset, check, defineDefinitions } from ${sdk};

const orders = asset({ key: "ingest/orders", group: "ingest", compute: () => [1, 2, 3] });
const customers = asset({ key: "ingest/customers", group: "ingest", compute: () => [1] });
const orderFacts = asset({
  key: "marts/order_facts",
  group: "marts",
  deps: [orders, customers],
  freshnessPolicy: { maximumLagMinutes: 24 * 60 },
  compute: () => 1,
});
const slowRollup = asset({
  key: "marts/slow_rollup",
  group: "marts",
  deps: [orderFacts],
  compute: async () => {
    while (!existsSync(${JSON.stringify(release)})) await new Promise((resolve) => setTimeout(resolve, 200));
    return 1;
  },
});
const summary = asset({ key: "reports/summary", group: "reports", deps: [slowRollup], compute: () => 1 });

const factsHaveRows = check({
  asset: orderFacts,
  name: "facts_have_rows",
  severity: "ERROR",
  compute: () => ({ passed: false, description: "No rows today." }),
});
const factsNumeric = check({ asset: orderFacts, name: "facts_numeric", severity: "WARN", compute: () => true });

export default defineDefinitions({
  assets: [orders, customers, orderFacts, slowRollup, summary],
  checks: [factsHaveRows, factsNumeric],
});
`;
}

const test = base.extend<object, { instance: StrataInstance }>({
  instance: [
    async ({}, provide) => {
      const modulePath = (home: string) => path.join(home, "location", "definitions.ts");
      const release = (home: string) => path.join(home, "release-rollup");
      const instance = await startStrataInstance({
        port: await freePort(),
        prefix: "lineage-graph",
        prepare: (home) => {
          mkdirSync(path.dirname(modulePath(home)), { recursive: true });
          writeFileSync(modulePath(home), definitions(release(home)));
        },
        config: (home) => ({ codeLocations: [{ name: "shop", module: modulePath(home) }] }),
      });
      try {
        await provide(instance);
      } finally {
        // Lets a rollup still waiting finish, so the instance stops cleanly.
        writeFileSync(release(instance.home), "");
        await instance.stop();
      }
    },
    { scope: "worker", timeout: 300_000 },
  ],
});

test.describe.configure({ mode: "serial" });

async function graphql<T>(request: APIRequestContext, url: string, query: string): Promise<T> {
  const response = await request.post(`${url}/api/graphql`, { data: { query } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function launch(request: APIRequestContext, url: string, keys: string[]): Promise<string> {
  const selection = keys.map((k) => `{ path: ${JSON.stringify(k.split("/"))} }`).join(", ");
  const data = await graphql<{ launchRun: { __typename: string; run?: { runId: string } } }>(
    request,
    url,
    `mutation { launchRun(input: { assetSelection: [${selection}] }) { __typename ... on LaunchRunSuccess { run { runId } } } }`,
  );
  expect(data.launchRun.__typename).toBe("LaunchRunSuccess");
  return data.launchRun.run!.runId;
}

async function runStatus(request: APIRequestContext, url: string, runId: string): Promise<string> {
  const data = await graphql<{ runOrError: { status?: string } }>(
    request,
    url,
    `{ runOrError(runId: "${runId}") { ... on Run { status } } }`,
  );
  return data.runOrError.status ?? "";
}

const graphAsset = (page: Page, key: string) => page.getByRole("group", { name: `Asset ${key}`, exact: true });
const canvas = (page: Page) => page.getByRole("region", { name: "Asset graph" });

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b).not.toBeNull();
  return b!;
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The canvas's zoom, from React Flow's viewport transform. */
async function zoomOf(page: Page): Promise<number> {
  return page
    .locator(".react-flow__viewport")
    .first()
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
}

test("a node shows its latest materialization, freshness and check counts side by side", async ({
  instance,
  page,
  request,
}) => {
  const runId = await launch(request, instance.url, ["ingest/orders", "ingest/customers", "marts/order_facts"]);
  await expect.poll(() => runStatus(request, instance.url, runId), { timeout: 60_000 }).toBe("SUCCESS");

  await page.goto(`${instance.url}/lineage`);
  const node = graphAsset(page, "marts/order_facts");
  await expect(node).toBeVisible();
  await expect(node.getByText(/^Materialized/)).toBeVisible();
  await expect(node.locator("time")).toHaveAttribute("title", /\d/);
  const badges = node.getByTestId("asset-node-badges");
  await expect(badges).toContainText("Fresh");
  await expect(badges).toContainText("1 check failed");
  await expect(badges).toContainText("1 check passed");
  // Every badge in view, none over another.
  const shown = await badges.locator(":scope > span").all();
  expect(shown.length).toBeGreaterThanOrEqual(2);
  const boxes = await Promise.all(shown.map(box));
  const row = await box(badges);
  for (const [i, b] of boxes.entries()) {
    expect(b.x + b.width).toBeLessThanOrEqual(row.x + row.width + 0.5);
    for (const other of boxes.slice(i + 1)) expect(overlap(b, other)).toBe(false);
  }
  await page.screenshot({ path: "test-results/lineage-badges.png" });
});

test("a running asset is drawn as running until its run ends", async ({ instance, page, request }) => {
  const runId = await launch(request, instance.url, ["marts/slow_rollup"]);
  await page.goto(`${instance.url}/lineage`);
  const node = graphAsset(page, "marts/slow_rollup");
  await expect(node.locator("[data-run-state=running]")).toBeVisible({ timeout: 30_000 });
  await expect(node.getByTestId("asset-node-badges")).toContainText("Running");
  await expect(graphAsset(page, "marts/order_facts").locator("[data-run-state]")).toHaveCount(0);
  await page.screenshot({ path: "test-results/lineage-running.png" });

  writeFileSync(path.join(instance.home, "release-rollup"), "");
  await expect.poll(() => runStatus(request, instance.url, runId), { timeout: 60_000 }).toBe("SUCCESS");
  await expect(node.locator("[data-run-state]")).toHaveCount(0, { timeout: 15_000 });
});

test("zoomed out the groups are boxes with their names and counts; zoomed in, the assets", async ({
  instance,
  page,
}) => {
  await page.goto(`${instance.url}/lineage`);
  await expect(graphAsset(page, "marts/order_facts")).toBeVisible();
  const zoomOut = page.getByRole("button", { name: "Zoom Out" });
  for (let i = 0; i < 8 && (await page.getByTestId("group-overview").count()) === 0; i++) await zoomOut.click();
  const groups = page.getByTestId("group-overview");
  await expect(groups).toHaveCount(3);
  await expect(groups.filter({ hasText: "marts" })).toContainText("2 assets");
  await expect(groups.filter({ hasText: "ingest" })).toContainText("2 assets");
  await expect(graphAsset(page, "marts/order_facts")).toHaveCount(0);
  // The name reads on screen however far out.
  const name = await box(groups.filter({ hasText: "marts" }).getByTestId("group-overview-name"));
  expect(name.height).toBeGreaterThanOrEqual(16);
  await page.screenshot({ path: "test-results/lineage-groups.png" });

  await groups.filter({ hasText: "marts" }).click();
  await expect(graphAsset(page, "marts/order_facts")).toBeVisible();
  await expect(groups).toHaveCount(0);

  // From the keyboard too: Enter on a group's box zooms in on it.
  for (let i = 0; i < 10 && (await groups.count()) === 0; i++) await zoomOut.click();
  await page.getByRole("group", { name: "Asset group ingest, 2 assets" }).focus();
  await page.keyboard.press("Enter");
  await expect(graphAsset(page, "ingest/orders")).toBeVisible();
  await expect(groups).toHaveCount(0);
});

test("the side panel docks beside the canvas, and the minimap stays inside the canvas", async ({ instance, page }) => {
  await page.goto(`${instance.url}/lineage`);
  await graphAsset(page, "marts/order_facts").click();
  const panel = page.getByRole("complementary", { name: "Asset details" });
  await expect(panel.getByRole("heading", { name: "marts/order_facts" })).toBeVisible();
  const canvasBox = await box(canvas(page));
  const panelBox = await box(panel);
  expect(overlap(canvasBox, panelBox)).toBe(false);
  expect(panelBox.x).toBeGreaterThanOrEqual(canvasBox.x + canvasBox.width - 1);

  // Zoomed in, part of the picture is out of view: the minimap shows, inside the canvas, clear of the panel.
  for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Zoom In" }).click();
  const minimap = page.getByRole("img", { name: "Mini map" });
  await expect(minimap).toBeVisible();
  const minimapBox = await box(minimap);
  expect(overlap(minimapBox, panelBox)).toBe(false);
  expect(minimapBox.x + minimapBox.width).toBeLessThanOrEqual(canvasBox.x + canvasBox.width + 1);
  await page.screenshot({ path: "test-results/lineage-panel.png" });
});

test("the asset tree filters the graph to a group and selects an asset", async ({ instance, page }) => {
  await page.goto(`${instance.url}/lineage`);
  const tree = page.getByRole("navigation", { name: "Asset tree" });
  await tree
    .getByRole("region", { name: "Groups" })
    .getByRole("button", { name: /^marts\b/ })
    .click();
  await expect(page).toHaveURL(/selection=group%3Amarts/);
  await expect(graphAsset(page, "marts/slow_rollup")).toBeVisible();
  await expect(graphAsset(page, "ingest/orders")).toHaveCount(0);

  await tree.getByRole("searchbox", { name: "Filter the asset tree" }).fill("summary");
  await tree.getByRole("button", { name: "Asset reports/summary" }).first().click();
  const node = graphAsset(page, "reports/summary");
  await expect(node).toBeVisible();
  await expect(node).toHaveClass(/selected/);
  await expect(page.getByRole("complementary", { name: "Asset details" })).toContainText("summary");
  expect(overlap(await box(node), await box(canvas(page)))).toBe(true);
  await page.screenshot({ path: "test-results/lineage-tree.png" });
});

test("View in lineage centres the asset it came from and rings it", async ({ instance, page }) => {
  await page.goto(`${instance.url}/assets/marts/slow_rollup`);
  await page.getByRole("link", { name: "View in lineage" }).click();
  await expect(page).toHaveURL(/\/lineage\?.*focus=marts%2Fslow_rollup/);
  const node = graphAsset(page, "marts/slow_rollup");
  await expect(node.locator("[data-focused]")).toBeVisible();
  const nodeBox = await box(node);
  const canvasBox = await box(canvas(page));
  expect(nodeBox.x).toBeGreaterThanOrEqual(canvasBox.x);
  expect(nodeBox.y).toBeGreaterThanOrEqual(canvasBox.y);
  expect(nodeBox.x + nodeBox.width).toBeLessThanOrEqual(canvasBox.x + canvasBox.width);
  expect(nodeBox.y + nodeBox.height).toBeLessThanOrEqual(canvasBox.y + canvasBox.height);
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(0.85);
  await expect(graphAsset(page, "marts/order_facts").locator("[data-focused]")).toHaveCount(0);
});

test("the Lineage tab reaches as far up and down as asked, kept in the URL", async ({ instance, page }) => {
  await page.goto(`${instance.url}/assets/marts/slow_rollup?tab=lineage`);
  for (const key of ["marts/order_facts", "marts/slow_rollup", "reports/summary"])
    await expect(graphAsset(page, key)).toBeVisible();
  await expect(graphAsset(page, "ingest/orders")).toHaveCount(0);
  await expect(page.getByTestId("lineage-count")).toHaveText("3 assets");

  await page.getByRole("group", { name: "Upstream depth" }).getByRole("button", { name: "2" }).click();
  await expect(page).toHaveURL(/up=2/);
  await expect(graphAsset(page, "ingest/orders")).toBeVisible();
  await expect(graphAsset(page, "ingest/customers")).toBeVisible();
  await expect(page.getByTestId("lineage-count")).toHaveText("5 assets");

  await page.getByRole("group", { name: "Downstream depth" }).getByRole("button", { name: "All" }).click();
  await expect(page).toHaveURL(/down=all/);
  await page.reload();
  await expect(page.getByRole("group", { name: "Upstream depth" }).getByRole("button", { name: "2" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(graphAsset(page, "ingest/orders")).toBeVisible();
  await page.screenshot({ path: "test-results/lineage-tab-depth.png" });
});

test("the example location's eight assets are drawn large enough to read at fit", async ({ page }) => {
  await page.goto("/lineage");
  await expect(graphAsset(page, "fact_events")).toBeVisible();
  await expect(page.getByTestId("group-overview")).toHaveCount(0);
  // At a zoom where the 13 px names are drawn at 10 px and more, every asset in view.
  await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.75);
  const canvasBox = await box(canvas(page));
  for (const key of ["raw_events", "fact_events", "analytics/weekly_report", "analytics/regional_revenue"]) {
    const nodeBox = await box(graphAsset(page, key));
    expect(nodeBox.x + nodeBox.width).toBeLessThanOrEqual(canvasBox.x + canvasBox.width);
    expect(nodeBox.y + nodeBox.height).toBeLessThanOrEqual(canvasBox.y + canvasBox.height);
  }
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: "test-results/lineage-fit-8.png" });
});

test.describe("a thousand assets", () => {
  test("fit shows the groups as readable boxes", async ({ page }) => {
    test.setTimeout(300_000);
    // The location is written before the instance starts, which loads it on start.
    const source = path.join(ROOT, ".strata", `e2e-lineage-1000-source-${Date.now()}`);
    const location = await writeSyntheticLocation(source, "warehouse", { assets: 1_000 });
    const instance = await startStrataInstance({
      port: await freePort(),
      prefix: "lineage-1000",
      config: () => ({ codeLocations: [{ name: "warehouse", module: location.modulePath }] }),
    });
    try {
      await page.goto(`${instance.url}/lineage`);
      await expect(page.getByText("1000 assets")).toBeVisible({ timeout: 120_000 });
      const groups = page.getByTestId("group-overview");
      await expect(groups.first()).toBeVisible({ timeout: 60_000 });
      await expect(groups.filter({ hasText: "dimensions" })).toContainText("20 assets");
      // Each name whole and about 18 px high on screen.
      const group = groups.filter({ hasText: "group_007" });
      await expect(group).toContainText("50 assets");
      const name = group.getByTestId("group-overview-name");
      const nameBox = await box(name);
      expect(nameBox.height).toBeGreaterThanOrEqual(16);
      expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: "test-results/lineage-fit-1000.png" });
    } finally {
      await instance.stop();
      rmSync(source, { recursive: true, force: true });
    }
  });
});
