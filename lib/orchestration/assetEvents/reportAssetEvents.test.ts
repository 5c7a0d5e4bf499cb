// Reporting asset events against a real Postgres: a good report is recorded with its audit entry, any bad event
// refuses the whole report with the field path and reason of each problem, and a caller without the permission
// writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_ADMIN, type Principal } from "../../core/auth/principal";
import { saveReportLocation } from "../../store/testing/reportLocation";
import { createTestDatabase, type TestDatabase } from "../../store/testing/testDatabase";
import { loadWorkspace } from "../workspace/workspace";
import { type ReportAssetEventsResult, reportAssetEvents } from "./reportAssetEvents";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await saveReportLocation(database.db);
});
afterAll(async () => database?.drop());

const ci: Principal = { kind: "token", name: "token:ci", role: "LAUNCHER", grants: [] };
const NOW = new Date("2026-03-01T12:00:00Z");

const report = (events: unknown[], principal: Principal = ci) =>
  reportAssetEvents(database.db, { body: { events }, principal, now: NOW });

const stored = async () => ({
  events: await database.db.event.count(),
  audits: await database.db.auditEvent.count(),
  checks: await database.db.assetCheckExecution.count(),
  statuses: await database.db.assetStatus.count(),
});

async function expectProblems(events: unknown[], problems: { path: string; message: string | RegExp }[]) {
  const before = await stored();
  const result = await report(events);
  expect(result.kind).toBe("invalid");
  const found = (result as Extract<ReportAssetEventsResult, { kind: "invalid" }>).problems;
  expect(found).toEqual(
    problems.map(({ path, message }) => ({
      path,
      message: typeof message === "string" ? message : expect.stringMatching(message),
    })),
  );
  expect(await stored()).toEqual(before);
}

