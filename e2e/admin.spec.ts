// The admin pages as the local admin (the e2e server has no sign-in): add a user and grant a role on a selection
// (a bad selection refused under its field), create an API token whose secret shows once and revoke it, find those
// changes in the audit log under `local`, and see `local` as who launched a run. Names are unique per test run, since
// the tests share one database.
import { expect, type Page, test } from "@playwright/test";

const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

async function graphql<T>(page: Page, query: string): Promise<T> {
  const response = await page.request.post("/api/graphql", { data: { query } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data: T };
  return body.data;
}

test("an admin adds a user and grants a role on a selection; a selection that does not parse is refused under its field", async ({
  page,
}) => {
  const email = `grace.${suffix}@example.com`;
  await page.goto("/lineage");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  const form = page.getByRole("region", { name: "Add a user" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("VIEWER");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("status")).toHaveText(`Added ${email}.`);

  const row = page.getByRole("table", { name: "Users" }).getByRole("row").filter({ hasText: email });
  await expect(row.getByRole("combobox", { name: `Role of ${email}` })).toHaveValue("VIEWER");
  await expect(row).toContainText("Never");
  await expect(row).toContainText("Active");

  await row.getByRole("button", { name: `Edit grants of ${email}` }).click();
  const dialog = page.getByRole("dialog", { name: `Grants of ${email}` });
  await dialog.getByRole("button", { name: "+ Add grant" }).click();
  await dialog.getByRole("combobox", { name: "Role of grant 1" }).selectOption("LAUNCHER");
  const selection = dialog.getByRole("textbox", { name: "Selection of grant 1" });
  await selection.fill("group:(");
  await dialog.getByRole("button", { name: "Save grants" }).click();
  await expect(selection).toHaveAttribute("aria-invalid", "true");
  await expect(selection).toHaveAccessibleDescription(/grants\.0\.selection/);

  await selection.fill("group:finance");
  await expect(selection).not.toHaveAttribute("aria-invalid", "true");
  await dialog.getByRole("button", { name: "Save grants" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText("Launchergroup:finance");

  // Disabling needs no confirmation and can be undone; deleting asks first.
  await row.getByRole("button", { name: `Disable ${email}` }).click();
  await expect(row).toContainText("Disabled");
  await row.getByRole("button", { name: `Enable ${email}` }).click();
  await expect(row).toContainText("Active");

  await row.getByRole("button", { name: `Delete ${email}` }).click();
  const confirm = page.getByRole("dialog", { name: `Delete ${email}?` });
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: `Delete ${email}` }).click();
  await confirm.getByRole("button", { name: "Delete user" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("table", { name: "Users" }).getByRole("row").filter({ hasText: email })).toHaveCount(0);
});

test("a new API token's secret is shown once, and a revoked token is marked revoked", async ({ page }) => {
  const name = `ci-${suffix}`;
  await page.goto("/admin/tokens");
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();

  const form = page.getByRole("region", { name: "Create a token" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Role").selectOption("LAUNCHER");
  await form.getByLabel(/Expires in days/).fill("30");
  await form.getByRole("button", { name: "Create token" }).click();

  const secretBox = page.getByRole("region", { name: `Secret of ${name}` });
  await expect(secretBox).toContainText("you will not see it again");
  const secret = await secretBox.getByRole("textbox", { name: "Token secret" }).inputValue();
  expect(secret.length).toBeGreaterThan(20);

  const row = page.getByRole("table", { name: "API tokens" }).getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Launcher");
  await expect(row).toContainText("local");
  await expect(row).toContainText("in 30 days");
  await expect(row).toContainText("Live");

  // The secret lives only in the page that created it.
  await page.reload();
  await expect(
    page.getByRole("table", { name: "API tokens" }).getByRole("row").filter({ hasText: name }),
  ).toContainText("Live");
  await expect(page.getByRole("region", { name: `Secret of ${name}` })).toHaveCount(0);
  await expect(page.getByText(secret)).toHaveCount(0);

  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole("dialog", { name: `Revoke ${name}?` });
  await confirm.getByRole("button", { name: "Revoke token" }).click();
  await expect(confirm).toBeHidden();
  const revoked = page.getByRole("table", { name: "API tokens" }).getByRole("row").filter({ hasText: name });
  await expect(revoked).toContainText("Revoked");
  await expect(revoked.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);
});

test("the audit log shows the local admin's user and token changes, filtered by action prefix and actor kept in the URL", async ({
  page,
}) => {
  const email = `ada.${suffix}@example.com`;
  const name = `audit-${suffix}`;
  await graphql(page, `mutation { createUser(email: "${email}", role: EDITOR) { __typename } }`);
  await graphql(page, `mutation { createApiToken(name: "${name}", role: VIEWER) { __typename } }`);
  await graphql(page, `mutation { revokeApiToken(name: "${name}") { __typename } }`);

  await page.goto("/admin/audit-log");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const log = page.getByRole("table", { name: "Audit log" });
  // Newest first: the revocation above the creation.
  const tokenRows = log.getByRole("row").filter({ hasText: name });
  await expect(tokenRows).toHaveCount(2);
  await expect(tokenRows.nth(0)).toContainText("token.revoke");
  await expect(tokenRows.nth(1)).toContainText("token.create");
  await expect(tokenRows.nth(1)).toContainText('{"role":"VIEWER","expiresAt":null}');
  await expect(tokenRows.nth(1).getByRole("cell").nth(1)).toHaveText("local");

  await page.getByRole("searchbox", { name: "Filter by action" }).fill("user.");
  await expect(page).toHaveURL(/action=user\./);
  await expect(log.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  const userRow = log.getByRole("row").filter({ hasText: email });
  await expect(userRow).toContainText("user.create");
  await expect(userRow).toContainText('{"role":"EDITOR"}');

  // The filters survive a reload, and an actor that did nothing has no events.
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Filter by action" })).toHaveValue("user.");
  await expect(log.getByRole("row").filter({ hasText: email })).toContainText("user.create");
  await page.getByRole("searchbox", { name: "Filter by actor" }).fill("token:nobody");
  await expect(page.getByText("No events match these filters")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/admin\/audit-log$/);
  await expect(log.getByRole("row").filter({ hasText: name }).first()).toBeVisible();
});

test("a run launched from the API shows the local admin as who launched it", async ({ page }) => {
  const launched = await graphql<{ launchRun: { __typename: string; run?: { runId: string } } }>(
    page,
    // An unpartitioned asset with no checks: the checks and runs specs count what the shared server holds.
    `mutation { launchRun(input: { assetSelection: [{ path: ["user_profiles"] }] }) { __typename ... on LaunchRunSuccess { run { runId } } } }`,
  );
  expect(launched.launchRun.__typename).toBe("LaunchRunSuccess");
  await page.goto(`/runs/${launched.launchRun.run!.runId}`);
  await expect(page.getByText("Launched by").locator("xpath=..")).toContainText("local");

  await page.goto("/admin/audit-log?action=run.launch");
  await expect(
    page
      .getByRole("table", { name: "Audit log" })
      .getByRole("row")
      .filter({ hasText: launched.launchRun.run!.runId })
      .first(),
  ).toContainText("local");
});

test("a Viewer sees Materialize and the schedule switch disabled with the reason, Admin left out of the navigation, and the admin pages refused", async ({
  page,
}) => {
  // The e2e server has no sign-in, so everyone is the local admin; the viewer's answer stands in for a signed-in Viewer.
  // Every other request goes to the server, which would refuse a real Viewer in the same words.
  const refusals = {
    LAUNCH_BACKFILLS:
      "Launching backfills needs the Launcher role (permission LAUNCH_BACKFILLS); ada@example.com is a Viewer.",
    EDIT_SCHEDULES:
      "Turning schedules on and off needs the Editor role (permission EDIT_SCHEDULES); ada@example.com is a Viewer.",
    MANAGE_USERS: "Managing users needs the Admin role (permission MANAGE_USERS); ada@example.com is a Viewer.",
  };
  const viewer = {
    name: "ada@example.com",
    kind: "USER",
    role: "VIEWER",
    grants: [],
    permissions: [],
    refusals: Object.entries(refusals).map(([permission, message]) => ({ permission, message })),
    signInEnabled: true,
  };
  let mutations = 0;
  await page.route("**/api/graphql", async (route) => {
    const body = route.request().postData() ?? "";
    if (body.includes("query Viewer")) return route.fulfill({ json: { data: { viewer } } });
    if (body.includes("mutation")) mutations += 1;
    return route.continue();
  });

  await page.goto("/assets/raw_events");
  // raw_events is partitioned, so Materialize would open the backfill dialog.
  const materialize = page.getByRole("button", { name: /^Materialize/ }).first();
  await expect(materialize).toHaveAttribute("aria-disabled", "true");
  await expect(materialize).toHaveAccessibleDescription(refusals.LAUNCH_BACKFILLS);
  await materialize.click({ force: true });
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await page.goto("/automation");
  const toggle = page.getByRole("switch", { name: "daily_events_at_six" });
  await expect(toggle).toHaveAttribute("aria-disabled", "true");
  await expect(toggle).toHaveAccessibleDescription(refusals.EDIT_SCHEDULES);
  await toggle.click({ force: true });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);

  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "This page needs the Admin role" })).toBeVisible();
  await expect(page.getByText(refusals.MANAGE_USERS)).toBeVisible();
  await expect(page.getByRole("table", { name: "Users" })).toHaveCount(0);
  expect(mutations).toBe(0);
});
