// Partition launches that fit the intent: the dialog starts from the latest partition, a warning counts the chosen
// partitions whose upstream partitions are missing and one click takes those upstreams in (planned upstream-first),
// the 2-D grid opens at the latest dates with jumps to what matters, the health bar selects, and an impossible date is
// called an invalid date.
import { expect, type Locator, type Page, test } from "@playwright/test";

const partitionGrid = (page: Page, assetKey: string) => page.getByRole("grid", { name: `Partitions of ${assetKey}` });
const cell = (grid: Locator, key: string) => grid.getByRole("gridcell", { name: key, exact: true });

/** The latest daily partition: yesterday (UTC), whose window has ended. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post("/api/graphql", { data: { query, variables } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

test("Materialize on a partitioned asset starts from the latest partition, with every partition a click away", async ({
  page,
}) => {
  await page.goto("/assets/raw_events");
  await page.getByRole("button", { name: "Materialize…", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Materialize partitions" });
  const field = dialog.getByLabel("Partition selection");
  await expect(field).toHaveValue(daysAgo(1));
  await expect(dialog.getByTestId("backfill-preview-partitions")).toHaveText("1 partition");
  await expect(dialog.getByRole("button", { name: "Launch run" })).toBeVisible();
  const startFrom = dialog.getByRole("group", { name: "Start from" });
  await expect(startFrom.getByRole("button", { name: "Latest partition" })).toHaveAttribute("aria-pressed", "true");
  await startFrom.getByRole("button", { name: /^All [\d,]+ partitions$/ }).click();
  await expect(field).toHaveValue(`2026-01-01...${daysAgo(1)}`);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
});

test("missing upstream partitions are counted before launch, and including them plans the upstreams first", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Three November days of deduplicated_events, whose raw_events days nothing has built. (Nothing below
  // deduplicated_events is touched, so the specs that count fact_events' partitions are not disturbed.)
  await page.goto("/assets/deduplicated_events?tab=partitions");
  await expect(partitionGrid(page, "deduplicated_events")).toBeVisible();
  await page.getByLabel("Partition selection").fill("2026-11-20...2026-11-22");
  await page.getByRole("button", { name: "Materialize 3 partitions…" }).click();
  const dialog = page.getByRole("dialog", { name: "Materialize partitions" });
  await expect(dialog.getByTestId("backfill-preview-partitions")).toHaveText("3 partitions");
  const warning = dialog.getByRole("region", { name: "Missing upstream partitions" });
  await expect(warning.getByTestId("upstream-gaps")).toContainText(
    "3 of 3 partitions have missing upstream partitions: raw_events (3)",
  );
  await page.screenshot({ path: "test-results/partition-launch-warning.png" });

  await warning.getByRole("button", { name: "Include upstream assets" }).click();
  await expect(dialog.getByTestId("upstream-included")).toHaveText(
    "Includes the missing partitions of raw_events, materialized first.",
  );
  await expect(dialog.getByRole("region", { name: "Missing upstream partitions" })).toBeHidden();
  // One run a day holds both assets, raw_events before deduplicated_events.
  await dialog.getByRole("button", { name: "Launch backfill (3 runs)" }).click();

  await expect(page).toHaveURL(/\/backfills\/[^/]+$/, { timeout: 15_000 });
  const chain = ["raw_events", "deduplicated_events"];
  for (const key of chain)
    await expect(page.getByTestId(`backfill-asset-${key}`).getByTestId("backfill-asset-targeted")).toHaveText("3");
  // Upstream first: the page lists the backfill's assets in the order they are planned.
  const listed = await page
    .locator('tr[data-testid^="backfill-asset-"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-testid")?.replace("backfill-asset-", "") ?? ""));
  expect(listed).toEqual(chain);
});

test("the 2-D grid opens at the latest dates; jump to failed, the Failed quick selection and the health bar go to the failure", async ({
  page,
}) => {
  test.setTimeout(180_000);
  // A partition of regional_revenue launched alone fails: fact_events has nothing for that day.
  const failing = "2026-09-15|emea";
  const launched = await graphql<{ launchRun: { __typename: string; run?: { runId: string } } }>(
    page,
    `mutation ($key: String!) { launchRun(input: { assetSelection: [{ path: ["analytics", "regional_revenue"] }], partitionKey: $key }) { __typename ... on LaunchRunSuccess { run { runId } } } }`,
    { key: failing },
  );
  expect(launched.launchRun.__typename).toBe("LaunchRunSuccess");
  const runId = launched.launchRun.run?.runId;
  await expect
    .poll(
      async () =>
        (
          await graphql<{ runOrError: { status?: string } }>(
            page,
            `query ($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }`,
            { id: runId },
          )
        ).runOrError.status,
      { timeout: 150_000 },
    )
    .toBe("FAILURE");

  await page.goto("/assets/analytics/regional_revenue?tab=partitions");
  const grid = partitionGrid(page, "analytics/regional_revenue");
  // Opened at the latest dates: yesterday's cells are on screen, September's are not.
  await expect(cell(grid, `${daysAgo(1)}|apac`)).toBeInViewport();
  await expect(cell(grid, failing)).not.toBeInViewport();

  await page.getByRole("button", { name: "Jump to failed" }).click();
  await expect(cell(grid, failing)).toBeInViewport();
  await expect(page.getByRole("complementary", { name: "Partition details" })).toContainText(failing);

  await page.getByRole("button", { name: "Jump to latest" }).click();
  await expect(cell(grid, failing)).not.toBeInViewport();
  await page
    .getByRole("group", { name: "Quick selection" })
    .getByRole("button", { name: "Failed", exact: true })
    .click();
  await expect(cell(grid, failing)).toBeInViewport();
  await expect(cell(grid, failing)).toHaveAttribute("aria-selected", "true");

  await page.getByRole("button", { name: "Jump to latest" }).click();
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(cell(grid, failing)).not.toBeInViewport();
  // The most recent failure is the last red segment of the bar.
  await page.getByTestId("partition-health-bar").locator('rect[data-state="failed"]').last().click();
  await expect(cell(grid, failing)).toBeInViewport();
  await expect(cell(grid, failing)).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("partition-selection-count")).toHaveText("1 selected");
});

test("an impossible date is reported as an invalid date, not as after the last partition", async ({ page }) => {
  await page.goto("/assets/raw_events?tab=partitions");
  await expect(partitionGrid(page, "raw_events")).toBeVisible();
  const field = page.getByLabel("Partition selection");
  await field.fill("2026-13-01");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription('"2026-13-01" is not a real date: months go 01-12.');
  await field.fill("2026-02-01...2026-02-30");
  await expect(field).toHaveAccessibleDescription('"2026-02-30" is not a real date: February 2026 has 28 days.');
  await field.fill("2027-01-05");
  await expect(field).toHaveAccessibleDescription(/is after the last partition/);
});
