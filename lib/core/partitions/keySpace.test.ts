import { describe, expect, it } from "vitest";
import {
  describePartitionsDefinition,
  invalidPartitionKeyReason,
  multiPartitionKeyParts,
  partitionKeyProblem,
  partitionKeySpace,
} from "./keySpace";
import { definitionOf, spaceAt } from "./testing";
import {
  cronPartitionsSnapshot,
  dailyPartitionsSnapshot,
  hourlyPartitionsSnapshot,
  monthlyPartitionsSnapshot,
  weeklyPartitionsSnapshot,
} from "./timeWindow";
import type { MultiPartitionsSnapshot, PartitionsDefinitionSnapshot, StaticPartitionsSnapshot } from "./types";

const daily = definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01" }));
const regions: StaticPartitionsSnapshot = { type: "static", keys: ["us", "eu", "apac"] };

describe("time-window key spaces", () => {
  it("holds only windows that have ended", () => {
    expect(spaceAt(daily, "2025-06-01T00:00:00Z").size).toBe(0);
    expect(spaceAt(daily, "2026-01-01T23:59:59.999Z").size).toBe(0);
    expect(spaceAt(daily, "2026-01-02T00:00:00Z").keys()).toEqual(["2026-01-01"]);
    const space = spaceAt(daily, "2026-01-03T12:00:00Z");
    expect(space.keys()).toEqual(["2026-01-01", "2026-01-02"]);
    expect(space.indexOf("2026-01-02")).toBe(1);
    expect(space.indexOf("2026-01-03")).toBe(-1);
    expect(space.keyAt(1)).toBe("2026-01-02");
    expect(space.dimensions).toBeNull();
  });

  it("stops at the end bound", () => {
    const bounded = definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", end: "2026-01-10" }));
    const space = spaceAt(bounded, "2030-01-01T00:00:00Z");
    expect(space.size).toBe(9);
    expect(space.keyAt(8)).toBe("2026-01-09");
    expect(spaceAt(bounded, "2031-01-01T00:00:00Z")).toBe(space);
  });

  it("skips the spring-forward hour and keeps both fall-back hours in New York, keys unique", () => {
    const hourly = definitionOf(hourlyPartitionsSnapshot({ start: "2026-01-01", timezone: "America/New_York" }));
    // Midnight of 2027-01-01 in New York: every hour of 2026 has ended.
    const space = spaceAt(hourly, "2027-01-01T05:00:00Z");
    expect(space.size).toBe(365 * 24);
    expect(new Set(space.keys()).size).toBe(space.size);
    const spring = space.indexOf("2026-03-08-01:00");
    expect(space.keys().slice(spring, spring + 3)).toEqual([
      "2026-03-08-01:00",
      "2026-03-08-03:00",
      "2026-03-08-04:00",
    ]);
    const fall = space.indexOf("2026-11-01-00:00");
    expect(space.keys().slice(fall, fall + 4)).toEqual([
      "2026-11-01-00:00",
      "2026-11-01-01:00",
      "2026-11-01-01:00-0500",
      "2026-11-01-02:00",
    ]);
    expect(space.keyAt(space.size - 1)).toBe("2026-12-31-23:00");
  });

  it("does the same in Berlin", () => {
    const hourly = definitionOf(hourlyPartitionsSnapshot({ start: "2026-01-01", timezone: "Europe/Berlin" }));
    const space = spaceAt(hourly, "2026-12-31T23:00:00Z");
    expect(space.size).toBe(365 * 24);
    expect(new Set(space.keys()).size).toBe(space.size);
    expect(space.indexOf("2026-03-29-02:00")).toBe(-1);
    expect(space.indexOf("2026-03-29-03:00")).toBe(space.indexOf("2026-03-29-01:00") + 1);
    expect(space.indexOf("2026-10-25-02:00+0100")).toBe(space.indexOf("2026-10-25-02:00") + 1);
    expect(space.indexOf("2026-10-25-03:00")).toBe(space.indexOf("2026-10-25-02:00") + 2);
  });

  it("completes each real hour of the fall-back night as it passes", () => {
    const hourly = definitionOf(hourlyPartitionsSnapshot({ start: "2026-11-01", timezone: "America/New_York" }));
    expect(spaceAt(hourly, "2026-11-01T05:59:00Z").keys()).toEqual(["2026-11-01-00:00"]);
    expect(spaceAt(hourly, "2026-11-01T06:00:00Z").keys()).toEqual(["2026-11-01-00:00", "2026-11-01-01:00"]);
    expect(spaceAt(hourly, "2026-11-01T07:00:00Z").keys()).toEqual([
      "2026-11-01-00:00",
      "2026-11-01-01:00",
      "2026-11-01-01:00-0500",
    ]);
  });

  it("keys daily windows across DST by plain dates", () => {
    const newYork = definitionOf(dailyPartitionsSnapshot({ start: "2026-03-07", timezone: "America/New_York" }));
    expect(spaceAt(newYork, "2026-03-10T04:00:00Z").keys()).toEqual(["2026-03-07", "2026-03-08", "2026-03-09"]);
    // The 8th is 23 hours long: it has ended at 04:00Z on the 9th, an hour before winter time would say.
    expect(spaceAt(newYork, "2026-03-09T04:00:00Z").size).toBe(2);
  });

  it("steps weekly, monthly and arbitrary crons", () => {
    const weekly = definitionOf(weeklyPartitionsSnapshot({ start: "2026-01-01", dayOffset: 1 }));
    expect(spaceAt(weekly, "2026-01-26T00:00:00Z").keys()).toEqual(["2026-01-05", "2026-01-12", "2026-01-19"]);
    const monthly = definitionOf(monthlyPartitionsSnapshot({ start: "2026-01-01", dayOffset: 28 }));
    expect(spaceAt(monthly, "2026-04-28T00:00:00Z").keys()).toEqual(["2026-01-28", "2026-02-28", "2026-03-28"]);
    const weekdays = definitionOf(cronPartitionsSnapshot({ cron: "0 6 * * 1-5", start: "2026-01-01" }));
    expect(spaceAt(weekdays, "2026-01-13T00:00:00Z").keys()).toEqual([
      "2026-01-01-06:00",
      "2026-01-02-06:00",
      "2026-01-05-06:00",
      "2026-01-06-06:00",
      "2026-01-07-06:00",
      "2026-01-08-06:00",
      "2026-01-09-06:00",
    ]);
  });

  it("has February 29th in leap years", () => {
    const space = spaceAt(definitionOf(dailyPartitionsSnapshot({ start: "2028-02-27" })), "2028-03-02T00:00:00Z");
    expect(space.keys()).toEqual(["2028-02-27", "2028-02-28", "2028-02-29", "2028-03-01"]);
  });

  it("builds 100,000 hourly partitions with positions both ways", () => {
    const hourly = definitionOf(hourlyPartitionsSnapshot({ start: "2015-01-01" }));
    const start = Date.UTC(2015, 0, 1);
    const space = spaceAt(hourly, new Date(start + 100_000 * 3_600_000).toISOString());
    expect(space.size).toBe(100_000);
    const last = new Date(start + 99_999 * 3_600_000).toISOString();
    expect(space.keyAt(99_999)).toBe(`${last.slice(0, 10)}-${last.slice(11, 16)}`);
    expect(space.indexOf(space.keyAt(54_321))).toBe(54_321);
    expect(space.keys()[77_777]).toBe(space.keyAt(77_777));
  });

  it("returns the same space while no further window has ended", () => {
    const definition = definitionOf(hourlyPartitionsSnapshot({ start: "2026-01-01", timezone: "Europe/Berlin" }));
    const first = spaceAt(definition, "2026-02-01T10:05:00Z");
    expect(spaceAt({ ...definition }, "2026-02-01T10:55:00Z")).toBe(first);
    const later = spaceAt(definition, "2026-02-01T11:00:00Z");
    expect(later).not.toBe(first);
    expect(later.size).toBe(first.size + 1);
    // Asking about an earlier moment again gives that moment's space.
    expect(spaceAt(definition, "2026-01-01T00:00:00Z").keys()).toEqual(["2026-01-01-00:00"]);
  });

  it("refuses an invalid snapshot", () => {
    expect(() => spaceAt({ ...daily, timezone: "Mars/Olympus" }, "2026-02-01T00:00:00Z")).toThrow(
      /Unknown time zone "Mars\/Olympus"/,
    );
  });
});

