// Partition statuses as the console draws them: one code per partition, built once from the API's ranges, then read
// per cell; plus counts and the index ranges behind the quick selections.
import type { IndexRange } from "../../lib/core/partitions";
import type { AssetPartitions } from "./usePartitions";

export const PartitionState = { MISSING: 0, MATERIALIZED: 1, FAILED: 2, IN_PROGRESS: 3 } as const;
export type PartitionState = (typeof PartitionState)[keyof typeof PartitionState];

export const PARTITION_STATES: readonly PartitionState[] = [
  PartitionState.MATERIALIZED,
  PartitionState.FAILED,
  PartitionState.IN_PROGRESS,
  PartitionState.MISSING,
];

export const partitionStateLabel: Record<PartitionState, string> = {
  [PartitionState.MISSING]: "Missing",
  [PartitionState.MATERIALIZED]: "Materialized",
  [PartitionState.FAILED]: "Failed",
  [PartitionState.IN_PROGRESS]: "In progress",
};

/** Cell and bar fills; shared by the grid, the health bar and the legends so the colors always agree. */
export const partitionStateFill: Record<PartitionState, string> = {
  [PartitionState.MISSING]: "bg-neutral-200",
  [PartitionState.MATERIALIZED]: "bg-emerald-500",
  [PartitionState.FAILED]: "bg-red-500",
  [PartitionState.IN_PROGRESS]: "bg-sky-400",
};

/** The same colors for SVG fills. */
export const partitionStateColor: Record<PartitionState, string> = {
  [PartitionState.MISSING]: "#e5e5e5",
  [PartitionState.MATERIALIZED]: "#10b981",
  [PartitionState.FAILED]: "#ef4444",
  [PartitionState.IN_PROGRESS]: "#38bdf8",
};

/**
 * One byte per partition. A partition both materialized earlier and running now shows as in progress, and one
 * failed then retried shows as in progress too: what is happening now wins.
 */
export function partitionStates(
  partitions: Pick<AssetPartitions, "numPartitions" | "materialized" | "failed" | "inProgress">,
): Uint8Array {
  const states = new Uint8Array(partitions.numPartitions);
  // Each range is an inclusive [first, last] pair of flat indexes (the API's [[Int!]!]!).
  const fill = (ranges: ReadonlyArray<readonly number[]>, state: PartitionState) => {
    for (const [first = 0, last = -1] of ranges)
      states.fill(state, Math.max(0, first), Math.min(states.length, last + 1));
  };
  fill(partitions.materialized, PartitionState.MATERIALIZED);
  fill(partitions.failed, PartitionState.FAILED);
  fill(partitions.inProgress, PartitionState.IN_PROGRESS);
  return states;
}

export type PartitionCounts = Record<PartitionState, number>;

export function countStates(states: Uint8Array): PartitionCounts {
  const counts: PartitionCounts = { 0: 0, 1: 0, 2: 0, 3: 0 };
  for (const state of states) counts[state as PartitionState] += 1;
  return counts;
}

/** The normalised index ranges of partitions in any of `wanted`, e.g. missing and failed. */
export function rangesInStates(states: Uint8Array, wanted: readonly PartitionState[]): IndexRange[] {
  const want = new Uint8Array(4);
  for (const s of wanted) want[s] = 1;
  const ranges: IndexRange[] = [];
  let start = -1;
  for (let i = 0; i <= states.length; i++) {
    const inside = i < states.length && want[states[i] ?? 0] === 1;
    if (inside && start < 0) start = i;
    else if (!inside && start >= 0) {
      ranges.push([start, i - 1]);
      start = -1;
    }
  }
  return ranges;
}

export interface StateSegment {
  state: PartitionState;
  /** First position and length, in partitions (or buckets, when the bar is bucketed). */
  start: number;
  length: number;
  /**
   * A bucket shown failed or in progress for a few of its partitions: the majority of the rest (materialized or
   * missing) and the share in the shown state, so the bar draws a mark on the majority rather than a whole bucket.
   */
  mark?: { base: PartitionState; share: number };
}

/**
 * Runs of equal state for a bar. Past `maxSegments` runs the bar is split into equal buckets: a bucket holding any
 * failed (then in-progress) partition shows that, so one failure among thousands still shows, as a mark on the
 * majority of its other partitions (a million hourly partitions with one failure a few days apart fail in most
 * buckets, and must not read as all failed); otherwise it shows whichever of materialized and missing is the majority.
 */
export function stateSegments(states: Uint8Array, maxSegments = 600): { segments: StateSegment[]; total: number } {
  const runs: StateSegment[] = [];
  for (let i = 0; i < states.length; i++) {
    const state = states[i] as PartitionState;
    const last = runs[runs.length - 1];
    if (last && last.state === state) last.length += 1;
    else runs.push({ state, start: i, length: 1 });
  }
  if (runs.length <= maxSegments) return { segments: runs, total: states.length };

  const buckets = maxSegments;
  const segments: StateSegment[] = [];
  const counts = new Uint32Array(4);
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * states.length) / buckets);
    const to = Math.max(from + 1, Math.floor(((b + 1) * states.length) / buckets));
    counts.fill(0);
    for (let i = from; i < to; i++) {
      const state = states[i] ?? 0;
      counts[state] = (counts[state] ?? 0) + 1;
    }
    const shown: PartitionState =
      (counts[PartitionState.FAILED] ?? 0) > 0
        ? PartitionState.FAILED
        : (counts[PartitionState.IN_PROGRESS] ?? 0) > 0
          ? PartitionState.IN_PROGRESS
          : (counts[PartitionState.MATERIALIZED] ?? 0) >= (counts[PartitionState.MISSING] ?? 0)
            ? PartitionState.MATERIALIZED
            : PartitionState.MISSING;
    const base =
      (counts[PartitionState.MATERIALIZED] ?? 0) >= (counts[PartitionState.MISSING] ?? 0)
        ? PartitionState.MATERIALIZED
        : PartitionState.MISSING;
    if (shown === PartitionState.FAILED || shown === PartitionState.IN_PROGRESS) {
      segments.push({ state: shown, start: b, length: 1, mark: { base, share: (counts[shown] ?? 0) / (to - from) } });
      continue;
    }
    const last = segments[segments.length - 1];
    if (last && last.state === shown && !last.mark) last.length += 1;
    else segments.push({ state: shown, start: b, length: 1 });
  }
  return { segments, total: buckets };
}

/**
 * The partitions a bar segment stands for that are in its state: a run of equal state as is, a bucketed segment
 * (`total` buckets over `states.length` partitions) narrowed to the partitions of its shown state.
 */
export function segmentRanges(states: Uint8Array, segment: StateSegment, total: number): IndexRange[] {
  const size = states.length;
  if (size === 0 || total === 0) return [];
  const first = Math.floor((segment.start * size) / total);
  const last = Math.min(size, Math.max(first + 1, Math.floor(((segment.start + segment.length) * size) / total))) - 1;
  const ranges: IndexRange[] = [];
  let start = -1;
  for (let i = first; i <= last + 1; i++) {
    const inside = i <= last && states[i] === segment.state;
    if (inside && start < 0) start = i;
    else if (!inside && start >= 0) {
      ranges.push([start, i - 1]);
      start = -1;
    }
  }
  return ranges;
}
