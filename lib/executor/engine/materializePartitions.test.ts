// Partitioned assets through materialize(): context values, inputs through partition mappings, range runs and
// invalid partitions, with the in-memory and filesystem IO managers.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, expectTypeOf, it } from "vitest";
import { asset } from "../../sdk/asset";
import { type AnyAssetDefinition, partitionsOf } from "../../sdk/assetDefinition";
import type { AssetExecutionContext } from "../../sdk/context";
import { InvalidDefinitionsError } from "../../sdk/errors";
import { filesystemIOManager } from "../../sdk/filesystemIOManager";
import { inMemoryIOManager } from "../../sdk/inMemoryIOManager";
import type { IOManager } from "../../sdk/ioManager";
import { withMetadata } from "../../sdk/output";
import {
  allPartitionsMapping,
  dailyPartitions,
  dynamicPartitions,
  multiPartitions,
  staticPartitions,
  timeWindowPartitionMapping,
  weeklyPartitions,
} from "../../sdk/partitions";
import { InvalidRunError } from ".";
import { type MaterializeOptions, materialize } from "./materialize";

// Every daily partition of January 2026 has ended by then, and none of February.
const NOW = new Date("2026-02-01T00:00:00Z");
const days = dailyPartitions({ start: "2026-01-01" });
const mondayWeeks = weeklyPartitions({ start: "2026-01-05", dayOffset: 1 });
const regions = staticPartitions(["us", "eu"]);

type PartitionFields = Pick<
  AssetExecutionContext,
  "partitionKey" | "partitionKeys" | "partitionKeyRange" | "partitionTimeWindow" | "partitionDimensionKeys"
>;
const partitionFieldsOf = (ctx: AssetExecutionContext): PartitionFields => ({
  partitionKey: ctx.partitionKey,
  partitionKeys: ctx.partitionKeys,
  partitionKeyRange: ctx.partitionKeyRange,
  partitionTimeWindow: ctx.partitionTimeWindow,
  partitionDimensionKeys: ctx.partitionDimensionKeys,
});

const raw = asset({ key: "raw", partitions: days, compute: (_inputs, ctx) => `raw ${ctx.partitionKey}` });

async function materializeDays(io: IOManager, keys: readonly string[]): Promise<void> {
  for (const partitionKey of keys) {
    const result = await materialize([raw], { ioManager: io, partitionKey, now: NOW });
    expect(result.success).toBe(true);
  }
}

function run(assets: readonly AnyAssetDefinition[], options: MaterializeOptions) {
  return materialize(assets, { now: NOW, ...options });
}

