// Partitions on the API: an asset's partitions definition, status and stats, one partition's history, and the
// mutations that add and delete dynamic partitions.
import "server-only";
import { createGraphQLError } from "graphql-yoga";
import { toAssetKeyString } from "../../lib/core/assetKey";
import {
  describePartitionsDefinition,
  type PartitionKeyRun,
  rangesCount,
  TimeWindowKeySpace,
  timeWindowKeyRuns,
  unionRanges,
} from "../../lib/core/partitions";
import type { IndexRange, PartitionKeySpace, PartitionsDefinitionSnapshot } from "../../lib/core/partitions/types";
import type { AssetNodeRecord } from "../../lib/orchestration/workspace/assetNodes";
import {
  addDynamicPartitions,
  type DynamicPartitionsChange,
  deleteDynamicPartitions,
} from "../../lib/store/dynamicPartitions";
import type { PartitionStatus } from "../../lib/store/partitionStatus";
import { partitionHistory } from "../../lib/store/runQueries";
import { audit, refusal } from "../authorization";
import { builder } from "../builder";
import type { GraphQLContext } from "../context";
import { partitionsOfRequest } from "../partitionsOfRequest";
import { AssetKeyInput } from "./assetKey";
import { AssetNodeRef } from "./assetNode";
import { RunEventRef } from "./runEvent";

type PartitionsKindValue = "TIME_WINDOW" | "STATIC" | "DYNAMIC" | "MULTI";
const PartitionsKind = builder.enumType("PartitionsKind", {
  values: ["TIME_WINDOW", "STATIC", "DYNAMIC", "MULTI"] as const,
});

const KIND: Record<PartitionsDefinitionSnapshot["type"], PartitionsKindValue> = {
  time_window: "TIME_WINDOW",
  static: "STATIC",
  dynamic: "DYNAMIC",
  multi: "MULTI",
};

/** The dimension name of a single-dimension definition, as Dagster names it. */
const DEFAULT_DIMENSION = "default";

/** Single-dimension definitions, or each dimension of a multi one. */
function singleDefinitions(
  definition: PartitionsDefinitionSnapshot,
): { name: string; definition: Exclude<PartitionsDefinitionSnapshot, { type: "multi" }> }[] {
  return definition.type === "multi"
    ? definition.dimensions.map((d) => ({ name: d.name, definition: d.definition }))
    : [{ name: DEFAULT_DIMENSION, definition }];
}

export const PartitionsDefinitionRef = builder
  .objectRef<PartitionsDefinitionSnapshot>("PartitionsDefinition")
  .implement({
    fields: (t) => ({
      kind: t.field({ type: PartitionsKind, resolve: (d) => KIND[d.type] }),
      description: t.string({
        description: 'For people, e.g. "Daily from 2026-01-01 (UTC)" or "date × region".',
        resolve: (d) => describePartitionsDefinition(d),
      }),
      dimensionNames: t.stringList({
        description: `The dimensions' names: two for multi partitions, "${DEFAULT_DIMENSION}" otherwise.`,
        resolve: (d) => singleDefinitions(d).map((s) => s.name),
      }),
      dynamicName: t.string({
        nullable: true,
        description: "The name dynamic partitions are stored under, when a dimension is dynamic.",
        resolve: (d) =>
          singleDefinitions(d).flatMap((s) => (s.definition.type === "dynamic" ? [s.definition.name] : []))[0] ?? null,
      }),
      timezone: t.string({
        nullable: true,
        description: "The time zone of the time-window dimension, when there is one.",
        resolve: (d) =>
          singleDefinitions(d).flatMap((s) =>
            s.definition.type === "time_window" ? [s.definition.timezone] : [],
          )[0] ?? null,
      }),
    }),
  });

interface DimensionShape {
  name: string;
  space: PartitionKeySpace;
}

const PartitionKeyRunRef = builder.objectRef<PartitionKeyRun>("PartitionKeyRun").implement({
  description:
    "`count` keys from `startKey`, each `stepMinutes` of wall time after the one before; a key with a UTC offset (the second hour of a night the clocks fall back) is a run of one with step 0.",
  fields: (t) => ({
    startKey: t.exposeString("startKey"),
    count: t.exposeInt("count"),
    stepMinutes: t.exposeInt("stepMinutes"),
  }),
});

