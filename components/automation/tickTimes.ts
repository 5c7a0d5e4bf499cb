// Tick times for people: a schedule's in its own time zone (as its cron reads), a sensor's to the second in the
// viewer's, and how long until one comes.

/** The day and time of a tick, with the year only when it is not this year's. */
function dayAndTime(sameYear: boolean): Intl.DateTimeFormatOptions {
  return {
    weekday: "short",
    month: "short",
    day: "numeric",
    ...(sameYear ? {} : { year: "numeric" }),
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  };
}

/** "Wed, Dec 2, 06:00 UTC", with the year when it is not this year's; the zone is the schedule's, named in full. */
export function formatTickTime(iso: string, timeZone: string, now = Date.now()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameYear = new Date(now).getUTCFullYear() === date.getUTCFullYear();
  try {
    const text = date.toLocaleString("en-US", { timeZone, ...dayAndTime(sameYear) });
    return `${text} ${timeZone}`;
  } catch {
    // A zone this browser does not know: UTC, said plainly, rather than nothing.
    return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  }
}

/** "Wed, Dec 2, 06:00:15 UTC" in the viewer's time zone: sensors evaluate every few seconds, so seconds count. */
export function formatEvaluationTime(iso: string, now = Date.now()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameYear = new Date(now).getFullYear() === date.getFullYear();
  return date.toLocaleString("en-US", { ...dayAndTime(sameYear), second: "2-digit", timeZoneName: "short" });
}

/** "in 45s", "in 12m", "in 5h", "in 3d" for a moment ahead; "now" once it has come. */
export function formatTimeUntil(iso: string, now: number): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  if (Number.isNaN(seconds)) return iso;
  if (seconds <= 0) return "now";
  if (seconds < 60) return `in ${seconds}s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `in ${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `in ${hours}h`;
  return `in ${Math.round(hours / 24)}d`;
}
