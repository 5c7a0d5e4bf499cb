// End-to-end tests: a real browser (Debian's Chromium) against `strata dev` on a fresh embedded database.
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3199);

export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: process.env.CI ? "line" : "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "on-first-retry",
    viewport: { width: 1440, height: 900 },
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
        },
      },
    },
  ],
  webServer: {
    command: "rm -rf .strata/e2e && npx tsx lib/cli/main.ts dev",
    url: `http://localhost:${port}/api/graphql?query=%7B__typename%7D`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(port),
      STRATA_HOME: ".strata/e2e",
      STRATA_CONFIG: "e2e/strata.e2e.config.ts",
      DATABASE_URL: "",
    },
  },
});
