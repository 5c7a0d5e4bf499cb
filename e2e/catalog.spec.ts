// The asset catalog against a code location of its own (so the runs it launches change nothing other specs count):
// checked rows materialized together, one search box for words and selections, statuses that say unsynced, running
// and how checks went, a column chooser that remembers, and headers that never run into each other.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { freePort, ROOT, type StrataInstance, startStrataInstance } from "./support/strataInstance";

const RUN_TIMEOUT = 180_000;

/**
 * alpha → beta (checked, passes), gamma (its WARN check fails), two partitioned assets, and slow, which runs until the
 * test writes its release file; alpha's code version is set.
 */
function definitions(alphaVersion: string, releaseFile: string): string {
  const sdk = JSON.stringify(path.join(ROOT, "lib/sdk"));
  return `import { existsSync } from "node:fs";
import { asset, check, defineDefinitions, externalAsset, staticPartitions } from ${sdk};

const shards = staticPartitions(["s1", "s2"]);
const alpha = asset({ key: "alpha", group: "core", codeVersion: ${JSON.stringify(alphaVersion)}, compute: () => 1 });
const beta = asset({ key: "beta", group: "core", ins: { alpha }, compute: ({ alpha }) => alpha + 1 });
const gamma = asset({ key: "gamma", group: "extra", compute: () => 3 });
const crm = externalAsset({ key: "crm", group: "extra" });
const slow = asset({
  key: "slow",
  group: "extra",
  compute: async () => {
    const giveUpAt = Date.now() + 120_000;
    while (!existsSync(${JSON.stringify(releaseFile)}) && Date.now() < giveUpAt) await new Promise((r) => setTimeout(r, 200));
    return 1;
  },
});
const dailyA = asset({ key: "daily_a", group: "parts", partitions: shards, compute: (_, ctx) => ctx.partitionKey });
const dailyB = asset({ key: "daily_b", group: "parts", partitions: shards, compute: (_, ctx) => ctx.partitionKey });
const betaPositive = check({ asset: beta, name: "beta_positive", compute: (value) => ({ passed: value > 0 }) });
const gammaNegative = check({ asset: gamma, name: "gamma_negative", severity: "WARN", compute: (value) => ({ passed: value < 0 }) });

export default defineDefinitions({ assets: [alpha, beta, crm, gamma, slow, dailyA, dailyB], checks: [betaPositive, gammaNegative] });
`;
}

interface CatalogInstance extends StrataInstance {
  setAlphaVersion(version: string): void;
  /** Lets the slow asset's run finish. */
  releaseSlow(): void;
}

const test = base.extend<object, { instance: CatalogInstance }>({
  instance: [
    async ({}, provide) => {
      const modulePath = (home: string) => path.join(home, "location", "definitions.ts");
      const releaseFile = (home: string) => path.join(home, "release-slow");
      const write = (home: string, version: string) =>
        writeFileSync(modulePath(home), definitions(version, releaseFile(home)));
      const instance = await startStrataInstance({
        port: await freePort(),
        prefix: "catalog",
        prepare: (home) => {
          mkdirSync(path.dirname(modulePath(home)), { recursive: true });
          write(home, "1");
        },
        config: (home) => ({ codeLocations: [{ name: "shop", module: modulePath(home) }] }),
      });
      try {
        await provide({
          ...instance,
          setAlphaVersion: (version) => write(instance.home, version),
          releaseSlow: () => writeFileSync(releaseFile(instance.home), ""),
        });
      } finally {
        await instance.stop();
      }
    },
    { scope: "worker", timeout: 300_000 },
  ],
});

test.describe.configure({ mode: "serial" });

const table = (page: Page) => page.getByRole("table", { name: "Assets" });
const row = (page: Page, key: string) =>
  table(page)
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: key, exact: true }) });
const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search assets" });

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function runOf(page: Page, url: string, runId: string) {
  const response = await page.request.post(`${url}/api/graphql`, {
    data: {
      query: `query ($runId: ID!) { runOrError(runId: $runId) { __typename ... on Run { status assetSelection { path } } } }`,
      variables: { runId },
    },
  });
  const body = (await response.json()) as {
    data: { runOrError: { __typename: string; status?: string; assetSelection?: { path: string[] }[] } };
  };
  return body.data.runOrError;
}

