import { describe, expect, it } from "vitest";
import {
  type EagerPartitionsDecision,
  type EagerPartitionsInput,
  type EagerUpstream,
  evaluateEagerPartitions,
  type RunningPartitions,
} from "./eagerPartitions";
import { formatRunPartitions } from "./partitions";
import { definitionOf, spaceAt } from "./partitions/testing";
import { dailyPartitionsSnapshot, hourlyPartitionsSnapshot } from "./partitions/timeWindow";
import type {
  IndexRange,
  MultiPartitionsSnapshot,
  PartitionKeySpace,
  PartitionMappingSnapshot,
  StaticPartitionsSnapshot,
} from "./partitions/types";

// 2026-03-01 … 2026-03-09 (days), 2026-03-01-00:00 … 2026-03-10-09:00 (hours).
const NOW = "2026-03-10T10:00:00Z";
const dailyDefinition = definitionOf(dailyPartitionsSnapshot({ start: "2026-03-01" }));
const hourlyDefinition = definitionOf(hourlyPartitionsSnapshot({ start: "2026-03-01-00:00" }));
const regionsDefinition: StaticPartitionsSnapshot = { type: "static", keys: ["us", "eu", "apac"] };
const dateByRegion: MultiPartitionsSnapshot = {
  type: "multi",
  dimensions: [
    { name: "date", definition: dailyDefinition },
    { name: "region", definition: regionsDefinition },
  ],
};
const days = spaceAt(dailyDefinition, NOW);
const hours = spaceAt(hourlyDefinition, NOW);
const regions = spaceAt(regionsDefinition, NOW);
const markets = spaceAt({ type: "static", keys: ["na", "emea"] }, NOW);
const daysByRegion = spaceAt(dateByRegion, NOW);

const idle: RunningPartitions = { all: false, ranges: [] };
const everything = (space: PartitionKeySpace): IndexRange[] => [[0, space.size - 1]];
const at = (space: PartitionKeySpace, ...keys: string[]): IndexRange[] =>
  keys.map((key) => {
    const index = space.indexOf(key);
    if (index < 0) throw new Error(`${key} is not a partition`);
    return [index, index] as const;
  });
const between = (space: PartitionKeySpace, first: string, last: string): IndexRange[] => [
  [space.indexOf(first), space.indexOf(last)],
];
const hoursOf = (day: string) => Array.from({ length: 24 }, (_, h) => `${day}-${String(h).padStart(2, "0")}:00`);

function upstreamOf(
  key: string,
  space: PartitionKeySpace | null,
  mapping: PartitionMappingSnapshot,
  overrides: Partial<EagerUpstream> = {},
): EagerUpstream {
  return {
    key,
    space,
    mapping,
    materialized: space ? everything(space) : [],
    hasData: true,
    running: idle,
    ...overrides,
  };
}

/** An asset whose partitions are all materialized, reading upstreams whose partitions all are, unless told otherwise. */
function input(
  space: PartitionKeySpace,
  upstream: EagerUpstream[],
  overrides: Partial<EagerPartitionsInput> = {},
): EagerPartitionsInput {
  return {
    assetKey: "downstream",
    space,
    materialized: everything(space),
    failed: [],
    running: idle,
    upstream,
    newMaterializations: [],
    pending: [],
    handled: [],
    rangeRuns: false,
    maxRuns: 100,
    maxMissingChecks: 1000,
    ...overrides,
  };
}

const requested = (decision: EagerPartitionsDecision) =>
  decision.runs.map((run) => formatRunPartitions(run.partitions));
const upstreamMaterialized = (assetKey: string, ...keys: string[]) =>
  keys.map((partitionKey) => ({ assetKey, partitionKey }));

