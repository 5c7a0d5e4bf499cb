// POST /api/v1/lineage in process against a real Postgres: it records what a valid request sends, and refuses a
// cross-site page, a body that is not JSON or too large, an unknown caller, a caller without the permission and an
// invalid event, each with a JSON reason and nothing recorded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueApiToken } from "../../../../lib/auth/apiTokens";
import type { Role } from "../../../../lib/core/auth/roles";
import {
  type ConsoleSettings,
  consoleSettingsSchema,
  DEFAULT_CONSOLE_SETTINGS,
} from "../../../../lib/core/consoleSettings";
import { dbtBuildEvents } from "../../../../lib/core/openlineage/dbtProject.testing";
import { createTestDatabase, type TestDatabase } from "../../../../lib/store/testing/testDatabase";
import { handleLineageEvents, MAX_LINEAGE_REQUEST_BYTES } from "./handleLineageEvents";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

const URL = "http://localhost:3000/api/v1/lineage";
const signInOn = consoleSettingsSchema.parse({ auth: { publicUrl: "http://localhost:3000" } });
const [first, second] = dbtBuildEvents(new Date("2026-12-01T06:00:00Z")) as [object, object];

async function post(
  body: string,
  headers: Record<string, string> = {},
  settings: ConsoleSettings = DEFAULT_CONSOLE_SETTINGS,
) {
  const request = new Request(URL, {
    method: "POST",
    headers: { "content-type": "application/json", host: "localhost:3000", ...headers },
    body,
  });
  const response = await handleLineageEvents(request, { db: database.db, settings });
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const stored = () => database.db.lineageEvent.count();

async function token(role: Role): Promise<string> {
  const issued = await issueApiToken(database.db, { name: `lineage-${role.toLowerCase()}`, role, createdBy: "test" });
  if (issued.kind !== "success") throw new Error(issued.message);
  return issued.secret;
}

describe("POST /api/v1/lineage", () => {
  it("records an event or an array and counts duplicates", async () => {
    expect(await post(JSON.stringify(first))).toEqual({
      status: 200,
      body: { received: 1, recorded: 1, duplicates: 0, assetEvents: 0 },
    });
    expect((await post(JSON.stringify([first, second]))).body).toEqual({
      received: 2,
      recorded: 1,
      duplicates: 1,
      assetEvents: 0,
    });
    expect(await stored()).toBe(2);
  });

  it("refuses an invalid event with its path and rule, storing nothing of the request", async () => {
    const before = await stored();
    const bad = await post(
      JSON.stringify([
        { ...second, eventTime: "2026-12-01T07:00:00Z" },
        { ...second, run: {} },
      ]),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.problems).toEqual([
      { path: "/1/run/runId", rule: "required", message: "must have required property 'runId'" },
    ]);
    expect(bad.body.error).toBe("/1/run/runId: must have required property 'runId' (required)");
    expect(await stored()).toBe(before);
  });

  it("refuses a cross-site page, a body that is not JSON, and one over the limit", async () => {
    expect((await post(JSON.stringify(first), { origin: "https://elsewhere.example" })).status).toBe(403);
    expect((await post(JSON.stringify(first), { "content-type": "text/plain" })).status).toBe(415);
    expect((await post("{ not json")).status).toBe(400);
    const huge = JSON.stringify([first, { padding: "x".repeat(MAX_LINEAGE_REQUEST_BYTES) }]);
    expect((await post(huge)).status).toBe(413);
  });

  it("needs a token whose role may report events when sign-in is on", async () => {
    const anonymous = await post(JSON.stringify(second), {}, signInOn);
    expect(anonymous.status).toBe(401);
    const viewer = await post(JSON.stringify(second), { authorization: `Bearer ${await token("VIEWER")}` }, signInOn);
    expect(viewer).toMatchObject({ status: 403, body: { permission: "REPORT_ASSET_EVENTS" } });
    expect(String(viewer.body.error)).toContain("needs the Launcher role");
    const launcher = await post(
      JSON.stringify(second),
      { authorization: `Bearer ${await token("LAUNCHER")}` },
      signInOn,
    );
    expect(launcher.status).toBe(200);
  });
});
