// The runs timeline: a run launched from a job shows as a bar in that job's row, hover tells what it is, a click opens
// it, and the range is kept in the URL.
import { expect, type Page, test } from "@playwright/test";

const RUN_TIMEOUT = 90_000;

async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post("/api/graphql", { data: { query, variables } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

test("a launched job run is a bar in its job's row that opens the run", async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT + 60_000);
  const launched = await graphql<{ launchRun: { __typename: string; run?: { runId: string } } }>(
    page,
    `mutation { launchRun(input: { jobName: "daily_events", presetName: "small_sample", partitionKey: "2026-01-03" }) {
      __typename ... on LaunchRunSuccess { run { runId } } } }`,
  );
  expect(launched.launchRun.__typename).toBe("LaunchRunSuccess");
  const runId = launched.launchRun.run?.runId ?? "";

  await page.goto("/runs");
  await page.getByRole("navigation", { name: "Runs views" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/\/runs\/timeline$/);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timeline" })).toHaveAttribute(
    "aria-current",
    "page",
  );

  const row = page.getByRole("list", { name: "Runs of daily_events" });
  const bar = row.getByRole("link", { name: new RegExp(`^Run ${runId.slice(0, 8)}: `) });
  await expect(bar).toBeVisible();
  // Still running or finished, the bar reaches from its start towards now; finished, it says how long it took.
  await expect(bar).toHaveAccessibleName(/Success, started .*, took /, { timeout: RUN_TIMEOUT });
  await bar.hover();
  await expect(page.getByText(`job daily_events`, { exact: true })).toBeVisible();

  // Grouped by asset, the same run is in each of its assets' rows.
  await page.getByRole("group", { name: "One row per" }).getByRole("button", { name: "Assets" }).click();
  await expect(page).toHaveURL(/\/runs\/timeline\?by=asset$/);
  await expect(
    page
      .getByRole("list", { name: "Runs of fact_events" })
      .getByRole("link", { name: new RegExp(`^Run ${runId.slice(0, 8)}: `) }),
  ).toBeVisible();

  // The range is in the URL: a reload keeps it, Back undoes it.
  await page.getByRole("group", { name: "Time range" }).getByRole("button", { name: "7 days" }).click();
  await expect(page).toHaveURL(/\/runs\/timeline\?by=asset&range=7d$/);
  await page.reload();
  await expect(page.getByRole("button", { name: "7 days" })).toHaveAttribute("aria-pressed", "true");
  await page.goBack();
  await expect(page.getByRole("button", { name: "24 hours" })).toHaveAttribute("aria-pressed", "true");

  // The last hour holds the run too.
  await page.getByRole("group", { name: "Time range" }).getByRole("button", { name: "1 hour" }).click();
  await expect(page).toHaveURL(/range=1h/);
  await page.getByRole("group", { name: "One row per" }).getByRole("button", { name: "Jobs" }).click();
  await page
    .getByRole("list", { name: "Runs of daily_events" })
    .getByRole("link", { name: new RegExp(`^Run ${runId.slice(0, 8)}: `) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/runs/${runId}$`));
  await expect(page.getByRole("status", { name: "Run status" })).toHaveText("Success");
});
