import { describe, expect, it } from "vitest";
import { asset } from "./asset";
import { defineDefinitions } from "./definitions";
import { InvalidDefinitionsError } from "./errors";
import {
  allPartitionsMapping,
  dailyPartitions,
  dimensionPartitionMapping,
  dynamicPartitions,
  hourlyPartitions,
  identityPartitionMapping,
  isPartitionMapping,
  isPartitionsDefinition,
  monthlyPartitions,
  multiPartitions,
  type SingleDimensionPartitionsDefinition,
  staticPartitionMapping,
  staticPartitions,
  timeWindowPartitionMapping,
  timeWindowPartitions,
  weeklyPartitions,
} from "./partitions";
import { problemsOf } from "./problemsOf.testing";
import { toAssetNodeSnapshot, toDefinitionsSnapshot } from "./snapshot";

const days = dailyPartitions({ start: "2026-01-01" });
const regions = staticPartitions(["us", "eu", "apac"]);

describe("partitions definitions", () => {
  it("wrap frozen snapshots of the common time windows", () => {
    expect(days.snapshot).toEqual({
      type: "time_window",
      cron: "0 0 * * *",
      start: "2026-01-01",
      end: null,
      timezone: "UTC",
      keyFormat: "date",
    });
    expect(Object.isFrozen(days) && Object.isFrozen(days.snapshot)).toBe(true);
    expect(isPartitionsDefinition(days)).toBe(true);
    expect(isPartitionsDefinition({ snapshot: days.snapshot })).toBe(false);
    expect(hourlyPartitions({ start: "2026-01-01-00:00" }).snapshot).toMatchObject({
      cron: "0 * * * *",
      keyFormat: "datetime",
    });
    expect(weeklyPartitions({ start: "2026-01-05", dayOffset: 1 }).snapshot).toMatchObject({
      cron: "0 0 * * 1",
      start: "2026-01-05",
    });
    expect(monthlyPartitions({ start: "2026-01-01", timezone: "Europe/Berlin" }).snapshot).toMatchObject({
      cron: "0 0 1 * *",
      timezone: "Europe/Berlin",
    });
    expect(timeWindowPartitions({ cron: "0 6 * * 1-5", start: "2026-01-05-06:00" }).snapshot).toMatchObject({
      type: "time_window",
      cron: "0 6 * * 1-5",
      keyFormat: "datetime",
    });
    expect(days.description).toMatch(/Daily/);
  });

  it("reject a malformed cron, a bad start and an unknown time zone with the builder's name", () => {
    expect(() => timeWindowPartitions({ cron: "0 25 * * *", start: "2026-01-01" })).toThrow(InvalidDefinitionsError);
    expect(() => timeWindowPartitions({ cron: "0 25 * * *", start: "2026-01-01" })).toThrow(
      /timeWindowPartitions: .*hour/,
    );
    expect(() => dailyPartitions({ start: "yesterday" })).toThrow(/dailyPartitions: .*yesterday/);
    expect(() => dailyPartitions({ start: "2026-01-01", timezone: "Mars/Olympus" })).toThrow(
      /dailyPartitions: .*Mars\/Olympus/,
    );
  });

  it("keep static keys in order and reject duplicate or invalid ones, naming each", () => {
    expect(regions.snapshot).toEqual({ type: "static", keys: ["us", "eu", "apac"] });
    expect(problemsOf(() => staticPartitions(["us", "us", "a|b", ""]))).toEqual([
      'staticPartitions: key "us" is listed twice; each partition key must be unique.',
      'staticPartitions: Partition key "a|b" contains "|", which joins the dimensions of multi-partition keys.',
      "staticPartitions: A partition key cannot be empty.",
    ]);
    expect(() => staticPartitions([])).toThrow("staticPartitions: pass a non-empty array of partition keys");
  });

  it("name dynamic partitions and combine exactly two dimensions in declared order", () => {
    expect(dynamicPartitions("customers").snapshot).toEqual({ type: "dynamic", name: "customers" });
    expect(() => dynamicPartitions("my customers")).toThrow('dynamicPartitions: name "my customers" is invalid');
    const multi = multiPartitions({ region: regions, date: days });
    expect(multi.snapshot).toEqual({
      type: "multi",
      dimensions: [
        { name: "region", definition: regions.snapshot },
        { name: "date", definition: days.snapshot },
      ],
    });
    expect(() => multiPartitions({ date: days })).toThrow("multiPartitions: give exactly two dimensions by name");
    const nested = multi as unknown as SingleDimensionPartitionsDefinition;
    expect(() => multiPartitions({ a: nested, b: regions })).toThrow(
      'multiPartitions: dimension "a" is itself multi-partitioned',
    );
    expect(() => multiPartitions({ a: regions, b: {} as SingleDimensionPartitionsDefinition })).toThrow(
      'multiPartitions: dimension "b" is not a partitions definition',
    );
  });
});

