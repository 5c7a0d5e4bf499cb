import { describe, expect, it } from "vitest";
import { instantToWallTime, isValidTimeZone, wallTimeToInstant } from "./timeZone";

const at = (year: number, month: number, day: number, hour: number, minute = 0) => ({ year, month, day, hour, minute });

describe("time zones", () => {
  it("knows IANA names", () => {
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("America/New_York")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(isValidTimeZone(" UTC")).toBe(false);
  });

  it("turns wall-clock time into instants", () => {
    expect(wallTimeToInstant(at(2026, 1, 15, 12), "America/New_York")?.toISOString()).toBe("2026-01-15T17:00:00.000Z");
    expect(wallTimeToInstant(at(2026, 7, 15, 12), "America/New_York")?.toISOString()).toBe("2026-07-15T16:00:00.000Z");
    expect(wallTimeToInstant(at(2026, 7, 15, 12), "Europe/Berlin")?.toISOString()).toBe("2026-07-15T10:00:00.000Z");
    expect(wallTimeToInstant(at(2026, 7, 15, 12), "UTC")?.toISOString()).toBe("2026-07-15T12:00:00.000Z");
  });

  it("has no instant for a wall time the clocks skip", () => {
    expect(wallTimeToInstant(at(2026, 3, 8, 2, 30), "America/New_York")).toBeNull();
    expect(wallTimeToInstant(at(2026, 3, 29, 2), "Europe/Berlin")).toBeNull();
    expect(wallTimeToInstant(at(2026, 3, 8, 3), "America/New_York")?.toISOString()).toBe("2026-03-08T07:00:00.000Z");
  });

  it("takes the earlier instant for a wall time that occurs twice", () => {
    expect(wallTimeToInstant(at(2026, 11, 1, 1, 30), "America/New_York")?.toISOString()).toBe(
      "2026-11-01T05:30:00.000Z",
    );
    expect(wallTimeToInstant(at(2026, 10, 25, 2, 30), "Europe/Berlin")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("shows instants as wall-clock time", () => {
    expect(instantToWallTime(new Date("2026-11-01T05:30:00Z"), "America/New_York")).toEqual(at(2026, 11, 1, 1, 30));
    expect(instantToWallTime(new Date("2026-11-01T06:30:00Z"), "America/New_York")).toEqual(at(2026, 11, 1, 1, 30));
    expect(instantToWallTime(new Date("2026-03-08T07:00:00Z"), "America/New_York")).toEqual(at(2026, 3, 8, 3));
    expect(instantToWallTime(new Date("2026-01-01T00:00:00Z"), "Asia/Kolkata")).toEqual(at(2026, 1, 1, 5, 30));
  });
});
