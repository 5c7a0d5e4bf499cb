// One Strata pointed at another: A's OpenLineage export loop delivers its runs over HTTP to B's /api/v1/lineage (the
// real handler, on its own database), and B draws the same graph — the same keys, the same upstreams — with A's
// materializations, failure, checks and columns, every event valid against the specification.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { handleLineageEvents } from "../../app/api/v1/lineage/handleLineageEvents";
import { DEFAULT_CONSOLE_SETTINGS } from "../core/consoleSettings";
import { LINEAGE_LOCATION_NAME } from "../core/openlineage/externalSnapshot";
import { lineageEventProblems } from "../core/openlineage/validateEvent";
import { buildAssetNode } from "../core/testing";
import { loadWorkspace } from "../orchestration/workspace/workspace";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../store/codeLocations";
import { appendRunEvents, type EventInput } from "../store/runEvents";
import { createRun, finishRun } from "../store/runs";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { lineageExportLoop } from "./lineageExportDaemon";

let a: TestDatabase;
let b: TestDatabase;
let server: Server;
let endpoint: string;
const problems: unknown[] = [];

beforeAll(async () => {
  [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  // B's console: the route's handler behind a plain HTTP server, as `next start` would call it.
  server = createServer((incoming, response) => {
    let body = "";
    incoming.on("data", (chunk: Buffer) => (body += chunk.toString()));
    incoming.on("end", async () => {
      problems.push(...lineageEventProblems(JSON.parse(body)));
      const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
        method: "POST",
        headers: incoming.headers as Record<string, string>,
        body,
      });
      const answer = await handleLineageEvents(request, { db: b.db, settings: DEFAULT_CONSOLE_SETTINGS });
      response.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/lineage`;
});
afterAll(async () => {
  server?.close();
  await Promise.all([a?.drop(), b?.drop()]);
});

const ASSETS = [
  buildAssetNode("raw/users"),
  buildAssetNode("raw/orders"),
  buildAssetNode("analytics/customers", {
    deps: ["raw/users", "raw/orders"],
    metadata: {
      schema: {
        type: "table_schema",
        value: {
          columns: [
            { name: "customer_id", type: "int" },
            { name: "orders", type: "int" },
          ],
        },
      },
      column_lineage: {
        type: "column_lineage",
        value: {
          depsByColumn: {
            customer_id: [{ assetKey: ["raw", "users"], column: "id" }],
            orders: [{ assetKey: ["raw", "orders"], column: "id" }],
          },
        },
      },
    },
  }),
  buildAssetNode("analytics/report", { deps: ["analytics/customers"] }),
];

async function recordRun(): Promise<void> {
  const location = await a.db.codeLocation.findUniqueOrThrow({ where: { name: "shop" } });
  const run = await createRun(a.db, {
    codeLocationName: "shop",
    snapshotId: location.currentSnapshotId,
    assetKeys: ASSETS.map((asset) => asset.key.join("/")),
    launchedBy: "test",
  });
  const step = (key: string) => ({ stepKey: key, assetKey: key.split("/") });
  const succeed = (key: string, extra: EventInput[] = []): EventInput[] => [
    { ...step(key), eventType: "STEP_START", attempt: 1, message: "Started." },
    {
      ...step(key),
      eventType: "ASSET_MATERIALIZATION",
      message: "Materialized.",
      metadata: { row_count: { type: "int" as const, value: 42 } },
    },
    ...extra,
    { ...step(key), eventType: "STEP_SUCCESS", message: "Succeeded." },
  ];
  await appendRunEvents(a.db, run.id, [
    ...succeed("raw/users"),
    ...succeed("raw/orders"),
    ...succeed("analytics/customers", [
      {
        ...step("analytics/customers"),
        eventType: "ASSET_CHECK_EVALUATION",
        message: "Check passed.",
        extra: { checkName: "unique_customer_id", status: "SUCCEEDED", severity: "ERROR" },
      },
    ]),
    { ...step("analytics/report"), eventType: "STEP_START", attempt: 1, message: "Started." },
    {
      ...step("analytics/report"),
      eventType: "STEP_FAILURE",
      level: "ERROR",
      attempt: 1,
      error: { message: "division by zero", stack: null },
      extra: { willRetry: false },
      message: "Attempt 1 failed: division by zero",
    },
  ]);
  await finishRun(a.db, run.id, "FAILURE", "A step failed.");
}

it("draws the same graph on B as on A, with A's materializations, failure, checks and columns", async () => {
  await upsertCodeLocation(a.db, "shop", "/nowhere/shop.ts");
  await saveDefinitionsSnapshot(a.db, "shop", { schemaVersion: 1, assets: ASSETS });
  const loop = lineageExportLoop(a.db, {
    namespace: "strata://a",
    transport: { type: "http", url: endpoint, apiKey: null, timeoutMs: 5_000 },
  });
  const now = new Date();
  await loop.tick(now);
  await recordRun();
  // START and COMPLETE of four steps, the last a FAIL: all delivered on the first tick after the run.
  expect(await loop.tick(new Date(now.getTime() + 60_000))).toEqual({ queued: 8, sent: 8, problem: null });
  expect(await a.db.lineageOutboxEvent.count({ where: { status: { not: "SENT" } } })).toBe(0);
  expect(problems).toEqual([]);

  const graphOf = async (db: TestDatabase["db"], location: string) =>
    Object.fromEntries(
      (await loadWorkspace(db)).list
        .filter((definition) => definition.codeLocationName === location)
        .map((definition) => [definition.key, [...definition.upstreamKeys].sort()]),
    );
  expect(await graphOf(b.db, LINEAGE_LOCATION_NAME)).toEqual(await graphOf(a.db, "shop"));

  const status = (db: TestDatabase["db"], key: string) =>
    db.assetStatus.findUniqueOrThrow({ where: { assetKey: key } });
  expect((await status(b.db, "analytics/customers")).lastMaterializationAt).not.toBeNull();
  expect((await status(b.db, "analytics/report")).lastFailureMessage).toBe("division by zero");
  expect(await b.db.assetCheckStatus.findMany({ select: { assetKey: true, checkName: true, status: true } })).toEqual([
    { assetKey: "analytics/customers", checkName: "unique_customer_id", status: "SUCCEEDED" },
  ]);
  const customers = (await loadWorkspace(b.db)).byKey.get("analytics/customers");
  expect(customers?.node.metadata.column_lineage).toEqual(ASSETS[2]?.metadata.column_lineage);
  // B groups what A sent under A's name.
  expect(customers?.node.groupName).toBe("a");
});
