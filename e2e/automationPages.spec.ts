// The Automation page and a job's page against the example: its eagerly automated asset listed with the daemon's
// latest evaluation; "Test" on the daily schedule showing the run its tick would launch, and launching nothing; "Test" on
// an asset sensor from a given cursor, which keeps nothing; the daily_events job's page with its asset graph, its
// schedule and its runs.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

/**
 * What this spec adds has no accessibility violations axe can find. Only the new parts are checked here: the
 * accessibility spec checks every page whole.
 */
async function expectAccessible(page: Page, selector: string) {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const SCHEDULE = "daily_events_at_six";

/** How many runs the daily schedule has launched, asked of the API. */
async function scheduleRunCount(page: Page): Promise<number> {
  const response = await page.request.post("/api/graphql", {
    data: {
      query: `{ runsOrError(filter: { tags: [{ key: "strata/schedule", value: "${SCHEDULE}" }] }) { ... on Runs { results { id } } } }`,
    },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: { runsOrError: { results: unknown[] } } };
  return body.data.runsOrError.results.length;
}

/** The partition the 06:00 UTC tick at or before now launches: the day before that tick. */
function expectedPartition(now: Date): string {
  const tick = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 6));
  if (tick > now) tick.setUTCDate(tick.getUTCDate() - 1);
  tick.setUTCDate(tick.getUTCDate() - 1);
  return tick.toISOString().slice(0, 10);
}

test("the Automation page lists the eagerly automated asset with the daemon's latest evaluation", async ({ page }) => {
  await page.goto("/automation");
  const section = page.getByRole("region", { name: /Automated assets/ });
  const row = section
    .getByRole("table", { name: "Automated assets" })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "analytics/daily_active_users", exact: true }) });
  await expect(row.getByRole("link", { name: "analytics/daily_active_users" })).toHaveAttribute(
    "href",
    "/assets/analytics/daily_active_users",
  );
  await expect(row).toContainText("Eager: when any upstream has new data");
  // The daemon evaluates every few seconds; the page polls until its evaluation is there.
  await expect(row.getByText(/^(Requested|Not requested|Launch failed)$/)).toBeVisible({ timeout: 30_000 });
  await expect(row.getByRole("listitem").first()).not.toBeEmpty();
  await page.screenshot({ path: "test-results/automation-page.png", fullPage: true });
  await expectAccessible(page, 'section[aria-labelledby="automated-assets-heading"]');
});

test("Test on a schedule shows the run its tick would launch and launches nothing", async ({ page }) => {
  const before = await scheduleRunCount(page);
  await page.goto("/automation");
  const row = page
    .getByRole("table", { name: "Schedules" })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: SCHEDULE, exact: true }) });
  await row.getByRole("button", { name: `Test ${SCHEDULE}` }).click();

  const dialog = page.getByRole("dialog", { name: `Test ${SCHEDULE}` });
  const requests = dialog.getByRole("table", { name: "Run requests" });
  const partition = expectedPartition(new Date());
  await expect(requests.getByRole("row").filter({ hasText: partition })).toHaveCount(1);
  await expect(requests).toContainText(`strata/schedule=${SCHEDULE}`);
  await page.screenshot({ path: "test-results/automation-test-schedule.png" });
  await expectAccessible(page, "dialog[open]");

  // A malformed tick time is refused, naming the field.
  await dialog.getByLabel(/Tick time/).fill("tomorrow");
  await dialog.getByRole("button", { name: "Evaluate" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Invalid tickTime");

  await dialog.getByRole("button", { name: "Close" }).last().click();
  await expect(dialog).toBeHidden();
  expect(await scheduleRunCount(page)).toBe(before);
  await expect(row).toContainText("Stopped");
});

test("Test on a sensor shows what an evaluation from a cursor would do and leaves the sensor as it was", async ({
  page,
}) => {
  const sensor = "dedupe_new_raw_events";
  await page.goto("/automation");
  const row = page
    .getByRole("table", { name: "Sensors" })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: sensor, exact: true }) });
  await row.getByRole("button", { name: `Test ${sensor}` }).click();
  const dialog = page.getByRole("dialog", { name: `Test ${sensor}` });
  // The first answer uses the kept cursor, which other specs move: only that an answer came is asserted here.
  await expect(dialog.getByLabel("Test result")).toBeVisible();

  // An event id past every event: nothing new to launch, and the cursor the daemon would keep stays there.
  await dialog.getByLabel(/Cursor/).fill("999999999999");
  await dialog.getByRole("button", { name: "Evaluate" }).click();
  const result = dialog.getByLabel("Test result");
  await expect(result).toContainText("Would skip: No new materialization of raw_events.");
  await expect(result).toContainText("Cursor after this evaluation: 999999999999");
  await expect(dialog.getByRole("table", { name: "Run requests" })).toHaveCount(0);
  await expectAccessible(page, "dialog[open]");

  // An asset sensor's cursor is an event id: anything else is refused, naming the field.
  await dialog.getByLabel(/Cursor/).fill("yesterday");
  await dialog.getByRole("button", { name: "Evaluate" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Invalid cursor");
  await expect(dialog.getByRole("alert")).toContainText('not "yesterday"');

  await dialog.getByRole("button", { name: "Close" }).last().click();
  await expect(dialog).toBeHidden();
  // The sensor was not started, and its page shows no tick from the test.
  await expect(row.getByRole("switch", { name: sensor })).toHaveAttribute("aria-checked", "false");
  await row.getByRole("link", { name: sensor, exact: true }).click();
  await expect(page.getByText("999999999999")).toHaveCount(0);
});

test("a job's page shows its asset graph, the schedule that launches it and its runs", async ({ page }) => {
  await page.goto("/jobs/daily_events");
  const graph = page.getByRole("group", { name: "Job asset graph" });
  for (const key of ["raw_events", "deduplicated_events"])
    await expect(graph.getByRole("group", { name: `Asset ${key}`, exact: true })).toBeVisible();
  await expect(graph.getByRole("group", { name: "Asset analytics/daily_active_users", exact: true })).toHaveCount(0);

  const automation = page.getByRole("region", { name: "Schedules and sensors" });
  const schedule = automation
    .getByRole("table", { name: "Schedules" })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: SCHEDULE, exact: true }) });
  await expect(schedule.getByRole("switch", { name: SCHEDULE })).toHaveAttribute("aria-checked", "false");
  await expect(schedule).toContainText("Daily at 06:00");

  await expect(page.getByRole("region", { name: "Recent runs" })).toBeVisible();
  await page.screenshot({ path: "test-results/automation-job-page.png" });
  await automation.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/automation-job-page-automation.png" });
  await expectAccessible(page, '[aria-label="Job asset graph"]');
});