describe("a new upstream partition requests exactly the downstream partitions that read it", () => {
  const cases: { name: string; given: EagerPartitionsInput; requests: string[]; reason?: string }[] = [
    {
      name: "identity",
      given: input(days, [upstreamOf("daily_events", days, { type: "identity" })], {
        newMaterializations: upstreamMaterialized("daily_events", "2026-03-05"),
      }),
      requests: ["2026-03-05"],
      reason: "Upstream daily_events 2026-03-05 has new data → requested 2026-03-05.",
    },
    {
      name: "a late old upstream partition requests its own downstream partition, not the newest",
      given: input(days, [upstreamOf("daily_events", days, { type: "identity" })], {
        newMaterializations: upstreamMaterialized("daily_events", "2026-03-09", "2026-03-02"),
      }),
      requests: ["2026-03-09", "2026-03-02"],
    },
    {
      name: "daily ← hourly: a backfill of a day's 24 hours requests the day once",
      given: input(days, [upstreamOf("hourly_events", hours, { type: "time_window", startOffset: 0, endOffset: 0 })], {
        newMaterializations: upstreamMaterialized("hourly_events", ...hoursOf("2026-03-08")),
      }),
      requests: ["2026-03-08"],
      reason: "Upstream hourly_events 2026-03-08-23:00 has new data → requested 2026-03-08.",
    },
    {
      name: "hourly ← daily: a new day requests its 24 hours",
      given: input(hours, [upstreamOf("daily_events", days, { type: "time_window", startOffset: 0, endOffset: 0 })], {
        newMaterializations: upstreamMaterialized("daily_events", "2026-03-08"),
      }),
      requests: hoursOf("2026-03-08").reverse(),
    },
    {
      name: "hourly ← daily with range runs: one run for the day's hours",
      given: input(hours, [upstreamOf("daily_events", days, { type: "time_window", startOffset: 0, endOffset: 0 })], {
        newMaterializations: upstreamMaterialized("daily_events", "2026-03-08"),
        rangeRuns: true,
      }),
      requests: ["2026-03-08-00:00...2026-03-08-23:00"],
      reason: "Upstream daily_events 2026-03-08 has new data → requested 2026-03-08-00:00...2026-03-08-23:00.",
    },
    {
      name: "time window offset −1: a day is read by the next day",
      given: input(days, [upstreamOf("daily_events", days, { type: "time_window", startOffset: -1, endOffset: -1 })], {
        newMaterializations: upstreamMaterialized("daily_events", "2026-03-05"),
      }),
      requests: ["2026-03-06"],
    },
    {
      name: "static mapping",
      given: input(
        regions,
        [
          upstreamOf("markets", markets, {
            type: "static",
            downstreamKeysByUpstreamKey: { na: ["us"], emea: ["eu", "apac"] },
          }),
        ],
        { newMaterializations: upstreamMaterialized("markets", "emea") },
      ),
      requests: ["apac", "eu"],
    },
    {
      name: "a multi-partitioned asset reading a daily one through its date dimension",
      given: input(daysByRegion, [upstreamOf("daily_events", days, { type: "dimension", dimension: "date" })], {
        newMaterializations: upstreamMaterialized("daily_events", "2026-03-05"),
      }),
      requests: ["2026-03-05|apac", "2026-03-05|eu", "2026-03-05|us"],
    },
    {
      name: "a daily asset reading a multi-partitioned one through its date dimension",
      given: input(days, [upstreamOf("events_by_region", daysByRegion, { type: "dimension", dimension: "date" })], {
        newMaterializations: upstreamMaterialized("events_by_region", "2026-03-05|eu", "2026-03-05|us"),
      }),
      requests: ["2026-03-05"],
      reason: "Upstream events_by_region 2026-03-05|us has new data → requested 2026-03-05.",
    },
    {
      name: "an unpartitioned upstream is read by every partition",
      given: input(regions, [upstreamOf("rates", null, { type: "all" })], {
        newMaterializations: [{ assetKey: "rates", partitionKey: null }],
      }),
      requests: ["apac", "eu", "us"],
      reason: "Upstream rates has new data → requested us.",
    },
  ];
  it.each(cases)("$name", ({ given, requests, reason }) => {
    const decision = evaluateEagerPartitions(given);
    expect(requested(decision)).toEqual(requests);
    expect(decision.pending).toEqual([]);
    if (reason) expect(decision.runs.flatMap((run) => run.reasons)).toContain(reason);
  });
});

