// Column-level lineage in the console: the asset page's Columns tab on the user-events example, and `column:`
// selections in the lineage graph.
import { expect, type Page, test } from "@playwright/test";

const graphAsset = (page: Page, key: string) => page.getByRole("group", { name: `Asset ${key}`, exact: true });

test("the Columns tab finds a column and shows where it comes from and where it goes", async ({ page }) => {
  await page.goto("/assets/fact_events");
  await page.getByRole("tab", { name: "Columns" }).click();
  await expect(page).toHaveURL(/tab=columns/);
  const table = page.getByRole("table", { name: "Columns" });
  await expect(table.getByRole("rowheader", { name: "revenueCents" })).toBeVisible();

  await page.getByRole("searchbox", { name: "Search columns" }).fill("user");
  await expect(table.getByRole("rowheader", { name: "revenueCents" })).toHaveCount(0);
  const userId = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "userId" }) });
  await expect(userId.getByRole("cell", { name: "int", exact: true })).toBeVisible();
  await expect(
    userId.getByRole("list", { name: "userId comes from" }).getByRole("link", { name: "enriched_events.userId" }),
  ).toBeVisible();
  await expect(
    userId
      .getByRole("list", { name: "userId goes to" })
      .getByRole("link", { name: "analytics/daily_active_users.activeUsers" }),
  ).toBeVisible();

  // Selecting the column shows its full path: through enriched and deduplicated events back to the raw events.
  await userId.getByRole("button", { name: "userId" }).click();
  await expect(page).toHaveURL(/column=userId/);
  const path = page.getByRole("region", { name: "Path of column userId" });
  const upstream = path.getByRole("list", { name: "userId comes from, transitively" });
  await expect(upstream.getByRole("link", { name: "raw_events.userId" })).toBeVisible();
  await expect(upstream.getByRole("link", { name: "user_profiles.userId" })).toHaveCount(0);
  const downstream = path.getByRole("list", { name: "userId goes to, transitively" });
  await expect(downstream.getByRole("link", { name: "analytics/daily_active_users.activeUsers" })).toBeVisible();

  // An upstream column opens its own asset's Columns tab with that column's path.
  await upstream.getByRole("link", { name: "enriched_events.userId" }).click();
  await expect(page).toHaveURL(/\/assets\/enriched_events\?tab=columns&column=userId$/);
  await expect(
    page
      .getByRole("region", { name: "Path of column userId" })
      .getByRole("list", { name: "userId goes to, transitively" })
      .getByRole("link", { name: "fact_events.userId" }),
  ).toBeVisible();
});

test("an asset without columns says how to declare them", async ({ page }) => {
  await page.goto("/assets/analytics/weekly_report?tab=columns");
  await expect(page.getByRole("heading", { name: "No columns declared" })).toBeVisible();
  await expect(page.getByText("meta.columnLineage(")).toBeVisible();
});

test("a column: selection keeps the assets with that column in the lineage graph", async ({ page }) => {
  await page.goto("/assets/fact_events?tab=columns&column=country");
  await page.getByRole("region", { name: "Path of column country" }).getByRole("link", { name: "In graph" }).click();
  await expect(page).toHaveURL(/\/lineage\?selection=column%3Acountry/);
  await expect(page.getByRole("combobox", { name: "Asset selection" })).toHaveValue("column:country");
  for (const key of ["user_profiles", "enriched_events", "fact_events"])
    await expect(graphAsset(page, key)).toBeVisible();
  for (const key of ["raw_events", "analytics/daily_active_users"]) await expect(graphAsset(page, key)).toHaveCount(0);
});
