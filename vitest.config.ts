// Unit and integration tests; integration tests get a real embedded Postgres from the global setup.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**", ".strata/**"],
    globalSetup: ["./lib/store/testing/globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
