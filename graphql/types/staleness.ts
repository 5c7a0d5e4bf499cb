// Staleness on the API (Dagster's staleStatus and staleCauses): whether an asset reflects its current code and the
// latest data of its upstream assets, and each reason it does not; for partitioned assets, partition by partition.
import "server-only";
import type { StaleCauseShape } from "../assetNodeView";
import { builder } from "../builder";
import { AssetKeyRef } from "./assetKey";
import { AssetNodeRef } from "./assetNode";

const StaleStatusEnum = builder.enumType("StaleStatus", { values: ["UP_TO_DATE", "STALE", "MISSING"] as const });

const StaleCauseRef = builder.objectRef<StaleCauseShape>("StaleCause").implement({
  fields: (t) => ({
    key: t.expose("key", {
      type: AssetKeyRef,
      description:
        "The asset the cause is about: the asset itself, an upstream, or the unsynced asset at the root of a chain.",
    }),
    reason: t.exposeString("reason"),
    dependency: t.expose("dependency", {
      type: AssetKeyRef,
      nullable: true,
      description:
        "The upstream through which an unsynced upstream's cause reaches this asset; null for its own causes.",
    }),
    partitionCount: t.exposeInt("partitionCount", {
      nullable: true,
      description: "Partitioned assets: how many of the asset's partitions the cause makes unsynced.",
    }),
  }),
});

// Computed once per asset and index by the view (graphql/assetNodeView.ts), which these fields read.
builder.objectFields(AssetNodeRef, (t) => ({
  staleStatus: t.expose("staleStatus", { type: StaleStatusEnum }),
  staleCauses: t.field({
    type: [StaleCauseRef],
    args: {
      limit: t.arg.int({ description: "At most this many, first the asset's own (default all; 0 to 100)." }),
    },
    // Lists of thousands of assets ask for one each: staleness carried down a chain gives most of them several.
    resolve: (node, { limit }) =>
      limit == null ? node.staleCauses : node.staleCauses.slice(0, Math.min(Math.max(limit, 0), 100)),
  }),
  staleCauseCount: t.int({
    description: "How many causes staleCauses lists without a limit.",
    resolve: (node) => node.staleCauses.length,
  }),
  unsyncedPartitionCount: t.exposeInt("unsyncedPartitionCount", {
    nullable: true,
    description: "Partitioned assets: materialized partitions that are unsynced; null when not partitioned.",
  }),
  partitionCount: t.exposeInt("partitionCount", {
    nullable: true,
    description: "Partitioned assets: every partition now; null when not partitioned.",
  }),
}));