describe("waiting", () => {
  const hourlyUpstream = (materialized: IndexRange[], running = idle) =>
    upstreamOf(
      "hourly_events",
      hours,
      { type: "time_window", startOffset: 0, endOffset: 0 },
      { materialized, running },
    );

  it("a daily partition waits for all 24 of its hours, then is requested once", () => {
    const waiting = evaluateEagerPartitions(
      input(days, [hourlyUpstream([...between(hours, "2026-03-01-00:00", "2026-03-08-22:00")])], {
        newMaterializations: upstreamMaterialized("hourly_events", "2026-03-08-05:00"),
      }),
    );
    expect(waiting.runs).toEqual([]);
    expect(waiting.reasons).toEqual(["2026-03-08 waits for hourly_events 2026-03-08-23:00 to be materialized."]);
    expect(waiting.pending).toEqual([
      { cause: "hourly_events 2026-03-08-05:00", partitions: [["2026-03-08", "2026-03-08"]] },
    ]);

    const ready = evaluateEagerPartitions(
      input(days, [hourlyUpstream(between(hours, "2026-03-01-00:00", "2026-03-08-23:00"))], {
        newMaterializations: upstreamMaterialized("hourly_events", "2026-03-08-23:00"),
        pending: waiting.pending,
      }),
    );
    expect(requested(ready)).toEqual(["2026-03-08"]);
    expect(ready.runs[0]?.reasons).toEqual([
      "Upstream hourly_events 2026-03-08-23:00 has new data → requested 2026-03-08.",
    ]);
    expect(ready.pending).toEqual([]);

    // Taken in, nothing is due any more: the same data never requests the day twice.
    const after = evaluateEagerPartitions(
      input(days, [hourlyUpstream(between(hours, "2026-03-01-00:00", "2026-03-08-23:00"))], { pending: ready.pending }),
    );
    expect(after.runs).toEqual([]);
  });

  it("names how many of the hours are missing", () => {
    const decision = evaluateEagerPartitions(
      input(days, [hourlyUpstream(between(hours, "2026-03-01-00:00", "2026-03-08-05:00"))], {
        newMaterializations: upstreamMaterialized("hourly_events", "2026-03-08-05:00"),
      }),
    );
    expect(decision.reasons).toEqual([
      "2026-03-08 waits for hourly_events 2026-03-08-06:00...2026-03-08-23:00 to be materialized (18 of 24 partitions).",
    ]);
  });

  it("a partition waits while an upstream partition it reads is being written, or its own run is in progress", () => {
    const upstreamBusy = evaluateEagerPartitions(
      input(days, [hourlyUpstream(everything(hours), { all: false, ranges: at(hours, "2026-03-08-07:00") })], {
        newMaterializations: upstreamMaterialized("hourly_events", "2026-03-08-05:00", "2026-03-07-05:00"),
      }),
    );
    expect(requested(upstreamBusy)).toEqual(["2026-03-07"]);
    expect(upstreamBusy.reasons).toEqual([
      "2026-03-08 waits for the run of hourly_events 2026-03-08-07:00 in progress.",
    ]);

    const selfBusy = evaluateEagerPartitions(
      input(days, [hourlyUpstream(everything(hours))], {
        pending: upstreamBusy.pending,
        running: { all: false, ranges: at(days, "2026-03-08") },
      }),
    );
    expect(selfBusy.runs).toEqual([]);
    expect(selfBusy.reasons).toEqual(["2026-03-08 waits for its run in progress."]);
    expect(selfBusy.pending).toEqual(upstreamBusy.pending);

    const free = evaluateEagerPartitions(
      input(days, [hourlyUpstream(everything(hours))], { pending: selfBusy.pending }),
    );
    expect(requested(free)).toEqual(["2026-03-08"]);
    expect(free.runs[0]?.reasons).toEqual([
      "Upstream hourly_events 2026-03-08-05:00 has new data → requested 2026-03-08.",
    ]);
  });

  it("lists the first few waiting partitions, newest first, and counts the rest", () => {
    const decision = evaluateEagerPartitions(
      input(days, [upstreamOf("daily_events", days, { type: "identity" }, { running: { all: true, ranges: [] } })], {
        newMaterializations: upstreamMaterialized("daily_events", ...days.keys().slice(0, 7)),
      }),
    );
    expect(decision.reasons).toEqual([
      "2026-03-07 waits for the run of daily_events 2026-03-07 in progress.",
      "2026-03-06 waits for the run of daily_events 2026-03-06 in progress.",
      "2026-03-05 waits for the run of daily_events 2026-03-05 in progress.",
      "2026-03-04 waits for the run of daily_events 2026-03-04 in progress.",
      "2026-03-03 waits for the run of daily_events 2026-03-03 in progress.",
      "2 more partitions with new upstream data wait.",
    ]);
    expect(decision.pending.flatMap((group) => group.partitions)).toHaveLength(7);
  });

  it("through the all mapping, a partition waits for every upstream partition", () => {
    const decision = evaluateEagerPartitions(
      input(
        regions,
        [
          upstreamOf(
            "hourly_events",
            hours,
            { type: "all" },
            { materialized: between(hours, "2026-03-01-00:00", "2026-03-10-07:00") },
          ),
        ],
        {
          newMaterializations: upstreamMaterialized("hourly_events", "2026-03-10-07:00"),
        },
      ),
    );
    expect(decision.runs).toEqual([]);
    expect(decision.reasons[0]).toBe(
      "apac waits for hourly_events 2026-03-10-08:00...2026-03-10-09:00 to be materialized (2 of 226 partitions).",
    );
  });

  it("an hour waits for its day to end before reading it", () => {
    const decision = evaluateEagerPartitions(
      input(hours, [upstreamOf("daily_events", days, { type: "time_window", startOffset: 0, endOffset: 0 })], {
        materialized: between(hours, "2026-03-01-00:00", "2026-03-09-23:00"),
      }),
    );
    expect(decision.runs).toEqual([]);
    expect(decision.reasons).toEqual([
      "Missing: 2026-03-10-09:00 waits for daily_events: the partitions it reads have not ended yet. 9 more missing partitions wait.",
    ]);
  });
});