const PartitionDimensionRef = builder.objectRef<DimensionShape>("PartitionDimension").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    kind: t.field({ type: PartitionsKind, resolve: (d) => KIND[d.space.definition.type] }),
    keys: t.stringList({
      description:
        "Every key of the dimension now, in order. A million hourly keys are 19 MB: prefer keyRuns and listedKeys.",
      resolve: (d) => [...d.space.keys()],
    }),
    keyRuns: t.field({
      type: [PartitionKeyRunRef],
      description: "A time window's keys as runs of evenly spaced wall times, in order; empty for other dimensions.",
      resolve: (d) => (d.space instanceof TimeWindowKeySpace ? timeWindowKeyRuns(d.space) : []),
    }),
    listedKeys: t.stringList({
      description: "Every key of a static or dynamic dimension, in order; empty for a time window (see keyRuns).",
      resolve: (d) => (d.space instanceof TimeWindowKeySpace ? [] : [...d.space.keys()]),
    }),
  }),
});

function dimensionsOf(space: PartitionKeySpace): DimensionShape[] {
  return space.dimensions
    ? space.dimensions.map((d) => ({ name: d.name, space: d.space }))
    : [{ name: DEFAULT_DIMENSION, space }];
}

interface PartitionsShape {
  space: PartitionKeySpace;
  status: PartitionStatus;
}

const PartitionStatsRef = builder.objectRef<PartitionsShape>("PartitionStats").implement({
  fields: (t) => ({
    numPartitions: t.int({ resolve: (p) => p.space.size }),
    numMaterialized: t.int({ resolve: (p) => rangesCount(p.status.materialized) }),
    numFailed: t.int({ resolve: (p) => rangesCount(p.status.failed) }),
    numInProgress: t.int({ resolve: (p) => rangesCount(p.status.inProgress) }),
    numMissing: t.int({
      description: "Partitions neither materialized, failed nor in progress.",
      resolve: ({ space, status }) =>
        space.size - rangesCount(unionRanges(unionRanges(status.materialized, status.failed), status.inProgress)),
    }),
  }),
});

const asPairs = (ranges: readonly IndexRange[]): number[][] => ranges.map(([first, last]) => [first, last]);

const AssetPartitionsRef = builder.objectRef<PartitionsShape>("AssetPartitions").implement({
  description:
    "Partition status as inclusive [first, last] ranges of flat indexes; for two dimensions, index = i0 × (keys of dimension 1) + i1.",
  fields: (t) => ({
    numPartitions: t.int({ resolve: (p) => p.space.size }),
    dimensions: t.field({ type: [PartitionDimensionRef], resolve: (p) => dimensionsOf(p.space) }),
    materialized: t.field({ type: t.listRef(t.listRef("Int")), resolve: (p) => asPairs(p.status.materialized) }),
    failed: t.field({ type: t.listRef(t.listRef("Int")), resolve: (p) => asPairs(p.status.failed) }),
    inProgress: t.field({ type: t.listRef(t.listRef("Int")), resolve: (p) => asPairs(p.status.inProgress) }),
  }),
});

builder.objectFields(AssetNodeRef, (t) => ({
  partitionsDefinition: t.field({
    type: PartitionsDefinitionRef,
    nullable: true,
    resolve: (r) => r.node.partitionsDefinition ?? null,
  }),
  partitionStats: t.field({
    type: PartitionStatsRef,
    nullable: true,
    description: "Counts of partitions by status; null when the asset is not partitioned.",
    resolve: (r, _args, ctx) => partitionsOfRequest(ctx).partitionsOf(r),
  }),
  assetPartitions: t.field({
    type: AssetPartitionsRef,
    nullable: true,
    description: "Every partition key and the status ranges; null when the asset is not partitioned.",
    resolve: (r, _args, ctx) => partitionsOfRequest(ctx).partitionsOf(r),
  }),
  acceptsPartitionRange: t.boolean({
    description: "Whether one run may materialize a range of the asset's partitions (backfill policy single_run).",
    resolve: (r: AssetNodeRecord) => Boolean(r.node.partitionsDefinition) && r.node.backfillPolicy === "single_run",
  }),
}));