describe("partition mappings", () => {
  it("wrap frozen mapping snapshots", () => {
    expect(identityPartitionMapping().snapshot).toEqual({ type: "identity" });
    expect(allPartitionsMapping().snapshot).toEqual({ type: "all" });
    expect(timeWindowPartitionMapping({ startOffset: -1, endOffset: -1 }).snapshot).toEqual({
      type: "time_window",
      startOffset: -1,
      endOffset: -1,
    });
    expect(timeWindowPartitionMapping().snapshot).toEqual({ type: "time_window", startOffset: 0, endOffset: 0 });
    expect(staticPartitionMapping({ us: "na", eu: ["emea", "europe"] }).snapshot).toEqual({
      type: "static",
      downstreamKeysByUpstreamKey: { us: ["na"], eu: ["emea", "europe"] },
    });
    expect(dimensionPartitionMapping("date").snapshot).toEqual({ type: "dimension", dimension: "date" });
    expect(isPartitionMapping(identityPartitionMapping())).toBe(true);
    expect(Object.isFrozen(staticPartitionMapping({ us: "na" }).snapshot)).toBe(true);
  });

  it("reject offsets that are not whole numbers and invalid static keys", () => {
    expect(() => timeWindowPartitionMapping({ startOffset: 0.5 })).toThrow(
      "timeWindowPartitionMapping: startOffset must be a whole number of partitions, got 0.5.",
    );
    expect(() => staticPartitionMapping({ us: "a,b" })).toThrow(
      'staticPartitionMapping: Partition key "a,b" contains ","',
    );
    expect(() => dimensionPartitionMapping("")).toThrow("dimensionPartitionMapping: pass the name of a dimension");
  });
});

