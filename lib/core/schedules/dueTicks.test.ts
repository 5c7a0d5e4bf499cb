// Due ticks between a schedule's cursor and now: catchup launches each (a few at a time), no catchup launches the
// latest and records the others as missed, counting what it cannot list.
import { describe, expect, it } from "vitest";
import { type DueTicksInput, dueTicks, MISSED_TICKS_COUNT_LIMIT } from "./dueTicks";

const hourly = (overrides: Partial<DueTicksInput>): DueTicksInput => ({
  cron: "0 * * * *",
  timezone: "UTC",
  cursor: new Date("2026-06-01T00:00Z"),
  now: new Date("2026-06-01T05:30Z"),
  catchup: true,
  maxLaunches: 10,
  maxSkippedRecorded: 10,
  ...overrides,
});
const hours = (...values: number[]) =>
  values.map((hour) => new Date(`2026-06-01T${String(hour).padStart(2, "0")}:00Z`));

describe("dueTicks", () => {
  it("with catchup, launches every tick after the cursor in order", () => {
    expect(dueTicks(hourly({}))).toEqual({
      launch: hours(1, 2, 3, 4, 5),
      missed: { recorded: [], olderCount: 0, exact: true, oldest: null },
      moreDue: false,
    });
  });

  it("with catchup, launches a few at a time and says more are due", () => {
    const due = dueTicks(hourly({ maxLaunches: 3 }));
    expect(due.launch).toEqual(hours(1, 2, 3));
    expect(due.moreDue).toBe(true);
    expect(dueTicks(hourly({ maxLaunches: 3, cursor: hours(3)[0] })).launch).toEqual(hours(4, 5));
  });

  it("without catchup, launches the latest tick and records the ones missed before it", () => {
    const due = dueTicks(hourly({ catchup: false }));
    expect(due.launch).toEqual(hours(5));
    expect(due.missed).toEqual({ recorded: hours(1, 2, 3, 4), olderCount: 0, exact: true, oldest: null });
  });

  it("records a bounded number of missed ticks and counts the older ones", () => {
    const due = dueTicks(hourly({ catchup: false, maxSkippedRecorded: 2 }));
    expect(due.launch).toEqual(hours(5));
    expect(due.missed).toEqual({ recorded: hours(3, 4), olderCount: 2, exact: true, oldest: hours(1)[0] });
  });

  it("has nothing due when now has not passed a tick after the cursor", () => {
    expect(dueTicks(hourly({ cursor: hours(5)[0] })).launch).toEqual([]);
    expect(dueTicks(hourly({ catchup: false, cursor: hours(5)[0] })).launch).toEqual([]);
    expect(dueTicks(hourly({ now: new Date("2026-06-01T00:00Z") })).launch).toEqual([]);
    // A tick exactly at now is due; the cursor's own tick is not.
    expect(dueTicks(hourly({ cursor: hours(4)[0], now: hours(5)[0] })).launch).toEqual(hours(5));
  });

  it("counts at most a limited number of missed ticks after a long downtime, and still launches the latest", () => {
    const due = dueTicks({
      cron: "* * * * *",
      timezone: "UTC",
      cursor: new Date("2026-05-01T00:00Z"),
      now: new Date("2026-06-01T00:00:30Z"),
      catchup: false,
      maxLaunches: 10,
      maxSkippedRecorded: 3,
    });
    expect(due.launch).toEqual([new Date("2026-06-01T00:00Z")]);
    expect(due.missed.recorded).toEqual([
      new Date("2026-05-31T23:57Z"),
      new Date("2026-05-31T23:58Z"),
      new Date("2026-05-31T23:59Z"),
    ]);
    expect(due.missed.exact).toBe(false);
    expect(due.missed.olderCount).toBeGreaterThanOrEqual(MISSED_TICKS_COUNT_LIMIT);
    expect(due.missed.oldest).toEqual(new Date("2026-05-01T00:01Z"));
  });
});
