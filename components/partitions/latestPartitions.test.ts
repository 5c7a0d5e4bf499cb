import { describe, expect, it } from "vitest";
import { latestPartitionRanges } from "./latestPartitions";

const days = { kind: "TIME_WINDOW", keys: ["2026-01-01", "2026-01-02", "2026-01-03"] };
const regions = { kind: "STATIC", keys: ["americas", "emea"] };

describe("latestPartitionRanges", () => {
  it("is the last key of one dimension, and nothing without keys", () => {
    expect(latestPartitionRanges([days])).toEqual([[2, 2]]);
    expect(latestPartitionRanges([{ kind: "TIME_WINDOW", keys: [] }])).toEqual([]);
    expect(latestPartitionRanges([])).toEqual([]);
  });

  it("is the latest day of every region when the days are the first dimension", () => {
    // 2026-01-03|americas and 2026-01-03|emea.
    expect(latestPartitionRanges([days, regions])).toEqual([[4, 5]]);
  });

  it("is the latest day of every region when the days are the second dimension", () => {
    // americas|2026-01-03 at 2, emea|2026-01-03 at 5.
    expect(latestPartitionRanges([regions, days])).toEqual([
      [2, 2],
      [5, 5],
    ]);
  });

  it("is the very last key when no dimension is time", () => {
    expect(latestPartitionRanges([regions, { kind: "STATIC", keys: ["a", "b"] }])).toEqual([[3, 3]]);
  });
});