describe("missing partitions", () => {
  const identityUpstream = (materialized: IndexRange[]) =>
    upstreamOf("daily_events", days, { type: "identity" }, { materialized });

  it("are requested when their upstream data is present, once, and never after a failure", () => {
    const decision = evaluateEagerPartitions(
      input(days, [identityUpstream(between(days, "2026-03-01", "2026-03-07"))], {
        materialized: between(days, "2026-03-01", "2026-03-03"),
        failed: at(days, "2026-03-04"),
        handled: at(days, "2026-03-05"),
      }),
    );
    expect(requested(decision)).toEqual(["2026-03-07", "2026-03-06"]);
    expect(decision.runs[0]?.reasons).toEqual(["Missing, and its upstream data is present → requested 2026-03-07."]);
    expect(decision.reasons).toEqual([
      "Missing: 2026-03-09 waits for daily_events 2026-03-09 to be materialized. 1 more missing partition waits.",
    ]);
  });

  it("a failed or already requested partition is requested again when its upstream has new data", () => {
    const decision = evaluateEagerPartitions(
      input(days, [identityUpstream(everything(days))], {
        materialized: between(days, "2026-03-01", "2026-03-07"),
        failed: at(days, "2026-03-08"),
        handled: at(days, "2026-03-08", "2026-03-09"),
        newMaterializations: upstreamMaterialized("daily_events", "2026-03-08", "2026-03-09"),
      }),
    );
    expect(requested(decision)).toEqual(["2026-03-09", "2026-03-08"]);
  });

  it("checks at most maxMissingChecks of them per evaluation, newest first, and says so", () => {
    const decision = evaluateEagerPartitions(
      input(days, [identityUpstream(at(days, "2026-03-01"))], { materialized: [], maxMissingChecks: 3 }),
    );
    expect(decision.runs).toEqual([]);
    expect(decision.reasons).toEqual([
      "Missing: 2026-03-09 waits for daily_events 2026-03-09 to be materialized. At least 2 more missing partitions wait.",
    ]);
  });

  it("with range runs, a missing stretch is one run", () => {
    const decision = evaluateEagerPartitions(
      input(days, [identityUpstream(everything(days))], { materialized: at(days, "2026-03-05"), rangeRuns: true }),
    );
    expect(requested(decision)).toEqual(["2026-03-06...2026-03-09", "2026-03-01...2026-03-04"]);
  });
});

