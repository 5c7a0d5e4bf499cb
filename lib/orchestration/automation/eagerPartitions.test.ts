// Eager automation per partition against a real Postgres: upstream partitions request exactly the downstream partitions
// that read them, once per materialization (across ticks and with two daemons), waiting for every hour of a day.
import { afterEach, describe, expect, it } from "vitest";
import type { AssetNodeSnapshot } from "../../core/definitionsSnapshot";
import { dailyPartitionsSnapshot, hourlyPartitionsSnapshot, partitionKeySelection } from "../../core/partitions";
import { definitionOf } from "../../core/partitions/testing";
import { buildAssetNode } from "../../core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../../store/codeLocations";
import { createRun } from "../../store/runs";
import { succeedRun } from "../../store/testing/runOutcomes";
import { createTestDatabase, type TestDatabase } from "../../store/testing/testDatabase";
import { tickAutomationConditions } from "./automationConditions";
import { MAX_RUNS_PER_TICK } from "./eagerPartitions";

const hourly = definitionOf(hourlyPartitionsSnapshot({ start: "2026-03-01-00:00" }));
const daily = definitionOf(dailyPartitionsSnapshot({ start: "2026-03-01" }));
const eager = { automationCondition: { type: "eager" } } as const;

let database: TestDatabase | null = null;
let snapshotId = "";
afterEach(async () => {
  await database?.drop();
  database = null;
});

async function definitions(assets: AssetNodeSnapshot[]) {
  database = await createTestDatabase();
  await upsertCodeLocation(database.db, "parts", "/nowhere/parts.ts");
  await saveDefinitionsSnapshot(database.db, "parts", { schemaVersion: 1, assets });
  snapshotId = (await database.db.codeLocation.findUniqueOrThrow({ where: { name: "parts" } }))
    .currentSnapshotId as string;
  return database.db;
}

function db() {
  if (!database) throw new Error("No test database.");
  return database.db;
}

async function materialize(assetKey: string, ...partitionKeys: string[]) {
  for (const partitionKey of partitionKeys) {
    const run = await createRun(db(), {
      codeLocationName: "parts",
      snapshotId,
      assetKeys: [assetKey],
      partitions: partitionKeySelection(partitionKey),
      launchedBy: "test",
    });
    await succeedRun(db(), run.id);
  }
}

/** The partitions each automation request of the tick launched, "asset partition", sorted. */
async function tick(iso: string): Promise<string[]> {
  const requests = await tickAutomationConditions(db(), new Date(iso));
  for (const request of requests) expect(request.error).toBeNull();
  return requests.map((request) => `${request.assetKey} ${request.partitionKey}`).sort();
}

async function automationRuns(assetKey: string) {
  return db().run.findMany({
    where: { launchedBy: "automation", assetSelection: { has: assetKey } },
    orderBy: { createdAt: "asc" },
  });
}

async function finishAutomationRuns(assetKey: string) {
  for (const run of await automationRuns(assetKey)) if (run.status === "QUEUED") await succeedRun(db(), run.id);
}

async function evaluations(assetKey: string) {
  const rows = await db().automationEvaluation.findMany({ where: { assetKey }, orderBy: { id: "asc" } });
  return rows.map((row) => ({ requested: row.requested, partitionKey: row.partitionKey, reasons: row.reasons }));
}

const hoursOf = (day: string, from = 0, to = 23) =>
  Array.from({ length: to - from + 1 }, (_, h) => `${day}-${String(from + h).padStart(2, "0")}:00`);

