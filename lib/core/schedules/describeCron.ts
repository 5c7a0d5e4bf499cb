// A schedule's cron in words for the console and the CLI: "Daily at 06:00", "Every 15 minutes", "Weekdays at 09:00".
import { type CronSchedule, cronHasRelativeDays, parseCron } from "../partitions/cron";
import { cadenceOf } from "../partitions/describe";

const pad = (value: number) => String(value).padStart(2, "0");

/** Minutes 0, n, 2n … of every hour of every day: "Every n minutes". */
function everyFewMinutes(cron: CronSchedule): string | null {
  const [first, second] = cron.minutes;
  if (
    first !== 0 ||
    second === undefined ||
    cron.hours.length !== 24 ||
    cron.restrictsDayOfMonth ||
    cron.restrictsDayOfWeek ||
    cron.months.length !== 12
  )
    return null;
  const step = second - first;
  const regular =
    60 % step === 0 && cron.minutes.length === 60 / step && cron.minutes.every((minute, i) => minute === i * step);
  return regular ? (step === 1 ? "Every minute" : `Every ${step} minutes`) : null;
}

/** "Weekdays at 09:00" for Monday to Friday at one time. */
function weekdays(cron: CronSchedule): string | null {
  const [minute] = cron.minutes;
  const [hour] = cron.hours;
  if (
    cron.minutes.length !== 1 ||
    cron.hours.length !== 1 ||
    cron.restrictsDayOfMonth ||
    cron.months.length !== 12 ||
    cronHasRelativeDays(cron)
  )
    return null;
  return cron.daysOfWeek.join(",") === "1,2,3,4,5" ? `Weekdays at ${pad(hour!)}:${pad(minute!)}` : null;
}

/** The cron in words, or null when it is none of the common shapes (show the cron itself then). */
export function describeCron(cronText: string): string | null {
  const parsed = parseCron(cronText);
  if (!parsed.ok) return null;
  // With midnight said: "Daily" alone reads as vague for a schedule.
  return cadenceOf(parsed.cron, { showMidnight: true }) ?? everyFewMinutes(parsed.cron) ?? weekdays(parsed.cron);
}