describe("an asset reading its own earlier partitions", () => {
  it("requests a missing day once the day before it is materialized, and is not re-run by its own materializations", () => {
    const self = (materialized: IndexRange[]) =>
      upstreamOf("downstream", days, { type: "time_window", startOffset: -1, endOffset: -1 }, { materialized });
    const decision = evaluateEagerPartitions(
      input(
        days,
        [upstreamOf("daily_events", days, { type: "identity" }), self(between(days, "2026-03-01", "2026-03-04"))],
        {
          materialized: between(days, "2026-03-01", "2026-03-04"),
          newMaterializations: upstreamMaterialized("downstream", "2026-03-04"),
        },
      ),
    );
    expect(requested(decision)).toEqual(["2026-03-05"]);
    expect(decision.reasons).toEqual([
      "Missing: 2026-03-09 waits for downstream 2026-03-08 to be materialized. 3 more missing partitions wait.",
    ]);
  });

  it("a default (identity) mapping onto itself does not make a partition wait for itself", () => {
    const decision = evaluateEagerPartitions(
      input(days, [upstreamOf("downstream", days, { type: "identity" }, { materialized: [] })], { materialized: [] }),
    );
    expect(decision.runs).toHaveLength(days.size);
  });
});

describe("many requested partitions", () => {
  it("a backfill of 30 upstream partitions requests 30 downstream runs, at most maxRuns per evaluation", () => {
    const wide = spaceAt(dailyDefinition, "2026-04-15T00:00:00Z");
    const keys = Array.from({ length: 30 }, (_, i) => wide.keyAt(i));
    const upstream = [upstreamOf("daily_events", wide, { type: "identity" })];
    const first = evaluateEagerPartitions(
      input(wide, upstream, { newMaterializations: upstreamMaterialized("daily_events", ...keys), maxRuns: 12 }),
    );
    expect(first.runs).toHaveLength(12);
    expect(first.reasons).toEqual(["18 more partitions are requested at the next evaluations (at most 12 runs each)."]);
    const second = evaluateEagerPartitions(input(wide, upstream, { pending: first.pending, maxRuns: 12 }));
    const third = evaluateEagerPartitions(input(wide, upstream, { pending: second.pending, maxRuns: 12 }));
    expect(third.pending).toEqual([]);
    const all = [...requested(first), ...requested(second), ...requested(third)];
    expect(all.sort()).toEqual([...keys].sort());
  });

  it("a range-run asset gets one run for the whole backfill", () => {
    const keys = days.keys().slice(0, 9);
    const decision = evaluateEagerPartitions(
      input(days, [upstreamOf("daily_events", days, { type: "identity" })], {
        newMaterializations: upstreamMaterialized("daily_events", ...keys),
        rangeRuns: true,
      }),
    );
    expect(requested(decision)).toEqual(["2026-03-01...2026-03-09"]);
    expect(decision.runs[0]?.reasons).toHaveLength(6);
    expect(decision.runs[0]?.reasons.at(-1)).toBe("4 more upstream partitions have new data.");
  });
});
