// `strata load` on the command line: definition errors name the assets and fail the command.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

function strata(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: database.url, ...env },
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

it("loads the example code location", () => {
  const { code, output } = strata(["load"], {});
  expect(output).toContain('Loaded code location "user-events": 8 assets');
  expect(code).toBe(0);
});

it("prints the cycle path of a cyclic code location and exits non-zero", () => {
  const { code, output } = strata(["load"], { STRATA_CONFIG: path.resolve("lib/cli/testdata/broken-cycle.config.ts") });
  expect(output).toContain('Code location "broken" failed to load');
  expect(output).toMatch(/a → b → c → a/);
  expect(code).toBe(1);
});

it("names the bad fields of an invalid config", () => {
  const { code, output } = strata(["load"], { STRATA_CONFIG: path.resolve("lib/cli/testdata/invalid.config.ts") });
  expect(output).toContain("codeLocations.0.name");
  expect(output).toContain("codeLocations.0.module");
  expect(code).toBe(1);
});

it("an unknown command prints the usage", () => {
  const { code, output } = strata(["frobnicate"], {});
  expect(output).toContain("usage: strata <command>");
  expect(code).toBe(2);
});
