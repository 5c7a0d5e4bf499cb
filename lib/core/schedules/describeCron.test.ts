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
  expect(describeCron("0 0 1 * *")).toBe("Monthly at 00:00");
  expect(describeCron("7 3 1,15 * *")).toBeNull();
  expect(describeCron("not a cron")).toBeNull();
});
