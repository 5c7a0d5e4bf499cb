// Events from outside Strata in a real browser: an observable source shows its interval and the daemon observes it,
// a materialization reported to POST /api/v1/asset-events appears on the asset's Events tab as reported, and a page
// of another site is refused.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test as base, expect } from "@playwright/test";
import { freePort, ROOT, type StrataInstance, startStrataInstance } from "./support/strataInstance";

function definitions(): string {
  const sdk = JSON.stringify(path.join(ROOT, "lib/sdk"));
  return `import { asset, defineDefinitions, externalAsset } from ${sdk};

const vendorPrices = externalAsset({
  key: "vendor/prices",
  description: "Prices the vendor uploads each morning.",
  observe: () => ({ dataVersion: "prices-v1" }),
  observeIntervalMinutes: 15,
});
const pricedOrders = asset({ key: "priced_orders", deps: [vendorPrices], compute: () => 42 });

export default defineDefinitions({ assets: [vendorPrices, pricedOrders] });
`;
}

const test = base.extend<object, { instance: StrataInstance }>({
  instance: [
    async ({}, provide) => {
      const modulePath = (home: string) => path.join(home, "location", "definitions.ts");
      const instance = await startStrataInstance({
        port: await freePort(),
        prefix: "report",
        prepare: (home) => {
          mkdirSync(path.dirname(modulePath(home)), { recursive: true });
          writeFileSync(modulePath(home), definitions());
        },
        config: (home) => ({ codeLocations: [{ name: "vendors", module: modulePath(home) }] }),
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

test("an observable source shows its interval and the daemon launches its observation", async ({ page, instance }) => {
  await page.goto(`${instance.url}/assets/vendor/prices`);
  await expect(page.getByText("Yes — observed every 15 minutes, not materialized by Strata")).toBeVisible();
  await page.screenshot({ path: "test-results/report-observable-source.png", fullPage: true });

  await page.goto(`${instance.url}/runs`);
  await expect(page.getByRole("row").filter({ hasText: "vendor/prices" }).first()).toBeVisible({ timeout: 30_000 });
});

test("a reported materialization appears on the Events tab as reported, with its metadata", async ({
  page,
  instance,
}) => {
  const response = await page.request.post(`${instance.url}/api/v1/asset-events`, {
    data: {
      type: "materialization",
      assetKey: "priced_orders",
      metadata: { rows: 1200, dashboard: { type: "url", value: "https://bi.example.com/orders" } },
    },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ count: 1, unknownAssetKeys: [] });

  await page.goto(`${instance.url}/assets/priced_orders?tab=events`);
  const row = page.getByRole("row").filter({ hasText: "External" });
  await expect(row).toBeVisible();
  await expect(row).toContainText("rows");
  await expect(row).toContainText("1,200");
  await page.screenshot({ path: "test-results/report-events-tab.png", fullPage: true });

  const refused = await page.request.post(`${instance.url}/api/v1/asset-events`, {
    headers: { origin: "https://evil.example" },
    data: { type: "materialization", assetKey: "priced_orders" },
  });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: expect.stringContaining("https://evil.example") });
});
