import { describe, expect, it } from "vitest";
import {
  defaultPartitionMapping,
  downstreamPartitionKeys,
  partitionMappingProblem,
  samePartitionsDefinition,
  upstreamPartitionKeys,
} from "./partitionMapping";
import { definitionOf, spaceAt } from "./testing";
import { dailyPartitionsSnapshot, hourlyPartitionsSnapshot, weeklyPartitionsSnapshot } from "./timeWindow";
import type { MultiPartitionsSnapshot, PartitionMappingSnapshot, StaticPartitionsSnapshot } from "./types";

const NOW = "2026-01-20T12:00:00Z";
const daily = definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01" }));
const weekly = definitionOf(weeklyPartitionsSnapshot({ start: "2026-01-01", dayOffset: 1 }));
const regions: StaticPartitionsSnapshot = { type: "static", keys: ["us", "eu", "apac"] };
const countries: StaticPartitionsSnapshot = { type: "static", keys: ["us", "eu", "ca"] };
const markets: StaticPartitionsSnapshot = { type: "static", keys: ["na", "emea"] };
const dateByRegion: MultiPartitionsSnapshot = {
  type: "multi",
  dimensions: [
    { name: "date", definition: daily },
    { name: "region", definition: regions },
  ],
};
const regionByDate: MultiPartitionsSnapshot = {
  type: "multi",
  dimensions: [
    { name: "region", definition: regions },
    { name: "date", definition: daily },
  ],
};

// 2026-01-01 … 2026-01-19
const days = spaceAt(daily, NOW);
// 2026-01-05 and 2026-01-12: the week of the 19th has not ended.
const weeks = spaceAt(weekly, NOW);
const identity: PartitionMappingSnapshot = { type: "identity" };
const all: PartitionMappingSnapshot = { type: "all" };
const overlapping: PartitionMappingSnapshot = { type: "time_window", startOffset: 0, endOffset: 0 };
const previous: PartitionMappingSnapshot = { type: "time_window", startOffset: -1, endOffset: -1 };

describe("defaultPartitionMapping", () => {
  it("reads everything across unpartitioned assets", () => {
    expect(defaultPartitionMapping(null, daily)).toEqual({ type: "all" });
    expect(defaultPartitionMapping(daily, null)).toEqual({ type: "all" });
    expect(defaultPartitionMapping(null, null)).toEqual({ type: "all" });
  });

  it("maps equal definitions to the same key, whatever their key order", () => {
    const reordered = {
      keyFormat: daily.keyFormat,
      timezone: daily.timezone,
      end: daily.end,
      start: daily.start,
      cron: daily.cron,
      type: daily.type,
    };
    expect(samePartitionsDefinition(daily, reordered)).toBe(true);
    expect(defaultPartitionMapping(daily, reordered)).toEqual({ type: "identity" });
  });

  it("maps time windows by overlap", () => {
    expect(defaultPartitionMapping(daily, weekly)).toEqual({ type: "time_window", startOffset: 0, endOffset: 0 });
  });

  it("maps through the shared dimension in both directions", () => {
    expect(defaultPartitionMapping(dateByRegion, daily)).toEqual({ type: "dimension", dimension: "date" });
    expect(defaultPartitionMapping(daily, dateByRegion)).toEqual({ type: "dimension", dimension: "date" });
    expect(defaultPartitionMapping(regions, dateByRegion)).toEqual({ type: "dimension", dimension: "region" });
  });

  it("falls back to all", () => {
    expect(defaultPartitionMapping(regions, daily)).toEqual({ type: "all" });
    expect(defaultPartitionMapping(regions, markets)).toEqual({ type: "all" });
    expect(defaultPartitionMapping(weekly, dateByRegion)).toEqual({ type: "all" });
  });
});

