// The tags a schedule puts on the runs it launches: which schedule, and which tick, so a tick finds its runs again.

/** The schedule's name. */
export const SCHEDULE_TAG = "strata/schedule";
/** The tick's cron time as an ISO instant, e.g. "2026-12-02T06:00:00.000Z". */
export const TICK_TAG = "strata/tick";

/** Who launched a schedule's runs, as runs record it. */
export function scheduleLauncher(scheduleName: string): string {
  return `schedule:${scheduleName}`;
}