describe("partitioned assets", () => {
  const raw = asset({ key: "ingest/raw_events", partitions: days, compute: () => [1] });

  it("record partitions, declared mappings and a single-run backfill policy in the snapshot only when used", () => {
    const plain = toAssetNodeSnapshot(asset({ key: "plain", compute: () => 1 }));
    expect("partitionsDefinition" in plain || "partitionMappings" in plain || "backfillPolicy" in plain).toBe(false);

    const previousDay = asset({
      key: "previous_day",
      ins: { raw },
      partitions: days,
      partitionMappings: { "ingest/raw_events": timeWindowPartitionMapping({ startOffset: -1, endOffset: -1 }) },
      backfillPolicy: "single_run",
      compute: () => 1,
    });
    const node = toAssetNodeSnapshot(previousDay);
    expect(node.partitionsDefinition).toEqual(days.snapshot);
    expect(node.partitionMappings).toEqual({
      "ingest/raw_events": { type: "time_window", startOffset: -1, endOffset: -1 },
    });
    expect(node.backfillPolicy).toBe("single_run");
    expect(
      toAssetNodeSnapshot(asset({ key: "multi_run", partitions: days, backfillPolicy: "multi_run", compute: () => 1 }))
        .backfillPolicy,
    ).toBeUndefined();

    // The snapshot is a copy: changing it never reaches the shared definition.
    (node.partitionsDefinition as { start: string }).start = "1999-01-01";
    expect(days.snapshot.start).toBe("2026-01-01");
    const snapshot = () => JSON.stringify(toDefinitionsSnapshot(defineDefinitions({ assets: [raw, previousDay] })));
    expect(snapshot()).toBe(snapshot());
  });

  it("normalise mapping keys written as paths", () => {
    const reader = asset({
      key: "reader",
      ins: { raw },
      partitions: days,
      partitionMappings: { "ingest/raw_events": identityPartitionMapping() },
      compute: () => 1,
    });
    expect(Object.keys(reader.partitionMappings)).toEqual(["ingest/raw_events"]);
  });

  it("reject options that are not partitions, mappings or policies, naming the asset", () => {
    const problems = problemsOf(() =>
      asset({
        key: "bad",
        // @ts-expect-error partitions must come from a builder
        partitions: { type: "static", keys: ["a"] },
        // @ts-expect-error mappings must come from a builder
        partitionMappings: { "ingest/raw_events": { type: "identity" } },
        // @ts-expect-error unknown policy
        backfillPolicy: "sometimes",
        ins: { raw },
        compute: () => 1,
      }),
    );
    expect(problems).toEqual([
      'Asset "bad": partitions is an object, not a partitions definition; pass e.g. dailyPartitions({ start: "2026-01-01" }).',
      'Asset "bad": backfillPolicy must be "single_run" or "multi_run", got "sometimes".',
      'Asset "bad": partitionMappings["ingest/raw_events"] is an object, not a partition mapping; pass e.g. timeWindowPartitionMapping({ startOffset: -1, endOffset: -1 }).',
    ]);
    expect(problemsOf(() => asset({ key: "unpartitioned", backfillPolicy: "single_run", compute: () => 1 }))).toEqual([
      'Asset "unpartitioned": backfillPolicy "single_run" only applies to partitioned assets; add partitions or remove backfillPolicy.',
    ]);
  });

  it("reject a mapping keyed by something that is not an upstream, suggesting the closest upstream", () => {
    const typo = () =>
      asset({
        key: "typo",
        ins: { raw },
        partitions: days,
        partitionMappings: { "ingest/raw_event": identityPartitionMapping() },
        compute: () => 1,
      });
    expect(problemsOf(typo)).toEqual([
      'Asset "typo": partitionMappings names "ingest/raw_event", which is not an upstream of this asset. Did you mean "ingest/raw_events"?',
    ]);
    const inputName = () =>
      asset({
        key: "by_input",
        ins: { raw },
        partitions: days,
        partitionMappings: { raw: identityPartitionMapping() },
        compute: () => 1,
      });
    expect(problemsOf(inputName)).toEqual([
      'Asset "by_input": partitionMappings names "raw", which is not an upstream of this asset. "raw" is an input name; key the mapping by its asset key "ingest/raw_events".',
    ]);
    const noUpstream = () =>
      asset({
        key: "alone",
        partitions: days,
        partitionMappings: { elsewhere: allPartitionsMapping() },
        compute: () => 1,
      });
    expect(problemsOf(noUpstream)).toEqual([
      'Asset "alone": partitionMappings names "elsewhere", which is not an upstream of this asset. The asset has no upstream assets; add the upstream to ins or deps first.',
    ]);
  });

  it("reject mappings that do not fit the two assets' partitions when the definitions are defined, naming asset and upstream", () => {
    const byRegion = asset({
      key: "by_region",
      deps: [raw],
      partitions: regions,
      partitionMappings: { "ingest/raw_events": identityPartitionMapping() },
      compute: () => 1,
    });
    const problems = problemsOf(() => defineDefinitions({ assets: [raw, byRegion] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^Asset "by_region": the partition mapping for upstream "ingest\/raw_events" does not fit: .+/,
    );

    const windowed = asset({
      key: "windowed",
      deps: [raw],
      partitions: regions,
      partitionMappings: { "ingest/raw_events": timeWindowPartitionMapping() },
      compute: () => 1,
    });
    expect(problemsOf(() => defineDefinitions({ assets: [raw, windowed] }))[0]).toMatch(
      /^Asset "windowed": the partition mapping for upstream "ingest\/raw_events" does not fit/,
    );

    const fine = asset({
      key: "fine",
      ins: { raw },
      partitions: days,
      partitionMappings: { "ingest/raw_events": timeWindowPartitionMapping({ startOffset: -1, endOffset: -1 }) },
      compute: () => 1,
    });
    expect(() => defineDefinitions({ assets: [raw, fine] })).not.toThrow();
  });
});
