// The GraphQL explorer ships with the console, so it works without reaching any CDN.
import { expect, test } from "@playwright/test";

test("the GraphQL explorer is served at /api/graphql and runs a query", async ({ page }) => {
  await page.goto("/api/graphql?query=%7B%20codeLocations%20%7B%20name%20%7D%20%7D");
  await expect(page).toHaveTitle(/GraphiQL/);
  await page.getByRole("button", { name: /execute query/i }).click();
  await expect(page.getByText('"user-events"')).toBeVisible();
});
