import { describe, expect, it } from "vitest";
import { keyListOfRuns, type PartitionKeyList } from "../../lib/core/partitions";
import { linearGridLayout, matrixGridLayout, moveFocus } from "./partitionGridLayout";

const days = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
  );

describe("linearGridLayout", () => {
  it("puts daily keys one month per row, each day under its day-of-month column", () => {
    const keys = days("2026-01-15", 60); // Jan 15 … Mar 15
    const layout = linearGridLayout(keys, "TIME_WINDOW", 40);
    expect(layout.rows.map((r) => r.label)).toEqual(["Jan 2026", "Feb 2026", "Mar 2026"]);
    expect(layout.rows[0]).toMatchObject({ first: 0, last: 16, offset: 14 });
    expect(layout.rows[1]).toMatchObject({ first: 17, last: 44, offset: 0 });
    expect(layout.columnCount).toBe(31);
    expect(layout.cellOf(keys.indexOf("2026-02-10"))).toEqual({ row: 1, column: 9 });
    expect(layout.indexAt(1, 9)).toBe(keys.indexOf("2026-02-10"));
    expect(layout.indexAt(1, 29)).toBeNull(); // there is no February 30th
  });

  it("puts hourly keys one day per row", () => {
    const keys = Array.from(
      { length: 30 },
      (_, h) => `2026-01-${String(1 + Math.floor(h / 24)).padStart(2, "0")}-${String(h % 24).padStart(2, "0")}:00`,
    );
    const layout = linearGridLayout(keys, "TIME_WINDOW", 40);
    expect(layout.rows).toHaveLength(2);
    expect(layout.columnCount).toBe(24);
    expect(layout.columnLabels?.[13]).toBe("13");
    expect(layout.rows[1]).toMatchObject({ label: "Jan 2, 2026", first: 24, last: 29, offset: 0 });
  });

  it("keeps the repeated hour of a fall-back night under its hour, on a row of its own", () => {
    const keys = [
      "2026-11-01-00:00",
      "2026-11-01-01:00",
      "2026-11-01-01:00-0800",
      "2026-11-01-02:00",
      "2026-11-01-03:00",
    ];
    const layout = linearGridLayout(keys, "TIME_WINDOW", 40);
    expect(layout.columnCount).toBe(24);
    expect(layout.rows).toEqual([
      { label: "Nov 1, 2026", first: 0, last: 1, offset: 0 },
      { label: null, first: 2, last: 4, offset: 1 },
    ]);
  });

  it("wraps static keys at the width it has, labelling rows only when there are several", () => {
    const few = linearGridLayout(["us", "eu", "apac"], "STATIC", 20);
    expect(few.rows).toEqual([{ label: null, first: 0, last: 2, offset: 0 }]);
    expect(few.labelled).toBe(false);
    const many = linearGridLayout(
      Array.from({ length: 25 }, (_, i) => `customer-${i}`),
      "DYNAMIC",
      10,
    );
    expect(many.rows.map((r) => [r.label, r.first, r.last])).toEqual([
      ["customer-0", 0, 9],
      ["customer-10", 10, 19],
      ["customer-20", 20, 24],
    ]);
  });

  it("lays out 100,000 daily keys quickly", () => {
    const keys = days("1800-01-01", 100_000);
    const started = performance.now();
    const layout = linearGridLayout(keys, "TIME_WINDOW", 40);
    expect(performance.now() - started).toBeLessThan(500);
    expect(layout.rows.length).toBeGreaterThan(3000);
    expect(layout.cellOf(99_999).row).toBe(layout.rows.length - 1);
  });
});