const MAX_HISTORY = 1000;

builder.queryFields((t) => ({
  partitionHistory: t.field({
    type: [RunEventRef],
    description: "Materializations, failures and starts of one partition of an asset, newest first.",
    args: {
      assetKey: t.arg({ type: AssetKeyInput, required: true }),
      partitionKey: t.arg.string({ required: true }),
      limit: t.arg.int(),
    },
    resolve: async (_root, { assetKey, partitionKey, limit }, ctx) => {
      const key = toAssetKeyString(assetKey.path);
      if (!(await ctx.assetNodeIndex()).byKey.has(key)) {
        throw createGraphQLError(`No asset with key "${key}" is defined in any loaded code location.`, {
          extensions: { code: "ASSET_NOT_FOUND" },
        });
      }
      return partitionHistory(ctx.db, key, partitionKey, Math.min(Math.max(limit ?? 50, 1), MAX_HISTORY));
    },
  }),
}));

const DynamicPartitionsResultRef = builder
  .objectRef<{ name: string; partitionKeys: string[] }>("DynamicPartitionsResult")
  .implement({
    fields: (t) => ({
      name: t.exposeString("name"),
      partitionKeys: t.stringList({
        description: "Every key of the dynamic partitions definition after the change, in the order added.",
        resolve: (r) => r.partitionKeys,
      }),
    }),
  });

const MAX_DYNAMIC_KEYS_PER_CHANGE = 10_000;

/** This result is not a union, so a refusal is a GraphQL error whose code and permission say why. */
async function checkDynamicPartitionsChange(ctx: GraphQLContext, partitionKeys: readonly string[]): Promise<void> {
  const refused = await refusal(ctx, "EDIT_DYNAMIC_PARTITIONS");
  if (refused)
    throw createGraphQLError(refused.message, { extensions: { code: "UNAUTHORIZED", permission: refused.permission } });
  if (partitionKeys.length > MAX_DYNAMIC_KEYS_PER_CHANGE) {
    throw createGraphQLError(
      `partitionKeys: ${partitionKeys.length} keys, at most ${MAX_DYNAMIC_KEYS_PER_CHANGE} per call.`,
      { extensions: { code: "INVALID_PARTITION_KEY" } },
    );
  }
}

function orThrow(change: DynamicPartitionsChange): { name: string; partitionKeys: string[] } {
  if (!change.ok) throw createGraphQLError(change.message, { extensions: { code: "INVALID_PARTITION_KEY" } });
  return change;
}

builder.mutationFields((t) => ({
  addDynamicPartitions: t.field({
    type: DynamicPartitionsResultRef,
    description: "Adds keys to a dynamic partitions definition; keys already there stay where they are.",
    args: { name: t.arg.string({ required: true }), partitionKeys: t.arg.stringList({ required: true }) },
    resolve: async (_root, { name, partitionKeys }, ctx) => {
      await checkDynamicPartitionsChange(ctx, partitionKeys);
      const changed = orThrow(await addDynamicPartitions(ctx.db, name, partitionKeys));
      await audit(ctx, {
        action: "partitions.add",
        target: name,
        details: { partitionKeys: partitionKeys.slice(0, 100) },
      });
      return changed;
    },
  }),
  deleteDynamicPartitions: t.field({
    type: DynamicPartitionsResultRef,
    description: "Deletes keys from a dynamic partitions definition; a key that is not there is an error.",
    args: { name: t.arg.string({ required: true }), partitionKeys: t.arg.stringList({ required: true }) },
    resolve: async (_root, { name, partitionKeys }, ctx) => {
      await checkDynamicPartitionsChange(ctx, partitionKeys);
      const changed = orThrow(await deleteDynamicPartitions(ctx.db, name, partitionKeys));
      await audit(ctx, {
        action: "partitions.delete",
        target: name,
        details: { partitionKeys: partitionKeys.slice(0, 100) },
      });
      return changed;
    },
  }),
}));
