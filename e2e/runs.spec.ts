// Materializing from the console and watching the run: run page, runs list, graph status, the asset's event history
// and the eager downstream asset the daemon requests for the same day.
import { expect, type Page, test } from "@playwright/test";

/** Runs take a few seconds to plan and execute on the worker; wait like a user watching the page would. */
const RUN_TIMEOUT = 60_000;

const graphAsset = (page: Page, key: string) => page.getByRole("group", { name: `Asset ${key}`, exact: true });

test("materializing one partition from the lineage graph opens a live run that succeeds and updates every view", async ({
  page,
}) => {
  test.setTimeout(180_000);

  await page.goto("/lineage?selection=%2Bfact_events");
  await expect(graphAsset(page, "fact_events")).toBeVisible();
  await expect(graphAsset(page, "analytics/weekly_report")).toHaveCount(0);
  // The assets are daily-partitioned: the button asks which partitions, and one partition is one run.
  await page.getByRole("button", { name: "Materialize…", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Materialize partitions" });
  await dialog.getByLabel("Partition selection").fill("2026-01-05");
  await expect(dialog.getByTestId("backfill-preview-partitions")).toHaveText("1 partition");
  await dialog.getByRole("button", { name: "Launch run" }).click();

  await expect(page).toHaveURL(/\/runs\/[^/]+$/, { timeout: 15_000 });
  const runId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
  expect(runId).not.toBe("");

  await expect(page.getByRole("status", { name: "Run status" })).toHaveText("Success", { timeout: RUN_TIMEOUT });

  const timeline = page.getByRole("grid", { name: "Step timeline" });
  for (const step of ["raw_events", "deduplicated_events", "enriched_events", "fact_events"]) {
    await expect(timeline.getByRole("button", { name: step, exact: true })).toBeVisible();
  }
  await expect(timeline.getByRole("gridcell", { name: /^fact_events: Success/ })).toBeVisible();

  await page.getByLabel("Filter by event type").selectOption("ASSET_MATERIALIZATION");
  const log = page.getByRole("table", { name: "Event log" });
  await expect(
    log.getByRole("row").filter({ hasText: "ASSET_MATERIALIZATION" }).filter({ hasText: "fact_events" }),
  ).toBeVisible({
    timeout: RUN_TIMEOUT,
  });

  await page.getByRole("link", { name: "Runs", exact: true }).first().click();
  await expect(page).toHaveURL(/\/runs$/);
  const runRow = page
    .getByRole("table", { name: "Runs" })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: runId.slice(0, 8) }) });
  await expect(runRow).toContainText("Success");
  await expect(runRow).toContainText("raw_events");
  await expect(runRow).toContainText("2026-01-05");

  await page.goto("/lineage");
  await expect(graphAsset(page, "fact_events")).toContainText(/1 of [\d,]+ partitions materialized/, {
    timeout: RUN_TIMEOUT,
  });

  await page.goto("/assets/fact_events?tab=events");
  const history = page.getByRole("table", { name: "Materializations" });
  await expect(history.getByRole("link", { name: runId.slice(0, 8) })).toBeVisible({ timeout: RUN_TIMEOUT });

  // analytics/daily_active_users is eager: the daemon requests the day fact_events just got, and its page says why.
  await page.goto("/assets/analytics/daily_active_users");
  const requested = page
    .getByRole("list", { name: "Automation evaluations" })
    .getByRole("listitem")
    .filter({ hasText: "Upstream fact_events 2026-01-05 has new data → requested 2026-01-05." })
    .first();
  await expect(async () => {
    await page.reload();
    await expect(requested).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: RUN_TIMEOUT });
  await expect(requested).toContainText("Requested");
  await expect(requested.getByRole("link", { name: /^run / })).toBeVisible();
});

test("an unknown run id shows a not-found page", async ({ page }) => {
  await page.goto("/runs/no-such-run");
  await expect(page.getByRole("heading", { name: "Run not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to runs" })).toBeVisible();
});