describe("partition context values", () => {
  it("gives one partition's key, range and time window", async () => {
    let seen: PartitionFields | null = null;
    const daily = asset({ key: "daily", partitions: days, compute: (_i, ctx) => void (seen = partitionFieldsOf(ctx)) });
    expect((await run([daily], { partitionKey: "2026-01-05" })).success).toBe(true);
    expect(seen).toEqual({
      partitionKey: "2026-01-05",
      partitionKeys: ["2026-01-05"],
      partitionKeyRange: { start: "2026-01-05", end: "2026-01-05" },
      partitionTimeWindow: { start: new Date("2026-01-05T00:00:00Z"), end: new Date("2026-01-06T00:00:00Z") },
      partitionDimensionKeys: null,
    });
  });

  it("gives a range run every key and the window from the first start to the last end, and no single key", async () => {
    let seen: PartitionFields | null = null;
    const ranged = asset({
      key: "ranged",
      partitions: days,
      backfillPolicy: "single_run",
      compute: (_i, ctx) => {
        seen = partitionFieldsOf(ctx);
        return Object.fromEntries(ctx.partitionKeys.map((key) => [key, key.length]));
      },
    });
    const io = inMemoryIOManager();
    const result = await run([ranged], { partitionRange: { start: "2026-01-03", end: "2026-01-05" }, ioManager: io });
    expect(result.success).toBe(true);
    expect(seen).toEqual({
      partitionKey: null,
      partitionKeys: ["2026-01-03", "2026-01-04", "2026-01-05"],
      partitionKeyRange: { start: "2026-01-03", end: "2026-01-05" },
      partitionTimeWindow: { start: new Date("2026-01-03T00:00:00Z"), end: new Date("2026-01-06T00:00:00Z") },
      partitionDimensionKeys: null,
    });
    expect(result.assetMaterializations.map((event) => event.partitionKey)).toEqual([
      "2026-01-03",
      "2026-01-04",
      "2026-01-05",
    ]);
    expect([...io.values.keys()]).toEqual(["ranged[2026-01-03]", "ranged[2026-01-04]", "ranged[2026-01-05]"]);
    expect(result.outputFor(ranged)).toEqual({ "2026-01-03": 10, "2026-01-04": 10, "2026-01-05": 10 });
  });

  it("gives multi partitions their dimension keys and the time dimension's window", async () => {
    let seen: PartitionFields | null = null;
    const dayByRegion = multiPartitions({ date: days, region: regions });
    const revenue = asset({
      key: "revenue",
      partitions: dayByRegion,
      compute: (_i, ctx) => void (seen = partitionFieldsOf(ctx)),
    });
    expect((await run([revenue], { partitionKey: "2026-01-05|eu" })).success).toBe(true);
    expect(seen).toEqual({
      partitionKey: "2026-01-05|eu",
      partitionKeys: ["2026-01-05|eu"],
      partitionKeyRange: { start: "2026-01-05|eu", end: "2026-01-05|eu" },
      partitionTimeWindow: { start: new Date("2026-01-05T00:00:00Z"), end: new Date("2026-01-06T00:00:00Z") },
      partitionDimensionKeys: { date: "2026-01-05", region: "eu" },
    });
  });

  it("runs unpartitioned assets of a partitioned run unpartitioned, with static keys and no time window", async () => {
    const seen: Record<string, PartitionFields> = {};
    const byRegion = asset({
      key: "by_region",
      partitions: regions,
      compute: (_i, ctx) => void (seen.byRegion = partitionFieldsOf(ctx)),
    });
    const lookup = asset({ key: "lookup", compute: (_i, ctx) => void (seen.lookup = partitionFieldsOf(ctx)) });
    const result = await run([byRegion, lookup], { partitionKey: "eu" });
    expect(result.success).toBe(true);
    expect(seen.byRegion).toMatchObject({
      partitionKey: "eu",
      partitionTimeWindow: null,
      partitionDimensionKeys: null,
    });
    expect(seen.lookup).toEqual({
      partitionKey: null,
      partitionKeys: [],
      partitionKeyRange: null,
      partitionTimeWindow: null,
      partitionDimensionKeys: null,
    });
    expect(result.assetMaterializations.map((event) => [event.stepKey, event.partitionKey])).toEqual([
      ["by_region", "eu"],
      ["lookup", null],
    ]);
  });

  it("reads dynamic partitions' keys from the run", async () => {
    const customers = dynamicPartitions("customers");
    const report = asset({
      key: "report",
      partitions: customers,
      compute: (_i, ctx) => `report for ${ctx.partitionKey}`,
    });
    const result = await run([report], {
      partitionKey: "acme",
      dynamicPartitionKeys: { customers: ["acme", "globex"] },
    });
    expect(result.outputFor(report)).toBe("report for acme");
    await expect(run([report], { partitionKey: "acme" })).rejects.toThrow(
      'Asset "report" cannot run for partition "acme": "acme" has not been added to dynamic partitions "customers", which has no keys yet.',
    );
  });
});

const ioManagers: [string, () => Promise<{ io: IOManager; cleanup(): Promise<void> }>][] = [
  ["in memory", async () => ({ io: inMemoryIOManager(), cleanup: async () => {} })],
  [
    "on the filesystem",
    async () => {
      const baseDir = await mkdtemp(path.join(os.tmpdir(), "strata-partitions-"));
      return { io: filesystemIOManager({ baseDir }), cleanup: () => rm(baseDir, { recursive: true, force: true }) };
    },
  ],
];

