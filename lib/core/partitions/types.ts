// The JSON shapes of partitions definitions and partition mappings, as snapshots carry them, and the
// key space every reader (executor, store, daemon, console) uses to turn keys into positions and back.

/**
 * Partitions by time: one partition per tick of `cron` in `timezone`, each covering the time from its tick to the
 * next. Keys are the window start in wall-clock time: "2026-01-01" (keyFormat "date") or "2026-01-01-13:00"
 * (keyFormat "datetime"). A partition appears once its window ended (see endOffset).
 * DST: a wall time the clocks skip (spring forward) starts no window. A wall time they show twice (fall back) starts
 * one window at its first occurrence, except with crons that fire every hour: there each occurrence starts its own
 * window, and the second one's key carries the UTC offset, "2026-11-01-01:00-0800", so keys stay unique and every
 * real hour is a partition. Keys sort by time; only the offset-marked keys of a sub-hourly cadence sort out of order
 * as text ("01:30" before "01:00-0800"), so order partitions by the key space, not by text.
 */
export interface TimeWindowPartitionsSnapshot {
  type: "time_window";
  /** Five-field cron: minute hour day-of-month month day-of-week, e.g. "0 0 * * *" for daily. */
  cron: string;
  /** First window's start, wall-clock, in the key format: "2026-01-01" or "2026-01-01-06:00". */
  start: string;
  /** Wall-clock bound (key format): only whole windows that end at or before it exist; null for open-ended. */
  end: string | null;
  /** IANA time zone, e.g. "UTC" or "America/New_York". */
  timezone: string;
  keyFormat: "date" | "datetime";
  /**
   * Windows relative to the last complete one: 1 adds the window still open (and n, the n − 1 after it), -1 leaves
   * out the latest complete window. Never past `end`. Absent means 0.
   */
  endOffset?: number;
}

/** A fixed list of keys, in the order given (e.g. regions). */
export interface StaticPartitionsSnapshot {
  type: "static";
  keys: string[];
}

/** Keys added and removed at run time (API, CLI, sensors), stored in Postgres under `name`; ordered by when added. */
export interface DynamicPartitionsSnapshot {
  type: "dynamic";
  name: string;
}

export type SingleDimensionPartitionsSnapshot =
  | TimeWindowPartitionsSnapshot
  | StaticPartitionsSnapshot
  | DynamicPartitionsSnapshot;

/** Two dimensions, e.g. date × region. A key joins one key of each dimension with "|": "2026-01-01|us". */
export interface MultiPartitionsSnapshot {
  type: "multi";
  dimensions: [PartitionDimensionSnapshot, PartitionDimensionSnapshot];
}

export interface PartitionDimensionSnapshot {
  name: string;
  definition: SingleDimensionPartitionsSnapshot;
}

export type PartitionsDefinitionSnapshot = SingleDimensionPartitionsSnapshot | MultiPartitionsSnapshot;

/** Separates the dimension keys of a multi-partition key. */
export const MULTI_PARTITION_KEY_SEPARATOR = "|";

/**
 * Joins the first and last key of an inclusive range wherever a range is written as text: "2026-01-01...2026-01-31"
 * in a partition selection, a run's partitions, CLI arguments and messages. The one place it is spelled out.
 */
export const PARTITION_RANGE_SEPARATOR = "...";

/**
 * Which upstream partitions a downstream partition reads.
 * - identity: the same key (both assets share a definition);
 * - all: every upstream partition (the default for an unpartitioned downstream);
 * - time_window: the upstream windows overlapping downstream windows key + startOffset … key + endOffset, offsets
 *   counted in downstream partitions: { startOffset: -1, endOffset: -1 } is "the previous day" for a daily asset,
 *   whatever the upstream's cadence (24 hourly partitions); a weekly asset reads the 7 days of its week;
 * - static: upstream key → the downstream keys it feeds;
 * - dimension: between a multi-partitioned asset and a single-dimension one whose keys are that dimension's keys.
 */
export type PartitionMappingSnapshot =
  | { type: "identity" }
  | { type: "all" }
  | { type: "time_window"; startOffset: number; endOffset: number }
  | { type: "static"; downstreamKeysByUpstreamKey: Record<string, string[]> }
  | { type: "dimension"; dimension: string };

/** What building a key space needs from outside: the clock (time windows) and stored dynamic keys. */
export interface KeySpaceContext {
  now: Date;
  /** Keys of a dynamic partitions definition, in the order they were added. */
  dynamicKeys(name: string): readonly string[];
}

/**
 * Every partition key of a definition at one moment, in order, with positions. For multi definitions the order is
 * row-major: index = index in dimension 0 × size of dimension 1 + index in dimension 1.
 */
export interface PartitionKeySpace {
  readonly definition: PartitionsDefinitionSnapshot;
  readonly size: number;
  keyAt(index: number): string;
  /** The key's position, or -1 when the key is not a partition of this definition (now). */
  indexOf(key: string): number;
  keys(): readonly string[];
  /** For multi definitions, each dimension's own key space (dimension 0 gives the rows); null otherwise. */
  readonly dimensions: readonly [PartitionDimensionSpace, PartitionDimensionSpace] | null;
}

export interface PartitionDimensionSpace {
  name: string;
  space: PartitionKeySpace;
}

/** Inclusive [first, last] positions in a key space. Lists of ranges are sorted, disjoint and never adjacent. */
export type IndexRange = readonly [first: number, last: number];

/** Inclusive [firstKey, lastKey] in a key space's order: how partition sets are stored, so they survive new keys. */
export type KeyRange = readonly [firstKey: string, lastKey: string];
