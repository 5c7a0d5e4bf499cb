// The multi-asset partition grid: opened from assets selected in the lineage graph, one row per asset over the days
// they share, a rectangle selected across rows, and one backfill of those assets × days.
import { expect, type Page, test } from "@playwright/test";

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

const grid = (page: Page, count: number) => page.getByRole("grid", { name: `Partitions of ${count} assets` });

test("assets selected in the graph open one grid; a rectangle across rows launches one backfill of assets × days", async ({
  page,
}) => {
  await page.goto("/lineage");
  const asset = (key: string) => page.getByRole("group", { name: `Asset ${key}`, exact: true });
  await asset("deduplicated_events").click();
  await asset("enriched_events").click({ modifiers: ["Shift"] });
  await page.getByRole("link", { name: "Partitions", exact: true }).click();
  await expect(page).toHaveURL(/\/partitions\?asset=/);

  const shared = grid(page, 2);
  await expect(shared).toBeVisible();
  await expect(shared.getByRole("rowheader", { name: "deduplicated_events" })).toBeVisible();
  await expect(shared.getByRole("rowheader", { name: "enriched_events" })).toBeVisible();

  // From twelve days ago on the first row to ten days ago on the second: 2 assets × 3 days.
  const first = shared.getByRole("gridcell", { name: `deduplicated_events|${daysAgo(12)}`, exact: true });
  const last = shared.getByRole("gridcell", { name: `enriched_events|${daysAgo(10)}`, exact: true });
  await first.hover();
  await page.mouse.down();
  await last.hover();
  await page.mouse.up();
  await expect(page.getByTestId("grid-selection-summary")).toHaveText("2 assets × 3 partitions");
  await expect(shared.getByRole("gridcell", { name: `enriched_events|${daysAgo(11)}`, exact: true })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await page.mouse.move(0, 0);
  await page.screenshot({ path: "test-results/multi-asset-grid.png" });

  await page.getByRole("button", { name: "Backfill 2 × 3…" }).click();
  const dialog = page.getByRole("dialog", { name: "Materialize partitions" });
  await expect(dialog.getByRole("region", { name: "Assets (2)" })).toContainText("enriched_events");
  await expect(dialog.getByLabel("Partition selection")).toHaveValue(`${daysAgo(12)}...${daysAgo(10)}`);
  await expect(dialog.getByTestId("backfill-preview-runs")).toHaveText("3 runs");
  await dialog.getByRole("button", { name: "Launch backfill (3 runs)" }).click();

  await expect(page).toHaveURL(/\/backfills\/[^/]+$/, { timeout: 15_000 });
  for (const key of ["deduplicated_events", "enriched_events"]) {
    const row = page.getByTestId(`backfill-asset-${key}`);
    await expect(row.getByTestId("backfill-asset-targeted")).toHaveText("3");
    for (const day of [daysAgo(12), daysAgo(11), daysAgo(10)])
      await expect(row.getByLabel(new RegExp(`^${day}: `))).toBeVisible();
  }
});

test("a 2-D partitioning runs along its dates, the other dimension picked by a selector", async ({ page }) => {
  await page.goto("/partitions?asset=analytics/regional_revenue");
  const shared = page.getByRole("grid", { name: "Partitions of 1 asset" });
  await expect(shared).toBeVisible();
  await page.getByRole("combobox", { name: "region" }).selectOption("emea");
  const day = daysAgo(3);
  await shared.getByRole("gridcell", { name: `analytics/regional_revenue|${day}`, exact: true }).click();
  await expect(page.getByTestId("grid-selection-summary")).toHaveText("1 asset × 1 partition");
  await page.getByRole("button", { name: "Backfill 1 × 1…" }).click();
  const dialog = page.getByRole("dialog", { name: "Materialize partitions" });
  await expect(dialog.getByLabel("Partition selection")).toHaveValue(`${day}|emea`);
  await expect(dialog.getByTestId("backfill-preview-partitions")).toHaveText("1 partition");
  await dialog.getByRole("button", { name: "Cancel" }).click();
});

test("assets partitioned differently are listed apart with the reason", async ({ page }) => {
  await page.goto("/partitions?asset=raw_events&asset=deduplicated_events&asset=analytics/weekly_report");
  await expect(grid(page, 2)).toBeVisible();
  const apart = page.getByRole("region", { name: "Not sharing these partitions" });
  await expect(apart.getByRole("link", { name: "analytics/weekly_report" })).toBeVisible();
  await expect(apart).toContainText("partitioned differently: Weekly");
});

test("unknown asset keys and over-long lists get a message naming them", async ({ page }) => {
  await page.goto("/partitions?asset=raw_events&asset=no_such_asset");
  const problem = (text: string) => page.getByRole("alert").filter({ hasText: text });
  await expect(problem('no asset with key "no_such_asset"')).toBeVisible();
  const many = Array.from({ length: 102 }, (_, i) => `asset=a${i}`).join("&");
  await page.goto(`/partitions?${many}`);
  await expect(problem("at most 100 assets share one grid")).toContainText("Beyond the limit: a100, a101.");
});
