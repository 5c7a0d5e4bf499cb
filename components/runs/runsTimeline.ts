// The runs timeline's geometry, pure: the window a range shows, rows of runs per job or per asset, where each bar sits,
// overlapping runs stacked in lanes, and round ticks along the time axis.
import type { RunStatus, RunsTimelineRange } from "../../graphql/client/generated/graphql";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type TimelineRangeId = "1h" | "6h" | "24h" | "7d";
export type TimelineGrouping = "job" | "asset";

export const TIMELINE_RANGES: ReadonlyArray<{
  id: TimelineRangeId;
  label: string;
  hours: number;
  query: RunsTimelineRange;
  tickMs: number;
}> = [
  { id: "1h", label: "1 hour", hours: 1, query: "LAST_HOUR", tickMs: 10 * 60_000 },
  { id: "6h", label: "6 hours", hours: 6, query: "LAST_6_HOURS", tickMs: HOUR },
  { id: "24h", label: "24 hours", hours: 24, query: "LAST_24_HOURS", tickMs: 3 * HOUR },
  { id: "7d", label: "7 days", hours: 7 * 24, query: "LAST_7_DAYS", tickMs: DAY },
];

export function timelineRange(id: string | null) {
  return TIMELINE_RANGES.find((r) => r.id === id) ?? TIMELINE_RANGES[2]!;
}

export function timelineGrouping(value: string | null): TimelineGrouping {
  return value === "asset" ? "asset" : "job";
}

/** What the timeline reads of a run. */
export interface TimelineRunTimes {
  runId: string;
  status: RunStatus;
  jobName: string | null;
  assetKeys: readonly string[];
  creationTime: string;
  startTime: string | null;
  endTime: string | null;
}

export interface TimelineWindow {
  start: number;
  end: number;
  now: number;
}

/** The range back from now, with a little room after now so the now-line and live bars' ends stay visible. */
export function timelineWindow(hours: number, now: number): TimelineWindow {
  const span = hours * HOUR;
  return { start: now - span, end: now + span * 0.03, now };
}

/** Runs without a job were launched from a selection of assets; they share one row. */
export const AD_HOC_ROW = "Ad hoc materializations";

export interface TimelineRow<R extends TimelineRunTimes> {
  key: string;
  label: string;
  runs: R[];
}

/** One row per job (or per asset: a run shows in each of its assets' rows), by name, the ad hoc row last. */
export function timelineRows<R extends TimelineRunTimes>(runs: readonly R[], by: TimelineGrouping): TimelineRow<R>[] {
  const rows = new Map<string, R[]>();
  const add = (key: string, run: R) => {
    const list = rows.get(key);
    if (list) list.push(run);
    else rows.set(key, [run]);
  };
  for (const run of runs) {
    if (by === "asset") for (const key of run.assetKeys) add(key, run);
    else add(run.jobName ?? AD_HOC_ROW, run);
  }
  const adHoc = (key: string) => by === "job" && key === AD_HOC_ROW;
  return [...rows.entries()]
    .sort(([a], [b]) => Number(adHoc(a)) - Number(adHoc(b)) || a.localeCompare(b))
    .map(([key, list]) => ({ key, label: key, runs: list }));
}

export interface TimelineBar<R> {
  run: R;
  /** Percent of the window. */
  left: number;
  width: number;
  lane: number;
}

/** A run's span: from its start (or creation, while queued) to its end, or to now while it is still going. */
export function runSpan(run: TimelineRunTimes, now: number): { start: number; end: number } {
  const start = Date.parse(run.startTime ?? run.creationTime);
  const end = run.endTime ? Date.parse(run.endTime) : now;
  return { start, end: Math.max(start, end) };
}

/**
 * The row's bars, overlapping runs stacked in lanes (the first lane free when the run starts), at most `maxLanes`:
 * the rest share the last lane.
 */
export function timelineBars<R extends TimelineRunTimes>(
  runs: readonly R[],
  window: TimelineWindow,
  maxLanes = 4,
): TimelineBar<R>[] {
  const span = window.end - window.start;
  const laneEnds: number[] = [];
  const spans = runs
    .map((run) => ({ run, ...runSpan(run, window.now) }))
    .filter((s) => s.end >= window.start && s.start <= window.end)
    .sort((a, b) => a.start - b.start);
  return spans.map((s) => {
    let lane = laneEnds.findIndex((end) => end <= s.start);
    if (lane === -1) lane = laneEnds.length < maxLanes ? laneEnds.length : maxLanes - 1;
    laneEnds[lane] = Math.max(laneEnds[lane] ?? 0, s.end);
    const from = Math.max(s.start, window.start);
    const to = Math.min(s.end, window.end);
    return { run: s.run, left: ((from - window.start) / span) * 100, width: ((to - from) / span) * 100, lane };
  });
}

/**
 * Ticks every `stepMs` inside the window: on whole hours for hour steps, on local midnights for day steps (in the
 * time zone at `offsetMinutes` from UTC, as Date.getTimezoneOffset gives it).
 */
export function timelineTicks(window: TimelineWindow, stepMs: number, offsetMinutes = 0): number[] {
  const shift = -offsetMinutes * 60_000;
  const first = Math.ceil((window.start + shift) / stepMs) * stepMs - shift;
  const ticks: number[] = [];
  for (let t = first; t <= window.end; t += stepMs) ticks.push(t);
  return ticks;
}
