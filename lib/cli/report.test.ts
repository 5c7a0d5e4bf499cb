// `strata report`: asset events from a terminal or a script, as the caller STRATA_TOKEN names, with each refusal
// naming the flag to fix.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { issueApiToken } from "../auth/apiTokens";
import { consoleSettingsSchema } from "../core/consoleSettings";
import { saveReportLocation } from "../store/testing/reportLocation";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { type CliCaller, cliCaller } from "./cliCaller";
import { reportFromCli } from "./report";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await saveReportLocation(database.db);
});
afterAll(async () => database?.drop());

async function cli(args: string[], caller?: CliCaller) {
  const lines: string[] = [];
  const code = await reportFromCli(database.db, args, (line) => lines.push(line), caller);
  return { code, output: lines.join("\n") };
}

it("records a materialization with its partition, data version and metadata", async () => {
  const result = await cli([
    "materialization",
    "daily_orders",
    "--partition",
    "2024-01-07",
    "--data-version",
    "v12",
    "--metadata",
    "rows=1200",
    "--metadata",
    "owner=data eng",
    "--metadata",
    'schema={"columns":2}',
  ]);
  expect(result).toEqual({
    code: 0,
    output: expect.stringMatching(
      /^Recorded the materialization of daily_orders \(partition 2024-01-07\): event \d+\.$/,
    ),
  });
  const event = await database.db.event.findFirstOrThrow({
    where: { assetKey: "daily_orders" },
    orderBy: { id: "desc" },
  });
  expect(event).toMatchObject({ eventType: "ASSET_MATERIALIZATION", partitionKey: "2024-01-07", runId: null });
  expect(event.data).toMatchObject({
    dataVersion: "v12",
    reportedBy: "cli",
    metadata: {
      rows: { type: "int", value: 1200 },
      owner: { type: "text", value: "data eng" },
      schema: { type: "json", value: { columns: 2 } },
    },
  });
});

it("records a check result and an observation of a key no code location defines", async () => {
  expect(
    await cli(["check", "clean_profiles", "--check", "row_count", "--failed", "--description", "3 rows"]),
  ).toMatchObject({ code: 0 });
  expect(
    await database.db.assetCheckStatus.findUniqueOrThrow({
      where: { assetKey_checkName: { assetKey: "clean_profiles", checkName: "row_count" } },
    }),
  ).toMatchObject({ status: "FAILED" });
  expect(await cli(["observation", "lake/raw/clicks", "--data-version", "etag-9"])).toEqual({
    code: 0,
    output: expect.stringContaining(
      'No loaded code location defines "lake/raw/clicks"; its events are kept and show once one does.',
    ),
  });
});

it("names the flag of each problem and records nothing", async () => {
  const before = await database.db.event.count();
  expect(await cli(["materialization", "daily_orders", "--partition", "2024-02-31", "--timestamp", "soon"])).toEqual({
    code: 1,
    output: expect.stringMatching(/^Nothing was recorded:\n {2}--timestamp: timestamp must be an ISO 8601 time/),
  });
  expect(await cli(["check", "clean_profiles", "--check", "row_cont", "--passed"])).toEqual({
    code: 1,
    output:
      'Nothing was recorded:\n  --check: Asset "clean_profiles" defines no check "row_cont"; did you mean "row_count"?',
  });
  expect((await cli(["materialization", "daily_orders", "--partition", "2024-02-31"])).output).toContain(
    '--partition: Asset "daily_orders": "2024-02-31"',
  );
  expect(await database.db.event.count()).toBe(before);
});

it("explains malformed commands", async () => {
  expect(await cli(["materialise", "x"])).toMatchObject({
    code: 2,
    output: expect.stringContaining('"materialise" is not an event type'),
  });
  expect(await cli(["check", "clean_profiles", "--check", "row_count"])).toMatchObject({
    code: 2,
    output: expect.stringContaining("Give --passed or --failed"),
  });
  expect(await cli(["observation", "a", "--metadata", "rows"])).toMatchObject({
    code: 2,
    output: expect.stringContaining("--metadata takes label=value"),
  });
  expect(await cli(["observation"])).toMatchObject({
    code: 2,
    output: expect.stringContaining("usage: strata report"),
  });
});

it("acts as STRATA_TOKEN's principal with sign-in on", async () => {
  const auth = consoleSettingsSchema.parse({ auth: { publicUrl: "http://localhost" } }).auth;
  const issued = await issueApiToken(database.db, { name: "dashboards", role: "VIEWER", createdBy: "test" });
  if (issued.kind !== "success") throw new Error(issued.message);
  const viewer = await cliCaller(database.db, auth, { STRATA_TOKEN: issued.secret });
  expect(await cli(["observation", "crm/profiles"], viewer)).toEqual({
    code: 1,
    output:
      "Reporting asset events needs the Launcher role (permission REPORT_ASSET_EVENTS); token:dashboards is a Viewer.",
  });
});

it("is wired into the strata command", () => {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "lib/cli/main.ts", "report", "observation", "crm/profiles", "--data-version", "from-shell"],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: database.url } },
  );
  expect(result.stdout).toMatch(/Recorded the observation of crm\/profiles: event \d+\./);
  expect(result.status).toBe(0);
}, 120_000);
