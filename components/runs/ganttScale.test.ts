import { describe, expect, it } from "vitest";
import { formatTick, ganttTicks, ganttWindow } from "./ganttScale";

const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms).toISOString();

function run(startMs: number, endMs: number | null, steps: Array<[number, number | null]> = []) {
  return {
    creationTime: at(startMs),
    startTime: at(startMs),
    endTime: endMs === null ? null : at(endMs),
    steps: steps.map(([s, e]) => ({ startTime: at(s), endTime: e === null ? null : at(e) })),
  };
}

describe("ganttWindow", () => {
  it("spans a short finished run exactly, not a padded second", () => {
    const w = ganttWindow(run(0, 120, [[5, 110]]), Date.UTC(2030, 0, 1));
    expect(w.end - w.start).toBe(120);
  });

  it("extends a run in progress to now", () => {
    const start = Date.UTC(2026, 0, 1);
    const w = ganttWindow(run(0, null, [[0, null]]), start + 4_000);
    expect(w.end - w.start).toBe(4_000);
  });

  it("keeps an instantaneous run from a zero-width window", () => {
    const w = ganttWindow(run(0, 0), 0);
    expect(w.end - w.start).toBeGreaterThan(0);
  });
});

describe("ganttTicks", () => {
  it("ticks a sub-second run in tens of milliseconds", () => {
    const ticks = ganttTicks({ start: 0, end: 300 });
    expect(ticks).toEqual([0, 50, 100, 150, 200, 250, 300]);
    expect(ticks.map(formatTick)).toEqual(["0s", "50ms", "100ms", "150ms", "200ms", "250ms", "300ms"]);
  });

  it("ticks a run of a few milliseconds in single milliseconds", () => {
    expect(ganttTicks({ start: 0, end: 7 })).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("keeps second-scale ticks for longer runs", () => {
    expect(ganttTicks({ start: 0, end: 40_000 })).toEqual([
      0, 5_000, 10_000, 15_000, 20_000, 25_000, 30_000, 35_000, 40_000,
    ]);
    expect(formatTick(90_000)).toBe("1m 30s");
  });

  it("never exceeds the tick budget", () => {
    for (const span of [3, 45, 999, 1_001, 61_000, 5_000_000, 90_000_000]) {
      expect(ganttTicks({ start: 0, end: span }).length).toBeLessThanOrEqual(9);
    }
  });
});