describe("partitionMappingProblem", () => {
  it("accepts mappings that fit", () => {
    expect(partitionMappingProblem(identity, daily, { ...daily })).toBeNull();
    expect(partitionMappingProblem(all, regions, null)).toBeNull();
    expect(partitionMappingProblem(previous, daily, weekly)).toBeNull();
    expect(
      partitionMappingProblem(
        { type: "static", downstreamKeysByUpstreamKey: { us: ["na"], eu: ["emea"] } },
        countries,
        markets,
      ),
    ).toBeNull();
    expect(partitionMappingProblem({ type: "dimension", dimension: "date" }, dateByRegion, daily)).toBeNull();
    expect(partitionMappingProblem({ type: "dimension", dimension: "date" }, daily, dateByRegion)).toBeNull();
  });

  it.each<
    [
      string,
      PartitionMappingSnapshot,
      Parameters<typeof partitionMappingProblem>[1],
      Parameters<typeof partitionMappingProblem>[2],
      string,
    ]
  >([
    [
      "identity between different definitions",
      identity,
      daily,
      regions,
      "The identity mapping needs the same partitions on both sides; upstream is Daily from 2026-01-01 (UTC), downstream is Static: us, eu, apac.",
    ],
    [
      "identity to an unpartitioned asset",
      identity,
      daily,
      null,
      "The identity mapping needs partitions on both sides; upstream is Daily from 2026-01-01 (UTC), downstream is not partitioned.",
    ],
    [
      "time_window from static partitions",
      overlapping,
      regions,
      daily,
      "A time-window mapping needs time-window partitions on both sides; upstream is Static: us, eu, apac, downstream is Daily from 2026-01-01 (UTC).",
    ],
    [
      "reversed offsets",
      { type: "time_window", startOffset: 0, endOffset: -1 },
      daily,
      daily,
      "A time-window mapping's startOffset (0) is after its endOffset (-1), so it reads nothing.",
    ],
    [
      "fractional offsets",
      { type: "time_window", startOffset: -0.5, endOffset: 0 },
      daily,
      daily,
      "A time-window mapping's offsets are whole numbers of partitions; got startOffset -0.5 and endOffset 0.",
    ],
    [
      "an unknown upstream key",
      { type: "static", downstreamKeysByUpstreamKey: { mx: ["na"] } },
      countries,
      markets,
      'The static mapping names upstream partition "mx", which is not one of us, eu, ca.',
    ],
    [
      "an unknown downstream key",
      { type: "static", downstreamKeysByUpstreamKey: { us: ["latam"] } },
      countries,
      markets,
      'The static mapping sends "us" to downstream partition "latam", which is not one of na, emea.',
    ],
    [
      "static between time windows",
      { type: "static", downstreamKeysByUpstreamKey: {} },
      daily,
      markets,
      "A static mapping needs static or dynamic partitions on both sides; upstream is Daily from 2026-01-01 (UTC), downstream is Static: na, emea.",
    ],
    [
      "a missing dimension",
      { type: "dimension", dimension: "day" },
      dateByRegion,
      daily,
      'The dimension mapping names "day", which is not a dimension of date × region.',
    ],
    [
      "a dimension that differs",
      { type: "dimension", dimension: "date" },
      dateByRegion,
      weekly,
      'The dimension mapping needs dimension "date" to equal the other asset\'s partitions; it is Daily from 2026-01-01 (UTC), the other is Weekly on Monday from 2026-01-05 (UTC).',
    ],
    [
      "a dimension between single definitions",
      { type: "dimension", dimension: "date" },
      daily,
      daily,
      "A dimension mapping connects a multi-partitioned asset with a single-dimension one; upstream is Daily from 2026-01-01 (UTC), downstream is Daily from 2026-01-01 (UTC).",
    ],
  ])("explains %s", (_name, mapping, upstream, downstream, message) => {
    expect(partitionMappingProblem(mapping, upstream, downstream)).toBe(message);
  });
});

