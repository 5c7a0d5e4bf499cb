// Alerts against a real Postgres and a real HTTP webhook: a failed run and an asset gone stale are each posted once,
// as Slack-compatible JSON, only for the alert's selection; a failing webhook is retried with backoff, then given up.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildAssetNode } from "../core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../store/codeLocations";
import { createRun } from "../store/runs";
import { failRun } from "../store/testing/runOutcomes";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { tickAlerts } from "./alertDaemon";
import { tickFreshness } from "./freshnessDaemon";

let database: TestDatabase;
let server: Server;
let webhookUrl: string;
const received: { text: string; strata: { event: string } }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push(JSON.parse(body));
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  await upsertCodeLocation(database.db, "alerting", "/nowhere/alerting.ts");
  await saveDefinitionsSnapshot(database.db, "alerting", {
    schemaVersion: 1,
    assets: [
      buildAssetNode("raw", { groupName: "ingest" }),
      buildAssetNode("report", { groupName: "analytics", deps: ["raw"], freshnessPolicy: { maximumLagMinutes: 60 } }),
    ],
    alerts: [
      {
        name: "analytics",
        on: ["RUN_FAILURE", "FRESHNESS_OVERDUE"],
        webhook: { env: "ANALYTICS_WEBHOOK" },
        selection: "group:analytics",
      },
      { name: "everything", on: ["RUN_FAILURE"], webhook: { url: "http://127.0.0.1:1/unreachable" }, selection: null },
    ],
  });
});
afterAll(async () => {
  server?.close();
  await database?.drop();
});

const at = (iso: string) => new Date(iso);
const options = (now: string) => ({
  now: at(now),
  consoleUrl: "http://console.test",
  environment: { ANALYTICS_WEBHOOK: webhookUrl },
});
const failedRun = async (asset: string) => {
  const run = await createRun(database.db, {
    codeLocationName: "alerting",
    snapshotId: null,
    assetKeys: [asset],
    launchedBy: "test",
  });
  await failRun(database.db, run.id);
  return run.id;
};

it("posts each failed run and overdue asset once, within the alert's selection, and retries a failing webhook", async () => {
  await failedRun("report");
  // The first tick only sets the cursor: history is not alerted about.
  expect(await tickAlerts(database.db, options("2026-03-01T10:00:00Z"))).toEqual({ queued: 0, sent: 0 });

  const reportRun = await failedRun("report");
  await failedRun("raw");
  await tickFreshness(database.db, { now: at("2026-03-01T10:00:30Z") });
  const result = await tickAlerts(database.db, options("2026-03-01T10:01:00Z"));
  expect(result).toEqual({ queued: 4, sent: 2 });
  expect(received.map((r) => r.strata.event)).toEqual(["RUN_FAILURE", "FRESHNESS_OVERDUE"]);
  expect(received[0]?.text).toBe(
    `:red_circle: Run ${reportRun.slice(0, 8)} failed in alerting: A step failed. Assets: report. <http://console.test/runs/${reportRun}|Open the run>`,
  );
  expect(received[1]?.text).toMatch(
    /^:warning: report is overdue in alerting: report is stale: Never materialized; .*<http:\/\/console\.test\/assets\/report\|Open the asset>$/,
  );

  // Nothing is told twice.
  expect(await tickAlerts(database.db, options("2026-03-01T10:02:00Z"))).toEqual({ queued: 0, sent: 0 });
  expect(received).toHaveLength(2);

  // The unreachable webhook is retried with backoff, then given up with the error kept.
  const pending = () =>
    database.db.alertDelivery.findMany({ where: { alertName: "everything" }, orderBy: { id: "asc" } });
  // Tried at 10:01 and again at 10:02 (30 s later was due); the next try waits 60 s more.
  expect((await pending()).map((d) => [d.status, d.attempts])).toEqual([
    ["PENDING", 2],
    ["PENDING", 2],
  ]);
  await tickAlerts(database.db, options("2026-03-01T10:02:30Z"));
  expect((await pending()).map((d) => d.attempts)).toEqual([2, 2]);
  await tickAlerts(database.db, options("2026-03-01T10:03:01Z"));
  const given = await pending();
  expect(given.map((d) => [d.status, d.attempts])).toEqual([
    ["FAILED", 3],
    ["FAILED", 3],
  ]);
  expect(given[0]?.error).toMatch(/^Posting to the webhook failed/);
});
