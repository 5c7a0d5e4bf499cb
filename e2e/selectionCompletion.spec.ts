// Completion in the selection boxes of the catalog and the lineage graph: attributes as you type, then the values of
// the attribute from the loaded assets, chosen with the keyboard or the mouse; the list is an ARIA combobox axe accepts.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

const graphAsset = (page: Page, key: string) => page.getByRole("group", { name: `Asset ${key}`, exact: true });

test("the catalog's search box completes group: and its values, then filters by the one picked", async ({ page }) => {
  await page.goto("/assets");
  const table = page.getByRole("table", { name: "Assets" });
  await expect(table.getByRole("row")).toHaveCount(9);
  const box = page.getByRole("combobox", { name: "Search assets" });
  await box.click();
  await box.pressSequentially("gro");
  const list = page.getByRole("listbox", { name: "Search assets suggestions" });
  await expect(list.getByRole("option", { name: /^group:/ })).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const active = await box.getAttribute("aria-activedescendant");
  expect(active).toBeTruthy();
  await expect(page.locator(`[id="${active}"]`)).toHaveAttribute("aria-selected", "true");

  // The open list passes axe too.
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual(
    [],
  );

  await page.keyboard.press("Enter");
  await expect(box).toHaveValue("group:");
  await expect(list.getByRole("option", { name: /^analytics/ })).toBeVisible();
  await expect(list.getByRole("option", { name: /^user_events/ })).toBeVisible();
  await page.screenshot({ path: "test-results/selection-completion-catalog.png" });
  await list.getByRole("option", { name: /^analytics/ }).click();
  await expect(box).toHaveValue("group:analytics");
  await expect(list).toBeHidden();
  await expect(table.getByRole("row")).toHaveCount(4);

  // After a complete term, the operators; Escape closes the list and keeps the text.
  await box.press("End");
  await box.pressSequentially(" ");
  await expect(list.getByRole("option", { name: /^or/ })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(list).toBeHidden();
  await expect(box).toHaveValue("group:analytics ");
});

test("the lineage graph's selection box completes with the keyboard alone", async ({ page }) => {
  await page.goto("/lineage");
  await expect(graphAsset(page, "raw_events")).toBeVisible();
  const box = page.getByRole("combobox", { name: "Asset selection" });
  await box.click();
  await box.pressSequentially("gro");
  const list = page.getByRole("listbox", { name: "Asset selection suggestions" });
  await expect(list.getByRole("option", { name: /^group:/ })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(box).toHaveValue("group:");
  await expect(list.getByRole("option", { name: /^user_events/ })).toBeVisible();
  // Values are sorted: analytics, then user_events.
  await page.keyboard.press("ArrowDown");
  await expect(list.getByRole("option", { name: /^user_events/ })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(box).toHaveValue("group:user_events");
  await expect(graphAsset(page, "raw_events")).toBeVisible();
  await expect(graphAsset(page, "analytics/weekly_report")).toHaveCount(0);
  await expect(page).toHaveURL(/selection=group%3Auser_events/);

  // The syntax card lists what the box understands.
  await page.getByRole("button", { name: "Selection syntax" }).click();
  await expect(page.getByText("with everything upstream, or two hops downstream")).toBeVisible();
  await page.screenshot({ path: "test-results/selection-syntax-graph.png" });
});
