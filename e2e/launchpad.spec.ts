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

test("Enter after a key indents the next line, and other lines keep their indentation", async ({ page }) => {
  await page.goto("/launchpad?job=daily_events");
  const editor = page.getByRole("textbox", { name: "Run config" });
  await editor.fill("ops:");
  await editor.press("End");
  // Escape first closes any completion list, where Enter would pick a completion instead of breaking the line.
  const typeLine = async (text: string) => {
    await page.keyboard.press("Escape");
    await page.keyboard.press("Enter");
    await page.keyboard.type(text);
  };
  await typeLine("raw_events:");
  await typeLine("config:");
  await typeLine("eventCount: 30");
  await typeLine("lostUserShare: 0");
  const lines = page.locator(".cm-line");
  await expect(lines).toHaveText([
    "ops:",
    "  raw_events:",
    "    config:",
    "      eventCount: 30",
    "      lostUserShare: 0",
  ]);
  await expect(page.getByRole("status").filter({ hasText: "The config is valid" })).toBeVisible();
});

test("clicking a config error puts the cursor on its line and focuses the editor", async ({ page }) => {
  await page.goto("/launchpad?job=daily_events");
  const editor = page.getByRole("textbox", { name: "Run config" });
  await editor.fill(
    "ops:\n  raw_events:\n    config:\n      eventCount: 30\n  enriched_events:\n    config:\n      lookback_days: seven\n",
  );
  const problem = page.getByRole("alert", { name: "Config errors" }).getByRole("button", { name: /lookback_days/ });
  await expect(problem).toContainText("7:");
  await page.getByRole("button", { name: "Scaffold missing config" }).focus();
  await problem.click();
  await expect(editor).toBeFocused();
  await expect(page.locator(".cm-activeLine")).toHaveText("      lookback_days: seven");
  // Typing goes where the error is.
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("3");
  await expect(page.getByRole("alert", { name: "Config errors" })).toHaveCount(0);
});

test("Scaffold shows the resources the launch may override, commented out, and none it may not", async ({ page }) => {
  await page.goto("/launchpad?job=daily_events");
  const editor = page.getByRole("textbox", { name: "Run config" });
  await editor.fill("");
  await page.getByRole("button", { name: "Scaffold missing config" }).click();
  await expect(editor).toContainText("# resources:");
  await expect(editor).toContainText("#   warehouse:");
  await expect(editor).toContainText('#       schema: ""');
  // The warehouse URL is set in code and may not be overridden at launch.
  await expect(editor).not.toContainText("url:");
  await expect(page.getByRole("status").filter({ hasText: "The config is valid" })).toBeVisible();
});

test("the partition picker lists partitions with their status, filtered by what is typed, and the keyboard picks one", async ({
  page,
}) => {
  // Two days of raw_events (the job's first asset) with a status of their own, reported rather than run.
  const reported = await page.request.post("/api/graphql", {
    data: {
      query: `mutation { reportAssetEvents(events: [
        { assetKey: { path: ["raw_events"] }, partition: "2026-01-07", type: MATERIALIZATION },
        { assetKey: { path: ["raw_events"] }, partition: "2026-01-06", type: FAILURE, description: "picker" }
      ]) { __typename } }`,
    },
  });
  expect(await reported.json()).toEqual({ data: { reportAssetEvents: { __typename: "ReportAssetEventsSuccess" } } });

  await page.goto("/launchpad?job=daily_events");
  const picker = page.getByRole("combobox", { name: "Partition" });
  await expect(picker).not.toHaveValue("");
  const newest = await picker.inputValue();

  await picker.fill("2026-01-0");
  const list = page.getByRole("listbox", { name: "Partitions" });
  await expect(list).toBeVisible();
  await expect(picker).toHaveAttribute("aria-expanded", "true");
  const options = list.getByRole("option");
  await expect(options).toHaveCount(9);
  // Every option names its status.
  for (const text of await options.allTextContents())
    expect(text).toMatch(/^2026-01-0\d(Materialized|Failed|In progress|Missing)$/);
  await expect(list.getByRole("option", { name: /2026-01-07/ })).toHaveAccessibleName("2026-01-07 Materialized");
  await expect(list.getByRole("option", { name: /2026-01-06/ })).toHaveAccessibleName("2026-01-06 Failed");

  await picker.press("ArrowDown");
  await picker.press("ArrowDown");
  await expect(picker).toHaveAttribute("aria-activedescendant", /option-1$/);
  await picker.press("Enter");
  await expect(picker).toHaveValue("2026-01-08");
  await expect(list).toHaveCount(0);

  // Escape closes the list; clicking an option picks it.
  await picker.press("ArrowDown");
  await expect(list).toBeVisible();
  await picker.press("Escape");
  await expect(list).toHaveCount(0);
  await picker.click();
  await list.getByRole("option", { name: new RegExp(newest) }).click();
  await expect(picker).toHaveValue(newest);
});

test("choosing a preset over edits asks first, and Cancel keeps the edits", async ({ page }) => {
  await page.goto("/launchpad?job=daily_events");
  const editor = page.getByRole("textbox", { name: "Run config" });
  await editor.fill("ops:\n  raw_events:\n    config:\n      eventCount: 77\n");
  await page.getByLabel("Preset").selectOption("small_sample");
  const dialog = page.getByRole("dialog", { name: "Replace your edits with preset small_sample?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(editor).toContainText("eventCount: 77");
  await expect(page.getByLabel("Preset")).toHaveValue("");

  await page.getByLabel("Preset").selectOption("small_sample");
  await dialog.getByRole("button", { name: "Replace" }).click();
  await expect(editor).toContainText("eventCount: 50");
  await expect(page.getByLabel("Preset")).toHaveValue("small_sample");
  // With no edits since, another preset replaces the config without asking.
  await page.getByLabel("Preset").selectOption("strict_dedupe");
  await expect(dialog).toHaveCount(0);
  await expect(editor).toContainText("dedupe_keys");
});