describe("reportAssetEvents", () => {
  it("records a batch and its audit entry in one go, returning the ids in order", async () => {
    const result = await report([
      { type: "materialization", assetKey: "daily_orders", partition: "2024-01-05", dataVersion: "v7" },
      { type: "observation", assetKey: ["crm", "profiles"], dataVersion: "etag-1", metadata: { rows: 1200 } },
      { type: "check", assetKey: "clean_profiles", check: { name: "no_null_ids", passed: false } },
    ]);
    expect(result).toMatchObject({ kind: "success", unknownAssetKeys: [] });
    if (result.kind !== "success") return;
    expect(result.eventIds).toHaveLength(3);
    const events = await database.db.event.findMany({
      where: { id: { in: result.eventIds } },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.id, e.eventType, e.assetKey, e.partitionKey, e.runId])).toEqual([
      [result.eventIds[0], "ASSET_MATERIALIZATION", "daily_orders", "2024-01-05", null],
      [result.eventIds[1], "ASSET_OBSERVATION", "crm/profiles", null, null],
      [result.eventIds[2], "ASSET_CHECK_EVALUATION", "clean_profiles", null, null],
    ]);
    expect(events[1]?.data).toMatchObject({
      dataVersion: "etag-1",
      reportedBy: "token:ci",
      metadata: { rows: { type: "int", value: 1200 } },
    });
    // The check takes the severity it is defined with.
    expect(
      await database.db.assetCheckStatus.findMany({ select: { checkName: true, status: true, severity: true } }),
    ).toEqual([{ checkName: "no_null_ids", status: "FAILED", severity: "WARN" }]);
    const audit = await database.db.auditEvent.findFirstOrThrow({ where: { action: "asset_events.report" } });
    expect(audit).toMatchObject({
      actor: "token:ci",
      target: "3 assets",
      details: { events: 3, types: ["materialization", "observation", "check"] },
    });
  });

  it("records events of keys no code location defines, any check name included, and names those keys", async () => {
    const result = await report([
      { type: "materialization", assetKey: "lake/raw_clicks", partition: "2026-02-28" },
      { type: "check", assetKey: "lake/raw_clicks", check: { name: "fresh_enough", passed: true } },
    ]);
    expect(result).toMatchObject({ kind: "success", unknownAssetKeys: ["lake/raw_clicks"] });
    const status = await database.db.assetStatus.findUniqueOrThrow({ where: { assetKey: "lake/raw_clicks" } });
    expect(status.lastMaterializationRunId).toBeNull();
    expect(status.lastMaterializationEventId).not.toBeNull();
    expect(
      await database.db.assetCheckStatus.findUnique({
        where: { assetKey_checkName: { assetKey: "lake/raw_clicks", checkName: "fresh_enough" } },
      }),
    ).toMatchObject({ status: "SUCCEEDED", severity: "ERROR" });
    // Drawn as an external asset, with the check it reported; a later report on it takes a new check name too.
    const drawn = (await loadWorkspace(database.db)).byKey.get("lake/raw_clicks");
    expect(drawn).toMatchObject({ codeLocationName: "openlineage", node: { groupName: "reported", isSource: true } });
    expect(drawn?.checks.map((c) => c.name)).toEqual(["fresh_enough"]);
    const again = await report([
      { type: "check", assetKey: "lake/raw_clicks", check: { name: "row_count_ok", passed: false } },
    ]);
    expect(again).toMatchObject({ kind: "success", unknownAssetKeys: [] });
  });

  it("marks a reported failure's partition failed, and a later materialization clears it", async () => {
    const partitionStatus = async () =>
      database.db.assetPartitionStatus.findUniqueOrThrow({
        where: { assetKey: "daily_orders" },
        select: { materialized: true, failed: true },
      });
    await report([{ type: "failure", assetKey: "daily_orders", partition: "2024-01-09", description: "disk full" }]);
    expect(await partitionStatus()).toEqual({
      materialized: [["2024-01-05", "2024-01-05"]],
      failed: [["2024-01-09", "2024-01-09"]],
    });
    expect(await database.db.assetStatus.findUniqueOrThrow({ where: { assetKey: "daily_orders" } })).toMatchObject({
      lastFailureMessage: "disk full",
      lastFailureRunId: null,
    });
    await report([{ type: "materialization", assetKey: "daily_orders", partition: "2024-01-09" }]);
    expect(await partitionStatus()).toEqual({
      materialized: [
        ["2024-01-05", "2024-01-05"],
        ["2024-01-09", "2024-01-09"],
      ],
      failed: [],
    });
  });

  it("refuses malformed events, naming each field and why, and records none of the report", async () => {
    await expectProblems(
      [
        { type: "materialization", assetKey: "ok" },
        { type: "materialise", assetKey: "bad key!" },
        { type: "observation", assetKey: "analytics//events", timestamp: "2026-03-01T18:00:00Z" },
        { type: "check", assetKey: "a", check: { name: "x", passed: "yes" } },
        { type: "check", assetKey: "a" },
        {
          type: "materialization",
          assetKey: "a",
          partition: "a,b",
          metadata: { link: { type: "url", value: "nope" } },
        },
        { type: "materialization", assetKey: "a", metadata: { n: { type: "number", value: 3 } }, colour: "red" },
        { type: "failure", assetKey: "a", dataVersion: "v1" },
      ],
      [
        { path: "events[1].type", message: /type must be one of "materialization", "observation", "check", "failure"/ },
        { path: "events[2].assetKey", message: /has an empty segment at index 1/ },
        { path: "events[2].timestamp", message: /2026-03-01T18:00:00Z is in the future/ },
        { path: "events[3].check.passed", message: "passed must be true or false." },
        { path: "events[4].check", message: 'A "check" event needs check: { name, passed }.' },
        { path: "events[5].partition", message: /contains ",", which separates partitions/ },
        { path: "events[5].metadata.link.value", message: /Not a url value/ },
        { path: "events[6]", message: /Unrecognized key.*colour/ },
        { path: "events[7].dataVersion", message: /belongs to materializations and observations/ },
      ],
    );
  });

  it("refuses the bad segment of a key given as a string", async () => {
    await expectProblems(
      [{ type: "materialization", assetKey: "bad key!" }],
      [{ path: "events[0].assetKey", message: /invalid segment "bad key!"/ }],
    );
  });

  it("checks partitions and check names against the asset's definition", async () => {
    await expectProblems(
      [
        { type: "materialization", assetKey: "daily_orders", partition: "2024-13-01" },
        { type: "materialization", assetKey: "daily_orders" },
        { type: "observation", assetKey: "crm/profiles", partition: "2024-01-01" },
        { type: "check", assetKey: "clean_profiles", check: { name: "row_cuont", passed: true } },
        { type: "check", assetKey: "daily_orders", check: { name: "anything", passed: true } },
      ],
      [
        { path: "events[0].partition", message: /^Asset "daily_orders": "2024-13-01"/ },
        { path: "events[1].partition", message: /Asset "daily_orders" is partitioned \(.*\); name the partition/ },
        { path: "events[2].partition", message: 'Asset "crm/profiles" is not partitioned; leave partition out.' },
        {
          path: "events[3].check.name",
          message: 'Asset "clean_profiles" defines no check "row_cuont"; did you mean "row_count"?',
        },
        { path: "events[4].check.name", message: /Asset "daily_orders" defines no checks/ },
      ],
    );
  });

  it("bounds a report: at least one event, at most a thousand, metadata a hundred entries each", async () => {
    await expectProblems([], [{ path: "events", message: "events is empty: report at least one event." }]);
    await expectProblems(
      Array.from({ length: 1001 }, () => ({ type: "observation", assetKey: "a" })),
      [{ path: "events", message: /at most 1000 events/ }],
    );
    await expectProblems(
      [
        {
          type: "observation",
          assetKey: "a",
          metadata: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`m${i}`, i])),
        },
      ],
      [{ path: "events[0].metadata", message: /at most 100 metadata entries/ }],
    );
    const before = await stored();
    expect(await reportAssetEvents(database.db, { body: "nonsense", principal: ci, now: NOW })).toMatchObject({
      kind: "invalid",
      problems: [{ path: "(body)" }],
    });
    expect(await stored()).toEqual(before);
  });

  it("refuses a caller without REPORT_ASSET_EVENTS and writes nothing", async () => {
    const before = await stored();
    const viewer: Principal = { kind: "token", name: "token:dashboards", role: "VIEWER", grants: [] };
    expect(await report([{ type: "materialization", assetKey: "clean_profiles" }], viewer)).toEqual({
      kind: "unauthorized",
      message: expect.stringContaining(
        "Reporting asset events needs the Launcher role (permission REPORT_ASSET_EVENTS)",
      ),
    });
    expect(await stored()).toEqual(before);
    expect((await report([{ type: "materialization", assetKey: "clean_profiles" }], LOCAL_ADMIN)).kind).toBe("success");
  });
});