describe("static, dynamic and multi key spaces", () => {
  it("lists static keys in order", () => {
    const space = spaceAt(regions, "2026-01-01T00:00:00Z");
    expect(space.keys()).toEqual(["us", "eu", "apac"]);
    expect(space.indexOf("apac")).toBe(2);
    expect(space.indexOf("mars")).toBe(-1);
    expect(spaceAt(regions, "2027-01-01T00:00:00Z")).toBe(space);
  });

  it("reads dynamic keys from the context", () => {
    const keys = ["acme", "globex"];
    const space = spaceAt({ type: "dynamic", name: "customers" }, "2026-01-01T00:00:00Z", { customers: keys });
    expect(space.keys()).toEqual(["acme", "globex"]);
    expect(space.indexOf("globex")).toBe(1);
    expect(spaceAt({ type: "dynamic", name: "customers" }, "2026-01-01T00:00:00Z", { customers: keys })).toBe(space);
    expect(
      spaceAt({ type: "dynamic", name: "customers" }, "2026-01-01T00:00:00Z", { customers: [...keys, "initech"] }).size,
    ).toBe(3);
  });

  it("orders two dimensions row-major", () => {
    const multi: MultiPartitionsSnapshot = {
      type: "multi",
      dimensions: [
        { name: "date", definition: daily },
        { name: "region", definition: regions },
      ],
    };
    const space = spaceAt(multi, "2026-01-04T00:00:00Z");
    expect(space.size).toBe(9);
    expect(space.keys().slice(0, 4)).toEqual(["2026-01-01|us", "2026-01-01|eu", "2026-01-01|apac", "2026-01-02|us"]);
    expect(space.keyAt(4)).toBe("2026-01-02|eu");
    expect(space.indexOf("2026-01-03|apac")).toBe(8);
    expect(space.indexOf("2026-01-03")).toBe(-1);
    expect(space.indexOf("2026-01-03|apac|x")).toBe(-1);
    expect(space.dimensions?.map((dimension) => [dimension.name, dimension.space.size])).toEqual([
      ["date", 3],
      ["region", 3],
    ]);
    expect(spaceAt(multi, "2026-01-04T01:00:00Z")).toBe(space);
    expect(multiPartitionKeyParts(multi, "2026-01-02|eu")).toEqual({ date: "2026-01-02", region: "eu" });
    expect(multiPartitionKeyParts(multi, "2026-01-02")).toBeNull();
  });
});

