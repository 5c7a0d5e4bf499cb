// Eager automation of a partitioned asset, per partition: the partitions an upstream partition with new data is read
// by, and missing partitions whose upstream data is all there, are requested; a partition whose upstream partitions
// are missing or being written waits, and says for what. Pure: the caller reads statuses, runs and the upstream
// materializations since its cursor, and stores what is still due.
import {
  downstreamPartitionKeys,
  fromKeyRanges,
  indicesOf,
  intersectRanges,
  normalizeRanges,
  partitionKeySelection,
  partitionRangeSelection,
  type RunPartitionSelection,
  rangesCount,
  rangesFromIndices,
  rangesHas,
  subtractRanges,
  timeWindowOf,
  toKeyRanges,
  upstreamPartitionKeys,
} from "./partitions";
import {
  type IndexRange,
  type KeyRange,
  PARTITION_RANGE_SEPARATOR,
  type PartitionKeySpace,
  type PartitionMappingSnapshot,
} from "./partitions/types";

/** What queued or in-progress runs will write: some partitions, or all of the asset (`all`). */
export interface RunningPartitions {
  all: boolean;
  ranges: readonly IndexRange[];
}

export interface EagerUpstream {
  key: string;
  /** Null when the upstream is one piece of data: unpartitioned, a source, or not defined. */
  space: PartitionKeySpace | null;
  /** How the automated asset reads it. */
  mapping: PartitionMappingSnapshot;
  /** Partitioned upstreams: its materialized positions in `space`. */
  materialized: readonly IndexRange[];
  /** Unpartitioned upstreams: whether it has data at all. */
  hasData: boolean;
  running: RunningPartitions;
}

/** An upstream materialization the automated asset has not taken in yet. */
export interface UpstreamMaterialization {
  assetKey: string;
  partitionKey: string | null;
}

/** Partitions that are due but not requested yet (they wait, or a tick's bound left them), and what made them due. */
export interface PendingPartitions {
  /** The upstream data that made them due: "hourly_events 2026-03-08-05:00", or "raw" for an unpartitioned upstream. */
  cause: string;
  partitions: KeyRange[];
}

export interface EagerPartitionsInput {
  assetKey: string;
  space: PartitionKeySpace;
  materialized: readonly IndexRange[];
  failed: readonly IndexRange[];
  running: RunningPartitions;
  upstream: readonly EagerUpstream[];
  /** Upstream materializations since the last evaluation, oldest first. */
  newMaterializations: readonly UpstreamMaterialization[];
  pending: readonly PendingPartitions[];
  /** Partitions automation has requested before: a missing partition is requested once, not after every failure. */
  handled: readonly IndexRange[];
  /** The asset accepts a range of partitions in one run (backfill policy single_run). */
  rangeRuns: boolean;
  /** At most this many runs per evaluation; the rest are requested at the next. */
  maxRuns: number;
  /** At most this many missing partitions are checked per evaluation, newest first. */
  maxMissingChecks: number;
}

export interface EagerRun {
  partitions: RunPartitionSelection;
  /** The positions the run covers (a range run covers several). */
  positions: IndexRange;
  /** What made it due, naming the partitions: "Upstream hourly_events 2026-03-08-05:00 has new data → requested 2026-03-08." */
  reasons: string[];
}

export interface EagerPartitionsDecision {
  runs: EagerRun[];
  /** Every position the runs cover. */
  requested: IndexRange[];
  /** What stays due for the next evaluation. */
  pending: PendingPartitions[];
  /** The evaluation in words: what waits and for what, or why nothing was requested. */
  reasons: string[];
}

/** How many partitions or ranges a reason names before it says "and N more". */
const LISTED = 5;

