import { describe, expect, it } from "vitest";
import { dailyPartitionsSnapshot, partitionKeySpace } from "../partitions";
import type { PartitionsDefinitionSnapshot } from "../partitions/types";
import { buildAssetNode } from "../testing";
import { planBackfill } from "./planBackfill";
import { positionalPlan } from "./positionalPlan";
import type { BackfillTarget } from "./types";

const context = { now: new Date("2026-03-01T00:00:00Z"), dynamicKeys: () => [] };
const result = dailyPartitionsSnapshot({ start: "2026-01-01" });
if (!result.ok) throw new Error(result.message);
const daily: PartitionsDefinitionSnapshot = result.definition;

function target(assetKey: string, ranges: BackfillTarget["ranges"], policy?: "single_run"): BackfillTarget {
  const node = buildAssetNode(assetKey, { partitionsDefinition: daily, ...(policy ? { backfillPolicy: policy } : {}) });
  return { assetKey, codeLocationName: "loc", node, space: partitionKeySpace(daily, context), ranges };
}

describe("positionalPlan", () => {
  it("names at each position the request planBackfill puts there", () => {
    const targets = [
      target("events", [
        [3, 9],
        [20, 20],
        [40, 58],
      ]),
    ];
    const planned = planBackfill(targets, "ONE_RUN_PER_PARTITION");
    const positional = positionalPlan(targets, "ONE_RUN_PER_PARTITION");
    expect(positional?.size).toBe(planned.length);
    expect(Array.from({ length: planned.length }, (_, i) => positional?.requestAt(i))).toEqual(planned);
    expect(() => positional?.requestAt(planned.length)).toThrow(RangeError);
  });

  it("leaves to planBackfill what waits or runs ranges: several assets, single runs, unpartitioned assets", () => {
    expect(positionalPlan([target("a", [[0, 3]]), target("b", [[0, 3]])], "ONE_RUN_PER_PARTITION")).toBeNull();
    expect(positionalPlan([target("a", [[0, 3]], "single_run")], "SINGLE_RUN")).toBeNull();
    expect(positionalPlan([target("a", [[0, 3]])], "SINGLE_RUN")).not.toBeNull();
    const unpartitioned = { ...target("a", []), space: null };
    expect(positionalPlan([unpartitioned], "ONE_RUN_PER_PARTITION")).toBeNull();
  });
});