describe("partitionKeyProblem", () => {
  const space = spaceAt(daily, "2026-01-20T12:00:00Z");

  it("says nothing for a partition", () => {
    expect(partitionKeyProblem(space, "2026-01-05")).toBeNull();
  });

  it.each([
    ["2025-12-31", '"2025-12-31" is before the start 2026-01-01.'],
    ["2026-01-20", '"2026-01-20": its window has not ended yet (it ends at 2026-01-21 00:00 UTC).'],
    ["2026-1-5", '"2026-1-5" is not a date key like 2026-01-01.'],
    ["2026-02-30", '"2026-02-30" is not a real date: February 2026 has 28 days.'],
  ])("explains %j", (key, message) => {
    expect(partitionKeyProblem(space, key)).toBe(message);
  });

  it("rejects February 29th of a common year", () => {
    const space2027 = spaceAt(definitionOf(dailyPartitionsSnapshot({ start: "2027-01-01" })), "2028-01-01T00:00:00Z");
    expect(partitionKeyProblem(space2027, "2027-02-29")).toBe(
      '"2027-02-29" is not a real date: February 2027 has 28 days.',
    );
  });

  it("explains the end bound, ticks that are not window starts, and skipped hours", () => {
    const bounded = spaceAt(
      definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", end: "2026-01-10" })),
      "2027-01-01T00:00:00Z",
    );
    expect(partitionKeyProblem(bounded, "2026-01-10")).toBe(
      '"2026-01-10": its window ends after the end 2026-01-10, and only whole windows are partitions.',
    );
    const weekly = spaceAt(
      definitionOf(weeklyPartitionsSnapshot({ start: "2026-01-01", dayOffset: 1 })),
      "2027-01-01T00:00:00Z",
    );
    expect(partitionKeyProblem(weekly, "2026-01-06")).toBe(
      '"2026-01-06" is not the start of a window of cron "0 0 * * 1" (weekly on monday).',
    );
    const hourly = spaceAt(
      definitionOf(hourlyPartitionsSnapshot({ start: "2026-01-01", timezone: "America/New_York" })),
      "2027-01-01T00:00:00Z",
    );
    expect(partitionKeyProblem(hourly, "2026-03-08-02:00")).toBe(
      '"2026-03-08-02:00" does not exist in America/New_York: the clocks skip that time when daylight saving starts.',
    );
    expect(partitionKeyProblem(hourly, "2026-03-08-05:30")).toBe(
      '"2026-03-08-05:30" is not the start of a window of cron "0 * * * *" (hourly).',
    );
  });

  it("lists static keys and suggests a near one", () => {
    const staticSpace = spaceAt(regions, "2026-01-01T00:00:00Z");
    expect(partitionKeyProblem(staticSpace, "mars")).toBe('"mars" is not one of us, eu, apac.');
    expect(partitionKeyProblem(staticSpace, "euu")).toBe('"euu" is not one of us, eu, apac. Did you mean "eu"?');
    const many = spaceAt(
      { type: "static", keys: Array.from({ length: 20 }, (_, i) => `shard-${i}`) },
      "2026-01-01T00:00:00Z",
    );
    expect(partitionKeyProblem(many, "x")).toBe(
      '"x" is not one of the 20 keys (shard-0, shard-1, shard-2, shard-3, shard-4, … (20 keys)).',
    );
  });

  it("names the dynamic partitions", () => {
    const customers = spaceAt({ type: "dynamic", name: "customers" }, "2026-01-01T00:00:00Z", { customers: ["acme"] });
    expect(partitionKeyProblem(customers, "initech")).toBe(
      '"initech" has not been added to dynamic partitions "customers".',
    );
    const empty = spaceAt({ type: "dynamic", name: "customers" }, "2026-01-01T00:00:00Z");
    expect(partitionKeyProblem(empty, "acme")).toBe(
      '"acme" has not been added to dynamic partitions "customers", which has no keys yet.',
    );
  });

  it("explains multi keys by form and by dimension", () => {
    const multi = spaceAt(
      {
        type: "multi",
        dimensions: [
          { name: "date", definition: daily },
          { name: "region", definition: regions },
        ],
      },
      "2026-01-04T00:00:00Z",
    );
    expect(partitionKeyProblem(multi, "2026-01-02")).toBe('"2026-01-02" is not of the form date|region.');
    expect(partitionKeyProblem(multi, "2026-01-02|mars")).toBe(
      '"2026-01-02|mars": region "mars" is not one of us, eu, apac.',
    );
    expect(partitionKeyProblem(multi, "2025-01-02|us")).toBe(
      '"2025-01-02|us": date "2025-01-02" is before the start 2026-01-01.',
    );
    expect(partitionKeyProblem(multi, "2026-01-02|us")).toBeNull();
  });
});

