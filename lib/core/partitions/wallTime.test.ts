import { describe, expect, it } from "vitest";
import {
  dayOfWeek,
  daysFromCivil,
  minutesToWallTime,
  parseWallTimeKey,
  parseWallTimeText,
  wallTimeToMinutes,
} from "./wallTime";

describe("wall-clock calendar", () => {
  it("counts days like Date does", () => {
    for (const [year, month, day] of [
      [1970, 1, 1],
      [2000, 2, 29],
      [2026, 12, 31],
      [1900, 3, 1],
      [2100, 2, 28],
    ] as const) {
      expect(daysFromCivil(year, month, day)).toBe(Date.UTC(year, month - 1, day) / 86_400_000);
    }
    expect(dayOfWeek(2026, 1, 1)).toBe(4);
  });

  it("round-trips minutes", () => {
    const wall = { year: 2028, month: 2, day: 29, hour: 23, minute: 59 };
    expect(minutesToWallTime(wallTimeToMinutes(wall))).toEqual(wall);
  });

  it("reads keys strictly and bounds leniently", () => {
    expect(parseWallTimeKey("2026-01-01", "date").ok).toBe(true);
    expect(parseWallTimeKey("2026-1-1", "date")).toEqual({
      ok: false,
      message: '"2026-1-1" is not a date key like 2026-01-01.',
    });
    expect(parseWallTimeKey("2026-01-01", "datetime")).toEqual({
      ok: false,
      message: '"2026-01-01" is not a date-time key like 2026-01-01-06:00.',
    });
    expect(parseWallTimeKey("2026-01-01-24:00", "datetime")).toEqual({
      ok: false,
      message: '"2026-01-01-24:00" is not a real time: hours go 00-23.',
    });
    expect(parseWallTimeKey("2026-13-01", "date")).toEqual({
      ok: false,
      message: '"2026-13-01" is not a real date: months go 01-12.',
    });
    for (const text of ["2026-01-01-06:00", "2026-01-01T06:00", "2026-01-01 06:00", "2026-01-01T06:00:00"]) {
      expect(parseWallTimeText(text)).toEqual({ ok: true, wall: { year: 2026, month: 1, day: 1, hour: 6, minute: 0 } });
    }
    expect(parseWallTimeText("2026-01-01T06:00:30").ok).toBe(false);
    expect(parseWallTimeText("2026-01-01T06:00Z")).toMatchObject({
      ok: false,
      message: expect.stringContaining("zone offset"),
    });
    expect(parseWallTimeText("January 1st")).toMatchObject({ ok: false });
  });
});