export function evaluateEagerPartitions(input: EagerPartitionsInput): EagerPartitionsDecision {
  const { space } = input;
  const due = duePartitions(input);
  const check = waitChecker(input);

  const chosen = new Map<number, string | null>();
  const waiting = new Map<number, string>();
  for (const position of [...due.keys()].sort((a, b) => b - a)) {
    const wait = check(position);
    if (wait === null) chosen.set(position, due.get(position) ?? null);
    else waiting.set(position, wait);
  }

  // Missing partitions nobody requested yet: not materialized, failed, requested before, due or being written.
  let missing = subtractRanges(
    input.running.all ? [] : subtractRanges([[0, space.size - 1]], input.running.ranges),
    normalizeRanges([...input.materialized, ...input.failed, ...input.handled]),
  );
  missing = subtractRanges(missing, rangesFromIndices(due.keys()));
  let missingWaiting = 0;
  let firstMissingWait: string | null = null;
  let checks = 0;
  let unchecked = false;
  for (const position of newestFirst(missing)) {
    if (checks++ >= input.maxMissingChecks) {
      unchecked = true;
      break;
    }
    const wait = check(position);
    if (wait === null) chosen.set(position, null);
    else {
      missingWaiting += 1;
      firstMissingWait ??= wait;
    }
  }

  const allRuns = groupRuns(space, [...chosen.keys()], input.rangeRuns);
  const runs = allRuns
    .slice(0, input.maxRuns)
    .map((run) => ({ ...run, reasons: runReasons(space, run.positions, chosen) }));
  const requested = normalizeRanges(runs.map((run) => run.positions));
  // Due partitions beyond this evaluation's bound stay due; missing ones are found missing again.
  const leftOver = allRuns.slice(input.maxRuns);
  const stillDue = [...waiting.keys()];
  for (const run of leftOver)
    for (const position of indicesOf([run.positions])) if (due.has(position)) stillDue.push(position);
  const pending = pendingOf(
    space,
    stillDue.map((position) => [position, due.get(position) as string]),
  );

  const reasons: string[] = [];
  const waits = [...waiting.entries()].sort(([a], [b]) => b - a);
  for (const [, wait] of waits.slice(0, LISTED)) reasons.push(wait);
  if (waits.length > LISTED) reasons.push(`${partitionsWait(waits.length - LISTED, "updated")}.`);
  if (firstMissingWait !== null) {
    const more = missingWaiting - 1;
    const others = more > 0 ? ` ${unchecked ? "At least " : ""}${partitionsWait(more, "missing")}.` : "";
    reasons.push(`Missing: ${firstMissingWait}${others}`);
  }
  if (leftOver.length > 0) {
    const count = leftOver.reduce((sum, run) => sum + run.positions[1] - run.positions[0] + 1, 0);
    reasons.push(
      `${count} more partitions are requested at the next evaluations (at most ${input.maxRuns} runs each).`,
    );
  }
  if (reasons.length === 0 && runs.length === 0)
    reasons.push("No upstream partition has new data, and no partition is missing with its upstream data present.");
  return { runs, requested, pending, reasons };
}

/** "3 more missing partitions wait", "1 more partition with new upstream data waits". */
function partitionsWait(count: number, kind: "missing" | "updated"): string {
  const noun = count === 1 ? "partition" : "partitions";
  const verb = count === 1 ? "waits" : "wait";
  return kind === "missing"
    ? `${count} more missing ${noun} ${verb}`
    : `${count} more ${noun} with new upstream data ${verb}`;
}

