// The latest tick of a cron in a time zone at or before a moment, by the same DST rules as schedules
// (lib/core/schedules/scheduleTicks.ts): a skipped wall time fires when the clocks resume.
import { parseCron } from "./partitions";
import { ticksBetween } from "./schedules/scheduleTicks";

/** Null when the cron is invalid or has not fired in the last year. */
export function latestCronTick(cronText: string, timezone: string, now: Date): Date | null {
  if (!parseCron(cronText).ok) return null;
  for (const lookbackDays of [2, 35, 370]) {
    const ticks = ticksBetween({ cron: cronText, timezone }, new Date(now.getTime() - lookbackDays * 86_400_000), now);
    const latest = ticks.at(-1);
    if (latest) return latest;
  }
  return null;
}