describe("a daily asset reading hourly partitions", () => {
  it("waits for all 24 hours of a day, requests the day once, and a late hour requests exactly its day", async () => {
    await definitions([
      buildAssetNode("hourly_events", { partitionsDefinition: hourly }),
      buildAssetNode("daily_summary", { deps: ["hourly_events"], partitionsDefinition: daily, ...eager }),
    ]);
    // Nothing upstream yet: the days are missing and wait.
    expect(await tick("2026-03-03T01:00:00Z")).toEqual([]);

    await materialize("hourly_events", ...hoursOf("2026-03-01"), ...hoursOf("2026-03-02", 0, 22));
    expect(await tick("2026-03-03T01:01:00Z")).toEqual(["daily_summary 2026-03-01"]);
    // Its run is queued and nothing upstream changed: no second request, whatever the tick.
    expect(await tick("2026-03-03T01:02:00Z")).toEqual([]);
    await finishAutomationRuns("daily_summary");
    expect(await tick("2026-03-03T01:03:00Z")).toEqual([]);

    await materialize("hourly_events", "2026-03-02-23:00");
    expect(await tick("2026-03-03T01:04:00Z")).toEqual(["daily_summary 2026-03-02"]);
    await finishAutomationRuns("daily_summary");
    expect(await tick("2026-03-03T01:05:00Z")).toEqual([]);

    // Late data for an old hour re-runs its own day, not the newest one.
    await materialize("hourly_events", "2026-03-01-05:00");
    expect(await tick("2026-03-03T01:06:00Z")).toEqual(["daily_summary 2026-03-01"]);
    expect(await tick("2026-03-03T01:07:00Z")).toEqual([]);

    const runs = await automationRuns("daily_summary");
    expect(runs.map((run) => run.partitionKey)).toEqual(["2026-03-01", "2026-03-02", "2026-03-01"]);
    const kept = await evaluations("daily_summary");
    expect(kept.filter((e) => e.requested)).toEqual([
      {
        requested: true,
        partitionKey: "2026-03-01",
        reasons: ["Upstream hourly_events 2026-03-01-23:00 has new data → requested 2026-03-01."],
      },
      {
        requested: true,
        partitionKey: "2026-03-02",
        reasons: ["Upstream hourly_events 2026-03-02-23:00 has new data → requested 2026-03-02."],
      },
      {
        requested: true,
        partitionKey: "2026-03-01",
        reasons: ["Upstream hourly_events 2026-03-01-05:00 has new data → requested 2026-03-01."],
      },
    ]);
    expect(kept.map((e) => e.reasons)).toContainEqual([
      "2026-03-02 waits for hourly_events 2026-03-02-23:00 to be materialized.",
    ]);
  });

  it("two daemons ticking at once request a day once", async () => {
    await definitions([
      buildAssetNode("hourly_events", { partitionsDefinition: hourly }),
      buildAssetNode("daily_summary", { deps: ["hourly_events"], partitionsDefinition: daily, ...eager }),
    ]);
    expect(await tick("2026-03-02T01:00:00Z")).toEqual([]);
    await materialize("hourly_events", ...hoursOf("2026-03-01"));
    const both = await Promise.all([tick("2026-03-02T01:01:00Z"), tick("2026-03-02T01:01:00Z")]);
    expect(both.flat()).toEqual(["daily_summary 2026-03-01"]);
    await finishAutomationRuns("daily_summary");

    // A new materialization is taken in by one of them as well.
    await materialize("hourly_events", "2026-03-01-07:00");
    const again = await Promise.all([tick("2026-03-02T01:02:00Z"), tick("2026-03-02T01:02:00Z")]);
    expect(again.flat()).toEqual(["daily_summary 2026-03-01"]);
    expect(await automationRuns("daily_summary")).toHaveLength(2);
  });
});

