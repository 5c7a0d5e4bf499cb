import { describe, expect, it } from "vitest";
import { type AssetStalenessInput, graphStaleness, type StalenessState } from "./assetStaleness";
import { materializationsInSpace, type PartitionMaterialization } from "./partitionStaleness";
import {
  dailyPartitionsSnapshot,
  defaultPartitionMapping,
  hourlyPartitionsSnapshot,
  type PartitionKeySpace,
  type PartitionMappingSnapshot,
  type StaticPartitionsSnapshot,
} from "./partitions";
import { definitionOf, spaceAt } from "./partitions/testing";

const NOW = "2026-01-21T00:00:00Z";
const daily = definitionOf(dailyPartitionsSnapshot({ start: "2026-01-01" }));
const hourly = definitionOf(hourlyPartitionsSnapshot({ start: "2026-01-01" }));
const days = spaceAt(daily, NOW); // 2026-01-01 … 2026-01-20
const hours = spaceAt(hourly, NOW);
const regions: StaticPartitionsSnapshot = { type: "static", keys: ["us", "eu", "apac"] };
const countries: StaticPartitionsSnapshot = { type: "static", keys: ["us-ca", "us-ny", "de", "fr", "jp"] };
const regionSpace = spaceAt(regions, NOW);
const countrySpace = spaceAt(countries, NOW);

interface AssetSpec {
  codeVersion?: string | null;
  upstream?: string[];
  mappings?: Record<string, PartitionMappingSnapshot>;
  space?: PartitionKeySpace;
  /** Partition key → [event id, code version]. */
  partitions?: Record<string, [number, string | null]>;
  /** Unpartitioned: the latest materialization's event id, code version and recorded upstream versions. */
  lastEventId?: number;
  lastCodeVersion?: string | null;
  recordedUpstream?: Record<string, string | null>;
  isSource?: boolean;
}

function inputs(specs: Record<string, AssetSpec>): Map<string, AssetStalenessInput> {
  const built = new Map<string, AssetStalenessInput>();
  for (const [key, spec] of Object.entries(specs)) {
    const space = spec.space ?? null;
    const byKey = new Map<string, PartitionMaterialization>(
      Object.entries(spec.partitions ?? {}).map(([partition, [eventId, codeVersion]]) => [
        partition,
        { eventId, codeVersion },
      ]),
    );
    const partitions = space ? materializationsInSpace({ byKey, lastEventId: 0 }, space) : null;
    const lastEventId = spec.lastEventId ?? (partitions && partitions.maxEventId > 0 ? partitions.maxEventId : null);
    built.set(key, {
      key,
      isSource: spec.isSource ?? false,
      codeVersion: spec.codeVersion ?? null,
      upstreamKeys: spec.upstream ?? [],
      mappingOf: (up) =>
        spec.mappings?.[up] ?? defaultPartitionMapping(specs[up]?.space?.definition ?? null, space?.definition ?? null),
      space,
      partitions,
      materialized: lastEventId !== null,
      lastCodeVersion: spec.lastCodeVersion ?? null,
      recordedUpstream: spec.recordedUpstream ?? null,
      version: lastEventId !== null ? `materialization:${lastEventId}` : null,
      lastEventId,
    });
  }
  return built;
}

function compute(specs: Record<string, AssetSpec>, previous: StalenessState | null = null): StalenessState {
  const built = inputs(specs);
  return graphStaleness(Object.keys(specs), (key) => built.get(key), previous);
}

/** Partition keys of `space` from positions, for readable expectations. */
function unsyncedKeys(state: StalenessState, key: string, space: PartitionKeySpace): string[] {
  const ranges = state.results.get(key)?.partitions?.unsynced ?? [];
  return ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => space.keyAt(first + i)));
}

const day = (n: number) => `2026-01-${String(n).padStart(2, "0")}`;

/** Every day 1…20 materialized in order from event `from` with code version `version`. */
function everyDay(from: number, version: string | null): Record<string, [number, string | null]> {
  return Object.fromEntries(Array.from({ length: 20 }, (_, i) => [day(i + 1), [from + i, version]]));
}

