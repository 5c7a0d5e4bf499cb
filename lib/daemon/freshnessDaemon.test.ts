// The freshness loop against a real Postgres and a controllable clock: FRESH → WARN → STALE and back, each change
// logged once.
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildAssetNode } from "../core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../store/codeLocations";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { tickFreshness } from "./freshnessDaemon";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await upsertCodeLocation(database.db, "fresh", "/nowhere/fresh.ts");
  await saveDefinitionsSnapshot(database.db, "fresh", {
    schemaVersion: 1,
    assets: [
      buildAssetNode("daily_report", { freshnessPolicy: { maximumLagMinutes: 24 * 60, warnAfterMinutes: 20 * 60 } }),
      buildAssetNode("no_policy"),
    ],
  });
});
afterAll(async () => database?.drop());

const at = (iso: string) => new Date(iso);
const materializedAt = (iso: string) =>
  database.db.assetStatus.upsert({
    where: { assetKey: "daily_report" },
    create: { assetKey: "daily_report", lastMaterializationAt: at(iso) },
    update: { lastMaterializationAt: at(iso) },
  });

it("moves an asset FRESH → WARN → STALE as the clock runs, and back when it materializes, logging each change once", async () => {
  expect((await tickFreshness(database.db, { now: at("2026-03-01T00:00:00Z") })).map((c) => c.to)).toEqual(["STALE"]);
  await materializedAt("2026-03-01T06:00:00Z");
  const steps: [string, string[]][] = [
    ["2026-03-01T07:00:00Z", ["FRESH"]],
    ["2026-03-01T12:00:00Z", []],
    ["2026-03-02T03:00:00Z", ["WARN"]],
    ["2026-03-02T07:00:00Z", ["STALE"]],
    ["2026-03-02T08:00:00Z", []],
  ];
  for (const [now, expected] of steps)
    expect(
      (await tickFreshness(database.db, { now: at(now) })).map((c) => c.to),
      now,
    ).toEqual(expected);

  const row = await database.db.assetFreshness.findUniqueOrThrow({ where: { assetKey: "daily_report" } });
  expect(row).toMatchObject({
    status: "STALE",
    minutesLate: 120,
    statusChangedAt: at("2026-03-02T07:00:00Z"),
    evaluatedAt: at("2026-03-02T08:00:00Z"),
  });
  expect(await database.db.assetFreshness.count()).toBe(1);

  await materializedAt("2026-03-02T08:30:00Z");
  expect((await tickFreshness(database.db, { now: at("2026-03-02T09:00:00Z") })).map((c) => c.to)).toEqual(["FRESH"]);
  const log = await database.db.event.findMany({ where: { eventType: "FRESHNESS_CHANGED" }, orderBy: { id: "asc" } });
  expect(log.map((e) => [e.level, e.message])).toEqual([
    ["ERROR", "daily_report is stale: Never materialized; it should be at most 24 h old."],
    ["INFO", "daily_report is fresh (was stale): Materialized 1 h ago; allowed 24 h."],
    ["WARN", "daily_report is close to stale (was fresh): Materialized 21 h ago; allowed 24 h."],
    ["ERROR", "daily_report is stale (was close to stale): Materialized 25 h ago; allowed 24 h."],
    ["INFO", "daily_report is fresh (was stale): Materialized 30 min ago; allowed 24 h."],
  ]);
});
