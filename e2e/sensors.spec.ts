// Sensors in the console: the example's two sensors listed as off with what sets them off, dedupe_new_raw_events
// turned on from the list, its page showing the event id the daemon's first evaluation keeps as its cursor, an edited
// cursor saved and cleared, and the sensor turned off again. The tests share one database, so each leaves it off.
import { expect, type Page, test } from "@playwright/test";

const DEDUPE = "dedupe_new_raw_events";
const FAILURES = "report_pipeline_failures";

test.afterEach(async ({ page }) => {
  const response = await page.request.post("/api/graphql", {
    data: { query: `mutation { stopSensor(codeLocationName: "user-events", sensorName: "${DEDUPE}") { __typename } }` },
  });
  expect(response.ok()).toBe(true);
});

const sensorRow = (page: Page, name: string) =>
  page
    .getByRole("table", { name: "Sensors" })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name, exact: true }) });

test("the Automation page lists both example sensors as off, with what sets them off", async ({ page }) => {
  await page.goto("/automation");
  await expect(page.getByRole("heading", { level: 2, name: /Sensors/ })).toBeVisible();

  const dedupe = sensorRow(page, DEDUPE);
  await expect(dedupe.getByRole("switch", { name: DEDUPE })).toHaveAttribute("aria-checked", "false");
  await expect(dedupe).toContainText("On materialization of raw_events");
  await expect(dedupe.getByRole("link", { name: "raw_events", exact: true })).toHaveAttribute(
    "href",
    "/assets/raw_events",
  );
  await expect(dedupe).toContainText("Every 15 seconds");
  await expect(dedupe).toContainText("Stopped");

  const failures = sensorRow(page, FAILURES);
  await expect(failures.getByRole("switch", { name: FAILURES })).toHaveAttribute("aria-checked", "false");
  await expect(failures).toContainText("On FAILURE of daily_events");
  await expect(failures).toContainText("Calls its function for each run");
  await expect(page.getByText("0 of 2 running")).toBeVisible();
});

test("turning dedupe_new_raw_events on shows it running; its page shows the cursor the daemon keeps, and saves an edited one", async ({
  page,
}) => {
  await page.goto("/automation");
  const toggle = sensorRow(page, DEDUPE).getByRole("switch", { name: DEDUPE });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText("1 of 2 running")).toBeVisible();

  await sensorRow(page, DEDUPE).getByRole("link", { name: DEDUPE, exact: true }).click();
  await expect(page).toHaveURL(/\/automation\/sensors\/user-events\/dedupe_new_raw_events$/);
  await expect(page.getByRole("heading", { level: 1, name: DEDUPE })).toBeVisible();
  await expect(page.getByText("Running", { exact: true })).toBeVisible();
  await expect(page.getByText(/keeps its position in the event log here/)).toBeVisible();

  // The daemon passes every 5 s; its first evaluation of the sensor keeps the latest event's id as the cursor.
  const cursor = page.getByRole("textbox", { name: "Cursor" });
  await expect(cursor).toHaveValue(/^\d+$/, { timeout: 20_000 });

  // An id past every event: the sensor skips what comes until then, so its evaluations leave the cursor as it is.
  await cursor.fill("999999999");
  await expect(page.getByText("Unsaved; Esc puts it back.")).toBeVisible();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(cursor).toHaveValue("999999999");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Cursor" })).toHaveValue("999999999");

  const refused = page.getByRole("textbox", { name: "Cursor" });
  await refused.fill("yesterday");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/cursor is an event id \(a whole number such as 1042\), not "yesterday"/)).toBeVisible();

  await page.getByRole("button", { name: "Clear" }).click();
  await expect(page.getByText("Cleared.")).toBeVisible();

  const headerToggle = page.getByRole("switch", { name: DEDUPE });
  await headerToggle.click();
  await expect(headerToggle).toHaveAttribute("aria-checked", "false");
  await expect(page.getByText("Stopped", { exact: true })).toBeVisible();
});

test("an unknown sensor shows a not-found page", async ({ page }) => {
  await page.goto("/automation/sensors/user-events/no_such_sensor");
  await expect(page.getByRole("heading", { name: "Sensor not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to automation" })).toBeVisible();
});