describe("staleness per partition", () => {
  it("marks only the partitions built under an older code version, one cause per old version", () => {
    const partitions = everyDay(1, "1");
    partitions[day(20)] = [100, "3"];
    partitions[day(19)] = [99, "2"];
    const state = compute({ raw_events: { space: days, codeVersion: "3", partitions } });
    const result = state.results.get("raw_events");
    expect(result?.status).toBe("STALE");
    expect(result?.partitions).toMatchObject({ unsyncedCount: 19, partitionCount: 20 });
    expect(unsyncedKeys(state, "raw_events", days)).toEqual(Array.from({ length: 19 }, (_, i) => day(i + 1)));
    expect(result?.causes.map((c) => [c.reason, c.partitionCount])).toEqual([
      ["code version changed (1 → 3)", 18],
      ["code version changed (2 → 3)", 1],
    ]);
  });

  it("is up to date once every partition is rebuilt, and missing before any is built", () => {
    const partitions = everyDay(1, "3");
    expect(compute({ a: { space: days, codeVersion: "3", partitions } }).results.get("a")?.status).toBe("UP_TO_DATE");
    const missing = compute({ a: { space: days, codeVersion: "3" } }).results.get("a");
    expect(missing?.status).toBe("MISSING");
    expect(missing?.partitions).toMatchObject({ unsyncedCount: 0, partitionCount: 20 });
  });

  it("leaves out partitions whose code version was never recorded", () => {
    const state = compute({ a: { space: days, codeVersion: "2", partitions: { [day(1)]: [1, null] } } });
    expect(state.results.get("a")?.status).toBe("UP_TO_DATE");
  });

  it("through the identity mapping, marks the partitions whose own upstream partition is newer", () => {
    const raw = everyDay(1, null);
    raw[day(3)] = [200, null];
    raw[day(7)] = [201, null];
    const state = compute({
      raw: { space: days, partitions: raw },
      clean: { space: days, upstream: ["raw"], partitions: everyDay(50, null) },
    });
    expect(unsyncedKeys(state, "clean", days)).toEqual([day(3), day(7)]);
    expect(state.results.get("clean")?.causes).toEqual([
      expect.objectContaining({ key: "raw", reason: "upstream raw updated", dependencyKey: null, partitionCount: 2 }),
    ]);
  });

  it("through a time-window mapping, marks each day whose hours include one materialized after it", () => {
    const hourPartitions: Record<string, [number, string | null]> = {};
    for (let i = 0; i < 24 * 20; i++) hourPartitions[hours.keyAt(i)] = [1 + i, null];
    hourPartitions["2026-01-05-13:00"] = [5000, null];
    const state = compute({
      hourly_events: { space: hours, partitions: hourPartitions },
      daily_totals: { space: days, upstream: ["hourly_events"], partitions: everyDay(1000, null) },
    });
    expect(unsyncedKeys(state, "daily_totals", days)).toEqual([day(5)]);
  });

  it("through a time-window mapping with an offset, marks the day that reads the previous one", () => {
    const state = compute({
      raw: { space: days, partitions: { ...everyDay(1, null), [day(4)]: [500, null] } },
      rolling: {
        space: days,
        upstream: ["raw"],
        mappings: { raw: { type: "time_window", startOffset: -1, endOffset: 0 } },
        partitions: everyDay(100, null),
      },
    });
    expect(unsyncedKeys(state, "rolling", days)).toEqual([day(4), day(5)]);
  });

  it("through the all mapping, marks every partition built before any upstream partition", () => {
    const state = compute({
      rates: { space: regionSpace, partitions: { us: [1, null], eu: [2, null], apac: [60, null] } },
      priced: {
        space: days,
        upstream: ["rates"],
        mappings: { rates: { type: "all" } },
        partitions: everyDay(41, null),
      },
    });
    // Days built at events 41…60 read every region: the ones before apac's event 60 are unsynced.
    expect(unsyncedKeys(state, "priced", days)).toEqual(Array.from({ length: 19 }, (_, i) => day(i + 1)));
  });

  it("through a static mapping, marks the downstream keys fed by a newer upstream key", () => {
    const mapping: PartitionMappingSnapshot = {
      type: "static",
      downstreamKeysByUpstreamKey: { us: ["us-ca", "us-ny"], eu: ["de", "fr"], apac: ["jp"] },
    };
    const state = compute({
      regional: { space: regionSpace, partitions: { us: [1, null], eu: [90, null], apac: [3, null] } },
      national: {
        space: countrySpace,
        upstream: ["regional"],
        mappings: { regional: mapping },
        partitions: { "us-ca": [10, null], "us-ny": [11, null], de: [12, null], fr: [95, null], jp: [14, null] },
      },
    });
    expect(unsyncedKeys(state, "national", countrySpace)).toEqual(["de"]);
  });

  it("carries unsynced partitions to every downstream asset, naming the asset at the root", () => {
    const raw = everyDay(1, "1");
    raw[day(1)] = [100, "3"];
    raw[day(2)] = [101, "3"];
    const state = compute({
      raw_events: { space: days, codeVersion: "3", partitions: raw },
      sessions: { space: days, upstream: ["raw_events"], partitions: everyDay(200, null) },
      weekly_report: {
        space: days,
        upstream: ["sessions"],
        mappings: { sessions: { type: "time_window", startOffset: -1, endOffset: 0 } },
        partitions: everyDay(300, null),
      },
    });
    expect(state.results.get("raw_events")?.partitions?.unsyncedCount).toBe(18);
    // sessions' partitions were built after raw_events' newest, so only the upstream's own staleness reaches them.
    expect(unsyncedKeys(state, "sessions", days)).toEqual(Array.from({ length: 18 }, (_, i) => day(i + 3)));
    expect(state.results.get("sessions")?.causes).toEqual([
      {
        key: "raw_events",
        reason: "upstream raw_events is unsynced: code version changed (1 → 3)",
        dependencyKey: "raw_events",
        partitionCount: 18,
        partitions: [[2, 19]],
      },
    ]);
    // Each day also reads the one before: day 3 reads day 2 (synced) and day 3 (unsynced).
    const report = state.results.get("weekly_report");
    expect(unsyncedKeys(state, "weekly_report", days)).toEqual(Array.from({ length: 18 }, (_, i) => day(i + 3)));
    expect(report?.causes).toEqual([
      expect.objectContaining({
        key: "raw_events",
        reason: "upstream raw_events is unsynced: code version changed (1 → 3)",
        dependencyKey: "sessions",
      }),
    ]);
  });

  it("carries an unpartitioned asset's staleness through unpartitioned ones", () => {
    const state = compute({
      a: { codeVersion: "2", lastEventId: 1, lastCodeVersion: "1" },
      b: { upstream: ["a"], lastEventId: 2, recordedUpstream: { a: "materialization:1" } },
      c: { upstream: ["b"], lastEventId: 3, recordedUpstream: { b: "materialization:2" } },
      d: { upstream: ["c"] },
    });
    expect(state.results.get("b")?.status).toBe("STALE");
    expect(state.results.get("c")?.causes).toEqual([
      {
        key: "a",
        reason: "upstream a is unsynced: code version changed (1 → 2)",
        dependencyKey: "b",
        partitionCount: null,
        partitions: null,
      },
    ]);
    expect(state.results.get("d")?.status).toBe("MISSING");
  });

  it("marks an unpartitioned downstream when any upstream partition materialized after it, and carries the upstream's staleness", () => {
    const raw = everyDay(1, "1");
    const synced = compute({
      raw: { space: days, codeVersion: "1", partitions: raw },
      summary: { upstream: ["raw"], lastEventId: 30, recordedUpstream: { raw: "materialization:20" } },
    });
    expect(synced.results.get("summary")?.status).toBe("UP_TO_DATE");
    const rebuilt = compute({
      raw: { space: days, codeVersion: "1", partitions: { ...raw, [day(4)]: [40, "1"] } },
      summary: { upstream: ["raw"], lastEventId: 30, recordedUpstream: { raw: "materialization:20" } },
    });
    expect(rebuilt.results.get("summary")?.causes.map((c) => c.reason)).toEqual(["upstream raw updated"]);
    const changedCode = compute({
      raw: { space: days, codeVersion: "2", partitions: raw },
      summary: { upstream: ["raw"], lastEventId: 30, recordedUpstream: { raw: "materialization:20" } },
    });
    expect(changedCode.results.get("summary")?.causes.map((c) => c.reason)).toEqual([
      "upstream raw is unsynced: code version changed (1 → 2)",
    ]);
  });

  it("marks every partition built before an unpartitioned upstream's latest materialization", () => {
    const state = compute({
      config: { lastEventId: 10 },
      daily: { space: days, upstream: ["config"], partitions: everyDay(5, null) },
    });
    expect(unsyncedKeys(state, "daily", days)).toEqual([day(1), day(2), day(3), day(4), day(5)]);
  });

  it("keeps the results of assets whose inputs and upstream results did not change", () => {
    const specs: Record<string, AssetSpec> = {
      a: { codeVersion: "2", lastEventId: 1, lastCodeVersion: "1" },
      b: { upstream: ["a"], lastEventId: 2, recordedUpstream: { a: "materialization:1" } },
    };
    const built = inputs(specs);
    const first = graphStaleness(["a", "b"], (key) => built.get(key), null);
    const second = graphStaleness(["a", "b"], (key) => built.get(key), first);
    expect(second.results.get("b")).toBe(first.results.get("b"));
    // A recomputed result equal to the previous one is the previous object, so downstreams keep theirs.
    const rebuilt = inputs(specs);
    const third = graphStaleness(["a", "b"], (key) => rebuilt.get(key), first);
    expect(third.results.get("a")).toBe(first.results.get("a"));
  });
});
