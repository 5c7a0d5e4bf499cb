import { describe, expect, it } from "vitest";
import type { AssetNodeSnapshot } from "../definitionsSnapshot";
import {
  dailyPartitionsSnapshot,
  hourlyPartitionsSnapshot,
  parsePartitionSelection,
  partitionKeySpace,
  weeklyPartitionsSnapshot,
} from "../partitions";
import type {
  IndexRange,
  KeySpaceContext,
  PartitionMappingSnapshot,
  PartitionsDefinitionSnapshot,
} from "../partitions/types";
import { buildAssetNode } from "../testing";
import { countBackfillRuns, planBackfill } from "./planBackfill";
import type { BackfillRunRequest, BackfillTarget } from "./types";

const context: KeySpaceContext = { now: new Date("2026-03-01T00:00:00Z"), dynamicKeys: () => [] };

function definition(
  result: { ok: true; definition: PartitionsDefinitionSnapshot } | { ok: false; message: string },
): PartitionsDefinitionSnapshot {
  if (!result.ok) throw new Error(result.message);
  return result.definition;
}

const daily = definition(dailyPartitionsSnapshot({ start: "2026-01-01" }));
const weekly = definition(weeklyPartitionsSnapshot({ start: "2026-01-04" }));
const regions: PartitionsDefinitionSnapshot = { type: "static", keys: ["us", "eu"] };
const dateByRegion: PartitionsDefinitionSnapshot = {
  type: "multi",
  dimensions: [
    { name: "date", definition: daily as Extract<PartitionsDefinitionSnapshot, { type: "time_window" }> },
    { name: "region", definition: { type: "static", keys: ["us", "eu"] } },
  ],
};

interface TargetOptions {
  deps?: string[];
  partitions?: PartitionsDefinitionSnapshot;
  /** Partition selection text, e.g. "2026-01-01...2026-01-03"; every partition when left out. */
  select?: string;
  mappings?: Record<string, PartitionMappingSnapshot>;
  singleRun?: boolean;
  location?: string;
}

function target(key: string, options: TargetOptions = {}): BackfillTarget {
  const overrides: Partial<AssetNodeSnapshot> & { deps?: string[] } = { deps: options.deps ?? [] };
  if (options.partitions) overrides.partitionsDefinition = options.partitions;
  if (options.mappings) overrides.partitionMappings = options.mappings;
  if (options.singleRun) overrides.backfillPolicy = "single_run";
  const node = buildAssetNode(key, overrides);
  const space = options.partitions ? partitionKeySpace(options.partitions, context) : null;
  let ranges: IndexRange[] = [];
  if (space) {
    const parsed = options.select
      ? parsePartitionSelection(space, options.select)
      : { ok: true as const, ranges: [[0, space.size - 1] as const] };
    if (!parsed.ok) throw new Error(parsed.message);
    ranges = parsed.ranges;
  }
  return { assetKey: key, codeLocationName: options.location ?? "loc", node, space, ranges };
}

const summary = (plan: BackfillRunRequest[]) =>
  plan.map((r) => `${r.requestKey} [${r.assetKeys.join(",")}] <- ${r.upstreamRequestKeys.join(",") || "-"}`);

/** Every request comes after the requests it waits for, and request keys are unique. */
function expectOrdered(plan: BackfillRunRequest[]) {
  const seen = new Set<string>();
  for (const request of plan) {
    for (const upstream of request.upstreamRequestKeys)
      expect(seen.has(upstream), `${request.requestKey} waits for ${upstream}, planned later`).toBe(true);
    expect(seen.has(request.requestKey)).toBe(false);
    seen.add(request.requestKey);
  }
}

