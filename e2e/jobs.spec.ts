// Jobs in the console: the list of jobs, a job's page with its assets and presets, the way into the launchpad, and how a
// run launched from a job shows its job and config.
import { expect, test } from "@playwright/test";

const RUN_TIMEOUT = 60_000;

test("the jobs page lists daily_events with its presets and a link into the launchpad", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs", exact: true }).click();
  await expect(page).toHaveURL(/\/jobs$/);

  const row = page
    .getByRole("table", { name: "Jobs" })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "daily_events", exact: true }) });
  const presets = row.getByRole("list", { name: "Presets" });
  await expect(presets.getByText("small_sample", { exact: true })).toBeVisible();
  await expect(presets.getByText("strict_dedupe", { exact: true })).toBeVisible();
  await expect(row).toContainText("user-events");
  await expect(row.getByRole("link", { name: "Open launchpad for daily_events" })).toHaveAttribute(
    "href",
    "/launchpad?job=daily_events",
  );
});

test("a job's page shows the assets it materializes in order and each preset's config", async ({ page }) => {
  await page.goto("/jobs");
  await page.getByRole("link", { name: "daily_events", exact: true }).click();

  await expect(page).toHaveURL(/\/jobs\/daily_events$/);
  await expect(page.getByRole("heading", { level: 1, name: "daily_events" })).toBeVisible();
  const assets = page.getByRole("list", { name: "Assets in run order" }).getByRole("listitem");
  await expect(assets).toHaveText(["1raw_events", "2deduplicated_events", "3enriched_events", "4fact_events"]);
  await expect(assets.getByRole("link", { name: "fact_events" })).toHaveAttribute("href", "/assets/fact_events");

  const smallSample = page.getByRole("region", { name: "Preset small_sample" });
  await expect(smallSample).toContainText("eventCount: 50");
  await expect(smallSample).toContainText("sample=true");
  await expect(page.getByRole("region", { name: "Preset strict_dedupe" })).toContainText("dedupe_keys");

  await expect(page.getByRole("link", { name: "Open launchpad" })).toHaveAttribute(
    "href",
    "/launchpad?job=daily_events",
  );
});

test("an unknown job name shows a not-found page", async ({ page }) => {
  await page.goto("/jobs/no_such_job");
  await expect(page.getByRole("heading", { name: "Job not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to jobs" })).toBeVisible();
});

test("a run launched from a job preset links its job and shows its config", async ({ page }) => {
  test.setTimeout(120_000);
  // Launched through the API, as a schedule or the CLI would: this test is about how the run reads afterwards. The tests
  // share one database, so it materializes the partition runs.spec.ts does, leaving the counts other tests read alone.
  const response = await page.request.post("/api/graphql", {
    data: {
      query: `mutation { launchRun(input: { jobName: "daily_events", presetName: "small_sample", partitionKey: "2026-01-05" }) {
        __typename ... on LaunchRunSuccess { run { runId } } } }`,
    },
  });
  const body = (await response.json()) as { data: { launchRun: { __typename: string; run?: { runId: string } } } };
  expect(body.data.launchRun.__typename).toBe("LaunchRunSuccess");
  const runId = body.data.launchRun.run?.runId ?? "";

  await page.goto(`/runs/${runId}`);
  await expect(page.getByRole("link", { name: "daily_events" })).toHaveAttribute("href", "/jobs/daily_events");
  await expect(page.getByRole("link", { name: "Open in launchpad" })).toHaveAttribute(
    "href",
    `/launchpad?fromRun=${runId}`,
  );
  await page.getByRole("tab", { name: "Config" }).click();
  const config = page.getByRole("region", { name: "Run config" });
  await expect(config).toContainText("eventCount: 50");
  await expect(page.getByRole("region", { name: "Tags", exact: true })).toContainText("sample=true");

  await page.goto("/jobs/daily_events");
  const runs = page.getByRole("table", { name: "Runs" });
  await expect(runs.getByRole("link", { name: runId.slice(0, 8) })).toBeVisible({ timeout: RUN_TIMEOUT });
});
