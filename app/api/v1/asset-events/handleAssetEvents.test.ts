// POST /api/v1/asset-events in process against a real Postgres: what it records, and how it refuses a cross-site
// page, a body that is not JSON or too large, an unknown caller, a caller without the permission and bad events,
// each with a JSON reason and nothing recorded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueApiToken } from "../../../../lib/auth/apiTokens";
import { MAX_JSON_API_BODY_BYTES } from "../../../../lib/auth/jsonApiRequest";
import type { Role } from "../../../../lib/core/auth/roles";
import {
  type ConsoleSettings,
  consoleSettingsSchema,
  DEFAULT_CONSOLE_SETTINGS,
} from "../../../../lib/core/consoleSettings";
import { closeDatabase, connectDatabase } from "../../../../lib/store/database";
import { saveReportLocation } from "../../../../lib/store/testing/reportLocation";
import { createTestDatabase, type TestDatabase } from "../../../../lib/store/testing/testDatabase";
import { handleAssetEvents } from "./handleAssetEvents";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await saveReportLocation(database.db);
});
afterAll(async () => database?.drop());

const URL = "http://localhost:3000/api/v1/asset-events";
const signInOn = consoleSettingsSchema.parse({ auth: { publicUrl: "http://localhost:3000" } });

async function post(
  body: string | ReadableStream<Uint8Array>,
  headers: Record<string, string> = {},
  settings: ConsoleSettings = DEFAULT_CONSOLE_SETTINGS,
) {
  const request = new Request(URL, {
    method: "POST",
    headers: { "content-type": "application/json", host: "localhost:3000", ...headers },
    body,
    ...(typeof body === "string" ? {} : { duplex: "half" }),
  } as RequestInit);
  const response = await handleAssetEvents(request, { db: database.db, settings });
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const count = () => database.db.event.count();

async function token(role: Role): Promise<string> {
  const issued = await issueApiToken(database.db, { name: `${role.toLowerCase()}-ci`, role, createdBy: "test" });
  if (issued.kind !== "success") throw new Error(issued.message);
  return issued.secret;
}

describe("POST /api/v1/asset-events", () => {
  it("records one event, or a batch, and answers with the ids", async () => {
    const one = await post(JSON.stringify({ type: "observation", assetKey: "crm/profiles", dataVersion: "v1" }));
    expect(one).toEqual({ status: 200, body: { count: 1, eventIds: [expect.any(String)], unknownAssetKeys: [] } });
    const batch = await post(
      JSON.stringify({
        events: [
          { type: "materialization", assetKey: ["daily_orders"], partition: "2024-01-02", metadata: { rows: 5 } },
          { type: "materialization", assetKey: "s3/landing/clicks" },
        ],
      }),
    );
    expect(batch).toEqual({
      status: 200,
      body: { count: 2, eventIds: [expect.any(String), expect.any(String)], unknownAssetKeys: ["s3/landing/clicks"] },
    });
    const ids = (batch.body.eventIds as string[]).map(BigInt);
    const stored = await database.db.event.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(stored.map((e) => [e.assetKey, e.partitionKey])).toEqual([
      ["daily_orders", "2024-01-02"],
      ["s3/landing/clicks", null],
    ]);
  });

  it("answers bad events with 400 and every problem's path, recording none", async () => {
    const before = await count();
    const response = await post(
      JSON.stringify({
        events: [
          { type: "materialization", assetKey: "daily_orders", partition: "2024-01-02" },
          { type: "observation", assetKey: "crm/profiles", timestamp: "yesterday" },
        ],
      }),
    );
    expect(response).toEqual({
      status: 400,
      body: {
        error: "The report was refused and nothing was recorded: 1 problem.",
        problems: [{ path: "events[1].timestamp", message: expect.stringContaining("ISO 8601") }],
      },
    });
    expect((await post(JSON.stringify({ type: "observation" }))).body.problems).toEqual([
      { path: "events[0].assetKey", message: expect.stringContaining("assetKey must be") },
    ]);
    expect(await count()).toBe(before);
  });

  it("refuses what is not a JSON body of at most 1 MiB", async () => {
    const before = await count();
    expect(await post("type=materialization", { "content-type": "application/x-www-form-urlencoded" })).toEqual({
      status: 415,
      body: { error: expect.stringContaining("content-type: application/json") },
    });
    expect(await post("{ not json")).toEqual({
      status: 400,
      body: { error: expect.stringContaining("not valid JSON") },
    });
    const huge = JSON.stringify({
      type: "observation",
      assetKey: "a",
      description: "x".repeat(MAX_JSON_API_BODY_BYTES),
    });
    expect((await post(huge)).status).toBe(413);
    // Streamed without a Content-Length, it is cut off at the limit all the same.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(64 * 1024).fill(32));
        controller.close();
      },
    });
    expect(await post(stream)).toEqual({ status: 413, body: { error: expect.stringContaining("larger than") } });
    expect(await count()).toBe(before);
  });

  it("refuses a page of another site, and answers the console's own origin", async () => {
    const event = JSON.stringify({ type: "observation", assetKey: "crm/profiles" });
    expect(await post(event, { origin: "https://evil.example" })).toEqual({
      status: 403,
      body: { error: expect.stringContaining('origin "https://evil.example" are refused') },
    });
    expect((await post(event, { origin: "null" })).status).toBe(403);
    expect((await post(event, { origin: "http://localhost:3000" })).status).toBe(200);
  });

  it("with sign-in on, wants a live API token whose role may report", async () => {
    const event = JSON.stringify({ type: "observation", assetKey: "crm/profiles", dataVersion: "v2" });
    const before = await count();
    expect(await post(event, {}, signInOn)).toEqual({
      status: 401,
      body: { error: expect.stringContaining('send an API token as "Authorization: Bearer <token>"') },
    });
    expect(await post(event, { authorization: "Bearer nope" }, signInOn)).toEqual({
      status: 401,
      body: { error: expect.stringContaining("not a live API token") },
    });
    expect(await post(event, { authorization: `Bearer ${await token("VIEWER")}` }, signInOn)).toEqual({
      status: 403,
      body: {
        error:
          "Reporting asset events needs the Launcher role (permission REPORT_ASSET_EVENTS); token:viewer-ci is a Viewer.",
        permission: "REPORT_ASSET_EVENTS",
      },
    });
    expect(await count()).toBe(before);
    const launcher = await post(event, { authorization: `Bearer ${await token("LAUNCHER")}` }, signInOn);
    expect(launcher.status).toBe(200);
    expect(await database.db.auditEvent.findFirst({ where: { actor: "token:launcher-ci" } })).toMatchObject({
      action: "asset_events.report",
      target: "crm/profiles",
    });
  });

  it("answers an outage with a JSON reason, not a 500", async () => {
    const unreachable = connectDatabase("postgresql://strata:strata@127.0.0.1:1/nowhere");
    try {
      const request = new Request(URL, {
        method: "POST",
        headers: { "content-type": "application/json", host: "localhost:3000" },
        body: JSON.stringify({ type: "observation", assetKey: "crm/profiles" }),
      });
      const response = await handleAssetEvents(request, { db: unreachable, settings: DEFAULT_CONSOLE_SETTINGS });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: expect.stringContaining("The database is unreachable") });
    } finally {
      await closeDatabase(unreachable);
    }
  });
});