describe("planBackfill, one run per partition", () => {
  it("runs a daily → daily identity chain together, one run per day in key order, no day waiting for another", () => {
    const plan = planBackfill(
      [
        target("events/raw", { partitions: daily, select: "2026-01-01...2026-01-03" }),
        target("events/clean", { partitions: daily, deps: ["events/raw"], select: "2026-01-01...2026-01-03" }),
      ],
      "ONE_RUN_PER_PARTITION",
    );
    expect(summary(plan)).toEqual([
      "events/raw:2026-01-01 [events/raw,events/clean] <- -",
      "events/raw:2026-01-02 [events/raw,events/clean] <- -",
      "events/raw:2026-01-03 [events/raw,events/clean] <- -",
    ]);
    expect(plan[0]).toMatchObject({ codeLocationName: "loc", partitions: { kind: "key", key: "2026-01-01" } });
  });

  it("does not make a partition wait for the previous partition of the same asset, only for other assets", () => {
    const previousDay: PartitionMappingSnapshot = { type: "time_window", startOffset: -1, endOffset: -1 };
    const selfDependent = target("ledger", {
      partitions: daily,
      deps: ["ledger"],
      mappings: { ledger: previousDay },
      select: "2026-01-01...2026-01-03",
    });
    expect(summary(planBackfill([selfDependent], "ONE_RUN_PER_PARTITION"))).toEqual([
      "ledger:2026-01-01 [ledger] <- -",
      "ledger:2026-01-02 [ledger] <- -",
      "ledger:2026-01-03 [ledger] <- -",
    ]);

    // Across assets, the previous day of the upstream is waited for: the two assets no longer share runs.
    const plan = planBackfill(
      [
        target("raw", { partitions: daily, select: "2026-01-01...2026-01-03" }),
        target("lagged", {
          partitions: daily,
          deps: ["raw"],
          mappings: { raw: previousDay },
          select: "2026-01-01...2026-01-03",
        }),
      ],
      "ONE_RUN_PER_PARTITION",
    );
    expect(summary(plan)).toEqual([
      "raw:2026-01-01 [raw] <- -",
      "raw:2026-01-02 [raw] <- -",
      "raw:2026-01-03 [raw] <- -",
      "lagged:2026-01-01 [lagged] <- -",
      "lagged:2026-01-02 [lagged] <- raw:2026-01-01",
      "lagged:2026-01-03 [lagged] <- raw:2026-01-02",
    ]);
  });

  it("plans both real hours of a fall-back night, and the next day waits for all 25 hours of the day before", () => {
    const zone = "America/Los_Angeles";
    const hours = definition(hourlyPartitionsSnapshot({ start: "2025-11-01", timezone: zone }));
    const days = definition(dailyPartitionsSnapshot({ start: "2025-11-01", timezone: zone }));
    const plan = planBackfill(
      [
        target("hourly_events", { partitions: hours, select: "2025-11-02-00:00...2025-11-02-23:00" }),
        target("daily_summary", {
          partitions: days,
          deps: ["hourly_events"],
          mappings: { hourly_events: { type: "time_window", startOffset: -1, endOffset: -1 } },
          select: "2025-11-03",
        }),
      ],
      "ONE_RUN_PER_PARTITION",
    );
    expectOrdered(plan);
    const hourly = plan.filter((request) => request.assetKeys[0] === "hourly_events");
    expect(hourly).toHaveLength(25);
    expect(hourly.slice(0, 4).map((request) => request.requestKey)).toEqual([
      "hourly_events:2025-11-02-00:00",
      "hourly_events:2025-11-02-01:00",
      "hourly_events:2025-11-02-01:00-0800",
      "hourly_events:2025-11-02-02:00",
    ]);
    expect(plan.at(-1)?.upstreamRequestKeys).toHaveLength(25);
  });

  it("makes a weekly partition wait for the seven daily partitions of its week that are in the backfill", () => {
    const plan = planBackfill(
      [
        target("daily_events", { partitions: daily, select: "2026-01-04...2026-01-17" }),
        target("weekly_report", { partitions: weekly, deps: ["daily_events"], select: "2026-01-04...2026-01-11" }),
      ],
      "ONE_RUN_PER_PARTITION",
    );
    expectOrdered(plan);
    expect(plan).toHaveLength(16);
    const week = (key: string) => plan.find((r) => r.requestKey === key)?.upstreamRequestKeys;
    expect(week("weekly_report:2026-01-04")).toEqual(
      ["04", "05", "06", "07", "08", "09", "10"].map((d) => `daily_events:2026-01-${d}`),
    );
    expect(week("weekly_report:2026-01-11")).toEqual(
      ["11", "12", "13", "14", "15", "16", "17"].map((d) => `daily_events:2026-01-${d}`),
    );
  });

  it("waits only for targeted upstream partitions; the rest are read as they are", () => {
    const plan = planBackfill(
      [
        target("daily_events", { partitions: daily, select: "2026-01-09...2026-01-10" }),
        target("weekly_report", { partitions: weekly, deps: ["daily_events"], select: "2026-01-04" }),
      ],
      "ONE_RUN_PER_PARTITION",
    );
    expect(plan.find((r) => r.requestKey === "weekly_report:2026-01-04")?.upstreamRequestKeys).toEqual([
      "daily_events:2026-01-09",
      "daily_events:2026-01-10",
    ]);
  });

  it("runs unpartitioned assets once, after every upstream request, and makes partitions wait for unpartitioned upstreams", () => {
    const plan = planBackfill(
      [
        target("lookup"),
        target("events", { partitions: daily, deps: ["lookup"], select: "2026-01-01...2026-01-03" }),
        target("summary", { deps: ["events"] }),
        target("summary_copy", { deps: ["summary"] }),
      ],
      "ONE_RUN_PER_PARTITION",
    );
    expect(summary(plan)).toEqual([
      "lookup [lookup] <- -",
      "events:2026-01-01 [events] <- lookup",
      "events:2026-01-02 [events] <- lookup",
      "events:2026-01-03 [events] <- lookup",
      "summary [summary,summary_copy] <- events:2026-01-01,events:2026-01-02,events:2026-01-03",
    ]);
  });

  it("plans one run per key of a multi-partitioned asset, and single-dimension downstreams wait for their row", () => {
    const plan = planBackfill(
      [
        target("sales", { partitions: dateByRegion, select: "2026-01-01|us...2026-01-02|eu" }),
        target("sales_clean", { partitions: dateByRegion, deps: ["sales"], select: "2026-01-01|us...2026-01-02|eu" }),
        target("sales_daily", { partitions: daily, deps: ["sales_clean"], select: "2026-01-01...2026-01-02" }),
      ],
      "ONE_RUN_PER_PARTITION",
    );
    expect(summary(plan)).toEqual([
      "sales:2026-01-01|us [sales,sales_clean] <- -",
      "sales:2026-01-01|eu [sales,sales_clean] <- -",
      "sales:2026-01-02|us [sales,sales_clean] <- -",
      "sales:2026-01-02|eu [sales,sales_clean] <- -",
      "sales_daily:2026-01-01 [sales_daily] <- sales:2026-01-01|us,sales:2026-01-01|eu",
      "sales_daily:2026-01-02 [sales_daily] <- sales:2026-01-02|us,sales:2026-01-02|eu",
    ]);
  });

  it("runs each key with the assets of the group that target it", () => {
    const plan = planBackfill(
      [target("a", { partitions: regions, select: "us" }), target("b", { partitions: regions, deps: ["a"] })],
      "ONE_RUN_PER_PARTITION",
    );
    expect(summary(plan)).toEqual(["a:us [a,b] <- -", "a:eu [b] <- -"]);
  });

  it("keeps assets of different code locations in different runs", () => {
    const plan = planBackfill(
      [target("a", { partitions: regions }), target("b", { partitions: regions, location: "other" })],
      "ONE_RUN_PER_PARTITION",
    );
    expect(plan.map((r) => `${r.codeLocationName} ${r.requestKey}`)).toEqual([
      "loc a:us",
      "loc a:eu",
      "other b:us",
      "other b:eu",
    ]);
  });

  it("never makes runs wait for each other in a circle (daily → weekly → daily with a daily → daily edge)", () => {
    const plan = planBackfill(
      [
        target("d1", { partitions: daily, select: "2026-01-04...2026-01-10" }),
        target("w", { partitions: weekly, deps: ["d1"], select: "2026-01-04" }),
        target("d2", { partitions: daily, deps: ["d1", "w"], select: "2026-01-04...2026-01-10" }),
      ],
      "ONE_RUN_PER_PARTITION",
    );
    expectOrdered(plan);
    expect(plan).toHaveLength(15);
    expect(plan.find((r) => r.requestKey === "d2:2026-01-05")?.upstreamRequestKeys).toEqual([
      "d1:2026-01-05",
      "w:2026-01-04",
    ]);
  });

  it("gives the same requests, in the same order, whatever order the targets come in", () => {
    const targets = [
      target("x", { partitions: daily, select: "2026-01-01...2026-01-05" }),
      target("y", { partitions: weekly, deps: ["x"], select: "2026-01-04" }),
      target("z", { deps: ["y"] }),
    ];
    const plan = planBackfill(targets, "ONE_RUN_PER_PARTITION");
    expect(planBackfill([...targets].reverse(), "ONE_RUN_PER_PARTITION")).toEqual(plan);
    expect(plan.map((r) => r.requestKey)).toEqual([
      "x:2026-01-01",
      "x:2026-01-02",
      "x:2026-01-03",
      "x:2026-01-04",
      "x:2026-01-05",
      "y:2026-01-04",
      "z",
    ]);
  });
});

