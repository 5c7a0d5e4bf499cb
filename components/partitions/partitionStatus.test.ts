import { describe, expect, it } from "vitest";
import {
  countStates,
  PartitionState,
  partitionStates,
  rangesInStates,
  segmentRanges,
  stateSegments,
} from "./partitionStatus";

describe("partitionStates", () => {
  it("lets what is happening now win: in progress over failed over materialized", () => {
    const states = partitionStates({
      numPartitions: 6,
      materialized: [[0, 3]],
      failed: [[3, 4]],
      inProgress: [[1, 1]],
    });
    expect([...states]).toEqual([1, 3, 1, 2, 2, 0]);
    expect(countStates(states)).toEqual({ 0: 1, 1: 2, 2: 2, 3: 1 });
  });

  it("turns states back into the ranges behind the quick selections", () => {
    const states = partitionStates({ numPartitions: 8, materialized: [[2, 3]], failed: [[6, 6]], inProgress: [] });
    expect(rangesInStates(states, [PartitionState.MISSING])).toEqual([
      [0, 1],
      [4, 5],
      [7, 7],
    ]);
    expect(rangesInStates(states, [PartitionState.MISSING, PartitionState.FAILED])).toEqual([
      [0, 1],
      [4, 7],
    ]);
  });
});

describe("stateSegments", () => {
  it("draws runs of equal state, and buckets long alternations by failure, then progress, then majority", () => {
    const states = partitionStates({ numPartitions: 5, materialized: [[0, 2]], failed: [], inProgress: [] });
    expect(stateSegments(states).segments).toEqual([
      { state: 1, start: 0, length: 3 },
      { state: 0, start: 3, length: 2 },
    ]);
    const alternating = new Uint8Array(10_000).map((_, i) => (i % 2 === 0 ? 1 : 0));
    alternating[5_001] = PartitionState.FAILED;
    const { segments, total } = stateSegments(alternating, 100);
    expect(total).toBe(100);
    expect(segments.filter((s) => s.state === PartitionState.FAILED).map((s) => s.length)).toEqual([1]);
    // Half materialized, half missing in every bucket: the tie goes to materialized.
    expect(segments.every((s) => s.state !== PartitionState.MISSING)).toBe(true);
  });

  it("marks a bucket's few failures on the majority of its other partitions", () => {
    const states = new Uint8Array(1_000).map((_, i) => (i % 3 === 0 ? 0 : 1));
    states[250] = PartitionState.FAILED;
    const failed = stateSegments(states, 10).segments.filter((s) => s.state === PartitionState.FAILED);
    expect(failed).toEqual([
      { state: PartitionState.FAILED, start: 2, length: 1, mark: { base: PartitionState.MATERIALIZED, share: 0.01 } },
    ]);
  });
});

describe("segmentRanges", () => {
  it("gives a run of equal state as it is", () => {
    const states = partitionStates({ numPartitions: 8, materialized: [[2, 3]], failed: [[6, 6]], inProgress: [] });
    const { segments, total } = stateSegments(states);
    const failed = segments.find((s) => s.state === PartitionState.FAILED);
    expect(segmentRanges(states, failed!, total)).toEqual([[6, 6]]);
  });

  it("narrows a bucketed segment to the partitions of the state it shows", () => {
    // 20 partitions in 4 buckets of 5: bucket 1 (5…9) holds one failure among materialized partitions.
    const states = partitionStates({ numPartitions: 20, materialized: [[0, 19]], failed: [[7, 7]], inProgress: [] });
    // Alternate the rest so the runs exceed the bucket count.
    for (let i = 12; i < 20; i += 2) states[i] = PartitionState.MISSING;
    const { segments, total } = stateSegments(states, 4);
    expect(total).toBe(4);
    const failed = segments.find((s) => s.state === PartitionState.FAILED);
    expect(failed).toMatchObject({ start: 1, length: 1 });
    expect(segmentRanges(states, failed!, total)).toEqual([[7, 7]]);
  });
});