/** Due positions with what made each due: stored pending ones, overridden by new materializations (the latest wins). */
function duePartitions(input: EagerPartitionsInput): Map<number, string> {
  const { space } = input;
  const due = new Map<number, string>();
  for (const group of input.pending)
    for (const position of indicesOf(fromKeyRanges(space, group.partitions))) due.set(position, group.cause);
  const upstreamByKey = new Map(input.upstream.map((upstream) => [upstream.key, upstream]));
  const fresh = new Map<number, string>();
  const seen = new Set<string>();
  for (let i = input.newMaterializations.length - 1; i >= 0; i--) {
    const { assetKey, partitionKey } = input.newMaterializations[i] as UpstreamMaterialization;
    const upstream = upstreamByKey.get(assetKey);
    // Its own materializations make nothing due: a partition reading its previous one would otherwise re-run them all.
    if (!upstream || assetKey === input.assetKey) continue;
    const seenKey = `${assetKey}\u0000${upstream.space ? (partitionKey ?? "") : ""}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    if (!upstream.space) {
      for (let position = 0; position < space.size; position++) if (!fresh.has(position)) fresh.set(position, assetKey);
      continue;
    }
    // A range run's materialization without a key names no partition.
    if (partitionKey === null) continue;
    for (const key of downstreamPartitionKeys(upstream.mapping, upstream.space, [partitionKey], space)) {
      const position = space.indexOf(key);
      if (position >= 0 && !fresh.has(position)) fresh.set(position, `${assetKey} ${partitionKey}`);
    }
  }
  for (const [position, cause] of fresh) due.set(position, cause);
  return due;
}

/**
 * Why a partition cannot be requested now, in a sentence, or null when it can: a run of it is queued or in progress,
 * or an upstream partition it reads is missing or being written. Per partition, on both sides.
 */
function waitChecker(input: EagerPartitionsInput): (position: number) => string | null {
  const { space } = input;
  const lastEnds = new Map<string, number | null>();
  const lastEnd = (upstream: EagerUpstream & { space: PartitionKeySpace }): number | null => {
    if (!lastEnds.has(upstream.key)) {
      const last = upstream.space.size > 0 ? upstream.space.keyAt(upstream.space.size - 1) : null;
      lastEnds.set(
        upstream.key,
        last === null ? null : (timeWindowOf(upstream.space.definition, last)?.end.getTime() ?? null),
      );
    }
    return lastEnds.get(upstream.key) ?? null;
  };
  return (position) => {
    const key = space.keyAt(position);
    if (input.running.all || rangesHas(input.running.ranges, position)) return `${key} waits for its run in progress.`;
    for (const upstream of input.upstream) {
      if (!upstream.space) {
        if (upstream.running.all) return `${key} waits for the run of ${upstream.key} in progress.`;
        if (!upstream.hasData) return `${key} waits for ${upstream.key}, which has no data yet.`;
        continue;
      }
      const upstreamSpace = upstream.space;
      // "all" reads the whole upstream: its positions, without listing every key for every partition checked.
      let read: IndexRange[] =
        upstream.mapping.type === "all"
          ? normalizeRanges([[0, upstreamSpace.size - 1]])
          : rangesFromIndices(
              upstreamPartitionKeys(upstream.mapping, space, [key], upstreamSpace).map((k) => upstreamSpace.indexOf(k)),
            );
      // An asset reading its own earlier partitions waits for them, never for the partition it is to write.
      if (upstream.key === input.assetKey) read = subtractRanges(read, [[position, position]]);
      const running = upstream.running.all ? read : intersectRanges(read, upstream.running.ranges);
      if (running.length > 0)
        return `${key} waits for the run of ${upstream.key} ${describePositions(upstreamSpace, running)} in progress.`;
      const absent = subtractRanges(read, upstream.materialized);
      if (absent.length > 0) {
        const count = rangesCount(absent);
        const of = count > 1 ? ` (${count} of ${rangesCount(read)} partitions)` : "";
        return `${key} waits for ${upstream.key} ${describePositions(upstreamSpace, absent)} to be materialized${of}.`;
      }
      if (notYetWritten(space, key, { ...upstream, space: upstreamSpace }, lastEnd))
        return `${key} waits for ${upstream.key}: the partitions it reads have not ended yet.`;
    }
    return null;
  };
}

/**
 * A time window reading windows of a time-window upstream that have not ended yet: the mapping finds no upstream key
 * for them (a key space holds ended windows only), which must not read as "nothing to wait for". Offsets that read
 * only earlier windows (endOffset < 0) end before the partition does, so they are never waited for here.
 */
function notYetWritten(
  space: PartitionKeySpace,
  key: string,
  upstream: EagerUpstream & { space: PartitionKeySpace },
  lastEnd: (upstream: EagerUpstream & { space: PartitionKeySpace }) => number | null,
): boolean {
  if (upstream.space.definition.type !== "time_window" || space.definition.type !== "time_window") return false;
  if (upstream.mapping.type === "time_window" && upstream.mapping.endOffset < 0) return false;
  const window = timeWindowOf(space.definition, key);
  if (!window) return false;
  const end = lastEnd(upstream);
  return end === null || window.end.getTime() > end;
}

function* newestFirst(ranges: readonly IndexRange[]): Generator<number> {
  for (let r = ranges.length - 1; r >= 0; r--) {
    const [first, last] = ranges[r] as IndexRange;
    for (let position = last; position >= first; position--) yield position;
  }
}

/** Runs for the chosen positions, newest first: one per contiguous range when the asset takes ranges, else one each. */
function groupRuns(
  space: PartitionKeySpace,
  positions: readonly number[],
  rangeRuns: boolean,
): Omit<EagerRun, "reasons">[] {
  const ranges = rangesFromIndices(positions);
  const runs: Omit<EagerRun, "reasons">[] = [];
  for (let r = ranges.length - 1; r >= 0; r--) {
    const [first, last] = ranges[r] as IndexRange;
    if (rangeRuns && first < last) {
      runs.push({
        partitions: partitionRangeSelection(space.keyAt(first), space.keyAt(last)),
        positions: [first, last],
      });
      continue;
    }
    for (let position = last; position >= first; position--)
      runs.push({ partitions: partitionKeySelection(space.keyAt(position)), positions: [position, position] });
  }
  return runs;
}

/** One line per cause, naming the partitions it requested; missing partitions get one line of their own. */
function runReasons(
  space: PartitionKeySpace,
  positions: IndexRange,
  chosen: ReadonlyMap<number, string | null>,
): string[] {
  const byCause = new Map<string | null, number[]>();
  for (const position of indicesOf([positions])) {
    const cause = chosen.get(position) ?? null;
    const list = byCause.get(cause);
    if (list) list.push(position);
    else byCause.set(cause, [position]);
  }
  const lines: string[] = [];
  for (const [cause, list] of byCause) {
    const partitions = describePositions(space, rangesFromIndices(list));
    lines.push(
      cause === null
        ? `Missing, and its upstream data is present → requested ${partitions}.`
        : `Upstream ${cause} has new data → requested ${partitions}.`,
    );
  }
  if (lines.length <= LISTED + 1) return lines;
  return [...lines.slice(0, LISTED), `${lines.length - LISTED} more upstream partitions have new data.`];
}

/** Positions as keys and key ranges, "2026-03-01...2026-03-05, 2026-03-08", at most a few before "and N more". */
function describePositions(space: PartitionKeySpace, ranges: readonly IndexRange[]): string {
  const keyRanges = toKeyRanges(space, ranges).map(([first, last]) =>
    first === last ? first : `${first}${PARTITION_RANGE_SEPARATOR}${last}`,
  );
  if (keyRanges.length <= LISTED) return keyRanges.join(", ");
  const rest = rangesCount(ranges.slice(LISTED));
  return `${keyRanges.slice(0, LISTED).join(", ")} and ${rest} more`;
}

function pendingOf(space: PartitionKeySpace, entries: readonly (readonly [number, string])[]): PendingPartitions[] {
  const byCause = new Map<string, number[]>();
  for (const [position, cause] of entries) {
    const list = byCause.get(cause);
    if (list) list.push(position);
    else byCause.set(cause, [position]);
  }
  return [...byCause].map(([cause, positions]) => ({
    cause,
    partitions: toKeyRanges(space, rangesFromIndices(positions)),
  }));
}
