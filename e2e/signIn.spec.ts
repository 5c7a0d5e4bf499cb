// Sign-in in a real browser: password and single sign-on against a `strata dev` with `auth` configured and a real
// OpenID provider, plus the main (no sign-in) server's sign-in page.
import { test as base, expect, type Page } from "@playwright/test";
import { startTestOidcProvider, testOidcEmail } from "../lib/auth/oidcTestProvider";
import { type AuthInstance, freePort, startAuthInstance } from "./support/authInstance";

const ADMIN = { email: "ada@example.com", password: "correct horse battery staple" };
const CLIENT = { clientId: "strata-e2e", clientSecret: "strata-e2e-secret" };

/** One auth-enabled instance and provider per worker: starting Postgres and the console costs far more than a test. */
const test = base.extend<object, { authInstance: AuthInstance }>({
  authInstance: [
    async ({}, provide) => {
      const port = await freePort();
      const provider = await startTestOidcProvider({
        ...CLIENT,
        redirectUris: [`http://localhost:${port}/api/auth/oidc/callback`],
      });
      try {
        const instance = await startAuthInstance({
          port,
          oidc: { issuer: provider.issuer, ...CLIENT, displayName: "Test IdP" },
        });
        try {
          await instance.addUser(ADMIN.email, "ADMIN", ADMIN.password);
          await provide(instance);
        } finally {
          await instance.stop();
        }
      } finally {
        await provider.stop();
      }
    },
    { scope: "worker", timeout: 300_000 },
  ],
});

async function signInWithPassword(page: Page, instance: AuthInstance, password: string) {
  await page.goto(`${instance.url}/sign-in`);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** The sign-in card's own alerts (Next keeps an empty route announcer with the same role on every page). */
const signInAlert = (page: Page) => page.getByRole("region", { name: "Sign in to Strata" }).getByRole("alert");

async function graphqlStatus(page: Page, instance: AuthInstance): Promise<number> {
  const response = await page.request.post(`${instance.url}/api/graphql`, { data: { query: "{ __typename }" } });
  return response.status();
}

test.describe("with sign-in configured", () => {
  test("an anonymous visit lands on the sign-in page, remembering where it was going", async ({
    page,
    authInstance,
  }) => {
    await page.goto(`${authInstance.url}/`);
    await expect(page).toHaveURL(/\/sign-in\?next=%2Flineage$/);
    await expect(page.getByRole("heading", { name: "Sign in to Strata" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign in with Test IdP" })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("sign-in-with-oidc.png") });
  });

  test("an empty field is named beside it, and a wrong password says so without saying which part was wrong", async ({
    page,
    authInstance,
  }) => {
    await page.goto(`${authInstance.url}/sign-in`);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

    await signInWithPassword(page, authInstance, "not the password at all");
    await expect(signInAlert(page)).toHaveText("Wrong email or password.");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.screenshot({ path: test.info().outputPath("sign-in-error.png") });
  });

  test("the right password signs in, the user menu names the user and role, and Sign out ends the session", async ({
    page,
    authInstance,
  }) => {
    await page.goto(`${authInstance.url}/runs`);
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fruns$/);
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    await expect(page).toHaveURL(`${authInstance.url}/runs`);
    const account = page.getByRole("button", { name: `Account: ${ADMIN.email}` });
    await expect(account).toBeVisible();
    expect(await graphqlStatus(page, authInstance)).toBe(200);

    await account.click();
    const menu = page.getByRole("menu", { name: "Account" });
    await expect(menu.getByText("Admin", { exact: true })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("user-menu.png") });

    // Signed in, the sign-in page has nothing to offer.
    const signInPage = await page.context().newPage();
    await signInPage.goto(`${authInstance.url}/sign-in`);
    await expect(signInPage).toHaveURL(`${authInstance.url}/lineage`);
    await signInPage.close();

    await menu.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(`${authInstance.url}/sign-in`);
    expect(await graphqlStatus(page, authInstance)).toBe(401);
    await page.goto(`${authInstance.url}/lineage`);
    await expect(page).toHaveURL(/\/sign-in\?next=%2Flineage$/);
  });

  test("single sign-on goes through the provider's own pages and signs in a new user with the default role", async ({
    page,
    authInstance,
  }) => {
    await page.goto(`${authInstance.url}/jobs`);
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fjobs$/);
    await page.getByRole("link", { name: "Sign in with Test IdP" }).click();

    // oidc-provider's development pages: any login name, then consent.
    await page.getByPlaceholder("Enter any login").fill("grace");
    await page.getByPlaceholder("and password").fill("anything");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByRole("button", { name: "Continue" }).click();

    await expect(page).toHaveURL(`${authInstance.url}/jobs`);
    await page.getByRole("button", { name: `Account: ${testOidcEmail("grace")}` }).click();
    await expect(page.getByRole("menu", { name: "Account" }).getByText("Viewer", { exact: true })).toBeVisible();
  });

  test("a sign-on the user cancels at the provider lands on the sign-in page with the reason", async ({
    page,
    authInstance,
  }) => {
    await page.goto(`${authInstance.url}/sign-in`);
    await page.getByRole("link", { name: "Sign in with Test IdP" }).click();
    await page.getByPlaceholder("Enter any login").waitFor();
    await page.goto(page.url().replace(/\/interaction\/([^/?]+).*$/, "/interaction/$1/abort"));
    await expect(page).toHaveURL(/\/sign-in\?error=oidc_denied$/);
    await expect(signInAlert(page)).toContainText("did not sign you in");
  });
});

test.describe("without sign-in configured", () => {
  test("the sign-in page says so and links to the console", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign-in is not configured" })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("sign-in-not-configured.png") });
    await page.getByRole("link", { name: "Go to the console" }).click();
    await expect(page).toHaveURL(/\/lineage$/);
    // Everyone is the local admin: there is nobody to name in a user menu.
    await expect(page.getByRole("button", { name: /^Account:/ })).toHaveCount(0);
  });
});
