import { describe, expect, it } from "vitest";
import {
  addRange,
  fromKeyRanges,
  indicesOf,
  intersectRanges,
  normalizeRanges,
  rangesCount,
  rangesFromIndices,
  rangesHas,
  removeRange,
  subtractRanges,
  toKeyRanges,
  unionRanges,
} from "./rangeSet";
import { definitionOf, spaceAt } from "./testing";
import { dailyPartitionsSnapshot } from "./timeWindow";
import type { IndexRange, MultiPartitionsSnapshot } from "./types";

/** A seeded generator, so the comparisons with plain sets are repeatable. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function randomSet(next: () => number, size: number): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i < size; i++) if (next() < 0.4) set.add(i);
  return set;
}

function isNormal(ranges: readonly IndexRange[]): boolean {
  return ranges.every(([first, last], i) => first <= last && (i === 0 || first > (ranges[i - 1] as IndexRange)[1] + 1));
}

describe("range sets", () => {
  it("builds ranges from indices in any order", () => {
    expect(rangesFromIndices([5, 1, 2, 3, 9, 10, 3])).toEqual([
      [1, 3],
      [5, 5],
      [9, 10],
    ]);
    expect(rangesFromIndices([])).toEqual([]);
  });

  it("merges adjacent and overlapping ranges when adding", () => {
    expect(addRange([[1, 3]], 4, 6)).toEqual([[1, 6]]);
    expect(
      addRange(
        [
          [1, 3],
          [8, 9],
        ],
        5,
        6,
      ),
    ).toEqual([
      [1, 3],
      [5, 6],
      [8, 9],
    ]);
    expect(
      addRange(
        [
          [1, 3],
          [7, 9],
        ],
        4,
        6,
      ),
    ).toEqual([[1, 9]]);
    expect(
      addRange(
        [
          [1, 3],
          [7, 9],
        ],
        0,
        20,
      ),
    ).toEqual([[0, 20]]);
    expect(addRange([], 2, 2)).toEqual([[2, 2]]);
    expect(addRange([[1, 3]], 5, 4)).toEqual([[1, 3]]);
  });

  it("splits ranges when removing", () => {
    expect(removeRange([[1, 9]], 4, 5)).toEqual([
      [1, 3],
      [6, 9],
    ]);
    expect(removeRange([[1, 9]], 1, 1)).toEqual([[2, 9]]);
    expect(
      removeRange(
        [
          [1, 3],
          [5, 9],
        ],
        0,
        6,
      ),
    ).toEqual([[7, 9]]);
    expect(
      removeRange(
        [
          [1, 3],
          [5, 9],
        ],
        0,
        20,
      ),
    ).toEqual([]);
  });

  it("unions, intersects and subtracts", () => {
    const a: IndexRange[] = [
      [0, 4],
      [10, 14],
      [20, 20],
    ];
    const b: IndexRange[] = [
      [3, 11],
      [15, 16],
      [30, 31],
    ];
    expect(unionRanges(a, b)).toEqual([
      [0, 16],
      [20, 20],
      [30, 31],
    ]);
    expect(intersectRanges(a, b)).toEqual([
      [3, 4],
      [10, 11],
    ]);
    expect(subtractRanges(a, b)).toEqual([
      [0, 2],
      [12, 14],
      [20, 20],
    ]);
    expect(subtractRanges(b, a)).toEqual([
      [5, 9],
      [15, 16],
      [30, 31],
    ]);
  });

  it("agrees with plain sets on random inputs", () => {
    const next = random(42);
    for (let round = 0; round < 50; round++) {
      const left = randomSet(next, 60);
      const right = randomSet(next, 60);
      const a = rangesFromIndices(left);
      const b = rangesFromIndices(right);
      const union = unionRanges(a, b);
      const intersection = intersectRanges(a, b);
      const difference = subtractRanges(a, b);
      for (const result of [a, b, union, intersection, difference]) expect(isNormal(result)).toBe(true);
      expect([...indicesOf(union)]).toEqual([...new Set([...left, ...right])].sort((x, y) => x - y));
      expect([...indicesOf(intersection)]).toEqual([...left].filter((i) => right.has(i)).sort((x, y) => x - y));
      expect([...indicesOf(difference)]).toEqual([...left].filter((i) => !right.has(i)).sort((x, y) => x - y));
      for (let i = 0; i < 60; i++) expect(rangesHas(a, i)).toBe(left.has(i));
      expect(rangesCount(a)).toBe(left.size);
    }
  });

  it("normalises any list", () => {
    expect(
      normalizeRanges([
        [5, 6],
        [1, 2],
        [3, 3],
        [8, 7],
        [2, 4],
      ]),
    ).toEqual([[1, 6]]);
  });
});

describe("key ranges", () => {
  const daily = definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01" }));
  const space = spaceAt(daily, "2026-01-20T00:00:00Z");

  it("round-trips through keys", () => {
    const ranges: IndexRange[] = [
      [0, 2],
      [5, 5],
      [10, 18],
    ];
    const keyRanges = toKeyRanges(space, ranges);
    expect(keyRanges).toEqual([
      ["2026-01-01", "2026-01-03"],
      ["2026-01-06", "2026-01-06"],
      ["2026-01-11", "2026-01-19"],
    ]);
    expect(fromKeyRanges(space, keyRanges)).toEqual(ranges);
  });

  it("keeps positions when time windows are added", () => {
    const later = spaceAt(daily, "2026-03-01T00:00:00Z");
    expect(fromKeyRanges(later, toKeyRanges(space, [[3, 7]]))).toEqual([[3, 7]]);
  });

  it("clips time-window ranges whose ends are no longer partitions", () => {
    // Stored before the start moved, and up to a day whose window has not ended.
    expect(fromKeyRanges(space, [["2025-12-30", "2026-01-05"]])).toEqual([[0, 4]]);
    expect(fromKeyRanges(space, [["2026-01-03", "2026-02-01"]])).toEqual([[2, 18]]);
    expect(fromKeyRanges(space, [["2025-01-01", "2025-02-01"]])).toEqual([]);
    expect(
      fromKeyRanges(space, [
        ["nonsense", "2026-01-02"],
        ["2026-01-04", "garbage"],
      ]),
    ).toEqual([
      [1, 1],
      [3, 3],
    ]);
  });

  it("keeps only the remaining end of a dynamic range whose other end was deleted", () => {
    const customers = spaceAt({ type: "dynamic", name: "customers" }, "2026-01-01T00:00:00Z", {
      customers: ["b", "c", "d"],
    });
    expect(fromKeyRanges(customers, [["a", "c"]])).toEqual([[1, 1]]);
    expect(fromKeyRanges(customers, [["b", "d"]])).toEqual([[0, 2]]);
    expect(fromKeyRanges(customers, [["a", "z"]])).toEqual([]);
  });

  it("clips multi ranges by dimension", () => {
    const multi: MultiPartitionsSnapshot = {
      type: "multi",
      dimensions: [
        { name: "date", definition: daily },
        { name: "region", definition: { type: "static", keys: ["us", "eu", "apac"] } },
      ],
    };
    const grid = spaceAt(multi, "2026-01-04T00:00:00Z");
    expect(fromKeyRanges(grid, [["2025-12-31|us", "2026-01-02|eu"]])).toEqual([[0, 4]]);
    expect(fromKeyRanges(grid, [["2026-01-02|eu", "2026-01-09|us"]])).toEqual([[4, 8]]);
    expect(
      fromKeyRanges(
        grid,
        toKeyRanges(grid, [
          [1, 3],
          [7, 8],
        ]),
      ),
    ).toEqual([
      [1, 3],
      [7, 8],
    ]);
  });
});