describe("describePartitionsDefinition", () => {
  it.each<[PartitionsDefinitionSnapshot, string]>([
    [daily, "Daily from 2026-01-01 (UTC)"],
    [
      definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", hourOffset: 6 })),
      "Daily at 06:00 from 2026-01-01-06:00 (UTC)",
    ],
    [
      definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", end: "2026-02-01" })),
      "Daily from 2026-01-01 until 2026-02-01 (UTC)",
    ],
    [
      definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", endOffset: 1 })),
      "Daily from 2026-01-01 (UTC), with 1 window past the last complete one",
    ],
    [
      definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01", endOffset: -2 })),
      "Daily from 2026-01-01 (UTC), leaving out the latest 2 windows",
    ],
    [
      definitionOf(hourlyPartitionsSnapshot({ start: "2026-01-01", timezone: "America/New_York" })),
      "Hourly from 2026-01-01-00:00 (America/New_York)",
    ],
    [
      definitionOf(weeklyPartitionsSnapshot({ start: "2026-01-01", dayOffset: 1 })),
      "Weekly on Monday from 2026-01-05 (UTC)",
    ],
    [definitionOf(monthlyPartitionsSnapshot({ start: "2026-01-01" })), "Monthly from 2026-01-01 (UTC)"],
    [
      definitionOf(monthlyPartitionsSnapshot({ start: "2026-01-01", dayOffset: 15 })),
      "Monthly on day 15 from 2026-01-15 (UTC)",
    ],
    [
      definitionOf(cronPartitionsSnapshot({ cron: "0 6 * * 1-5", start: "2026-01-01" })),
      'Cron "0 6 * * 1-5" from 2026-01-01-06:00 (UTC)',
    ],
    [regions, "Static: us, eu, apac"],
    [{ type: "dynamic", name: "customers" }, "Dynamic: customers"],
    [
      {
        type: "multi",
        dimensions: [
          { name: "date", definition: daily },
          { name: "region", definition: regions },
        ],
      },
      "date × region",
    ],
  ])("describes %#", (definition, text) => {
    expect(describePartitionsDefinition(definition)).toBe(text);
  });
});

describe("invalidPartitionKeyReason", () => {
  it("accepts ordinary keys", () => {
    for (const key of ["us", "2026-01-01", "customer 42", "a..b", "ü-ß"])
      expect(invalidPartitionKeyReason(key)).toBeNull();
  });

  it.each([
    ["", "A partition key cannot be empty."],
    ["a".repeat(256), `Partition key "${"a".repeat(40)}…" is longer than 255 characters.`],
    [" us", 'Partition key " us" starts or ends with a space.'],
    ["us\t", 'Partition key "us\t" starts or ends with a space.'],
    ["a|b", 'Partition key "a|b" contains "|", which joins the dimensions of multi-partition keys.'],
    ["a,b", 'Partition key "a,b" contains ",", which separates partitions in a selection.'],
    ["a...b", 'Partition key "a...b" contains "...", which marks a range in a selection.'],
    ["a\nb", 'Partition key "a\\nb" contains a control character.'],
  ])("rejects %j", (key, reason) => {
    expect(invalidPartitionKeyReason(key)).toBe(reason);
  });
});

describe("partitionKeySpace", () => {
  it("is exported for every definition type", () => {
    expect(partitionKeySpace(regions, { now: new Date(), dynamicKeys: () => [] }).size).toBe(3);
  });
});
