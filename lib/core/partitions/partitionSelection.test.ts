import { describe, expect, it } from "vitest";
import { formatPartitionSelection, parsePartitionSelection } from "./partitionSelection";
import { rangesFromIndices } from "./rangeSet";
import { definitionOf, spaceAt } from "./testing";
import { dailyPartitionsSnapshot } from "./timeWindow";
import type { IndexRange, MultiPartitionsSnapshot, PartitionKeySpace } from "./types";

const daily = definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01" }));
// 2026-01-01 … 2026-01-19
const days = spaceAt(daily, "2026-01-20T00:00:00Z");
const regions = spaceAt({ type: "static", keys: ["us", "eu", "apac"] }, "2026-01-01T00:00:00Z");
const multi: MultiPartitionsSnapshot = {
  type: "multi",
  dimensions: [
    { name: "date", definition: daily },
    { name: "region", definition: { type: "static", keys: ["us", "eu", "apac", "latam"] } },
  ],
};
// 5 dates × 4 regions
const grid = spaceAt(multi, "2026-01-06T00:00:00Z");

function parsed(space: PartitionKeySpace, text: string): IndexRange[] {
  const result = parsePartitionSelection(space, text);
  if (!result.ok) throw new Error(result.message);
  return result.ranges;
}

function problem(space: PartitionKeySpace, text: string): string {
  const result = parsePartitionSelection(space, text);
  if (result.ok) throw new Error(`"${text}" parsed`);
  return result.message;
}

describe("parsePartitionSelection", () => {
  it("reads keys and inclusive ranges", () => {
    expect(parsed(days, "2026-01-01...2026-01-05, 2026-01-07")).toEqual([
      [0, 4],
      [6, 6],
    ]);
    expect(parsed(days, " 2026-01-03 ... 2026-01-03 ,")).toEqual([[2, 2]]);
    expect(parsed(regions, "us, apac")).toEqual([
      [0, 0],
      [2, 2],
    ]);
    expect(parsed(regions, "us...apac")).toEqual([[0, 2]]);
  });

  it("merges overlapping and adjacent items", () => {
    expect(parsed(days, "2026-01-01...2026-01-03, 2026-01-02...2026-01-04, 2026-01-05")).toEqual([[0, 4]]);
  });

  it("reads rectangles of two dimensions", () => {
    // Rows 2026-01-02 … 2026-01-04 × columns us … eu.
    expect(parsed(grid, "2026-01-02|us...2026-01-04|eu")).toEqual([
      [4, 5],
      [8, 9],
      [12, 13],
    ]);
    // Every column: one range.
    expect(parsed(grid, "2026-01-02|us...2026-01-03|latam")).toEqual([[4, 11]]);
    expect(parsed(grid, "2026-01-05|apac")).toEqual([[18, 18]]);
  });

  it.each([
    ["", "Select at least one partition."],
    [" , ", "Select at least one partition."],
    ["2026-02-30", '"2026-02-30" is not a real date: February 2026 has 28 days.'],
    ["2025-12-01...2026-01-02", '"2025-12-01" is before the start 2026-01-01.'],
    ["2026-01-02...2026-01-25", '"2026-01-25": its window has not ended yet (it ends at 2026-01-26 00:00 UTC).'],
    [
      "2026-01-05...2026-01-01",
      'Range "2026-01-05...2026-01-01" runs backwards: "2026-01-01" comes before "2026-01-05".',
    ],
    [
      "2026-01-01...2026-01-02...2026-01-03",
      '"2026-01-01...2026-01-02...2026-01-03" has more than one "..."; a range is FIRST...LAST.',
    ],
    ["2026-01-01...", '"2026-01-01..." is missing its last key; a range is FIRST...LAST.'],
  ])("rejects %j", (text, message) => {
    expect(problem(days, text)).toBe(message);
  });

  it("names an unknown static key", () => {
    expect(problem(regions, "us, mars")).toBe('"mars" is not one of us, eu, apac.');
  });

  it("explains two-dimensional mistakes", () => {
    expect(problem(grid, "2026-01-02...2026-01-04")).toBe(
      '"2026-01-02...2026-01-04": in a date × region selection both ends of a range are date|region keys, e.g. "2026-01-02|us...2026-01-04|latam" for every region.',
    );
    expect(problem(grid, "2026-01-02")).toBe('"2026-01-02" is not of the form date|region.');
    expect(problem(grid, "2026-01-02|eu...2026-01-04|us")).toBe(
      'Range "2026-01-02|eu...2026-01-04|us" runs backwards: region "us" comes before "eu".',
    );
    expect(problem(grid, "2026-01-04|us...2026-01-02|eu")).toBe(
      'Range "2026-01-04|us...2026-01-02|eu" runs backwards: date "2026-01-02" comes before "2026-01-04".',
    );
    expect(problem(grid, "2026-01-02|mars...2026-01-04|eu")).toBe(
      '"2026-01-02|mars": region "mars" is not one of us, eu, apac, latam.',
    );
  });
});

describe("formatPartitionSelection", () => {
  it("prints keys and ranges", () => {
    expect(
      formatPartitionSelection(days, [
        [0, 4],
        [6, 6],
      ]),
    ).toBe("2026-01-01...2026-01-05, 2026-01-07");
    expect(formatPartitionSelection(days, [])).toBe("");
    expect(formatPartitionSelection(regions, [[0, 2]])).toBe("us...apac");
  });

  it("prints rectangles where the selection is rectangular", () => {
    expect(
      formatPartitionSelection(grid, [
        [4, 5],
        [8, 9],
        [12, 13],
      ]),
    ).toBe("2026-01-02|us...2026-01-04|eu");
    expect(formatPartitionSelection(grid, [[0, 19]])).toBe("2026-01-01|us...2026-01-05|latam");
    expect(formatPartitionSelection(grid, [[4, 11]])).toBe("2026-01-02|us...2026-01-03|latam");
  });

  it("prints the rest row by row", () => {
    // Row 0 from eu to the end, then row 1 up to apac.
    expect(formatPartitionSelection(grid, [[1, 6]])).toBe(
      "2026-01-01|eu...2026-01-01|latam, 2026-01-02|us...2026-01-02|apac",
    );
    expect(
      formatPartitionSelection(grid, [
        [0, 0],
        [2, 2],
        [4, 4],
        [6, 6],
      ]),
    ).toBe("2026-01-01|us...2026-01-02|us, 2026-01-01|apac...2026-01-02|apac");
  });

  it("is the inverse of parsing for any selection", () => {
    let state = 7;
    const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let round = 0; round < 100; round++) {
      for (const space of [grid, days]) {
        const chosen = Array.from({ length: space.size }, (_, i) => i).filter(() => next() < (round % 2 ? 0.3 : 0.8));
        if (chosen.length === 0) continue;
        const ranges = rangesFromIndices(chosen);
        expect(parsed(space, formatPartitionSelection(space, ranges))).toEqual(ranges);
      }
    }
  });
});
