// The launchpad in a real browser: invalid config is flagged inline and blocks the launch, scaffolding fills the rest,
// and the launched run's asset logs the value it was given.
import { expect, test } from "@playwright/test";

const RUN_TIMEOUT = 90_000;

test("typing invalid config flags it inline; scaffold, fix and launch, and the asset logs the value", async ({
  page,
}) => {
  test.setTimeout(RUN_TIMEOUT + 60_000);
  await page.goto("/launchpad?job=daily_events");
  await expect(page.getByRole("heading", { level: 1, name: "daily_events" })).toBeVisible();
  const steps = page.getByRole("list", { name: "Steps" });
  await expect(steps.getByRole("listitem")).toHaveCount(4);

  const editor = page.getByRole("textbox", { name: "Run config" });
  await editor.fill("ops:\n  enriched_events:\n    config:\n      lookback_days: seven\n");
  const problems = page.getByRole("alert", { name: "Config errors" });
  await expect(problems).toContainText('ops.enriched_events.config.lookback_days: expected integer, got "seven"');
  await expect(page.locator(".cm-lintRange-error")).toHaveText("seven");
  const launch = page.getByRole("button", { name: "Launch run" });
  await expect(launch).toBeDisabled();

  await page.getByRole("button", { name: "Scaffold missing config" }).click();
  await expect(editor).toContainText("eventCount: 500");
  await expect(editor).toContainText("dedupe_keys:");
  await expect(editor).toContainText("lookback_days: seven");

  await page.locator(".cm-lintRange-error").dblclick();
  await page.keyboard.type("3");
  await expect(problems).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "The config is valid" })).toBeVisible();

  await page.getByRole("combobox", { name: "Partition" }).fill("2026-01-05");
  await launch.click();
  await expect(page).toHaveURL(/\/runs\/[^/]+$/, { timeout: 15_000 });
  await expect(page.getByRole("status", { name: "Run status" })).toHaveText("Success", { timeout: RUN_TIMEOUT });
  await expect(
    page
      .getByRole("table", { name: "Event log" })
      .getByText("Accepting events from up to 3 day(s) back", { exact: false }),
  ).toBeVisible();

  // Relaunching from the run starts from its config.
  await page.getByRole("link", { name: "Open in launchpad" }).click();
  await expect(page).toHaveURL(/\/launchpad\?fromRun=/);
  await expect(page.getByRole("textbox", { name: "Run config" })).toContainText("lookback_days: 3");
  await expect(page.getByRole("combobox", { name: "Partition" })).toHaveValue("2026-01-05");
});

test("a preset fills the config and tags, and an unknown partition blocks the launch", async ({ page }) => {
  await page.goto("/launchpad?job=daily_events");
  await page.getByLabel("Preset").selectOption("small_sample");
  await expect(page.getByRole("textbox", { name: "Run config" })).toContainText("eventCount: 50");
  await expect(page.getByLabel("Tag 1 key")).toHaveValue("sample");
  await page.getByRole("combobox", { name: "Partition" }).fill("2019-01-01");
  await expect(page.getByRole("region", { name: "Partition" }).getByRole("alert")).toContainText(
    "is before the first partition, 2026-01-01",
  );
  await expect(page.getByRole("button", { name: "Launch run" })).toBeDisabled();
});

test("the asset page opens the launchpad on that asset", async ({ page }) => {
  await page.goto("/assets/analytics/daily_active_users");
  await page.getByRole("link", { name: "Open launchpad" }).click();
  await expect(page).toHaveURL(/\/launchpad\?selection=analytics%2Fdaily_active_users$/);
  await expect(page.getByRole("list", { name: "Steps" }).getByRole("listitem")).toHaveCount(1);
  // Completion offers the region enum's values.
  const editor = page.getByRole("textbox", { name: "Run config" });
  await editor.fill("ops:\n  analytics/daily_active_users:\n    config:\n      region: ");
  await editor.press("End");
  await editor.press("Control+Space");
  await expect(page.getByRole("listbox").getByRole("option", { name: /emea/ })).toBeVisible();
});
