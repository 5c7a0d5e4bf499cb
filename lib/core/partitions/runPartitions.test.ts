import { describe, expect, it } from "vitest";
import { parsePartitionSelection } from "./partitionSelection";
import {
  checkRunPartitions,
  formatRunPartitions,
  parseRunPartitions,
  partitionKeySelection,
  partitionRangeSelection,
  type RunPartitionSelection,
  type RunPartitionsAsset,
  runPartitionsOfFields,
} from "./runPartitions";
import { definitionOf, spaceAt } from "./testing";
import { dailyPartitionsSnapshot } from "./timeWindow";
import { PARTITION_RANGE_SEPARATOR } from "./types";

// 2026-01-01 … 2026-01-19
const days = spaceAt(definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01" })), "2026-01-20T00:00:00Z");
const regions = spaceAt({ type: "static", keys: ["us", "eu", "apac"] }, "2026-01-01T00:00:00Z");

const daily: RunPartitionsAsset = { assetKey: "daily", space: days, acceptsRange: false };
const ranged: RunPartitionsAsset = { assetKey: "ranged", space: days, acceptsRange: true };
const regional: RunPartitionsAsset = { assetKey: "regional", space: regions, acceptsRange: false };
const plain: RunPartitionsAsset = { assetKey: "plain", space: null, acceptsRange: false };
const launch = { refuseWhenUnpartitioned: true };

function errorsOf(
  assets: readonly RunPartitionsAsset[],
  selection: RunPartitionSelection | null,
  options = launch,
): string[] {
  const checked = checkRunPartitions(assets, selection, options);
  if (checked.ok) throw new Error("passed");
  return checked.errors;
}

describe("the serialized form", () => {
  it("is the key, or FIRST...LAST with the one range separator", () => {
    expect(PARTITION_RANGE_SEPARATOR).toBe("...");
    expect(formatRunPartitions(partitionKeySelection("2026-01-05"))).toBe("2026-01-05");
    expect(formatRunPartitions(partitionRangeSelection("2026-01-01", "2026-01-07"))).toBe("2026-01-01...2026-01-07");
  });

  it("parses back to the same value", () => {
    const values: RunPartitionSelection[] = [
      partitionKeySelection("eu"),
      partitionKeySelection("2026-01-05|us"),
      partitionRangeSelection("2026-01-01|us", "2026-01-07|eu"),
    ];
    for (const value of values)
      expect(parseRunPartitions(formatRunPartitions(value))).toEqual({ ok: true, selection: value });
    expect(parseRunPartitions(" 2026-01-01 ... 2026-01-07 ")).toEqual({
      ok: true,
      selection: { kind: "range", start: "2026-01-01", end: "2026-01-07" },
    });
  });

  it("is one item of the partition selection syntax, so a backfill reads a run's text alike", () => {
    const text = formatRunPartitions(partitionRangeSelection("2026-01-02", "2026-01-04"));
    expect(parsePartitionSelection(days, text)).toEqual({ ok: true, ranges: [[1, 3]] });
  });

  it("refuses text that is not a key or one range", () => {
    expect(parseRunPartitions("a...b...c")).toEqual({
      ok: false,
      message: '"a...b...c" has more than one "..."; a range is FIRST...LAST.',
    });
    expect(parseRunPartitions("...b")).toEqual({
      ok: false,
      message: '"...b" is missing its first key; a range is FIRST...LAST.',
    });
    expect(parseRunPartitions("a...")).toEqual({
      ok: false,
      message: '"a..." is missing its last key; a range is FIRST...LAST.',
    });
    expect(parseRunPartitions("  ")).toEqual({ ok: false, message: "A partition key cannot be empty." });
  });
});

describe("runPartitionsOfFields", () => {
  it("takes a key or a range, not both", () => {
    expect(runPartitionsOfFields("eu", null)).toEqual({ ok: true, selection: { kind: "key", key: "eu" } });
    expect(runPartitionsOfFields(undefined, { start: "a", end: "b" })).toEqual({
      ok: true,
      selection: { kind: "range", start: "a", end: "b" },
    });
    expect(runPartitionsOfFields(null, undefined)).toEqual({ ok: true, selection: null });
    expect(runPartitionsOfFields("a", { start: "a", end: "b" })).toEqual({
      ok: false,
      message: 'A run takes a partition key or a partition range, not both (got "a" and "a...b").',
    });
  });
});

describe("checkRunPartitions", () => {
  it("gives each partitioned asset its positions; unpartitioned assets run unpartitioned", () => {
    expect(checkRunPartitions([plain, daily], partitionKeySelection("2026-01-05"), launch)).toEqual({
      ok: true,
      ranges: new Map([["daily", [4, 4]]]),
    });
    expect(checkRunPartitions([ranged], partitionRangeSelection("2026-01-02", "2026-01-04"), launch)).toEqual({
      ok: true,
      ranges: new Map([["ranged", [1, 3]]]),
    });
  });

  it("needs a selection for partitioned assets", () => {
    expect(errorsOf([daily], null)).toEqual([
      'Asset "daily" is partitioned; choose a partition (or launch a backfill).',
    ]);
    expect(errorsOf([regional, plain, daily], null)).toEqual([
      'Assets "regional", "daily" are partitioned; choose a partition (or launch a backfill).',
    ]);
  });

  it("refuses a selection no asset uses at a launch, and lets it pass when asked to", () => {
    expect(errorsOf([plain], partitionKeySelection("2026-01-05"))).toEqual([
      'None of the selected assets is partitioned, so the partition "2026-01-05" does not apply; launch without a partition.',
    ]);
    expect(errorsOf([plain], partitionRangeSelection("a", "b"))).toEqual([
      'None of the selected assets is partitioned, so the partition range "a...b" does not apply; launch without a partition.',
    ]);
    expect(
      checkRunPartitions([plain], partitionKeySelection("2026-01-05"), { refuseWhenUnpartitioned: false }),
    ).toEqual({ ok: true, ranges: new Map() });
  });

  it("names every asset that lacks the key, and why", () => {
    expect(errorsOf([regional, daily], partitionKeySelection("eu"))).toEqual([
      'Asset "daily" cannot run for partition "eu": "eu" is not a date key like 2026-01-01.',
    ]);
    expect(errorsOf([daily], partitionKeySelection("2025-12-31"))).toEqual([
      'Asset "daily" cannot run for partition "2025-12-31": "2025-12-31" is before the start 2026-01-01.',
    ]);
  });

  it("runs a range only for assets that accept one, with both ends in order", () => {
    expect(errorsOf([daily], partitionRangeSelection("2026-01-01", "2026-01-02"))).toEqual([
      'Asset "daily" materializes one partition per run, so it cannot run for the range "2026-01-01...2026-01-02"; run each partition (a backfill does), or give it backfillPolicy: "single_run".',
    ]);
    expect(errorsOf([ranged], partitionRangeSelection("2026-01-05", "2026-01-02"))).toEqual([
      'Asset "ranged": the partition range "2026-01-05...2026-01-02" ends before it starts; write the earlier key first.',
    ]);
    expect(errorsOf([ranged], partitionRangeSelection("2025-12-31", "2026-01-02"))).toEqual([
      'Asset "ranged" cannot run for the range "2025-12-31...2026-01-02": its start "2025-12-31" is before the start 2026-01-01.',
    ]);
  });
});
