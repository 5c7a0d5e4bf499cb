// Accessibility: axe-core (WCAG 2.0 A/AA and 2.1 AA) on every page of the console with no serious or critical
// violation, and the lineage graph and the partition grid used with the keyboard alone.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

async function graphql<T>(page: Page, query: string): Promise<T> {
  const response = await page.request.post("/api/graphql", { data: { query } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: T };
  return body.data;
}

/** One line per serious or critical violation, naming what to fix and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => {
      // The first few elements and why each fails (its contrast ratio, say) are enough to find the class to change.
      const shown = violation.nodes.slice(0, 5).map((node) => {
        const reason = node.failureSummary?.split("\n").at(-1)?.trim() ?? "";
        return `    ${node.target.join(" ")}: ${reason}`;
      });
      const more = violation.nodes.length - shown.length;
      if (more > 0) shown.push(`    … and ${more} more`);
      return [`${violation.id} (${violation.impact}): ${violation.help}`, ...shown].join("\n");
    });
}

/** Each page with what shows it has rendered its data, so axe looks at the page a user reads, not a spinner. */
const pages: { path: string; ready: (page: Page) => Promise<void> }[] = [
  { path: "/", ready: (page) => expect(page.getByRole("main")).toBeVisible() },
  { path: "/lineage", ready: (page) => expect(page.getByRole("group", { name: "Asset fact_events" })).toBeVisible() },
  { path: "/assets", ready: (page) => expect(page.getByRole("link", { name: "fact_events" }).first()).toBeVisible() },
  ...["", "?tab=partitions", "?tab=events", "?tab=checks", "?tab=lineage", "?tab=columns"].map((tab) => ({
    path: `/assets/fact_events${tab}`,
    ready: (page: Page) => expect(page.getByRole("heading", { name: /fact_events/ }).first()).toBeVisible(),
  })),
  { path: "/runs", ready: (page) => expect(page.getByRole("main")).toBeVisible() },
  {
    path: "/runs/timeline",
    ready: (page) => expect(page.getByRole("heading", { level: 1, name: "Runs timeline" })).toBeVisible(),
  },
  { path: "/jobs", ready: (page) => expect(page.getByRole("link", { name: "daily_events" }).first()).toBeVisible() },
  { path: "/jobs/daily_events", ready: (page) => expect(page.getByText("daily_events").first()).toBeVisible() },
  { path: "/launchpad", ready: (page) => expect(page.getByRole("main")).toBeVisible() },
  { path: "/backfills", ready: (page) => expect(page.getByRole("main")).toBeVisible() },
  {
    path: "/partitions?asset=raw_events&asset=deduplicated_events&asset=analytics/weekly_report",
    ready: (page) => expect(page.getByRole("grid", { name: "Partitions of 2 assets" })).toBeVisible(),
  },
  { path: "/automation", ready: (page) => expect(page.getByText("daily_events_at_six").first()).toBeVisible() },
  {
    path: "/automation/schedules/user-events/daily_events_at_six",
    ready: (page) => expect(page.getByText("daily_events_at_six").first()).toBeVisible(),
  },
  {
    path: "/automation/sensors/user-events/dedupe_new_raw_events",
    ready: (page) => expect(page.getByText("dedupe_new_raw_events").first()).toBeVisible(),
  },
  { path: "/deployment", ready: (page) => expect(page.getByText("user-events").first()).toBeVisible() },
  { path: "/admin", ready: (page) => expect(page.getByRole("main")).toBeVisible() },
  { path: "/admin/users", ready: (page) => expect(page.getByRole("main")).toBeVisible() },
  { path: "/admin/tokens", ready: (page) => expect(page.getByRole("main")).toBeVisible() },
  { path: "/admin/audit-log", ready: (page) => expect(page.getByRole("main")).toBeVisible() },
  { path: "/sign-in", ready: (page) => expect(page.locator("body")).not.toBeEmpty() },
];

for (const { path, ready } of pages) {
  test(`${path} has no serious or critical accessibility violation`, async ({ page }) => {
    await page.goto(path);
    await ready(page);
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page), path).toEqual([]);
  });
}

test("a run's page has no serious or critical accessibility violation", async ({ page }) => {
  test.setTimeout(240_000);
  const launched = await graphql<{ launchRun: { __typename: string; run?: { runId: string } } }>(
    page,
    // An unpartitioned asset with no checks: the checks and runs specs count what the shared server holds.
    `mutation { launchRun(input: { assetSelection: [{ path: ["user_profiles"] }] }) { __typename ... on LaunchRunSuccess { run { runId } } } }`,
  );
  expect(launched.launchRun.__typename).toBe("LaunchRunSuccess");
  await page.goto(`/runs/${launched.launchRun.run?.runId}`);
  const status = page.getByRole("status", { name: "Run status" });
  await expect(status).toBeVisible();
  expect(await seriousViolations(page), "the run as launched").toEqual([]);
  // Finished, the page shows its steps, event log and timings too; a loaded machine can take minutes to get there.
  await expect(status).toHaveText("Success", { timeout: 180_000 });
  expect(await seriousViolations(page), "the finished run").toEqual([]);
});

test("a backfill's page has no serious or critical accessibility violation", async ({ page }) => {
  const launched = await graphql<{
    launchPartitionBackfill: { __typename: string; backfill?: { backfillId: string } };
  }>(
    page,
    // One August day of raw_events: its own backfill, so no other spec's counts move.
    `mutation { launchPartitionBackfill(input: { assetSelection: [{ path: ["raw_events"] }], partitionSelection: "2026-08-01" }) { __typename ... on LaunchPartitionBackfillSuccess { backfill { backfillId } } } }`,
  );
  expect(launched.launchPartitionBackfill.__typename).toBe("LaunchPartitionBackfillSuccess");
  await page.goto(`/backfills/${launched.launchPartitionBackfill.backfill?.backfillId}`);
  await expect(page.getByTestId("backfill-asset-raw_events")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(await seriousViolations(page), "the backfill's page").toEqual([]);
});

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it never comes. */
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${target}`);
}

test("the keyboard alone selects an asset in the lineage graph and a partition in the grid", async ({ page }) => {
  await page.goto("/lineage");
  const node = page.getByRole("group", { name: "Asset enriched_events", exact: true });
  await expect(node).toBeVisible();
  await tabTo(page, node);
  await page.keyboard.press("Enter");
  const panel = page.getByRole("complementary", { name: "Asset details" });
  await expect(panel.getByRole("heading", { name: "enriched_events" })).toBeVisible();

  await page.goto("/assets/raw_events?tab=partitions");
  const grid = page.getByRole("grid", { name: "Partitions of raw_events" });
  await expect(grid).toBeVisible();
  await tabTo(page, grid);
  // The first arrow press puts the focus on the first cell; the next moves it one day on.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("partition-selection-count")).toHaveText("1 selected");
  await expect(page.getByLabel("Partition selection")).toHaveValue("2026-01-02");
  await expect(grid.getByRole("gridcell", { name: "2026-01-02", exact: true })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(page.getByRole("complementary", { name: "Partition details" })).toContainText("2026-01-02");
});