describe("matrixGridLayout", () => {
  const dates = { name: "date", keys: days("2026-01-01", 10) };
  const regions = { name: "region", keys: ["americas", "emea", "apac"] };

  it("puts the dimension with fewer keys on the rows", () => {
    const layout = matrixGridLayout(dates, regions);
    expect(layout.rowDimension).toBe(1);
    expect(Array.from({ length: layout.rowKeys.length }, (_, i) => layout.rowKeys.at(i))).toEqual(regions.keys);
    expect(layout.columnCount).toBe(10);
    // Flat index is date-major: (2026-01-03, emea) = 2 * 3 + 1.
    expect(layout.indexAt(1, 2)).toBe(7);
    expect(layout.cellOf(7)).toEqual({ row: 1, column: 2 });
  });

  it("spans a rectangle as sorted flat ranges, merging where rows meet", () => {
    const layout = matrixGridLayout(dates, regions);
    // americas..emea × 2026-01-02..2026-01-04
    expect(layout.span(layout.indexAt(0, 1) ?? -1, layout.indexAt(1, 3) ?? -1)).toEqual([
      [3, 4],
      [6, 7],
      [9, 10],
    ]);
    // Every region of two days is one contiguous run.
    expect(layout.span(layout.indexAt(0, 1) ?? -1, layout.indexAt(2, 2) ?? -1)).toEqual([[3, 8]]);
    const rowsFirst = matrixGridLayout(regions, dates);
    expect(rowsFirst.rowDimension).toBe(0);
    expect(rowsFirst.span(rowsFirst.indexAt(0, 0) ?? -1, rowsFirst.indexAt(1, 1) ?? -1)).toEqual([
      [0, 1],
      [10, 11],
    ]);
  });
});

describe("moveFocus", () => {
  it("steps through keys left and right, and keeps the column up and down", () => {
    const keys = days("2026-01-15", 60);
    const layout = linearGridLayout(keys, "TIME_WINDOW", 40);
    const jan31 = keys.indexOf("2026-01-31");
    expect(moveFocus(layout, jan31, "right", keys.length)).toBe(keys.indexOf("2026-02-01"));
    expect(moveFocus(layout, keys.indexOf("2026-02-10"), "up", keys.length)).toBe(keys.indexOf("2026-01-15")); // no Jan 10: nearest
    expect(moveFocus(layout, jan31, "down", keys.length)).toBe(keys.indexOf("2026-02-28")); // no Feb 31: nearest
    expect(moveFocus(layout, 0, "left", keys.length)).toBe(0);
  });

  it("moves by cell in a 2-D grid and stops at its edges", () => {
    const layout = matrixGridLayout(
      { name: "date", keys: days("2026-01-01", 5) },
      { name: "region", keys: ["us", "eu"] },
    );
    const start = layout.indexAt(0, 4) ?? -1;
    expect(moveFocus(layout, start, "right", 10)).toBe(start);
    expect(layout.cellOf(moveFocus(layout, start, "down", 10))).toEqual({ row: 1, column: 4 });
  });
});

describe("linearGridLayout over keys sent as runs", () => {
  const runsOf = (first: string, count: number, stepMinutes: number) => [{ startKey: first, count, stepMinutes }];
  const expand = (list: PartitionKeyList) => Array.from({ length: list.length }, (_, i) => list.at(i) as string);

  it("lays out the same rows as the listed keys, for hours and for days", () => {
    for (const runs of [
      runsOf("2026-01-01-05:00", 24 * 70, 60),
      runsOf("2025-12-30", 400, 1440),
      [...runsOf("2026-03-08-00:00", 2, 60), ...runsOf("2026-03-08-03:00", 50, 60)],
    ]) {
      const list = keyListOfRuns(runs);
      const fromRuns = linearGridLayout(list, "TIME_WINDOW", 40);
      const fromKeys = linearGridLayout(expand(list), "TIME_WINDOW", 40);
      expect(fromRuns.rows).toEqual(fromKeys.rows);
      expect(fromRuns.columnCount).toBe(fromKeys.columnCount);
    }
  });
});

describe("matrixGridLayout over keys sent as runs", () => {
  it("reads a dimension of a million hours by position, without listing it", () => {
    const hours = keyListOfRuns([{ startKey: "1912-11-07-01:00", count: 1_000_000, stepMinutes: 60 }]);
    let listed = 0;
    // Counts every key read: a layout that listed the dimension would read all million.
    const counted: PartitionKeyList = {
      ...hours,
      length: hours.length,
      at: (index) => {
        listed++;
        return hours.at(index);
      },
    };
    const layout = matrixGridLayout({ name: "hour", keys: counted }, { name: "region", keys: ["us", "eu"] });
    expect(listed).toBe(0);
    expect(layout.rowKeys.at(1)).toBe("eu");
    expect(layout.columnCount).toBe(1_000_000);
    expect(layout.columnKeys.at(999_999)).toBe(hours.at(999_999));
    expect(layout.cellOf(layout.indexAt(1, 999_999) ?? -1)).toEqual({ row: 1, column: 999_999 });
  });
});
