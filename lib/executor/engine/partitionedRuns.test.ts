import { describe, expect, it } from "vitest";
import { asset } from "../../sdk/asset";
import { defineDefinitions } from "../../sdk/definitions";
import { inMemoryIOManager } from "../../sdk/inMemoryIOManager";
import { dailyPartitions, staticPartitions } from "../../sdk/partitions";
import type { ExecutionEvent } from "./events";
import { type ExecuteAssetsOptions, executeAssets } from "./executeAssets";

const NOW = new Date("2026-02-01T00:00:00Z");
const days = dailyPartitions({ start: "2026-01-01" });

async function execute(options: Omit<ExecuteAssetsOptions, "runId" | "onEvent" | "now">) {
  const events: ExecutionEvent[] = [];
  const result = await executeAssets({
    ...options,
    runId: "run-1",
    now: NOW,
    onEvent: (event) => void events.push(event),
  });
  return { result, events };
}

describe("partitioned runs", () => {
  it("put the step's partition key on its step, log and materialization events, and none on unpartitioned steps", async () => {
    const daily = asset({ key: "daily", partitions: days, compute: (_i, ctx) => ctx.log.info("working") });
    const lookup = asset({ key: "lookup", compute: () => 1 });
    const definitions = defineDefinitions({ assets: [daily, lookup] });
    const { events } = await execute({
      definitions,
      assetKeys: ["daily", "lookup"],
      partitions: { kind: "key", key: "2026-01-05" },
    });
    const of = (stepKey: string) =>
      events
        .filter((event) => event.stepKey === stepKey)
        .map((event) => [event.type, "partitionKey" in event ? event.partitionKey : undefined]);
    expect(of("daily")).toEqual([
      ["STEP_START", "2026-01-05"],
      ["LOG", "2026-01-05"],
      ["ASSET_MATERIALIZATION", "2026-01-05"],
      ["STEP_SUCCESS", "2026-01-05"],
    ]);
    expect(of("lookup")).toEqual([
      ["STEP_START", null],
      ["ASSET_MATERIALIZATION", null],
      ["STEP_SUCCESS", null],
    ]);
  });

  it("put the range on step events of a range run, and each key on its own materialization", async () => {
    const ranged = asset({
      key: "ranged",
      partitions: days,
      backfillPolicy: "single_run",
      compute: (_i, ctx) => Object.fromEntries(ctx.partitionKeys.map((key) => [key, key])),
    });
    const broken = asset({
      key: "broken",
      ins: { ranged },
      partitions: days,
      backfillPolicy: "single_run",
      compute: (): Record<string, number> => {
        throw new Error("no");
      },
    });
    const after = asset({
      key: "after",
      ins: { broken },
      partitions: days,
      backfillPolicy: "single_run",
      compute: () => ({}),
    });
    const definitions = defineDefinitions({ assets: [ranged, broken, after] });
    const partitionRange = { start: "2026-01-01", end: "2026-01-02" };
    const { events } = await execute({
      definitions,
      assetKeys: ["ranged", "broken", "after"],
      partitions: { kind: "range", ...partitionRange },
      ioManager: inMemoryIOManager(),
    });
    const stepEvents = events.filter((event) => event.type.startsWith("STEP_"));
    expect(stepEvents.map((event) => event.type)).toEqual([
      "STEP_START",
      "STEP_SUCCESS",
      "STEP_START",
      "STEP_FAILURE",
      "STEP_SKIPPED",
    ]);
    for (const event of stepEvents) expect(event).toMatchObject({ partitionKey: null, partitionRange });
    expect(events.filter((event) => event.type === "ASSET_MATERIALIZATION").map((event) => event.partitionKey)).toEqual(
      ["2026-01-01", "2026-01-02"],
    );
  });

  it("check every partitioned asset of the selection against the run's key before any step starts", async () => {
    const daily = asset({ key: "daily", partitions: days, compute: () => 1 });
    const byRegion = asset({ key: "by_region", partitions: staticPartitions(["us", "eu"]), compute: () => 1 });
    const definitions = defineDefinitions({ assets: [daily, byRegion] });
    let started = false;
    const run = executeAssets({
      definitions,
      assetKeys: ["daily", "by_region"],
      runId: "r",
      partitions: { kind: "key", key: "eu" },
      now: NOW,
      onEvent: () => void (started = true),
    });
    await expect(run).rejects.toThrow(
      /^Cannot start the run: Asset "daily" cannot run for partition "eu": "eu" is not a date key like 2026-01-01\.$/,
    );
    expect(started).toBe(false);
  });
});
