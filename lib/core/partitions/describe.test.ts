// Cadences of time-window partitions in words: midnight left out, calendar days (L, W, #) named, anything else null.
import { expect, it } from "vitest";
import { type CronSchedule, parseCron } from "./cron";
import { cadenceOf } from "./describe";

function cron(text: string): CronSchedule {
  const parsed = parseCron(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.cron;
}

it.each([
  ["0 * * * *", "Hourly"],
  ["0 0 * * *", "Daily"],
  ["0 6 * * *", "Daily at 06:00"],
  ["0 0 * * 1", "Weekly on Monday"],
  ["0 0 1 * *", "Monthly"],
  ["0 0 15 * *", "Monthly on day 15"],
  ["0 0 L * *", "Monthly on the last day"],
  ["0 0 LW * *", "Monthly on the last weekday"],
  ["0 0 1W * *", "Monthly on the weekday nearest day 1"],
  ["0 0 * * 5#2", "Second Friday of the month"],
  ["0 6 * * 5L", "Last Friday of the month at 06:00"],
  ["0 0 1,L * *", null],
  ["0 0 L * 5", null],
  ["0 0 * * 1,5#2", null],
  ["0 0 L 1-6 *", null],
])("%s is %s", (text, cadence) => {
  expect(cadenceOf(cron(text))).toBe(cadence);
});
