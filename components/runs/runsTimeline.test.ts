import { describe, expect, it } from "vitest";
import {
  AD_HOC_ROW,
  runSpan,
  type TimelineRunTimes,
  timelineBars,
  timelineRange,
  timelineRows,
  timelineTicks,
  timelineWindow,
} from "./runsTimeline";

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 5, 1, 12, 30);
const at = (ms: number) => new Date(ms).toISOString();

function run(id: string, startHoursAgo: number, endHoursAgo: number | null, extra: Partial<TimelineRunTimes> = {}) {
  return {
    runId: id,
    status: endHoursAgo === null ? ("STARTED" as const) : ("SUCCESS" as const),
    jobName: null,
    assetKeys: ["a"],
    creationTime: at(NOW - startHoursAgo * HOUR),
    startTime: at(NOW - startHoursAgo * HOUR),
    endTime: endHoursAgo === null ? null : at(NOW - endHoursAgo * HOUR),
    ...extra,
  };
}

describe("timelineRange", () => {
  it("reads the URL's range and falls back to 24 hours", () => {
    expect(timelineRange("7d").query).toBe("LAST_7_DAYS");
    expect(timelineRange("1h").query).toBe("LAST_HOUR");
    expect(timelineRange("bogus").id).toBe("24h");
    expect(timelineRange(null).id).toBe("24h");
  });
});

describe("timelineRows", () => {
  const runs = [
    run("1", 3, 2, { jobName: "nightly", assetKeys: ["raw", "clean"] }),
    run("2", 2, 1, { assetKeys: ["clean"] }),
    run("3", 1, 0.5, { jobName: "etl", assetKeys: ["raw"] }),
  ];

  it("puts each run in its job's row, jobs by name and the ad hoc row last", () => {
    expect(timelineRows(runs, "job").map((r) => [r.label, r.runs.map((x) => x.runId)])).toEqual([
      ["etl", ["3"]],
      ["nightly", ["1"]],
      [AD_HOC_ROW, ["2"]],
    ]);
  });

  it("by asset, a run shows in the row of each asset it materializes", () => {
    expect(timelineRows(runs, "asset").map((r) => [r.label, r.runs.map((x) => x.runId)])).toEqual([
      ["clean", ["1", "2"]],
      ["raw", ["1", "3"]],
    ]);
  });
});

describe("timelineBars", () => {
  const window = timelineWindow(6, NOW);

  it("extends a run in progress to now and clips a run that began before the window", () => {
    const bars = timelineBars([run("live", 1, null), run("old", 8, 5)], window);
    const live = bars.find((b) => b.run.runId === "live")!;
    const old = bars.find((b) => b.run.runId === "old")!;
    expect(old.left).toBe(0);
    expect(live.left + live.width).toBeCloseTo(((NOW - window.start) / (window.end - window.start)) * 100);
    expect(runSpan(run("live", 1, null), NOW).end).toBe(NOW);
  });

  it("stacks overlapping runs in lanes and reuses a lane once it is free", () => {
    const bars = timelineBars([run("a", 5, 3), run("b", 4, 2), run("c", 2.5, 1)], window);
    expect(Object.fromEntries(bars.map((b) => [b.run.runId, b.lane]))).toEqual({ a: 0, b: 1, c: 0 });
  });

  it("leaves out runs that ended before the window", () => {
    expect(timelineBars([run("gone", 9, 7)], window)).toEqual([]);
  });
});

describe("timelineTicks", () => {
  it("ticks the last hour every ten minutes", () => {
    const ticks = timelineTicks(timelineWindow(1, NOW), 10 * 60_000);
    expect(ticks[0]).toBe(Date.UTC(2026, 5, 1, 11, 30));
    expect(ticks.at(-1)).toBe(Date.UTC(2026, 5, 1, 12, 30));
  });

  it("ticks on whole hours", () => {
    const ticks = timelineTicks(timelineWindow(6, NOW), HOUR);
    expect(ticks[0]).toBe(Date.UTC(2026, 5, 1, 7));
    expect(ticks.at(-1)).toBe(Date.UTC(2026, 5, 1, 12));
  });

  it("ticks on local midnights for days", () => {
    // UTC+2: getTimezoneOffset is -120.
    const ticks = timelineTicks(timelineWindow(7 * 24, NOW), 24 * HOUR, -120);
    expect(ticks).toHaveLength(7);
    for (const t of ticks) expect(new Date(t + 2 * HOUR).getUTCHours()).toBe(0);
  });
});
