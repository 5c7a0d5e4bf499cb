// A graph over the overview threshold (lowered to 100 assets for this instance, STRATA_GRAPH_OVERVIEW_ABOVE) opens on
// its groups: one card per group with its counts. A click opens a group's assets with links to the groups they read
// from and feed; an asset clicked there fills the side panel and can be launched; a link opens the other group; "All
// groups" and Back return to the overview; a typed selection switches to the whole graph.
import { rmSync } from "node:fs";
import path from "node:path";
import { test as base, expect } from "@playwright/test";
import { writeSyntheticLocation } from "../bench/syntheticLocation";
import { freePort, ROOT, type StrataInstance, startStrataInstance } from "./support/strataInstance";

const test = base.extend<object, { instance: StrataInstance }>({
  instance: [
    async ({}, provide) => {
      const source = path.join(ROOT, ".strata", `e2e-group-overview-src-${process.pid}`);
      // 600 assets in groups of 50: 12 groups and the shared dimensions.
      const location = await writeSyntheticLocation(source, "warehouse", { assets: 600, groupSize: 50 });
      process.env.STRATA_GRAPH_OVERVIEW_ABOVE = "100";
      let instance: StrataInstance;
      try {
        instance = await startStrataInstance({
          port: await freePort(),
          prefix: "group-overview",
          config: () => ({ codeLocations: [{ name: "warehouse", module: location.modulePath }] }),
        });
      } finally {
        delete process.env.STRATA_GRAPH_OVERVIEW_ABOVE;
      }
      try {
        await provide(instance);
      } finally {
        await instance.stop();
        rmSync(source, { recursive: true, force: true });
      }
    },
    { scope: "worker", timeout: 300_000 },
  ],
});

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

test("opens on the groups, opens a group's assets, selects one and follows a link to another group", async ({
  page,
  instance,
}) => {
  await page.goto(`${instance.url}/lineage`);
  await expect(page.getByText("600 assets in 13 groups")).toBeVisible({ timeout: 120_000 });
  const cards = page.getByTestId("group-overview");
  await expect(cards.first()).toBeVisible({ timeout: 60_000 });
  await expect(cards.filter({ hasText: "dimensions" })).toContainText("20 assets");
  // No asset is drawn or fetched for the overview.
  await expect(page.locator(".react-flow__node-asset")).toHaveCount(0);
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: "test-results/lineage-group-overview.png" });

  await page.getByRole("group", { name: /^Asset group group_005,/ }).click();
  await expect(page).toHaveURL(/[?&]group=group_005/);
  const location = page.getByRole("navigation", { name: "Graph location" });
  await expect(location).toContainText("group_005");
  await expect(location).toContainText("50 assets, linked to");
  const assets = page.locator(".react-flow__node-asset");
  await expect(assets.first()).toBeVisible({ timeout: 60_000 });
  // Linked groups are drawn as links (collapsed nodes), not their assets.
  await expect(page.getByRole("group", { name: /^Linked group / }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Materialize group (50)" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: "test-results/lineage-group-open.png" });

  // An asset of the group: selected, in the side panel, launchable.
  const asset = assets.filter({ hasText: "asset_00250" });
  await asset.click();
  await expect(page.locator(".react-flow__node-asset.selected")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Materialize selected (1)" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Asset details" })).toContainText("asset_00250");

  // A linked group opens in its turn.
  const link = page.getByRole("button", { name: /^Open group / }).first();
  const linked = ((await link.getAttribute("aria-label")) ?? "").replace("Open group ", "");
  await link.click();
  await expect(page).toHaveURL(new RegExp(`[?&]group=${linked}`));
  await expect(location).toContainText(linked);

  // Back, then "All groups": the overview again.
  await page.goBack();
  await expect(location).toContainText("group_005");
  await location.getByRole("button", { name: "All groups" }).click();
  await expect(page).not.toHaveURL(/group=/);
  await expect(cards.first()).toBeVisible();
});

test("a group no location defines answers a typed error; ?focus opens the asset's group; a typed selection asks for the whole graph", async ({
  page,
  instance,
}) => {
  await page.goto(`${instance.url}/lineage?group=nowhere`);
  await expect(page.getByText("Could not load group nowhere")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/groupNames: no group named "nowhere"/)).toBeVisible();

  // An asset page's "View in lineage" (?focus=) opens the asset's group, the asset in view.
  await page.goto(`${instance.url}/lineage?focus=group_003/asset_00160`);
  await expect(page.getByRole("navigation", { name: "Graph location" })).toContainText("group_003");
  await expect(page.locator('.react-flow__node-asset[data-id="group_003/asset_00160"]')).toBeInViewport({
    timeout: 60_000,
  });

  await page.goto(`${instance.url}/lineage`);
  await expect(page.getByTestId("group-overview").first()).toBeVisible({ timeout: 60_000 });
  await page.getByRole("combobox", { name: "Asset selection" }).pressSequentially("group:group_003");
  await expect(page).toHaveURL(/selection=/);
  await expect(page.getByRole("combobox", { name: "Asset selection" })).toHaveValue("group:group_003");
  await expect(page.getByText("50 of 600 assets")).toBeVisible({ timeout: 60_000 });
  await expect(page.locator(".react-flow__node-asset").first()).toBeVisible();
  await expect(page.getByTestId("group-overview")).toHaveCount(0);
});