describe.each(ioManagers)("partitioned inputs stored %s", (_name, makeIO) => {
  const cleanups: (() => Promise<void>)[] = [];
  const setUp = async (keys: readonly string[]) => {
    const { io, cleanup } = await makeIO();
    cleanups.push(cleanup);
    await materializeDays(io, keys);
    return io;
  };
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it("reads the same partition through the default identity mapping", async () => {
    const io = await setUp(["2026-01-04", "2026-01-05"]);
    const same = asset({ key: "same", ins: { raw }, partitions: days, compute: ({ raw }) => raw.toUpperCase() });
    const result = await run([raw, same], { selection: ["same"], partitionKey: "2026-01-05", ioManager: io });
    expect(result.outputFor(same)).toBe("RAW 2026-01-05");
  });

  it("reads the previous day through a time-window mapping, and nothing before the first day", async () => {
    const io = await setUp(["2026-01-04"]);
    const previous = asset({
      key: "previous",
      ins: { raw },
      partitions: days,
      partitionMappings: { raw: timeWindowPartitionMapping({ startOffset: -1, endOffset: -1 }) },
      compute: ({ raw }) => raw,
    });
    const result = await run([raw, previous], { selection: ["previous"], partitionKey: "2026-01-05", ioManager: io });
    expect(result.outputFor(previous)).toBe("raw 2026-01-04");

    const first = await run([raw, previous], { selection: ["previous"], partitionKey: "2026-01-01", ioManager: io });
    expect(first.outputFor(previous)).toEqual({});
    expect(first.events.find((event) => event.type === "LOG" && event.level === "WARN")).toMatchObject({
      message: expect.stringContaining('no partition of upstream asset "raw"'),
    });
  });

  it("gives a weekly partition its seven days by key, and names the days missing", async () => {
    const week = ["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-01-10", "2026-01-11"];
    const io = await setUp(week.slice(0, 5));
    const weekly = asset({
      key: "weekly",
      ins: { raw },
      partitions: mondayWeeks,
      compute: ({ raw }) => raw as unknown as Record<string, string>,
    });
    const incomplete = await run([raw, weekly], { selection: ["weekly"], partitionKey: "2026-01-05", ioManager: io });
    expect(incomplete.success).toBe(false);
    expect(incomplete.errorFor(weekly)?.message).toBe(
      'Input "raw" needs partitions "2026-01-10", "2026-01-11" of upstream asset "raw", which have not been materialized; materialize them first.',
    );
    expect(incomplete.events.filter((event) => event.type === "STEP_FAILURE")).toMatchObject([{ willRetry: false }]);

    await materializeDays(io, week.slice(5));
    const result = await run([raw, weekly], { selection: ["weekly"], partitionKey: "2026-01-05", ioManager: io });
    expect(result.outputFor(weekly)).toEqual(Object.fromEntries(week.map((day) => [day, `raw ${day}`])));
    expect(Object.keys(result.outputFor(weekly))).toEqual(week);
  });

  it("gives partitionsOf() inputs a typed record even when one upstream partition maps", async () => {
    const io = await setUp(["2026-01-05"]);
    const keyed = asset({
      key: "keyed",
      ins: { raws: partitionsOf(raw) },
      partitions: days,
      compute: ({ raws }) => {
        expectTypeOf(raws).toEqualTypeOf<Readonly<Record<string, string>>>();
        return Object.entries(raws).map(([day, value]) => `${day}=${value}`);
      },
    });
    const result = await run([raw, keyed], { selection: ["keyed"], partitionKey: "2026-01-05", ioManager: io });
    expect(result.outputFor(keyed)).toEqual(["2026-01-05=raw 2026-01-05"]);
  });

  it("gives every materialized partition through the all mapping, leaving out those never materialized", async () => {
    const io = await setUp(["2026-01-02", "2026-01-09"]);
    const everything = asset({
      key: "everything",
      ins: { raw },
      partitions: regions,
      partitionMappings: { raw: allPartitionsMapping() },
      compute: ({ raw }) => raw,
    });
    const result = await run([raw, everything], { selection: ["everything"], partitionKey: "us", ioManager: io });
    expect(result.outputFor(everything)).toEqual({ "2026-01-02": "raw 2026-01-02", "2026-01-09": "raw 2026-01-09" });
    expect(result.events.find((event) => event.type === "LOG")).toMatchObject({
      level: "INFO",
      message: expect.stringContaining('29 of 31 partitions of upstream asset "raw" were never materialized'),
    });
  });

  it("gives an unpartitioned downstream every materialized partition of its partitioned upstream", async () => {
    const io = await setUp(["2026-01-03", "2026-01-01"]);
    const summary = asset({
      key: "summary",
      ins: { raw },
      compute: ({ raw }) => raw as unknown as Record<string, string>,
    });
    const result = await run([raw, summary], { selection: ["summary"], ioManager: io });
    expect(Object.entries(result.outputFor(summary))).toEqual([
      ["2026-01-01", "raw 2026-01-01"],
      ["2026-01-03", "raw 2026-01-03"],
    ]);
  });

  it("fails a step whose one upstream partition is missing, naming the partition, without retrying", async () => {
    const io = await setUp([]);
    const same = asset({
      key: "same",
      ins: { raw },
      partitions: days,
      retryPolicy: { maxRetries: 3 },
      compute: ({ raw }) => raw,
    });
    const result = await run([raw, same], { selection: ["same"], partitionKey: "2026-01-05", ioManager: io });
    expect(result.errorFor(same)?.message).toMatch(
      /^Input "raw" needs upstream asset "raw", which has not been materialized for partition "2026-01-05"/,
    );
    expect(result.events.filter((event) => event.type === "STEP_FAILURE")).toHaveLength(1);
  });
});

