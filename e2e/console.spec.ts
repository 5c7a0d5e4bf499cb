// The console against `strata dev` with the user-events example: lineage graph, selection, catalog and asset pages.
import { expect, type Page, test } from "@playwright/test";

const userEventsAssets = ["raw_events", "deduplicated_events", "user_profiles", "enriched_events", "fact_events"];
const analyticsAssets = ["analytics/daily_active_users", "analytics/weekly_report", "analytics/regional_revenue"];

/** A graph node by its asset key; React Flow renders each node as an ARIA group labelled by our `ariaLabel`. */
const graphAsset = (page: Page, key: string) => page.getByRole("group", { name: `Asset ${key}`, exact: true });

test.describe("lineage graph", () => {
  test("shows both asset groups and every example asset", async ({ page }) => {
    await page.goto("/lineage");
    await expect(page.getByRole("button", { name: "Collapse group user_events" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Collapse group analytics" })).toBeVisible();
    for (const key of [...userEventsAssets, ...analyticsAssets]) {
      await expect(graphAsset(page, key)).toBeVisible();
    }
  });

  test("collapsing a group hides its assets and expanding brings them back", async ({ page }) => {
    await page.goto("/lineage");
    await page.getByRole("button", { name: "Collapse group user_events" }).click();
    for (const key of userEventsAssets) await expect(graphAsset(page, key)).toHaveCount(0);
    await expect(graphAsset(page, "analytics/daily_active_users")).toBeVisible();

    await page.getByRole("button", { name: "Expand group user_events" }).click();
    await expect(graphAsset(page, "raw_events")).toBeVisible();
  });

  test("a selection keeps only matching assets and is kept in the URL", async ({ page }) => {
    await page.goto("/lineage");
    await expect(graphAsset(page, "raw_events")).toBeVisible();
    await page.getByRole("combobox", { name: "Asset selection" }).fill("group:analytics");

    for (const key of analyticsAssets) await expect(graphAsset(page, key)).toBeVisible();
    for (const key of userEventsAssets) await expect(graphAsset(page, key)).toHaveCount(0);
    await expect(page).toHaveURL(/selection=group%3Aanalytics/);
  });

  test("an invalid selection shows the syntax error under the box", async ({ page }) => {
    await page.goto("/lineage");
    const box = page.getByRole("combobox", { name: "Asset selection" });
    await box.fill("group:analytics and");
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alert").filter({ hasText: /position/i })).toBeVisible();
  });

  test("clicking an asset opens its details with lineage links", async ({ page }) => {
    await page.goto("/lineage");
    await graphAsset(page, "enriched_events").click();
    const panel = page.getByRole("complementary", { name: "Asset details" });
    await expect(panel.getByRole("heading", { name: "enriched_events" })).toBeVisible();
    const upstream = panel.getByRole("list", { name: "Upstream assets" });
    await expect(upstream.getByRole("button", { name: "user_profiles" })).toBeVisible();

    await upstream.getByRole("button", { name: "deduplicated_events" }).click();
    await expect(panel.getByRole("heading", { name: "deduplicated_events" })).toBeVisible();
    await expect(panel.getByRole("link", { name: /open asset page/i })).toHaveAttribute(
      "href",
      "/assets/deduplicated_events",
    );
  });
});

test.describe("asset catalog", () => {
  test("lists every asset with search and sorting", async ({ page }) => {
    await page.goto("/assets");
    const table = page.getByRole("table", { name: "Assets" });
    const rows = table.getByRole("row");
    // One header row plus eight assets.
    await expect(rows).toHaveCount(9);
    await expect(rows.nth(1)).toContainText("analytics/daily_active_users");

    await table.getByRole("button", { name: "Asset key" }).click();
    await expect(table.getByRole("columnheader", { name: "Asset key" })).toHaveAttribute("aria-sort", "descending");
    await expect(rows.nth(1)).toContainText("user_profiles");

    await page.getByRole("combobox", { name: "Search assets" }).fill("enriched");
    await expect(rows).toHaveCount(2);
    await expect(table.getByRole("link", { name: "enriched_events" })).toBeVisible();
  });

  test("group chips and selection syntax in the search box narrow the table", async ({ page }) => {
    await page.goto("/assets");
    const table = page.getByRole("table", { name: "Assets" });
    await expect(table.getByRole("row")).toHaveCount(9);

    await page
      .getByRole("group", { name: "Filter by group" })
      .getByRole("button", { name: /analytics/ })
      .click();
    await expect(table.getByRole("row")).toHaveCount(4);
    await page.getByRole("button", { name: "All groups" }).click();

    await page.getByRole("combobox", { name: "Search assets" }).fill("fact_events+");
    // fact_events and everything downstream of it: the three analytics assets.
    await expect(table.getByRole("row")).toHaveCount(5);
    await expect(table.getByRole("link", { name: "analytics/weekly_report" })).toBeVisible();
    await expect(table.getByRole("link", { name: "raw_events" })).toHaveCount(0);
  });

  test("an asset key links to its page", async ({ page }) => {
    await page.goto("/assets");
    await page.getByRole("table", { name: "Assets" }).getByRole("link", { name: "analytics/weekly_report" }).click();
    await expect(page).toHaveURL(/\/assets\/analytics\/weekly_report$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("analytics/weekly_report");
  });
});

test.describe("asset page", () => {
  test("shows the definition and links to upstream and downstream assets", async ({ page }) => {
    await page.goto("/assets/analytics/daily_active_users");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("analytics/daily_active_users");
    await expect(page.getByRole("tab", { name: "Overview" })).toHaveAttribute("aria-selected", "true");

    const downstream = page.getByRole("list", { name: "Downstream assets" });
    await expect(downstream.getByRole("link", { name: "analytics/weekly_report" })).toBeVisible();
    const upstream = page.getByRole("list", { name: "Upstream assets" });
    await upstream.getByRole("link", { name: "fact_events" }).click();
    await expect(page).toHaveURL(/\/assets\/fact_events$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("fact_events");
  });

  test("shows the freshness policy and where the asset stands against it", async ({ page }) => {
    await page.goto("/assets/fact_events");
    const card = page.getByRole("region", { name: "Freshness" });
    await expect(card).toContainText(
      'At each tick of "0 7 * * *" (UTC), holds data at most 24 h old; late for 2 h before it is stale.',
    );
    await expect(card).toContainText(/Fresh|Late|Stale/);
  });

  test("an asset without checks says how to add one", async ({ page }) => {
    await page.goto("/assets/raw_events");
    await page.getByRole("tab", { name: "Checks" }).click();
    await expect(page.getByRole("heading", { name: "No checks on this asset" })).toBeVisible();
  });

  test("an unpartitioned asset's Partitions tab says how to partition it", async ({ page }) => {
    await page.goto("/assets/user_profiles?tab=partitions");
    await expect(page.getByRole("heading", { name: "This asset is not partitioned" })).toBeVisible();
  });

  test("an unknown asset key shows Asset not found", async ({ page }) => {
    await page.goto("/assets/no_such/asset");
    await expect(page.getByRole("heading", { name: "Asset not found" })).toBeVisible();
    await expect(page.getByText("no_such/asset", { exact: true })).toBeVisible();
  });
});

test.describe("deployment", () => {
  test("lists the example code location as loaded", async ({ page }) => {
    await page.goto("/deployment");
    const table = page.getByRole("region", { name: "Code locations" });
    const row = table.getByRole("row").filter({ hasText: "user-events" });
    await expect(row).toContainText("Loaded");
    await expect(row.getByRole("button", { name: "Reload user-events" })).toBeEnabled();
  });

  test("shows a healthy daemon with its loops and a healthy worker", async ({ page }) => {
    await page.goto("/deployment");
    const status = page.getByRole("region", { name: "Daemon and workers" });
    const daemon = status.getByRole("article", { name: /^Daemon / });
    await expect(daemon).toContainText("Healthy");
    await expect(daemon.getByRole("table", { name: "Daemon loops" })).toContainText("backfills");
    await expect(status.getByRole("article", { name: /^Worker / }).first()).toContainText("Healthy");
    await expect(status.getByRole("alert")).toHaveCount(0);
  });
});