describe("upstreamPartitionKeys and downstreamPartitionKeys", () => {
  it("handles unpartitioned assets", () => {
    expect(upstreamPartitionKeys(all, days, ["2026-01-02"], null)).toEqual([]);
    expect(upstreamPartitionKeys(all, null, [], weeks)).toEqual(["2026-01-05", "2026-01-12"]);
    expect(downstreamPartitionKeys(all, days, ["2026-01-02"], null)).toEqual([]);
    expect(downstreamPartitionKeys(all, null, [], weeks)).toEqual(["2026-01-05", "2026-01-12"]);
  });

  it("maps identity key for key, in upstream order without duplicates", () => {
    expect(upstreamPartitionKeys(identity, days, ["2026-01-05", "2026-01-02", "2026-01-05"], days)).toEqual([
      "2026-01-02",
      "2026-01-05",
    ]);
    expect(downstreamPartitionKeys(identity, days, ["2026-01-03"], days)).toEqual(["2026-01-03"]);
  });

  it("maps all to every partition", () => {
    expect(upstreamPartitionKeys(all, weeks, ["2026-01-05"], days)).toHaveLength(19);
    expect(downstreamPartitionKeys(all, days, ["2026-01-05"], weeks)).toEqual(["2026-01-05", "2026-01-12"]);
    expect(upstreamPartitionKeys(all, weeks, [], days)).toEqual([]);
  });

  it("reads the seven days of a week", () => {
    expect(upstreamPartitionKeys(overlapping, weeks, ["2026-01-05"], days)).toEqual([
      "2026-01-05",
      "2026-01-06",
      "2026-01-07",
      "2026-01-08",
      "2026-01-09",
      "2026-01-10",
      "2026-01-11",
    ]);
    expect(downstreamPartitionKeys(overlapping, days, ["2026-01-08"], weeks)).toEqual(["2026-01-05"]);
    // The week of the 19th has not ended, so no weekly partition reads the 19th yet.
    expect(downstreamPartitionKeys(overlapping, days, ["2026-01-19"], weeks)).toEqual([]);
    expect(upstreamPartitionKeys(overlapping, days, ["2026-01-08"], weeks)).toEqual(["2026-01-05"]);
  });

  it("reads the previous day with offsets of -1", () => {
    expect(upstreamPartitionKeys(previous, days, ["2026-01-05"], days)).toEqual(["2026-01-04"]);
    expect(upstreamPartitionKeys(previous, days, ["2026-01-01"], days)).toEqual([]);
    expect(upstreamPartitionKeys(previous, days, ["2026-01-01", "2026-01-02", "2026-01-03"], days)).toEqual([
      "2026-01-01",
      "2026-01-02",
    ]);
    expect(downstreamPartitionKeys(previous, days, ["2026-01-04"], days)).toEqual(["2026-01-05"]);
    // The 20th has not ended yet.
    expect(downstreamPartitionKeys(previous, days, ["2026-01-19"], days)).toEqual([]);
  });

  it("widens by whole upstream partitions", () => {
    const lastThreeDays: PartitionMappingSnapshot = { type: "time_window", startOffset: -2, endOffset: 0 };
    expect(upstreamPartitionKeys(lastThreeDays, days, ["2026-01-10"], days)).toEqual([
      "2026-01-08",
      "2026-01-09",
      "2026-01-10",
    ]);
    expect(upstreamPartitionKeys(lastThreeDays, days, ["2026-01-02"], days)).toEqual(["2026-01-01", "2026-01-02"]);
    expect(downstreamPartitionKeys(lastThreeDays, days, ["2026-01-10"], days)).toEqual([
      "2026-01-10",
      "2026-01-11",
      "2026-01-12",
    ]);
    expect(downstreamPartitionKeys(lastThreeDays, days, ["2026-01-18"], days)).toEqual(["2026-01-18", "2026-01-19"]);
  });

  it("counts offsets in downstream partitions: the day before, read from a weekly upstream", () => {
    expect(upstreamPartitionKeys(previous, days, ["2026-01-19"], weeks)).toEqual(["2026-01-12"]);
    expect(upstreamPartitionKeys(previous, days, ["2026-01-13"], weeks)).toEqual(["2026-01-12"]);
    // Monday the 12th reads Sunday the 11th, in the week of the 5th.
    expect(upstreamPartitionKeys(previous, days, ["2026-01-12"], weeks)).toEqual(["2026-01-05"]);
    expect(downstreamPartitionKeys(previous, weeks, ["2026-01-12"], days)).toEqual([
      "2026-01-13",
      "2026-01-14",
      "2026-01-15",
      "2026-01-16",
      "2026-01-17",
      "2026-01-18",
      "2026-01-19",
    ]);
    expect(downstreamPartitionKeys(previous, weeks, ["2026-01-05"], days)).toEqual([
      "2026-01-06",
      "2026-01-07",
      "2026-01-08",
      "2026-01-09",
      "2026-01-10",
      "2026-01-11",
      "2026-01-12",
    ]);
  });

  it("reads 23 and 25 hours for the days clocks change", () => {
    const hours = spaceAt(
      definitionOf(hourlyPartitionsSnapshot({ start: "2026-01-01", timezone: "America/New_York" })),
      "2026-12-01T00:00:00Z",
    );
    const newYorkDays = spaceAt(
      definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", timezone: "America/New_York" })),
      "2026-12-01T00:00:00Z",
    );
    expect(upstreamPartitionKeys(overlapping, newYorkDays, ["2026-03-08"], hours)).toHaveLength(23);
    expect(upstreamPartitionKeys(overlapping, newYorkDays, ["2026-11-01"], hours)).toHaveLength(25);
    expect(upstreamPartitionKeys(overlapping, newYorkDays, ["2026-11-01"], hours).slice(1, 3)).toEqual([
      "2026-11-01-01:00",
      "2026-11-01-01:00-0500",
    ]);
    expect(downstreamPartitionKeys(overlapping, hours, ["2026-11-01-01:00-0500"], newYorkDays)).toEqual(["2026-11-01"]);
    expect(upstreamPartitionKeys(overlapping, newYorkDays, ["2026-03-09"], hours)).toHaveLength(24);
  });

  it("follows a static mapping", () => {
    const mapping: PartitionMappingSnapshot = {
      type: "static",
      downstreamKeysByUpstreamKey: { ca: ["na"], us: ["na"], eu: ["emea"] },
    };
    const upstream = spaceAt(countries, NOW);
    const downstream = spaceAt(markets, NOW);
    expect(upstreamPartitionKeys(mapping, downstream, ["na"], upstream)).toEqual(["us", "ca"]);
    expect(upstreamPartitionKeys(mapping, downstream, ["emea", "na"], upstream)).toEqual(["us", "eu", "ca"]);
    expect(downstreamPartitionKeys(mapping, upstream, ["eu", "ca"], downstream)).toEqual(["na", "emea"]);
  });

  it("maps a multi asset to the single one of its dimension and back", () => {
    const byDate: PartitionMappingSnapshot = { type: "dimension", dimension: "date" };
    const grid = spaceAt(dateByRegion, NOW);
    const transposed = spaceAt(regionByDate, NOW);
    // Downstream multi reads its date from the daily upstream.
    expect(upstreamPartitionKeys(byDate, grid, ["2026-01-02|eu", "2026-01-02|us", "2026-01-01|us"], days)).toEqual([
      "2026-01-01",
      "2026-01-02",
    ]);
    expect(downstreamPartitionKeys(byDate, days, ["2026-01-02"], grid)).toEqual([
      "2026-01-02|us",
      "2026-01-02|eu",
      "2026-01-02|apac",
    ]);
    // Downstream daily reads every region of its date from the multi upstream, whichever dimension is the date.
    expect(upstreamPartitionKeys(byDate, days, ["2026-01-02"], grid)).toEqual([
      "2026-01-02|us",
      "2026-01-02|eu",
      "2026-01-02|apac",
    ]);
    expect(upstreamPartitionKeys(byDate, days, ["2026-01-02"], transposed)).toEqual([
      "us|2026-01-02",
      "eu|2026-01-02",
      "apac|2026-01-02",
    ]);
    expect(downstreamPartitionKeys(byDate, transposed, ["apac|2026-01-03", "us|2026-01-03"], days)).toEqual([
      "2026-01-03",
    ]);
  });
});