describe("partitionsOf()", () => {
  it("refuses an unpartitioned upstream, naming the input", () => {
    const plain = asset({ key: "plain", compute: () => 1 });
    expect(() =>
      asset({ key: "reader", ins: { values: partitionsOf(plain) }, compute: ({ values }) => values }),
    ).toThrow(InvalidDefinitionsError);
    expect(() =>
      asset({ key: "reader", ins: { values: partitionsOf(plain) }, compute: ({ values }) => values }),
    ).toThrow(/input "values" uses partitionsOf\("plain"\), but that asset is not partitioned/);
  });
});

describe("range runs", () => {
  const ranged = (compute: (ctx: AssetExecutionContext) => unknown) =>
    asset({ key: "ranged", partitions: days, backfillPolicy: "single_run", compute: (_i, ctx) => compute(ctx) });

  it("store each partition with the filesystem IO manager and record per-partition metadata", async () => {
    const baseDir = await mkdtemp(path.join(os.tmpdir(), "strata-range-"));
    try {
      const definition = ranged((ctx) =>
        withMetadata(
          new Map(ctx.partitionKeys.map((key, index) => [key, index === 0 ? withMetadata(key, { first: true }) : key])),
          { batch: "b1" },
        ),
      );
      const result = await run([definition], {
        partitionRange: { start: "2026-01-30", end: "2026-01-31" },
        ioManager: filesystemIOManager({ baseDir }),
      });
      expect(result.success).toBe(true);
      expect((await readdir(path.join(baseDir, "ranged"))).sort()).toEqual(["2026-01-30.json", "2026-01-31.json"]);
      expect(result.assetMaterializations.map((event) => [event.partitionKey, event.metadata])).toEqual([
        ["2026-01-30", { batch: { type: "text", value: "b1" }, first: { type: "bool", value: true } }],
        ["2026-01-31", { batch: { type: "text", value: "b1" } }],
      ]);
    } finally {
      await rm(baseDir, { recursive: true, force: true });
    }
  });

  it("read the upstream partitions of the whole range by key", async () => {
    const io = inMemoryIOManager();
    await materializeDays(io, ["2026-01-01", "2026-01-02", "2026-01-03"]);
    const rolled = asset({
      key: "rolled",
      ins: { raw },
      partitions: days,
      backfillPolicy: "single_run",
      compute: ({ raw }) => raw as unknown as Record<string, string>,
    });
    const result = await run([raw, rolled], {
      selection: ["rolled"],
      partitionRange: { start: "2026-01-02", end: "2026-01-03" },
      ioManager: io,
    });
    expect(result.outputFor(rolled)).toEqual({ "2026-01-02": "raw 2026-01-02", "2026-01-03": "raw 2026-01-03" });
    expect(io.values.get("rolled[2026-01-03]")).toBe("raw 2026-01-03");
  });

  it("fail the step naming the partitions compute left out, storing none", async () => {
    const io = inMemoryIOManager();
    const definition = ranged((ctx) => ({ [ctx.partitionKeys[0] ?? ""]: 1 }));
    const result = await run([definition], {
      partitionRange: { start: "2026-01-01", end: "2026-01-03" },
      ioManager: io,
    });
    expect(result.success).toBe(false);
    expect(result.errorFor(definition)?.message).toBe(
      'Asset "ranged" runs for partitions 2026-01-01...2026-01-03, but compute returned no value for partitions "2026-01-02", "2026-01-03".',
    );
    expect(io.values.size).toBe(0);
    expect(result.assetMaterializations).toHaveLength(0);

    const notAnObject = await run([ranged(() => [1, 2])], {
      partitionRange: { start: "2026-01-01", end: "2026-01-02" },
    });
    expect(notAnObject.errorFor("ranged")?.message).toMatch(
      /compute must return an object \(or Map\) with one value per partition key of ctx.partitionKeys; it returned an array\.$/,
    );
  });
});