test("two checked rows materialize together; statuses show checks, then unsynced after a code change", async ({
  instance,
  page,
}) => {
  test.setTimeout(RUN_TIMEOUT + 120_000);
  await page.goto(`${instance.url}/assets`);
  await expect(table(page).getByRole("row")).toHaveCount(8);
  // Checks that have never run say so rather than showing a dash.
  await expect(row(page, "beta").getByRole("cell").filter({ hasText: "Not run yet" })).toBeVisible();
  await expect(row(page, "alpha")).toContainText("No checks");
  await expect(row(page, "alpha")).toContainText("Never materialized");

  // A click on alpha, a shift-click on beta: the range between them.
  await page.getByRole("checkbox", { name: "Select alpha" }).click();
  await page.getByRole("checkbox", { name: "Select beta" }).click({ modifiers: ["Shift"] });
  const bar = page.getByRole("region", { name: "Selected assets" });
  await expect(bar).toContainText("2 selected");
  await bar.getByRole("button", { name: "Materialize selected" }).click();

  await expect(page).toHaveURL(/\/runs\/[^/]+$/, { timeout: 15_000 });
  const runId = page.url().split("/").at(-1) as string;
  const launched = await runOf(page, instance.url, runId);
  expect(launched.assetSelection?.map((k) => k.path.join("/")).sort()).toEqual(["alpha", "beta"]);
  await expect(page.getByRole("status", { name: "Run status" })).toHaveText("Success", { timeout: RUN_TIMEOUT });

  await page.goto(`${instance.url}/assets`);
  await expect(row(page, "alpha")).toContainText("Materialized");
  await expect(row(page, "beta")).toContainText("1 passed");

  // gamma alone: its WARN check fails, and the count says so.
  await page.getByRole("checkbox", { name: "Select gamma" }).click();
  await bar.getByRole("button", { name: "Materialize selected" }).click();
  await expect(page).toHaveURL(/\/runs\/[^/]+$/, { timeout: 15_000 });
  await expect(page.getByRole("status", { name: "Run status" })).toHaveText("Success", { timeout: RUN_TIMEOUT });
  await page.goto(`${instance.url}/assets`);
  await expect(row(page, "gamma")).toContainText("1 warn");

  // alpha's code changes: its materialization no longer reflects it, and the status must not read "Materialized".
  instance.setAlphaVersion("2");
  await expect(async () => {
    await page.reload();
    await expect(row(page, "alpha")).toContainText("Unsynced", { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(row(page, "alpha")).not.toContainText("Materialized");
  await page.screenshot({ path: "test-results/catalog-statuses.png" });
});

test("an asset a run is writing shows Running, linked to that run", async ({ instance, page }) => {
  test.setTimeout(RUN_TIMEOUT);
  await page.goto(`${instance.url}/assets`);
  await page.getByRole("checkbox", { name: "Select slow" }).click();
  await page
    .getByRole("region", { name: "Selected assets" })
    .getByRole("button", { name: "Materialize selected" })
    .click();
  await expect(page).toHaveURL(/\/runs\/[^/]+$/, { timeout: 15_000 });
  const runPath = new URL(page.url()).pathname;
  try {
    await page.goto(`${instance.url}/assets`);
    const running = row(page, "slow").getByRole("link", { name: "Running" });
    await expect(running).toBeVisible({ timeout: 30_000 });
    await expect(running).toHaveAttribute("href", runPath);
  } finally {
    instance.releaseSlow();
  }
  await expect(row(page, "slow")).toContainText("Materialized", { timeout: RUN_TIMEOUT });
});

test("checked partitioned assets ask for partitions and link to their grid; select-all takes the filtered rows", async ({
  instance,
  page,
}) => {
  await page.goto(`${instance.url}/assets`);
  await expect(table(page).getByRole("row")).toHaveCount(8);
  await page.getByRole("checkbox", { name: "Select daily_a" }).click();
  await page.getByRole("checkbox", { name: "Select daily_b" }).click();
  const bar = page.getByRole("region", { name: "Selected assets" });
  await expect(bar).toContainText("daily_a, daily_b are partitioned");
  await expect(bar.getByRole("link", { name: "Partitions" })).toHaveAttribute(
    "href",
    "/partitions?asset=daily_a&asset=daily_b",
  );
  await page.screenshot({ path: "test-results/catalog-selection.png" });
  await page.getByRole("button", { name: "Columns" }).click();
  expect(await seriousViolations(page), "checked rows, the selection bar and the column chooser").toEqual([]);
  await page.getByRole("button", { name: "Columns" }).click();
  await bar.getByRole("button", { name: /Materialize selected/ }).click();
  const dialog = page.getByRole("dialog", { name: "Materialize partitions" });
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await bar.getByRole("button", { name: "Clear selection" }).click();
  await expect(bar).toHaveCount(0);

  await searchBox(page).fill("group:core");
  await expect(table(page).getByRole("row")).toHaveCount(3);
  await page.getByRole("checkbox", { name: "Select all filtered assets" }).check();
  await expect(bar).toContainText("2 selected");
  await expect(page.getByRole("checkbox", { name: "Select beta" })).toBeChecked();

  // Rows filtered out stay checked, and the bar says so.
  await searchBox(page).fill("crm");
  await expect(bar).toContainText("2 selected (2 hidden by the filters)");
  // A source Strata only observes is left out of the launch, with the reason.
  await page.getByRole("checkbox", { name: "Select crm" }).check();
  await expect(bar).toContainText("3 selected (2 hidden by the filters)");
  await expect(bar).toContainText("Left out: crm is a source, observed rather than materialized.");
  await expect(bar.getByRole("button", { name: "Materialize selected" })).toBeEnabled();
});

test("one search box takes plain words and selections, and keeps them in the URL", async ({ instance, page }) => {
  await page.goto(`${instance.url}/assets`);
  const box = searchBox(page);
  await box.fill("daily");
  await expect(table(page).getByRole("row")).toHaveCount(3);
  await expect(box).not.toHaveAttribute("aria-invalid");
  await expect(page).toHaveURL(/selection=daily/);

  await box.fill("group:core or gamma");
  await expect(table(page).getByRole("row")).toHaveCount(4);
  await page.reload();
  await expect(searchBox(page)).toHaveValue("group:core or gamma");
  await expect(table(page).getByRole("row")).toHaveCount(4);

  await searchBox(page).fill("group:core and");
  await expect(searchBox(page)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: /at position \d+/ })).toBeVisible();
});

test("the column chooser hides a column, and it stays hidden after a reload", async ({ instance, page }) => {
  await page.goto(`${instance.url}/assets`);
  await expect(table(page).getByRole("columnheader", { name: "Owners" })).toBeVisible();
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("checkbox", { name: "Owners" }).uncheck();
  await expect(table(page).getByRole("columnheader", { name: "Owners" })).toHaveCount(0);
  await page.reload();
  await expect(table(page).getByRole("row")).toHaveCount(8);
  await expect(table(page).getByRole("columnheader", { name: "Owners" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Columns/ })).toContainText("1 hidden");
});

for (const width of [1440, 1024]) {
  test(`headers never overlap at ${width} px`, async ({ instance, page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${instance.url}/assets`);
    await expect(table(page).getByRole("row")).toHaveCount(8);
    const headers = await table(page)
      .getByRole("columnheader")
      .evaluateAll((cells) =>
        cells.map((cell) => {
          const box = cell.getBoundingClientRect();
          // The header's content, which is what overlapped its neighbour before.
          const content = [...cell.querySelectorAll("*")].map((child) => child.getBoundingClientRect());
          const right = Math.max(box.left, ...content.filter((r) => r.width > 0).map((r) => r.right));
          // An ellipsis is not an overlap, but a header cut short reads no better.
          const truncated = [cell, ...cell.querySelectorAll("*:not(.sr-only)")].some(
            (el) => el.scrollWidth > el.clientWidth + 1,
          );
          return { text: cell.textContent ?? "", left: box.left, right: box.right, contentRight: right, truncated };
        }),
      );
    expect(headers.length).toBeGreaterThanOrEqual(9);
    for (const [index, header] of headers.entries()) {
      const next = headers[index + 1];
      expect(header.contentRight, `"${header.text}" stays inside its column`).toBeLessThanOrEqual(header.right + 0.5);
      expect(header.truncated, `"${header.text}" shows in full`).toBe(false);
      if (next) expect(header.right, `"${header.text}" ends before "${next.text}"`).toBeLessThanOrEqual(next.left);
    }
    await page.screenshot({ path: `test-results/catalog-${width}.png` });
  });
}
