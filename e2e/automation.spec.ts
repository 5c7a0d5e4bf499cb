// Automation in the console: the example's schedule listed as off, turned on from the list (running, next tick at
// 06:00 UTC), its page with the upcoming ticks, and turned off again. The tests share one database, so each one leaves
// the schedule off.
import { expect, type Page, test } from "@playwright/test";

const SCHEDULE = "daily_events_at_six";

async function stopSchedule(page: Page) {
  const response = await page.request.post("/api/graphql", {
    data: {
      query: `mutation { stopRunningSchedule(codeLocationName: "user-events", scheduleName: "${SCHEDULE}") { __typename } }`,
    },
  });
  expect(response.ok()).toBe(true);
}

test.afterEach(async ({ page }) => stopSchedule(page));

const scheduleRow = (page: Page) =>
  page
    .getByRole("table", { name: "Schedules" })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: SCHEDULE, exact: true }) });

test("the Automation page lists daily_events_at_six as off, with its cron and its job", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Automation", exact: true }).click();
  await expect(page).toHaveURL(/\/automation$/);
  await expect(page.getByRole("heading", { level: 2, name: /Schedules/ })).toBeVisible();

  const row = scheduleRow(page);
  await expect(row.getByRole("switch", { name: SCHEDULE })).toHaveAttribute("aria-checked", "false");
  await expect(row).toContainText("Daily at 06:00");
  await expect(row).toContainText("0 6 * * *");
  await expect(row).toContainText("Stopped");
  await expect(row.getByRole("link", { name: "daily_events", exact: true })).toHaveAttribute(
    "href",
    "/jobs/daily_events",
  );
  await expect(row).toContainText("Daily from 2026-01-01 (UTC)");
});

test("switching a schedule on shows it running with its next tick at 06:00 UTC, and off again", async ({ page }) => {
  await page.goto("/automation");
  const row = scheduleRow(page);
  const toggle = row.getByRole("switch", { name: SCHEDULE });
  await expect(toggle).toHaveAttribute("aria-checked", "false");

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await expect(row).toContainText(/06:00 UTC/);
  await expect(row).toContainText(/in \d+(s|m|h)/);
  await expect(page.getByText("1 of 1 running")).toBeVisible();

  // It stays on: the server has it.
  await page.reload();
  await expect(scheduleRow(page).getByRole("switch", { name: SCHEDULE })).toHaveAttribute("aria-checked", "true");

  await scheduleRow(page).getByRole("switch", { name: SCHEDULE }).click();
  await expect(scheduleRow(page).getByRole("switch", { name: SCHEDULE })).toHaveAttribute("aria-checked", "false");
  await expect(scheduleRow(page)).toContainText("Stopped");
});

test("the schedule page shows the next five ticks at 06:00 UTC and turns the schedule on and off", async ({ page }) => {
  await page.goto("/automation");
  await page.getByRole("link", { name: SCHEDULE, exact: true }).click();
  await expect(page).toHaveURL(/\/automation\/schedules\/user-events\/daily_events_at_six$/);
  await expect(page.getByRole("heading", { level: 1, name: SCHEDULE })).toBeVisible();

  const upcoming = page.getByRole("list", { name: "Upcoming ticks" }).getByRole("listitem");
  await expect(upcoming).toHaveCount(5);
  for (const tick of await upcoming.all()) await expect(tick).toContainText(/06:00 UTC/);
  await expect(page.getByText("Stopped: these ticks happen once the schedule is turned on.")).toBeVisible();

  const toggle = page.getByRole("switch", { name: SCHEDULE });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText("Running", { exact: true })).toBeVisible();
  await expect(page.getByText("Stopped: these ticks happen once the schedule is turned on.")).toBeHidden();
  await expect(page.getByText(/No ticks yet\. The first one comes at the next cron time/)).toBeVisible();

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await expect(page.getByText("Stopped", { exact: true })).toBeVisible();
});

test("an unknown schedule shows a not-found page", async ({ page }) => {
  await page.goto("/automation/schedules/user-events/no_such_schedule");
  await expect(page.getByRole("heading", { name: "Schedule not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to automation" })).toBeVisible();
});
