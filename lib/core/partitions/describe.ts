// Partitions definitions in words, for people: "Daily from 2026-01-01 (UTC)", "Static: us, eu, apac", "date × region".
import { type CronSchedule, cronHasRelativeDays, parseCron } from "./cron";
import type { PartitionsDefinitionSnapshot, TimeWindowPartitionsSnapshot } from "./types";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth"];

function clock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

function single(values: readonly number[]): number | null {
  return values.length === 1 ? (values[0] as number) : null;
}

export interface CadenceOptions {
  /** Say "at 00:00" rather than leave midnight out ("Daily"): a schedule's reader wants the time. */
  showMidnight?: boolean;
}

/**
 * "Hourly", "Daily at 06:00", "Weekly on Monday", "Monthly on day 15", "Monthly on the last day", "Second Friday of
 * the month at 06:00", or null when the cron is none of these (callers show the cron itself then).
 */
export function cadenceOf(cron: CronSchedule, options: CadenceOptions = {}): string | null {
  const minute = single(cron.minutes);
  if (minute === null || cron.months.length !== 12) return null;
  const everyDay = !cron.restrictsDayOfMonth && !cron.restrictsDayOfWeek;
  if (cron.hours.length === 24 && everyDay)
    return minute === 0 ? "Hourly" : `Hourly at :${String(minute).padStart(2, "0")}`;
  const hour = single(cron.hours);
  if (hour === null) return null;
  const at = hour === 0 && minute === 0 && !options.showMidnight ? "" : ` at ${clock(hour, minute)}`;
  if (cronHasRelativeDays(cron)) return relativeDays(cron, at);
  if (everyDay) return `Daily${at}`;
  const weekday = single(cron.daysOfWeek);
  if (!cron.restrictsDayOfMonth && weekday !== null) return `Weekly on ${WEEKDAYS[weekday] ?? weekday}${at}`;
  const monthDay = single(cron.daysOfMonth);
  if (!cron.restrictsDayOfWeek && monthDay !== null)
    return monthDay === 1 ? `Monthly${at}` : `Monthly on day ${monthDay}${at}`;
  return null;
}

/** One day a month named by the calendar (L, LW, 15W, 5#2, 5L) and nothing else; null for lists and mixes. */
function relativeDays(cron: CronSchedule, at: string): string | null {
  if (!cron.restrictsDayOfWeek) {
    const rules = (cron.lastDayOfMonth ? 1 : 0) + (cron.lastWeekdayOfMonth ? 1 : 0) + cron.nearestWeekdays.length;
    if (cron.daysOfMonth.length > 0 || rules !== 1) return null;
    if (cron.lastDayOfMonth) return `Monthly on the last day${at}`;
    if (cron.lastWeekdayOfMonth) return `Monthly on the last weekday${at}`;
    return `Monthly on the weekday nearest day ${cron.nearestWeekdays[0]}${at}`;
  }
  if (cron.restrictsDayOfMonth || cron.daysOfWeek.length > 0) return null;
  const [nth, ...moreNth] = cron.nthDaysOfWeek;
  const [last, ...moreLast] = cron.lastDaysOfWeek;
  if (moreNth.length > 0 || moreLast.length > 0) return null;
  if (nth && last === undefined) return `${ORDINALS[nth.nth - 1]} ${WEEKDAYS[nth.dayOfWeek]} of the month${at}`;
  if (last !== undefined && !nth) return `Last ${WEEKDAYS[last]} of the month${at}`;
  return null;
}

function describeTimeWindow(definition: TimeWindowPartitionsSnapshot): string {
  const parsed = parseCron(definition.cron);
  const cadence = (parsed.ok ? cadenceOf(parsed.cron) : null) ?? `Cron "${definition.cron}"`;
  const until = definition.end ? ` until ${definition.end}` : "";
  const offset = definition.endOffset ?? 0;
  const windows = (count: number) => `${count} window${count === 1 ? "" : "s"}`;
  const shifted =
    offset > 0
      ? `, with ${windows(offset)} past the last complete one`
      : offset < 0
        ? `, leaving out the latest ${windows(-offset)}`
        : "";
  return `${cadence} from ${definition.start}${until} (${definition.timezone})${shifted}`;
}

/** At most `limit` keys, then how many there are in all. */
export function listKeys(keys: readonly string[], limit = 10): string {
  if (keys.length <= limit) return keys.join(", ");
  return `${keys.slice(0, limit).join(", ")}, … (${keys.length} keys)`;
}

export function describePartitionsDefinition(definition: PartitionsDefinitionSnapshot): string {
  switch (definition.type) {
    case "time_window":
      return describeTimeWindow(definition);
    case "static":
      return definition.keys.length === 0 ? "Static: no keys" : `Static: ${listKeys(definition.keys)}`;
    case "dynamic":
      return `Dynamic: ${definition.name}`;
    case "multi":
      return definition.dimensions.map((dimension) => dimension.name).join(" × ");
  }
}