describe("a backfill of 30 upstream days", () => {
  it("requests 30 runs of an identity downstream, at most a tick's bound at once, and one range run where ranges are allowed", async () => {
    await definitions([
      buildAssetNode("daily_events", { partitionsDefinition: daily }),
      buildAssetNode("daily_copy", { deps: ["daily_events"], partitionsDefinition: daily, ...eager }),
      buildAssetNode("daily_rollup", {
        deps: ["daily_events"],
        partitionsDefinition: daily,
        backfillPolicy: "single_run",
        ...eager,
      }),
      buildAssetNode("previous_day", {
        deps: ["daily_events"],
        partitionsDefinition: daily,
        partitionMappings: { daily_events: { type: "time_window", startOffset: -1, endOffset: -1 } },
        ...eager,
      }),
    ]);
    // 2026-03-01 … 2026-03-31 exist; the previous day of 2026-03-01 is before the first partition, so it reads nothing.
    expect(await tick("2026-04-01T00:00:00Z")).toEqual(["previous_day 2026-03-01"]);
    const days = Array.from({ length: 30 }, (_, i) => `2026-03-${String(i + 1).padStart(2, "0")}`);
    await materialize("daily_events", ...days);

    const first = await tick("2026-04-01T00:01:00Z");
    expect(first.filter((r) => r.startsWith("daily_rollup"))).toEqual(["daily_rollup 2026-03-01...2026-03-30"]);
    expect(first.filter((r) => r.startsWith("daily_copy"))).toHaveLength(MAX_RUNS_PER_TICK);
    // previous_day's 2026-03-01 run is queued, so it waits; the other 30 days (2–31) each read one upstream day.
    expect(first.filter((r) => r.startsWith("previous_day"))).toHaveLength(MAX_RUNS_PER_TICK);

    const second = await tick("2026-04-01T00:02:00Z");
    expect(second.filter((r) => r.startsWith("daily_copy"))).toHaveLength(30 - MAX_RUNS_PER_TICK);
    expect(await tick("2026-04-01T00:03:00Z")).toEqual([]);

    const copies = (await automationRuns("daily_copy")).map((run) => run.partitionKey).sort();
    expect(copies).toEqual(days);
    const previous = (await automationRuns("previous_day")).map((run) => run.partitionKey).sort();
    expect(previous).toEqual([...days, "2026-03-31"]);
    expect((await automationRuns("daily_rollup")).map((r) => [r.partitionRangeStart, r.partitionRangeEnd])).toEqual([
      ["2026-03-01", "2026-03-30"],
    ]);
  });
});

describe("a materialization that commits after a later one", () => {
  it("is still taken in: upstream positions follow commit order, not event ids", async () => {
    const prisma = await definitions([
      buildAssetNode("daily_events", { partitionsDefinition: daily }),
      buildAssetNode("daily_copy", { deps: ["daily_events"], partitionsDefinition: daily, ...eager }),
    ]);
    await materialize("daily_events", "2026-03-01", "2026-03-02");
    expect(await tick("2026-03-03T01:00:00Z")).toEqual(["daily_copy 2026-03-01", "daily_copy 2026-03-02"]);
    expect(await tick("2026-03-03T01:01:00Z")).toEqual([]);
    await finishAutomationRuns("daily_copy");

    // A run re-materializing 2026-03-01 takes its event id, then stalls before committing; meanwhile a run
    // re-materializing 2026-03-02 takes a later id, commits, and a tick reads it.
    let resume: () => void = () => {};
    const stalled = new Promise<void>((resolve) => {
      resume = resolve;
    });
    let reserved: () => void = () => {};
    const idTaken = new Promise<void>((resolve) => {
      reserved = resolve;
    });
    const late = prisma.$transaction(
      async (tx) => {
        const event = await tx.event.create({
          data: { assetKey: "daily_events", partitionKey: "2026-03-01", eventType: "ASSET_MATERIALIZATION" },
        });
        reserved();
        await stalled;
        await tx.assetStatus.update({
          where: { assetKey: "daily_events" },
          data: { lastMaterializationEventId: event.id },
        });
        await tx.$executeRaw`
          UPDATE "AssetPartitionMaterialization"
          SET "eventId" = ${event.id}, "seq" = nextval(pg_get_serial_sequence('"AssetPartitionMaterialization"', 'seq'))
          WHERE "assetKey" = 'daily_events' AND "partitionKey" = '2026-03-01'`;
      },
      { timeout: 30_000 },
    );
    await idTaken;
    await materialize("daily_events", "2026-03-02");
    expect(await tick("2026-03-03T02:00:00Z")).toEqual(["daily_copy 2026-03-02"]);
    resume();
    await late;
    expect(await tick("2026-03-03T02:01:00Z")).toEqual(["daily_copy 2026-03-01"]);
    expect(await tick("2026-03-03T02:02:00Z")).toEqual([]);
  });
});
