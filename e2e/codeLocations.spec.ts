// A broken code location is reported in the console while the rest keeps working.
import { expect, test } from "@playwright/test";

test("a code location with a dependency cycle shows its error and the other location's assets still render", async ({
  page,
}) => {
  await page.goto("/lineage");
  const banner = page.getByRole("alert").filter({ hasText: "failed to load" });
  await expect(banner).toContainText("broken-cycle");
  await expect(page.getByRole("group", { name: "Asset fact_events", exact: true })).toBeVisible();

  await banner.getByRole("link", { name: "View errors in Deployment" }).click();
  await expect(page).toHaveURL(/\/deployment$/);
  const locations = page.getByRole("region", { name: "Code locations" });
  await expect(
    locations.getByRole("paragraph").filter({ hasText: "Assets form a dependency cycle: a → b → c → a" }),
  ).toBeVisible();
  await expect(locations.getByLabel("Stack trace for broken-cycle")).toContainText("InvalidDefinitionsError");
});

test("reloading re-reads a code location from the browser", async ({ page }) => {
  await page.goto("/deployment");
  const reload = page.getByRole("button", { name: "Reload user-events" });
  await reload.click();
  await expect(reload).toBeEnabled();
  const row = page.getByRole("row").filter({ hasText: "user-events" });
  await expect(row).toContainText("Loaded");
  await expect(row).toContainText("8");

  await page.getByRole("button", { name: "Reload broken-cycle" }).click();
  await expect(
    page.getByRole("region", { name: "Code locations" }).getByRole("paragraph").filter({ hasText: "a → b → c → a" }),
  ).toBeVisible();
});
