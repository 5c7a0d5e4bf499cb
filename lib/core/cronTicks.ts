// Cron ticks as instants in a time zone: the latest at or before a moment. A tick whose wall time falls in a DST gap
// does not happen that day (as in Airflow and Dagster); a wall time that occurs twice ticks at its first occurrence.
import { instantToWallTime, nextCronTick, parseCron, wallTimeToInstant } from "./partitions";

/** The latest tick at or before `now`; null when the cron is invalid or has not fired in the last year. */
export function latestCronTick(cronText: string, timezone: string, now: Date): Date | null {
  const parsed = parseCron(cronText);
  if (!parsed.ok) return null;
  for (const lookbackDays of [2, 35, 370]) {
    let wall = instantToWallTime(new Date(now.getTime() - lookbackDays * 86_400_000), timezone);
    let latest: Date | null = null;
    for (;;) {
      wall = nextCronTick(parsed.cron, wall);
      const instant = wallTimeToInstant(wall, timezone);
      if (instant === null) continue;
      if (instant > now) break;
      latest = instant;
    }
    if (latest) return latest;
  }
  return null;
}
