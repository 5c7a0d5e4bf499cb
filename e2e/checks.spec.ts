// Asset checks in a real browser: a day whose facts lose their user ids fails the blocking check, which shows red in
// the graph and on the asset page, and the daily metrics downstream are skipped with the reason.
import { expect, test } from "@playwright/test";

const RUN_TIMEOUT = 90_000;

test("a failing blocking check shows red in the graph and on the asset page, and skips what is downstream", async ({
  page,
}) => {
  test.setTimeout(RUN_TIMEOUT + 60_000);
  await page.goto("/launchpad?selection=%2Banalytics%2Fdaily_active_users");
  await expect(page.getByRole("list", { name: "Steps" }).getByRole("listitem")).toHaveCount(6);
  await page
    .getByRole("textbox", { name: "Run config" })
    .fill("ops:\n  raw_events:\n    config:\n      lostUserShare: 0.1\n");
  await page.getByRole("combobox", { name: "Partition" }).fill("2026-01-05");
  await expect(page.getByRole("status").filter({ hasText: "The config is valid" })).toBeVisible();
  await page.getByRole("button", { name: "Launch run" }).click();

  await expect(page).toHaveURL(/\/runs\/[^/]+$/, { timeout: 15_000 });
  await expect(page.getByRole("status", { name: "Run status" })).toHaveText("Failure", { timeout: RUN_TIMEOUT });
  const log = page.getByRole("table", { name: "Event log" });
  await expect(
    log.getByText('Skipped: Blocking check "no_null_user_ids" on asset "fact_events" failed.'),
  ).toBeVisible();
  await expect(
    log.getByText(/Check no_null_user_ids on fact_events failed: \d+ of \d+ rows have no user id\./),
  ).toBeVisible();

  await page.goto("/lineage");
  const node = page.getByRole("group", { name: "Asset fact_events", exact: true });
  await expect(node).toContainText("1 check failed");

  await page.goto("/assets/fact_events");
  await expect(page.getByRole("button", { name: /1 check failed/ })).toBeVisible();
  await page.getByRole("tab", { name: "Checks" }).click();
  const check = page.getByRole("button", { name: "Check no_null_user_ids" });
  await expect(check).toContainText("Failed");
  await expect(check).toContainText("Blocking");
  await expect(check).toContainText(/\d+ of \d+ rows have no user id\./);
  await expect(page.getByRole("button", { name: "Check row_count_in_range" })).toContainText("Passed");
  await expect(page.getByRole("table", { name: "Executions of no_null_user_ids" }).getByRole("row")).toHaveCount(2);
});
