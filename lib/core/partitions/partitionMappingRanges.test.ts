import { describe, expect, it } from "vitest";
import { downstreamPartitionKeys, downstreamPartitionRanges, upstreamPartitionRanges } from "./partitionMapping";
import { definitionOf, spaceAt } from "./testing";
import { dailyPartitionsSnapshot, hourlyPartitionsSnapshot } from "./timeWindow";
import type { IndexRange, PartitionMappingSnapshot, StaticPartitionsSnapshot } from "./types";

const NOW = "2026-01-21T00:00:00Z";
const days = spaceAt(definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01" })), NOW);
const hours = spaceAt(definitionOf(hourlyPartitionsSnapshot({ start: "2026-01-01" })), NOW);
const regions = spaceAt({ type: "static", keys: ["us", "eu", "apac"] } satisfies StaticPartitionsSnapshot, NOW);
const window = (startOffset: number, endOffset: number): PartitionMappingSnapshot => ({
  type: "time_window",
  startOffset,
  endOffset,
});

describe("partition mappings over positions", () => {
  it("keeps positions through the identity of one space, and reads every position through all", () => {
    expect(
      downstreamPartitionRanges(
        { type: "identity" },
        days,
        [
          [2, 4],
          [9, 9],
        ],
        days,
      ),
    ).toEqual([
      [2, 4],
      [9, 9],
    ]);
    expect(upstreamPartitionRanges({ type: "all" }, days, [[0, 0]], regions)).toEqual([[0, 2]]);
  });

  it("maps a run of hours to the days they fall in, and a day to its 24 hours", () => {
    // Hours 23 … 49: the end of Jan 1 through the start of Jan 3.
    expect(downstreamPartitionRanges(window(0, 0), hours, [[23, 49]], days)).toEqual([[0, 2]]);
    expect(upstreamPartitionRanges(window(0, 0), days, [[1, 1]], hours)).toEqual([[24, 47]]);
  });

  it("agrees with the key mapping for a run of days with an offset, clipped to the space", () => {
    const ranges: IndexRange[] = [[3, 10]];
    const keys = Array.from({ length: 8 }, (_, i) => days.keyAt(3 + i));
    const byKeys = downstreamPartitionKeys(window(-1, 0), days, keys, days).map((key) => days.indexOf(key));
    expect(downstreamPartitionRanges(window(-1, 0), days, ranges, days)).toEqual([[byKeys[0], byKeys.at(-1)]]);
    // The last day is read by itself only: the day after it has not ended yet.
    expect(downstreamPartitionRanges(window(-1, 0), days, [[19, 40]], days)).toEqual([[19, 19]]);
  });

  it("maps static keys one by one", () => {
    const countries = spaceAt(
      { type: "static", keys: ["ca", "us", "de", "fr"] } satisfies StaticPartitionsSnapshot,
      NOW,
    );
    const mapping: PartitionMappingSnapshot = {
      type: "static",
      downstreamKeysByUpstreamKey: { us: ["ca", "us"], eu: ["de", "fr"] },
    };
    expect(downstreamPartitionRanges(mapping, regions, [[1, 2]], countries)).toEqual([[2, 3]]);
    expect(upstreamPartitionRanges(mapping, countries, [[0, 0]], regions)).toEqual([[0, 0]]);
  });
});
