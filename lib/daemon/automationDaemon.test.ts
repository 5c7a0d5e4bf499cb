// Declarative automation against a real Postgres and a controllable clock: an eager asset materializes after its
// upstream does (once per change), on_missing requests once, on_cron at each tick, and two daemons launch once.
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildAssetNode } from "../core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../store/codeLocations";
import { createRun } from "../store/runs";
import { succeedRun } from "../store/testing/runOutcomes";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { tickAutomation } from "./automationDaemon";

let database: TestDatabase;
let snapshotId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  await upsertCodeLocation(database.db, "auto", "/nowhere/auto.ts");
  await saveDefinitionsSnapshot(database.db, "auto", {
    schemaVersion: 1,
    assets: [
      buildAssetNode("raw"),
      buildAssetNode("clean", { deps: ["raw"], automationCondition: { type: "eager" } }),
      buildAssetNode("seed", { automationCondition: { type: "on_missing" } }),
      buildAssetNode("nightly", {
        automationCondition: { type: "on_cron", cron: "0 2 * * *", timezone: "Europe/Berlin" },
      }),
    ],
  });
  snapshotId = (await database.db.codeLocation.findUniqueOrThrow({ where: { name: "auto" } }))
    .currentSnapshotId as string;
});
afterAll(async () => database?.drop());

const at = (iso: string) => new Date(iso);
const tick = async (iso: string) => (await tickAutomation(database.db, { now: at(iso) })).map((r) => r.assetKey).sort();
const automationRuns = (assetKey: string) =>
  database.db.run.findMany({
    where: { launchedBy: "automation", assetSelection: { has: assetKey } },
    orderBy: { createdAt: "asc" },
  });
async function materializeRaw() {
  const run = await createRun(database.db, {
    codeLocationName: "auto",
    snapshotId,
    assetKeys: ["raw"],
    launchedBy: "test",
  });
  await succeedRun(database.db, run.id);
}

it("an eager asset materializes after its upstream does, once per change, and waits while it runs", async () => {
  // Nothing has data: the missing asset is requested once, the cron only starts its clock.
  expect(await tick("2026-03-01T10:00:00Z")).toEqual(["seed"]);
  expect(await tick("2026-03-01T10:01:00Z")).toEqual([]);
  const seedRuns = await automationRuns("seed");
  expect(seedRuns.map((r) => [r.status, (r.tags as Record<string, string>)["strata/automation"]])).toEqual([
    ["QUEUED", "on_missing"],
  ]);

  await materializeRaw();
  expect(await tick("2026-03-01T10:02:00Z")).toEqual(["clean"]);
  // Its run is queued: nothing more until it finishes, and nothing more for the same upstream data after that.
  expect(await tick("2026-03-01T10:03:00Z")).toEqual([]);
  const [first] = await automationRuns("clean");
  await succeedRun(database.db, first!.id);
  expect(await tick("2026-03-01T10:04:00Z")).toEqual([]);

  await materializeRaw();
  expect(await tick("2026-03-01T10:05:00Z")).toEqual(["clean"]);
  expect(await automationRuns("clean")).toHaveLength(2);

  const evaluations = await database.db.automationEvaluation.findMany({
    where: { assetKey: "clean" },
    orderBy: { id: "asc" },
  });
  expect(evaluations.map((e) => [e.requested, (e.reasons as string[])[0]])).toEqual([
    [false, "Upstream raw has no data yet."],
    [true, "It is missing and its upstream data is available."],
    [false, "A run materializing it is already queued or in progress."],
    [false, "No upstream has new data since it last materialized."],
    [true, "Upstream raw has new data."],
  ]);
});

it("an on_cron asset is requested at each tick of its cron, in its time zone", async () => {
  // 02:00 in Berlin is 01:00 UTC in winter.
  expect(await tick("2026-03-02T00:59:00Z")).toEqual([]);
  expect(await tick("2026-03-02T01:00:30Z")).toEqual(["nightly"]);
  expect(await tick("2026-03-02T05:00:00Z")).toEqual([]);
  for (const run of await automationRuns("nightly")) await succeedRun(database.db, run.id);
  expect(await tick("2026-03-03T01:01:00Z")).toEqual(["nightly"]);
});

it("two daemons evaluating at once launch a request once", async () => {
  await Promise.all((await automationRuns("clean")).map((run) => succeedRun(database.db, run.id)));
  await materializeRaw();
  const before = (await automationRuns("clean")).length;
  const results = await Promise.all([tick("2026-03-03T02:00:00Z"), tick("2026-03-03T02:00:00Z")]);
  expect(results.flat().filter((key) => key === "clean")).toHaveLength(1);
  expect(await automationRuns("clean")).toHaveLength(before + 1);
});
