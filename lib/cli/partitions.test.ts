// `strata partitions add|remove|list`: dynamic partitions from the command line.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { partitionsFromCli } from "./partitions";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

async function cli(...args: string[]) {
  const lines: string[] = [];
  const code = await partitionsFromCli(database.db, args, (line) => lines.push(line));
  return { code, output: lines.join("\n") };
}

it("adds, lists and removes keys", async () => {
  expect(await cli("add", "customers", "acme", "globex")).toEqual({
    code: 0,
    output: 'Added 2 partitions to "customers"; it has 2 partitions.',
  });
  expect(await cli("add", "customers", "globex", "initech")).toEqual({
    code: 0,
    output: 'Added 1 partition to "customers" (1 already there); it has 3 partitions.',
  });
  expect(await cli("list", "customers")).toEqual({ code: 0, output: "acme\nglobex\ninitech" });
  expect(await cli("remove", "customers", "acme")).toEqual({
    code: 0,
    output: 'Removed 1 partition from "customers"; it has 2 partitions.',
  });
  expect(await cli("list", "nobody")).toEqual({ code: 0, output: 'Dynamic partitions "nobody" has no keys.' });
});

it("explains refused changes and malformed commands", async () => {
  const bad = await cli("add", "customers", "a,b");
  expect(bad.code).toBe(1);
  expect(bad.output).toContain('"a,b"');
  const missing = await cli("remove", "customers", "umbrella");
  expect(missing).toEqual({ code: 1, output: expect.stringContaining('"umbrella"') });
  expect((await cli("add", "customers")).code).toBe(2);
  expect((await cli("rename", "customers", "x")).output).toContain("usage: strata partitions");
});

it("is wired into the strata command", () => {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "lib/cli/main.ts", "partitions", "list", "customers"],
    {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: database.url },
    },
  );
  expect(result.stdout).toBe("globex\ninitech\n");
  expect(result.status).toBe(0);
}, 60_000);
