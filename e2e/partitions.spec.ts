// Partitions and backfills from the console: select partitions in an asset's grid, launch a backfill, watch it finish.
import { expect, type Locator, type Page, test } from "@playwright/test";

/** A backfill of 30 daily partitions is 30 runs through the worker; wait like a user watching the page would. */
const BACKFILL_TIMEOUT = 240_000;

const partitionGrid = (page: Page, assetKey: string) => page.getByRole("grid", { name: `Partitions of ${assetKey}` });
const cell = (grid: Locator, key: string) => grid.getByRole("gridcell", { name: key, exact: true });

test("shift-selecting 30 days of raw_events and launching a backfill materializes all 30", async ({ page }) => {
  test.setTimeout(BACKFILL_TIMEOUT + 60_000);

  await page.goto("/assets/raw_events?tab=partitions");
  const grid = partitionGrid(page, "raw_events");
  await cell(grid, "2026-01-01").click();
  await cell(grid, "2026-01-30").click({ modifiers: ["Shift"] });

  await expect(page.getByLabel("Partition selection")).toHaveValue("2026-01-01...2026-01-30");
  await expect(page.getByTestId("partition-selection-count")).toHaveText("30 selected");
  await expect(cell(grid, "2026-01-15")).toHaveAttribute("aria-selected", "true");
  await expect(cell(grid, "2026-01-31")).toHaveAttribute("aria-selected", "false");

  await page.getByRole("button", { name: "Materialize 30 partitions…" }).click();
  const dialog = page.getByRole("dialog", { name: "Materialize partitions" });
  await expect(dialog.getByLabel("Partition selection")).toHaveValue("2026-01-01...2026-01-30");
  await expect(dialog.getByTestId("backfill-preview-partitions")).toHaveText("30 partitions");
  await expect(dialog.getByTestId("backfill-preview-runs")).toHaveText("30 runs");
  await dialog.getByRole("button", { name: /^Launch backfill/ }).click();

  await expect(page).toHaveURL(/\/backfills\/[^/]+$/, { timeout: 15_000 });
  await expect(page.getByTestId("backfill-percent")).toHaveText("100%", { timeout: BACKFILL_TIMEOUT });
  await expect(page.getByRole("status", { name: "Backfill status" })).toHaveText("Completed");
  const assetRow = page.getByTestId("backfill-asset-raw_events");
  await expect(assetRow.getByTestId("backfill-asset-materialized")).toHaveText("30");
  await expect(page.getByRole("table", { name: "Backfill runs" }).getByRole("row")).toHaveCount(31);

  await assetRow.getByRole("link", { name: "raw_events" }).click();
  await expect(page).toHaveURL(/\/assets\/raw_events\?tab=partitions$/);
  // Other specs materialize other days of raw_events on the shared server: select the materialized ones from the
  // legend and read where they start, rather than counting them all. The tab shows the statuses it read before the
  // backfill until its refetch lands, so the selection is made again until it has.
  await expect(async () => {
    await page
      .getByRole("list", { name: "Partitions by state" })
      .getByRole("button", { name: /^Materialized/ })
      .click();
    await expect(page.getByLabel("Partition selection")).toHaveValue(/^2026-01-01\.\.\.2026-01-30(,|$)/, {
      timeout: 1_000,
    });
  }).toPass();
  await expect(cell(partitionGrid(page, "raw_events"), "2026-01-30")).toBeVisible();
});

test("dragging a rectangle in the date × region grid launches rows × columns partitions", async ({ page }) => {
  await page.goto("/assets/analytics/regional_revenue?tab=partitions");
  const grid = partitionGrid(page, "analytics/regional_revenue");

  // The grid opens at the latest days; scroll back to January. Regions are the rows (fewer keys), days the columns.
  await expect(grid).toBeVisible();
  await grid.evaluate((element) => element.scrollTo({ left: 0 }));
  // 4 days × 2 regions.
  const from = cell(grid, "2026-01-02|americas");
  const to = cell(grid, "2026-01-05|emea");
  await from.hover();
  await page.mouse.down();
  await to.hover();
  await page.mouse.up();

  await expect(page.getByTestId("partition-selection-count")).toHaveText("8 selected");
  await expect(page.getByLabel("Partition selection")).toHaveValue("2026-01-02|americas...2026-01-05|emea");
  await expect(cell(grid, "2026-01-03|emea")).toHaveAttribute("aria-selected", "true");
  await expect(cell(grid, "2026-01-03|apac")).toHaveAttribute("aria-selected", "false");

  // Extending from the keyboard grows the rectangle by one row: 4 days × 3 regions.
  await grid.press("Shift+ArrowDown");
  await expect(page.getByTestId("partition-selection-count")).toHaveText("12 selected");

  await page.getByRole("button", { name: "Materialize 12 partitions…" }).click();
  const dialog = page.getByRole("dialog", { name: "Materialize partitions" });
  await expect(dialog.getByTestId("backfill-preview-partitions")).toHaveText("12 partitions");
  await dialog.getByRole("button", { name: /^Launch backfill/ }).click();

  await expect(page).toHaveURL(/\/backfills\/[^/]+$/, { timeout: 15_000 });
  await expect(page.getByTestId("backfill-asset-analytics/regional_revenue")).toBeVisible();
});