describe("planBackfill, single run", () => {
  it("runs each contiguous range of assets that accept ranges as one run", () => {
    const plan = planBackfill(
      [
        target("a", { partitions: daily, singleRun: true, select: "2026-01-01...2026-01-04, 2026-01-06...2026-01-10" }),
        target("b", { partitions: daily, singleRun: true, deps: ["a"], select: "2026-01-01...2026-01-05" }),
      ],
      "SINGLE_RUN",
    );
    expect(summary(plan)).toEqual([
      "a:2026-01-01...2026-01-04 [a,b] <- -",
      "a:2026-01-05 [b] <- -",
      "a:2026-01-06...2026-01-10 [a] <- -",
    ]);
    expect(plan[0]).toMatchObject({ partitions: { kind: "range", start: "2026-01-01", end: "2026-01-04" } });
    expect(plan[1]).toMatchObject({ partitions: { kind: "key", key: "2026-01-05" } });
  });

  it("falls back to one run per partition for groups with an asset that does not accept ranges", () => {
    const plan = planBackfill(
      [
        target("a", { partitions: daily, singleRun: true, select: "2026-01-01...2026-01-03" }),
        target("b", { partitions: daily, deps: ["a"], select: "2026-01-01...2026-01-03" }),
      ],
      "SINGLE_RUN",
    );
    expect(plan.map((r) => r.requestKey)).toEqual(["a:2026-01-01", "a:2026-01-02", "a:2026-01-03"]);
  });

  it("makes a downstream range wait for the upstream ranges it reads", () => {
    const plan = planBackfill(
      [
        target("days", { partitions: daily, singleRun: true, select: "2026-01-04...2026-01-17" }),
        target("weeks", { partitions: weekly, singleRun: true, deps: ["days"], select: "2026-01-04...2026-01-11" }),
      ],
      "SINGLE_RUN",
    );
    expect(summary(plan)).toEqual([
      "days:2026-01-04...2026-01-17 [days] <- -",
      "weeks:2026-01-04...2026-01-11 [weeks] <- days:2026-01-04...2026-01-17",
    ]);
  });
});

