// Crons in words, and null for shapes without a short name.
import { expect, it } from "vitest";
import { describeCron } from "./describeCron";

it("names the common shapes of crons", () => {
  expect(describeCron("0 6 * * *")).toBe("Daily at 06:00");
  expect(describeCron("0 0 * * *")).toBe("Daily at 00:00");
  expect(describeCron("@hourly")).toBe("Hourly");
  expect(describeCron("*/15 * * * *")).toBe("Every 15 minutes");
  expect(describeCron("* * * * *")).toBe("Every minute");
  expect(describeCron("0 9 * * 1-5")).toBe("Weekdays at 09:00");
  expect(describeCron("30 7 * * MON")).toBe("Weekly on Monday at 07:30");
  expect(describeCron("@weekly")).toBe("Weekly on Sunday at 00:00");
  expect(describeCron("0 0 ? * mon")).toBe("Weekly on Monday at 00:00");
  expect(describeCron("0 0 1 * *")).toBe("Monthly at 00:00");
  expect(describeCron("0 0 15 * *")).toBe("Monthly on day 15 at 00:00");
  expect(describeCron("7 3 1,15 * *")).toBeNull();
  expect(describeCron("not a cron")).toBeNull();
});

it.each([
  ["0 0 L * *", "Monthly on the last day at 00:00"],
  ["30 23 l * ?", "Monthly on the last day at 23:30"],
  ["0 0 LW * *", "Monthly on the last weekday at 00:00"],
  ["0 9 15W * *", "Monthly on the weekday nearest day 15 at 09:00"],
  ["0 6 * * 5#2", "Second Friday of the month at 06:00"],
  ["0 6 ? * MON#1", "First Monday of the month at 06:00"],
  ["0 18 * * FRIL", "Last Friday of the month at 18:00"],
  ["0 18 * * 0#L", "Last Sunday of the month at 18:00"],
])("names %s: %s", (cron, words) => {
  expect(describeCron(cron)).toBe(words);
});

it.each([
  "0 0 1,L * *",
  "0 0 15,L * *",
  "0 0 L,15W * *",
  "0 0 L * 5#2",
  "0 0 L * MON",
  "0 0 * * 1,5#2",
  "0 9 * * 1-5,6#1",
  "0 0 * * 5#2,5#4",
  "0 0 * * 5#2,1L",
  "0 0 L 2 *",
  "0 * L * *",
  "0 6,18 * * 5#2",
  "*/15 * L * *",
])("does not pass %s off as a simpler cron", (cron) => {
  expect(describeCron(cron)).toBeNull();
});
