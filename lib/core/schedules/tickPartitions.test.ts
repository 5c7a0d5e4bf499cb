// The partitions a tick launches: the last window ended at the tick, across zones and dimensions.
import { describe, expect, it } from "vitest";
import type { KeySpaceContext, PartitionsDefinitionSnapshot, TimeWindowPartitionsSnapshot } from "../partitions/types";
import { tickPartitions } from "./tickPartitions";

const daily = (timezone = "UTC"): TimeWindowPartitionsSnapshot => ({
  type: "time_window",
  cron: "0 0 * * *",
  start: "2026-01-01",
  end: null,
  timezone,
  keyFormat: "date",
});
const hourlyDefinition: TimeWindowPartitionsSnapshot = {
  type: "time_window",
  cron: "0 * * * *",
  start: "2026-01-01-00:00",
  end: null,
  timezone: "UTC",
  keyFormat: "datetime",
};
const regions: PartitionsDefinitionSnapshot = { type: "static", keys: ["us", "eu"] };
const at = (now: string, dynamicKeys: Record<string, string[]> = {}): KeySpaceContext => ({
  now: new Date(now),
  dynamicKeys: (name) => dynamicKeys[name] ?? [],
});

describe("tickPartitions", () => {
  it("launches an unpartitioned target once, without a partition", () => {
    expect(tickPartitions(undefined, at("2026-03-10T06:00Z"))).toEqual({ kind: "launch", partitionKeys: [null] });
  });

  it("launches the last window that has ended at the tick", () => {
    expect(tickPartitions(daily(), at("2026-03-10T06:00Z"))).toEqual({ kind: "launch", partitionKeys: ["2026-03-09"] });
    // A window ending exactly at the tick counts as ended.
    expect(tickPartitions(daily(), at("2026-03-10T00:00Z"))).toEqual({ kind: "launch", partitionKeys: ["2026-03-09"] });
    expect(tickPartitions(hourlyDefinition, at("2026-03-10T06:00Z"))).toEqual({
      kind: "launch",
      partitionKeys: ["2026-03-10-05:00"],
    });
  });

  it("reads windows in the partitions' own zone", () => {
    // 06:00 in Berlin on the day summer time starts is 04:00 UTC; the Berlin day of the 28th has ended.
    expect(tickPartitions(daily("Europe/Berlin"), at("2026-03-29T04:00Z"))).toEqual({
      kind: "launch",
      partitionKeys: ["2026-03-28"],
    });
    // 23:30 UTC on the 9th is already the 10th in Berlin: the 9th has ended there.
    expect(tickPartitions(daily("Europe/Berlin"), at("2026-03-09T23:30Z"))).toEqual({
      kind: "launch",
      partitionKeys: ["2026-03-09"],
    });
    expect(tickPartitions(daily("America/New_York"), at("2026-03-10T03:00Z"))).toEqual({
      kind: "launch",
      partitionKeys: ["2026-03-08"],
    });
  });

  it("skips a tick before the first window has ended", () => {
    const result = tickPartitions(daily(), at("2026-01-01T06:00Z"));
    expect(result).toEqual({
      kind: "skip",
      reason: expect.stringContaining("No partition has ended yet at 2026-01-01T06:00:00.000Z"),
    });
  });

  it("launches the window for each key of a second dimension", () => {
    const dateByRegion: PartitionsDefinitionSnapshot = {
      type: "multi",
      dimensions: [
        { name: "date", definition: daily() },
        { name: "region", definition: regions },
      ],
    };
    expect(tickPartitions(dateByRegion, at("2026-03-10T06:00Z"))).toEqual({
      kind: "launch",
      partitionKeys: ["2026-03-09|us", "2026-03-09|eu"],
    });
    const customerByDate: PartitionsDefinitionSnapshot = {
      type: "multi",
      dimensions: [
        { name: "customer", definition: { type: "dynamic", name: "customers" } },
        { name: "date", definition: daily() },
      ],
    };
    expect(tickPartitions(customerByDate, at("2026-03-10T06:00Z", { customers: ["acme"] }))).toEqual({
      kind: "launch",
      partitionKeys: ["acme|2026-03-09"],
    });
    expect(tickPartitions(customerByDate, at("2026-03-10T06:00Z"))).toEqual({
      kind: "skip",
      reason: 'Dimension "customer" (Dynamic: customers) has no keys yet.',
    });
  });

  it("cannot choose among partitions without time windows", () => {
    expect(tickPartitions(regions, at("2026-03-10T06:00Z"))).toEqual({
      kind: "error",
      message: expect.stringContaining("(Static: us, eu) have no time windows"),
    });
  });
});