describe("countBackfillRuns", () => {
  it("counts the requests planBackfill makes, for every strategy and mix of groups", () => {
    const mixes: BackfillTarget[][] = [
      [target("a", { partitions: daily }), target("b", { partitions: daily, deps: ["a"] })],
      [target("days", { partitions: daily }), target("weeks", { partitions: weekly, deps: ["days"] })],
      [
        target("raw"),
        target("daily", { partitions: daily, deps: ["raw"], select: "2026-01-01...2026-01-09" }),
        target("report", { deps: ["daily"] }),
      ],
      [target("grid", { partitions: dateByRegion }), target("byDay", { partitions: daily, deps: ["grid"] })],
      [target("a", { partitions: regions }), target("b", { partitions: regions, location: "other" })],
      [
        target("a", { partitions: daily, singleRun: true, select: "2026-01-01...2026-01-04, 2026-01-06...2026-01-10" }),
        target("b", { partitions: daily, singleRun: true, deps: ["a"], select: "2026-01-01...2026-01-05" }),
      ],
      [
        target("a", { partitions: daily, singleRun: true, select: "2026-01-01...2026-01-03" }),
        target("b", { partitions: daily, deps: ["a"], select: "2026-01-01...2026-01-03" }),
      ],
    ];
    for (const targets of mixes) {
      for (const strategy of ["ONE_RUN_PER_PARTITION", "SINGLE_RUN"] as const) {
        expect(countBackfillRuns(targets, strategy), `${targets.map((t) => t.assetKey).join(",")} ${strategy}`).toBe(
          planBackfill(targets, strategy).length,
        );
      }
    }
  });
});
