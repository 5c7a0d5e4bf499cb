// Unit and integration tests; integration tests get a real embedded Postgres from the global setup.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Server-only modules are marked for Next's build; outside a React server the marker is its empty module.
  resolve: { alias: { "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)) } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**", ".strata/**"],
    globalSetup: ["./lib/store/testing/globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
