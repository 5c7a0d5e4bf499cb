// A run's page: a failed run's compute logs open on the step that failed; re-executing it keeps the job and links
// parent and child both ways; the step timeline's scale fits the run, in milliseconds when it is short.
import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { formatTick, ganttTicks, ganttWindow } from "../components/runs/ganttScale";

const RUN_TIMEOUT = 120_000;

async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post("/api/graphql", { data: { query, variables } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

// A warehouse schema name longer than Postgres allows: the config is valid, and fact_events, the step that writes to
// the warehouse, fails after the steps before it succeed.
const FAILING_CONFIG = `ops:\n  raw_events:\n    config:\n      eventCount: 20\nresources:\n  warehouse:\n    config:\n      schema: ${"x".repeat(70)}\n`;

test("a failed job run opens its compute logs on the failed step, and its re-execution keeps the job and links back", async ({
  page,
}) => {
  test.setTimeout(RUN_TIMEOUT * 2 + 60_000);
  const launched = await graphql<{ launchRun: { __typename: string; run?: { runId: string } } }>(
    page,
    `mutation ($config: String, $tags: [RunTagInput!]) {
      launchRun(input: { jobName: "daily_events", partitionKey: "2026-01-24", runConfig: $config, tags: $tags }) {
        __typename ... on LaunchRunSuccess { run { runId } } } }`,
    { config: FAILING_CONFIG, tags: [{ key: "suite", value: `reexecute-${randomUUID().slice(0, 8)}` }] },
  );
  expect(launched.launchRun.__typename).toBe("LaunchRunSuccess");
  const parentId = launched.launchRun.run?.runId ?? "";

  await page.goto(`/runs/${parentId}`);
  await expect(page.getByRole("status", { name: "Run status" })).toHaveText("Failure", { timeout: RUN_TIMEOUT });
  const { runOrError: parent } = await graphql<{ runOrError: { steps: { stepKey: string; status: string }[] } }>(
    page,
    `query ($id: ID!) { runOrError(runId: $id) { ... on Run { steps { stepKey status } } } }`,
    { id: parentId },
  );
  const failed = parent.steps.find((step) => step.status === "FAILURE")?.stepKey;
  // The first step succeeded; the logs open on the one that failed.
  expect(parent.steps[0]?.status).toBe("SUCCESS");
  expect(failed).toBeDefined();
  await page.getByRole("tab", { name: "Compute logs" }).click();
  await expect(page.getByLabel("Step", { exact: true })).toHaveValue(failed ?? "");

  await page.getByRole("button", { name: /Re-execute/ }).click();
  await page
    .getByRole("menu", { name: "Re-execute" })
    .getByRole("menuitem", { name: /From failure/ })
    .click();
  await expect(page).not.toHaveURL(new RegExp(`/runs/${parentId}`), { timeout: 15_000 });
  const childId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");

  // The re-execution is still the job's run, and says which run it re-executes.
  const facts = page.locator("dl").first();
  await expect(facts.getByRole("link", { name: "daily_events" })).toBeVisible();
  await expect(facts.getByText("Re-execution of")).toBeVisible();
  await expect(page.getByRole("status", { name: "Run status" })).toHaveText(/Failure|Success/, {
    timeout: RUN_TIMEOUT,
  });

  await facts.getByRole("link", { name: parentId.slice(0, 8) }).click();
  await expect(page).toHaveURL(new RegExp(`/runs/${parentId}$`));
  const children = page.getByRole("list", { name: "Re-executions of this run" });
  await children.getByRole("link", { name: childId.slice(0, 8) }).click();
  await expect(page).toHaveURL(new RegExp(`/runs/${childId}$`));
});

test("the step timeline's scale fits the run's own span, in milliseconds when the run is short", async ({ page }) => {
  test.setTimeout(RUN_TIMEOUT + 60_000);
  const launched = await graphql<{ launchRun: { run: { runId: string } } }>(
    page,
    `mutation { launchRun(input: { assetSelection: [{ path: ["user_profiles"] }] }) { ... on LaunchRunSuccess { run { runId } } } }`,
  );
  const runId = launched.launchRun.run.runId;
  await page.goto(`/runs/${runId}`);
  await expect(page.getByRole("status", { name: "Run status" })).toHaveText("Success", { timeout: RUN_TIMEOUT });

  const { runOrError: run } = await graphql<{
    runOrError: {
      creationTime: string;
      startTime: string | null;
      endTime: string | null;
      steps: { startTime: string | null; endTime: string | null }[];
    };
  }>(
    page,
    `query ($id: ID!) { runOrError(runId: $id) { ... on Run { creationTime startTime endTime steps { startTime endTime } } } }`,
    {
      id: runId,
    },
  );
  const window = ganttWindow(run, Date.now());
  const expected = ganttTicks(window).map(formatTick);
  const header = page
    .getByRole("grid", { name: "Step timeline" })
    .getByRole("columnheader", { name: "Time since run start" });
  await expect(header.locator("span")).toHaveText(expected);
  // The scale ends with the run, not at a padded second: a run under a second is ticked in milliseconds.
  expect(window.end - window.start).toBeLessThan(Date.parse(run.endTime ?? "") - Date.parse(run.creationTime) + 1);
  if (window.end - window.start < 1_000) expect(expected.slice(1).every((tick) => tick.endsWith("ms"))).toBe(true);
});