test("typing a selection moves the grid, and an invalid one is flagged instead", async ({ page }) => {
  await page.goto("/assets/raw_events?tab=partitions");
  await expect(partitionGrid(page, "raw_events")).toBeVisible();
  const field = page.getByLabel("Partition selection");
  await field.fill("2026-01-10...2026-01-03");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("button", { name: /^Materialize .*partitions…$/ })).toBeDisabled();
  await field.fill("2026-01-03...2026-01-10");
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("partition-selection-count")).toHaveText("8 selected");
  await expect(cell(partitionGrid(page, "raw_events"), "2026-01-10")).toHaveAttribute("aria-selected", "true");
});

test("shift-clicking two assets in the lineage graph backfills a range of both, one run per day", async ({ page }) => {
  test.setTimeout(BACKFILL_TIMEOUT + 60_000);

  await page.goto("/lineage");
  const asset = (key: string) => page.getByRole("group", { name: `Asset ${key}`, exact: true });
  await asset("raw_events").click();
  await asset("deduplicated_events").click({ modifiers: ["Shift"] });
  await expect(page.getByTestId("graph-selection-count")).toHaveText("2 selected");

  await page.getByRole("button", { name: "Materialize selected (2)…" }).click();
  const dialog = page.getByRole("dialog", { name: "Materialize partitions" });
  await expect(dialog.getByRole("region", { name: "Assets (2)" })).toContainText("deduplicated_events");
  // It starts from the latest partition; choose three days instead.
  await expect(dialog.getByRole("button", { name: "Latest partition" })).toHaveAttribute("aria-pressed", "true");
  await dialog.getByLabel("Partition selection").fill("2026-02-01...2026-02-03");
  await expect(dialog.getByTestId("backfill-preview-partitions")).toHaveText("3 partitions");
  await expect(dialog.getByTestId("backfill-preview-runs")).toHaveText("3 runs");
  await dialog.getByRole("button", { name: "Launch backfill (3 runs)" }).click();

  await expect(page).toHaveURL(/\/backfills\/[^/]+$/, { timeout: 15_000 });
  await expect(page.getByTestId("backfill-percent")).toHaveText("100%", { timeout: BACKFILL_TIMEOUT });
  for (const key of ["raw_events", "deduplicated_events"]) {
    await expect(page.getByTestId(`backfill-asset-${key}`).getByTestId("backfill-asset-materialized")).toHaveText("3");
  }
});

test("a selection reaches the cells drawn after it: select all in the date × region grid, scroll back, clear", async ({
  page,
}) => {
  await page.goto("/assets/analytics/regional_revenue?tab=partitions");
  const grid = partitionGrid(page, "analytics/regional_revenue");
  await expect(grid.getByRole("gridcell").first()).toBeVisible();
  const unselected = grid.locator('[role="gridcell"][aria-selected="false"]');
  const selected = grid.locator('[role="gridcell"][aria-selected="true"]');

  await page.getByRole("group", { name: "Quick selection" }).getByRole("button", { name: "All", exact: true }).click();
  await expect(page.getByTestId("partition-selection-count")).not.toHaveText("No partitions selected");
  await expect(selected.first()).toBeVisible();
  await expect(unselected).toHaveCount(0);

  // The grid opened at the latest days: January's columns are drawn only now, and come in selected.
  await grid.evaluate((element) => element.scrollTo({ left: 0 }));
  await expect(cell(grid, "2026-01-01|emea")).toHaveAttribute("aria-selected", "true");
  await expect(unselected).toHaveCount(0);

  await grid.focus();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("partition-selection-count")).toHaveText("No partitions selected");
  await expect(selected).toHaveCount(0);
  await expect(cell(grid, "2026-01-01|emea")).toHaveAttribute("aria-selected", "false");
});
