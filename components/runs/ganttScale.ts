// The Gantt chart's time scale: the window it spans and round-numbered ticks along it.
import type { RunDetail } from "./useRun";

const TICK_STEPS_MS = [
  1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000,
  600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 21_600_000,
];

const MIN_WINDOW_MS = 10;

/** The times the scale reads from a run: its own and its steps'. */
export type GanttRunTimes = Pick<RunDetail, "startTime" | "endTime" | "creationTime"> & {
  steps: ReadonlyArray<{ startTime: string | null; endTime: string | null }>;
};

export interface GanttWindow {
  start: number;
  end: number;
}

/**
 * From the run's start (or creation) to its end, or to `now` while it runs. A run of a few milliseconds keeps its own
 * scale (ticks in ms); the floor only keeps an instantaneous run from dividing by zero.
 */
export function ganttWindow(run: GanttRunTimes, now: number): GanttWindow {
  const times = (values: Array<string | null>) =>
    values
      .filter((v): v is string => v !== null)
      .map(Date.parse)
      .filter((t) => !Number.isNaN(t));
  const starts = times([run.startTime, ...run.steps.map((s) => s.startTime)]);
  const ends = times([run.endTime, ...run.steps.map((s) => s.endTime)]);
  const start = starts.length > 0 ? Math.min(...starts) : Date.parse(run.creationTime);
  const end = run.endTime ? Math.max(...ends) : Math.max(now, ...ends);
  return { start, end: Math.max(end, start + MIN_WINDOW_MS) };
}

export function ganttTicks(window: GanttWindow, maxTicks = 8): number[] {
  const span = window.end - window.start;
  const step = TICK_STEPS_MS.find((s) => span / s <= maxTicks) ?? Math.ceil(span / maxTicks);
  const ticks: number[] = [];
  for (let t = 0; t <= span; t += step) ticks.push(t);
  return ticks;
}

export function formatTick(ms: number): string {
  if (ms === 0) return "0s";
  if (ms < 1_000) return `${ms}ms`;
  if (ms < 60_000) return `${ms / 1_000}s`;
  if (ms < 3_600_000) return `${Math.floor(ms / 60_000)}m${ms % 60_000 ? ` ${Math.round((ms % 60_000) / 1000)}s` : ""}`;
  return `${Math.floor(ms / 3_600_000)}h${ms % 3_600_000 ? ` ${Math.round((ms % 3_600_000) / 60_000)}m` : ""}`;
}

/** Percent position of a time within the window, clamped to [0, 100]. */
export function pct(time: number, window: GanttWindow): number {
  return Math.min(100, Math.max(0, ((time - window.start) / (window.end - window.start)) * 100));
}