describe("invalid partitions", () => {
  const daily = asset({ key: "daily", partitions: days, compute: () => 1 });
  /** The run is refused before any step starts: nothing computed, nothing stored. */
  const expectInvalid = async (
    options: MaterializeOptions,
    message: string | RegExp,
    assets: readonly AnyAssetDefinition[] = [daily],
  ) => {
    const io = inMemoryIOManager();
    const error = await run(assets, { ...options, ioManager: io }).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(InvalidRunError);
    expect((error as InvalidRunError).message).toMatch(message);
    expect(io.values.size).toBe(0);
  };

  it("rejects keys that are not partitions, naming the asset, the key and why", async () => {
    await expectInvalid(
      { partitionKey: "2025-12-31" },
      'Asset "daily" cannot run for partition "2025-12-31": "2025-12-31" is before the start 2026-01-01.',
    );
    await expectInvalid(
      { partitionKey: "2026-02-01" },
      /^Cannot start the run: Asset "daily" cannot run for partition "2026-02-01": its window has not ended yet/,
    );
    await expectInvalid(
      { partitionKey: "tomorrow" },
      'Asset "daily" cannot run for partition "tomorrow": "tomorrow" is not a date key like 2026-01-01.',
    );
  });

  it("rejects a partitioned asset in a run without a partition", async () => {
    await expectInvalid({}, 'Asset "daily" is partitioned;');
    await expectInvalid({}, "; choose a partition (or launch a backfill).");
  });

  it("rejects ranges for assets that run one partition at a time, backwards ranges and ranges with unknown ends", async () => {
    await expectInvalid(
      { partitionRange: { start: "2026-01-01", end: "2026-01-02" } },
      'Asset "daily" materializes one partition per run, so it cannot run for the range "2026-01-01...2026-01-02"',
    );
    const ranged = asset({ key: "ranged", partitions: days, backfillPolicy: "single_run", compute: () => ({}) });
    await expectInvalid(
      { partitionRange: { start: "2026-01-05", end: "2026-01-02" } },
      'Asset "ranged": the partition range "2026-01-05...2026-01-02" ends before it starts',
      [ranged],
    );
    await expectInvalid(
      { partitionRange: { start: "2026-01-05", end: "2026-03-01" } },
      /^Cannot start the run: Asset "ranged" cannot run for the range "2026-01-05...2026-03-01": its end "2026-03-01": its window has not ended yet/,
      [ranged],
    );
    await expectInvalid(
      { partitionKey: "2026-01-05", partitionRange: { start: "2026-01-05", end: "2026-01-05" } },
      "A run takes a partition key or a partition range, not both",
      [ranged],
    );
  });
});
