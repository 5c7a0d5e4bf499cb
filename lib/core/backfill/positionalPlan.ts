// The plan of a backfill of one partitioned asset, one run per partition, without making it: its requests follow the
// targeted partitions in key order and wait on nothing, so request i is worked out from position i. A million-run
// backfill is then a few ranges in memory, and the runs submitted so far are always a prefix of the requests.
import { formatRunPartitions, normalizeRanges, partitionKeySelection } from "../partitions";
import type { PartitionKeySpace } from "../partitions/types";
import type { BackfillRunRequest, BackfillStrategy, BackfillTarget } from "./types";

export interface PositionalPlan {
  target: BackfillTarget & { space: PartitionKeySpace };
  /** Requests in the plan: one per targeted partition. */
  size: number;
  /** The request planBackfill would put at `index`, for 0 <= index < size. */
  requestAt(index: number): BackfillRunRequest;
}

/** A positional plan when the backfill is one partitioned asset with one run per partition; otherwise null. */
export function positionalPlan(targets: readonly BackfillTarget[], strategy: BackfillStrategy): PositionalPlan | null {
  const [target, other] = targets;
  if (!target || other || !target.space) return null;
  // SINGLE_RUN over an asset that accepts ranges makes one request per range: planBackfill's own business.
  if (strategy === "SINGLE_RUN" && target.node.backfillPolicy === "single_run") return null;
  const space = target.space;
  const ranges = normalizeRanges(target.ranges);
  // before[i]: targeted positions in the ranges before range i.
  const before: number[] = [];
  let size = 0;
  for (const [first, last] of ranges) {
    before.push(size);
    size += last - first + 1;
  }
  const positionAt = (index: number): number => {
    let low = 0;
    let high = ranges.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((before[middle] as number) <= index) low = middle;
      else high = middle - 1;
    }
    return (ranges[low] as [number, number])[0] + index - (before[low] as number);
  };
  return {
    target: { ...target, space },
    size,
    requestAt(index) {
      if (!Number.isInteger(index) || index < 0 || index >= size)
        throw new RangeError(`Request ${index} is outside 0-${size - 1}.`);
      const partitions = partitionKeySelection(space.keyAt(positionAt(index)));
      return {
        requestKey: `${target.assetKey}:${formatRunPartitions(partitions)}`,
        codeLocationName: target.codeLocationName,
        assetKeys: [target.assetKey],
        partitions,
        upstreamRequestKeys: [],
      };
    },
  };
}
