import { describe, expect, it } from "vitest";
import { keyListOfArray, keyListOfRuns, timeWindowKeyRuns } from "./keyRuns";
import { definitionOf, spaceAt } from "./testing";
import { dailyPartitionsSnapshot, hourlyPartitionsSnapshot, monthlyPartitionsSnapshot } from "./timeWindow";
import { TimeWindowKeySpace } from "./timeWindowSpace";

function timeSpace(definition: Parameters<typeof spaceAt>[0], now: string): TimeWindowKeySpace {
  const space = spaceAt(definition, now);
  if (!(space instanceof TimeWindowKeySpace)) throw new Error("not a time window space");
  return space;
}

/** Every key read back from the runs is the space's own key, and every key is found at its position. */
function expectSameKeys(space: TimeWindowKeySpace): void {
  const runs = timeWindowKeyRuns(space);
  const list = keyListOfRuns(runs);
  expect(list.length).toBe(space.size);
  for (let i = 0; i < space.size; i++) {
    const key = space.keyAt(i);
    expect(list.at(i)).toBe(key);
    expect(list.indexOf(key)).toBe(i);
    expect(list.runEnd(i)).toBeGreaterThanOrEqual(i);
  }
}

describe("time-window keys as runs", () => {
  it("describes a year of UTC hours as one run and names every key from it", () => {
    const space = timeSpace(
      definitionOf(hourlyPartitionsSnapshot({ start: "2025-01-01-00:00" })),
      "2026-01-01T00:00:00Z",
    );
    expect(timeWindowKeyRuns(space)).toEqual([{ startKey: "2025-01-01-00:00", count: 8760, stepMinutes: 60 }]);
    expectSameKeys(space);
  });

  it("breaks runs where New York's clocks change, with the repeated hour a run of its own", () => {
    const space = timeSpace(
      definitionOf(hourlyPartitionsSnapshot({ start: "2026-03-07-00:00", timezone: "America/New_York" })),
      "2026-11-03T00:00:00Z",
    );
    const runs = timeWindowKeyRuns(space);
    expect(runs).toContainEqual({ startKey: "2026-11-01-01:00-0500", count: 1, stepMinutes: 0 });
    expect(runs.length).toBe(4);
    expectSameKeys(space);
  });

  it("keeps months, whose length varies, one run each, and days as one run", () => {
    expectSameKeys(timeSpace(definitionOf(monthlyPartitionsSnapshot({ start: "2024-01-01" })), "2026-06-01T00:00:00Z"));
    const days = timeSpace(definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01" })), "2026-06-01T00:00:00Z");
    expect(timeWindowKeyRuns(days)).toHaveLength(1);
    expectSameKeys(days);
  });

  it("finds nothing for keys that are not partitions", () => {
    const list = keyListOfRuns([{ startKey: "2026-01-01-00:00", count: 24, stepMinutes: 60 }]);
    expect(list.indexOf("2026-01-01-00:30")).toBe(-1);
    expect(list.indexOf("2026-01-02-00:00")).toBe(-1);
    expect(list.indexOf("2025-12-31-23:00")).toBe(-1);
    expect(list.indexOf("2026-01-01")).toBe(-1);
    expect(list.indexOf("yesterday")).toBe(-1);
    expect(list.at(24)).toBeUndefined();
  });

  it("reads a plain list the same way", () => {
    const list = keyListOfArray(["a", "b", "c"]);
    expect([list.length, list.at(1), list.indexOf("c"), list.indexOf("d"), list.runEnd(1)]).toEqual([3, "b", 2, -1, 1]);
  });
});
