import { describe, expect, it } from "vitest";
import { PartitionState } from "../partitions/partitionStatus";
import { partitionOptions } from "./partitionOptions";

const keys = ["2026-01-01", "2026-01-02", "2026-01-03", "2026-02-01"];
const space = { size: keys.length, keyAt: (i: number) => keys[i]! };
const states = new Uint8Array([PartitionState.MATERIALIZED, PartitionState.FAILED, PartitionState.IN_PROGRESS, 0]);

describe("partitionOptions", () => {
  it("lists the newest keys first, each with its status", () => {
    expect(partitionOptions(space, states, "", 10)).toEqual({
      options: [
        { key: "2026-02-01", state: PartitionState.MISSING },
        { key: "2026-01-03", state: PartitionState.IN_PROGRESS },
        { key: "2026-01-02", state: PartitionState.FAILED },
        { key: "2026-01-01", state: PartitionState.MATERIALIZED },
      ],
      more: false,
    });
  });

  it("keeps the keys containing the filter, and says when it stopped at the limit", () => {
    expect(partitionOptions(space, states, " 01-0", 2)).toEqual({
      options: [
        { key: "2026-01-03", state: PartitionState.IN_PROGRESS },
        { key: "2026-01-02", state: PartitionState.FAILED },
      ],
      more: true,
    });
    expect(partitionOptions(space, null, "nope", 5)).toEqual({ options: [], more: false });
  });

  it("reads every partition as missing before the statuses load", () => {
    expect(partitionOptions(space, null, "02-01", 5).options).toEqual([
      { key: "2026-02-01", state: PartitionState.MISSING },
    ]);
  });
});
