// The runs list: its filters live in the URL (a reload and Back restore them, the link can be shared), and a backfill
// is one row with its progress until "Show backfill runs" lists its runs. Each test filters by a tag of its own, as
// the e2e server is shared by every spec.
import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";

const RUN_TIMEOUT = 120_000;

async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post("/api/graphql", { data: { query, variables } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

test("the runs list's filters survive a reload, Back undoes a change, and the link can be shared", async ({
  page,
  context,
}) => {
  test.setTimeout(RUN_TIMEOUT + 60_000);
  const suite = `filters-${randomUUID().slice(0, 8)}`;
  const launched = await graphql<{ launchRun: { run: { runId: string } } }>(
    page,
    `mutation ($tags: [RunTagInput!]) { launchRun(input: { assetSelection: [{ path: ["user_profiles"] }], tags: $tags }) {
      ... on LaunchRunSuccess { run { runId } } } }`,
    { tags: [{ key: "suite", value: suite }] },
  );
  const shortId = launched.launchRun.run.runId.slice(0, 8);
  const table = page.getByRole("table", { name: "Runs" });

  await page.goto("/runs");
  await page.getByRole("searchbox", { name: "Filter by tag" }).fill(`suite=${suite}`);
  await expect(page).toHaveURL(new RegExp(`[?&]tags=suite%3D${suite}`));
  await expect(table.getByRole("link", { name: shortId })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("Success", { timeout: RUN_TIMEOUT });

  const statuses = page.getByRole("group", { name: "Filter by status" });
  await statuses.getByRole("button", { name: "Success" }).click();
  await expect(page).toHaveURL(/[?&]status=SUCCESS/);
  await expect(table.getByRole("link", { name: shortId })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Filter by tag" })).toHaveValue(`suite=${suite}`);
  await expect(statuses.getByRole("button", { name: "Success" })).toHaveAttribute("aria-pressed", "true");
  await expect(table.getByRole("row")).toHaveCount(2);

  // Only a status the run does not have hides it; Back brings the filter before it back.
  await statuses.getByRole("button", { name: "Success" }).click();
  await statuses.getByRole("button", { name: "Failure" }).click();
  await expect(page).toHaveURL(/[?&]status=FAILURE(&|$)/);
  await expect(page.getByText("No runs match these filters")).toBeVisible();
  await page.goBack();
  await expect(statuses.getByRole("button", { name: "Failure" })).toHaveAttribute("aria-pressed", "false");
  await expect(statuses.getByRole("button", { name: "All statuses" })).toHaveAttribute("aria-pressed", "true");
  await expect(table.getByRole("link", { name: shortId })).toBeVisible();

  // The link opens the same filtered list in another tab.
  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.getByRole("searchbox", { name: "Filter by tag" })).toHaveValue(`suite=${suite}`);
  await expect(shared.getByRole("table", { name: "Runs" }).getByRole("link", { name: shortId })).toBeVisible();
  await shared.close();

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/runs$/);
});

test("a backfill is one row with its progress, and Show backfill runs lists its runs", async ({ page }) => {
  // Two runs through a worker shared with the whole suite: minutes on a loaded machine.
  test.setTimeout(RUN_TIMEOUT * 3);
  const suite = `fold-${randomUUID().slice(0, 8)}`;
  const launched = await graphql<{
    launchPartitionBackfill: { __typename: string; backfill?: { backfillId: string } };
  }>(
    page,
    `mutation ($tags: [RunTagInput!]) { launchPartitionBackfill(input: {
      assetSelection: [{ path: ["raw_events"] }], partitionSelection: "2026-01-20...2026-01-21", tags: $tags }) {
      __typename ... on LaunchPartitionBackfillSuccess { backfill { backfillId } } } }`,
    { tags: [{ key: "suite", value: suite }] },
  );
  expect(launched.launchPartitionBackfill.__typename).toBe("LaunchPartitionBackfillSuccess");
  const backfillId = launched.launchPartitionBackfill.backfill?.backfillId ?? "";
  const table = page.getByRole("table", { name: "Runs" });

  await page.goto(`/runs?tags=suite%3D${suite}`);
  const backfillRow = table
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: `Backfill ${backfillId}` }) });
  await expect(backfillRow).toBeVisible();
  // Waiting for it to finish leaves no run of this spec moving when the next spec counts runs.
  await expect(backfillRow).toContainText("Completed", { timeout: RUN_TIMEOUT });
  await expect(backfillRow).toContainText("Backfill of 2 partitions in 2 runs");
  await expect(table.getByRole("row")).toHaveCount(2);

  await page.getByRole("checkbox", { name: "Show backfill runs" }).check();
  await expect(page).toHaveURL(/[?&]backfillRuns=show/);
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("link", { name: `Backfill ${backfillId}` })).toHaveCount(0);
  await expect(table).toContainText("2026-01-20");
  await expect(table).toContainText("2026-01-21");

  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Show backfill runs" })).toBeChecked();
  await expect(table.getByRole("row")).toHaveCount(3);
  await page.goBack();
  await expect(page.getByRole("checkbox", { name: "Show backfill runs" })).not.toBeChecked();
  await expect(table.getByRole("row")).toHaveCount(2);

  await backfillRow.getByRole("link", { name: `Backfill ${backfillId}` }).click();
  await expect(page).toHaveURL(new RegExp(`/backfills/${backfillId}$`));
});
