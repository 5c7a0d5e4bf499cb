// Metadata rendered by type in a real browser, on the user-events example: a table schema as a table, Markdown with
// its headings and only http(s) links, JSON as a tree that opens and closes, and a reported materialization's long
// values folded on the Events tab. Its own instance, so the materialization it reports leaves the shared one alone.
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { freePort, ROOT, type StrataInstance, startStrataInstance } from "./support/strataInstance";

const test = base.extend<object, { instance: StrataInstance }>({
  instance: [
    async ({}, provide) => {
      const instance = await startStrataInstance({
        port: await freePort(),
        prefix: "metadata",
        config: () => ({
          codeLocations: [{ name: "user-events", module: path.join(ROOT, "examples/user-events/definitions.ts") }],
        }),
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

const PREVIEW_ROWS = 60;

/** WCAG A and AA violations inside what `selector` matches: the rendered metadata, not the whole page. */
async function accessibilityViolations(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(", ")}`);
}

/** A materialization of fact_events as a tool outside Strata would report it, with values that need rendering. */
async function reportMaterialization(page: Page, instance: StrataInstance) {
  const response = await page.request.post(`${instance.url}/api/v1/asset-events`, {
    data: {
      type: "materialization",
      assetKey: "fact_events",
      partition: "2026-01-05",
      metadata: {
        row_count: 1234567,
        notes: {
          type: "markdown",
          value:
            "# Load notes\n\nChecked by [the runbook](https://example.com/runbook) and [a trap](javascript:alert(1)).",
        },
        preview: {
          type: "table_preview",
          value: {
            columns: null,
            records: Array.from({ length: PREVIEW_ROWS }, (_, i) => ({ eventId: `e${i}`, revenueCents: i * 100 })),
          },
        },
        late_days: ["2026-01-03", "2026-01-04"],
      },
    },
  });
  expect(response.status(), await response.text()).toBe(200);
}

test("the Overview renders the schema as a table, Markdown with safe links, and JSON as a tree", async ({
  page,
  instance,
}) => {
  await page.goto(`${instance.url}/assets/fact_events`);

  const description = page.getByRole("region", { name: "Description" });
  await expect(description.getByText("each day replaces its own rows", { exact: true })).toHaveJSProperty(
    "tagName",
    "STRONG",
  );
  await expect(description.locator("code", { hasText: "revenueCents" })).toBeVisible();

  const metadata = page.getByRole("region", { name: "Metadata", exact: true });
  const schema = metadata.getByRole("table", { name: "schema" });
  await expect(schema.getByRole("columnheader")).toHaveText(["Column", "Type", "Description"]);
  const day = schema.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "day", exact: true }) });
  await expect(day.getByRole("cell")).toHaveText(["date", "UTC day, YYYY-MM-DD"]);

  await expect(metadata.getByRole("heading", { name: "Querying" })).toBeVisible();
  const handbook = metadata.getByRole("link", { name: "analytics handbook" });
  await expect(handbook).toHaveAttribute("href", "https://example.com/handbook/fact-events");
  await expect(handbook).toHaveAttribute("rel", "noopener noreferrer");
  await expect(handbook).toHaveAttribute("target", "_blank");

  // The first level of a JSON value is open, deeper levels closed; each opens and closes from the keyboard.
  const dashboards = metadata.getByRole("button", { name: "consumers.dashboards [2 items]" });
  await expect(dashboards).toHaveAttribute("aria-expanded", "false");
  await expect(metadata.getByText('"Revenue by plan"')).toHaveCount(0);
  await dashboards.focus();
  await page.keyboard.press("Enter");
  await expect(dashboards).toHaveAttribute("aria-expanded", "true");
  await expect(metadata.getByText('"Revenue by plan"')).toBeVisible();
  await page.keyboard.press("Space");
  await expect(metadata.getByText('"Revenue by plan"')).toHaveCount(0);

  await expect(
    metadata.getByRole("list", { name: "column_lineage" }).getByRole("link", { name: "enriched_events.occurredAt" }),
  ).toHaveAttribute("href", "/assets/enriched_events?tab=columns&column=occurredAt");
  await expect(metadata.getByText("user_events_warehouse.fact_events")).toHaveClass(/font-mono/);
  await dashboards.click();
  expect(await accessibilityViolations(page, 'section[aria-label="Metadata"]')).toEqual([]);
  expect(await accessibilityViolations(page, 'section[aria-label="Description"]')).toEqual([]);
  await description.screenshot({ path: "test-results/metadata-overview-description.png" });
  await metadata.screenshot({ path: "test-results/metadata-overview.png" });
});

test("the Events tab folds long values to one line and unfolds them, keeping unsafe links as text", async ({
  page,
  instance,
}) => {
  await reportMaterialization(page, instance);
  await page.goto(`${instance.url}/assets/fact_events?tab=events`);
  const row = page.getByRole("table", { name: "Materializations" }).getByRole("row").filter({ hasText: "External" });
  await expect(row).toContainText("1,234,567");

  const notes = row.getByRole("button", { name: "Expand notes" });
  await expect(notes).toHaveText("Load notes");
  await notes.click();
  await expect(row.getByRole("heading", { name: "Load notes" })).toBeVisible();
  await expect(row.getByRole("link", { name: "the runbook" })).toHaveAttribute("href", "https://example.com/runbook");
  await expect(row.getByText("a trap")).toBeVisible();
  await expect(row.getByRole("link", { name: "a trap" })).toHaveCount(0);
  await expect(row.locator('[href^="javascript"]')).toHaveCount(0);

  const preview = row.getByRole("button", { name: "Expand preview" });
  await expect(preview).toHaveText(`Table preview · ${PREVIEW_ROWS} rows`);
  await preview.click();
  const table = row.getByRole("table", { name: "preview" });
  await expect(table.getByRole("columnheader")).toHaveText(["eventId", "revenueCents"]);
  await expect(table.locator("tbody tr")).toHaveCount(50);
  await expect(row.getByText(`Showing the first 50 of ${PREVIEW_ROWS} rows`)).toBeVisible();

  await expect(row.getByRole("button", { name: "Expand late_days" })).toHaveText("List · 2 items");
  await row.getByRole("button", { name: "Expand late_days" }).click();
  await expect(row.getByText('"2026-01-04"')).toBeVisible();
  await row.screenshot({ path: "test-results/metadata-events.png" });
  expect(await accessibilityViolations(page, 'table[aria-label="Materializations"]')).toEqual([]);

  await row.getByRole("button", { name: "Collapse preview" }).click();
  await expect(table).toHaveCount(0);

  // The Overview shows what the latest materialization recorded, preview included.
  await page.goto(`${instance.url}/assets/fact_events`);
  const latest = page.getByRole("region", { name: "Latest materialization metadata" });
  await expect(
    latest.getByRole("table", { name: "preview" }).getByRole("cell", { name: "e0", exact: true }),
  ).toBeVisible();
  await latest.screenshot({ path: "test-results/metadata-overview-latest.png" });
});

test("the graph's side panel renders the description and metadata the same way", async ({ page, instance }) => {
  await page.goto(`${instance.url}/lineage`);
  await page.getByRole("group", { name: "Asset fact_events", exact: true }).click();
  const panel = page.getByRole("complementary", { name: "Asset details" });
  await expect(panel.getByText("each day replaces its own rows", { exact: true })).toHaveJSProperty(
    "tagName",
    "STRONG",
  );
  await expect(
    panel.getByRole("table", { name: "schema" }).getByRole("rowheader", { name: "revenueCents" }),
  ).toBeVisible();
  await expect(panel.getByRole("heading", { name: "Querying" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "consumers.teams [2 items]" })).toHaveAttribute(
    "aria-expanded",
    "false",
  );
  await panel.getByRole("region", { name: "Metadata" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/metadata-side-panel.png" });
  expect(
    await accessibilityViolations(page, 'aside[aria-label="Asset details"] section[aria-label="Metadata"]'),
  ).toEqual([]);
});
