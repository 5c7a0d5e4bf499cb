// Partition backfills (Dagster's names): backfills, backfillOrError, partitionBackfillPreview, and the
// launchPartitionBackfill / cancelBackfill / retryBackfill mutations. Errors the UI renders are union members.
import "server-only";
import { createGraphQLError } from "graphql-yoga";
import { type BackfillRequestCounts, unsubmittedBackfillCounts } from "../../lib/core/backfill";
import { PARTITION_RANGE_SEPARATOR as RANGE } from "../../lib/core/partitions";
import { BackfillPlanError, loadBackfillTargets } from "../../lib/orchestration/backfills/backfillPlan";
import {
  type BackfillAssetStatusRecord,
  type BackfillPartitionStatusRecord,
  describeBackfillPartitions,
  readBackfillAssetStatuses,
  readBackfillCounts,
} from "../../lib/orchestration/backfills/backfillProgress";
import {
  type BackfillPreview,
  type BackfillRecord,
  cancelBackfill,
  createPartitionBackfill,
  getBackfill,
  type LaunchBackfillInput,
  listBackfills,
  previewPartitionBackfill,
  retryBackfill,
} from "../../lib/orchestration/backfills/backfills";
import { BACKFILL_ID_PATTERN, findBackfill } from "../../lib/store/backfillRecord";
import { listRuns } from "../../lib/store/runQueries";
import { actorName, assetRefusal, audit, launcher, UnauthorizedError, type UnauthorizedValue } from "../authorization";
import { builder } from "../builder";
import type { GraphQLContext } from "../context";
import { AssetKeyInput, AssetKeyRef, assetKeyOf } from "./assetKey";
import { AssetNotFoundError } from "./assetNode";
import {
  IDEMPOTENCY_KEY_DESCRIPTION,
  InvalidIdempotencyKeyError,
  InvalidSelectionError,
  LaunchRunError,
  RunConfigValidationInvalid,
} from "./launchRun";
import { RunRef, RunTagInput, RunTagRef } from "./run";

const BackfillStatusEnum = builder.enumType("BackfillStatus", {
  values: ["REQUESTED", "COMPLETED", "COMPLETED_WITH_FAILURES", "FAILED", "CANCELING", "CANCELED"] as const,
});
const BackfillStrategyEnum = builder.enumType("BackfillStrategy", {
  description:
    "ONE_RUN_PER_PARTITION, or SINGLE_RUN: one run per contiguous range for assets whose backfill policy is single_run.",
  values: ["ONE_RUN_PER_PARTITION", "SINGLE_RUN"] as const,
});
const BackfillPartitionStateEnum = builder.enumType("BackfillPartitionState", {
  values: ["NOT_SUBMITTED", "QUEUED", "IN_PROGRESS", "MATERIALIZED", "FAILED", "SKIPPED", "CANCELED"] as const,
});

const BackfillProgressRef = builder.objectRef<BackfillRequestCounts>("BackfillProgress").implement({
  description:
    "Run requests of the backfill by where they stand; skipped requests were never submitted because an upstream run failed.",
  fields: (t) => ({
    numRuns: t.exposeInt("numRuns"),
    numQueued: t.exposeInt("numQueued"),
    numInProgress: t.exposeInt("numInProgress"),
    numSucceeded: t.exposeInt("numSucceeded"),
    numFailed: t.exposeInt("numFailed"),
    numCanceled: t.exposeInt("numCanceled"),
    numSkipped: t.exposeInt("numSkipped"),
    numNotSubmitted: t.exposeInt("numNotSubmitted"),
  }),
});

const BackfillPartitionStatusRef = builder
  .objectRef<BackfillPartitionStatusRecord & { partitionKey: string }>("BackfillPartitionStatus")
  .implement({
    fields: (t) => ({
      partitionKey: t.exposeString("partitionKey"),
      status: t.field({ type: BackfillPartitionStateEnum, resolve: (p) => p.status }),
      runId: t.exposeString("runId", { nullable: true }),
    }),
  });

/** Past this many partitions the backfill page draws bands from counts, so the partitions are not listed. */
const MAX_LISTED_PARTITIONS = 1500;

const BackfillAssetStatusRef = builder.objectRef<BackfillAssetStatusRecord>("BackfillAssetStatus").implement({
  fields: (t) => ({
    assetKey: t.field({ type: AssetKeyRef, resolve: (a) => assetKeyOf(a.assetKey) }),
    numTargeted: t.exposeInt("numTargeted"),
    numMaterialized: t.exposeInt("numMaterialized"),
    numFailed: t.exposeInt("numFailed"),
    numInProgress: t.exposeInt("numInProgress"),
    numSkipped: t.exposeInt("numSkipped"),
    numQueued: t.exposeInt("numQueued"),
    numCanceled: t.exposeInt("numCanceled"),
    numNotSubmitted: t.exposeInt("numNotSubmitted"),
    partitions: t.field({
      type: [BackfillPartitionStatusRef],
      description: `Targeted partitions in key order; empty for an unpartitioned asset, and for a backfill of one asset with more than ${MAX_LISTED_PARTITIONS.toLocaleString("en")} partitions (the counts say where they stand).`,
      resolve: (a) =>
        a.partitions.flatMap((p) => (p.partitionKey === null ? [] : [{ ...p, partitionKey: p.partitionKey }])),
    }),
  }),
});

/** What a backfill whose plan can no longer be built shows: its stored counts. */
function storedCounts(backfill: BackfillRecord): BackfillRequestCounts {
  return unsubmittedBackfillCounts(backfill.numRuns, backfill.numRuns - backfill.numSubmitted);
}

async function unlessUnplannable<T>(read: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof BackfillPlanError) return fallback;
    throw error;
  }
}

const MAX_RUNS = 1000;

export const BackfillRef = builder.objectRef<BackfillRecord>("Backfill").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    backfillId: t.exposeString("id"),
    status: t.field({ type: BackfillStatusEnum, resolve: (b) => b.status }),
    strategy: t.field({ type: BackfillStrategyEnum, resolve: (b) => b.strategy }),
    onlyMissingOrFailed: t.exposeBoolean("onlyMissingOrFailed"),
    createdTime: t.string({ resolve: (b) => b.createdAt.toISOString() }),
    endTime: t.string({ nullable: true, resolve: (b) => b.endTime?.toISOString() ?? null }),
    launchedBy: t.exposeString("launchedBy"),
    tags: t.field({
      type: [RunTagRef],
      resolve: (b) => Object.entries(b.tags).map(([key, value]) => ({ key, value })),
    }),
    error: t.exposeString("error", { nullable: true }),
    parentBackfillId: t.exposeString("parentBackfillId", {
      nullable: true,
      description: "The backfill this one retries.",
    }),
    assetSelection: t.field({
      type: [AssetKeyRef],
      resolve: (b) => Object.keys(b.targets).map((key) => assetKeyOf(key)),
    }),
    partitionSelection: t.string({
      description: `The targeted partitions, e.g. "2026-01-01${RANGE}2026-01-30" (per asset when assets target different partitions).`,
      resolve: (b, _args, ctx) =>
        unlessUnplannable(async () => describeBackfillPartitions(await loadBackfillTargets(ctx.db, b, new Date())), ""),
    }),
    numPartitions: t.exposeInt("numPartitions"),
    numRuns: t.exposeInt("numRuns"),
    numSubmitted: t.exposeInt("numSubmitted"),
    progress: t.field({
      type: BackfillProgressRef,
      resolve: (b, _args, ctx) => unlessUnplannable(() => readBackfillCounts(ctx.db, b, new Date()), storedCounts(b)),
    }),
    assetStatuses: t.field({
      type: [BackfillAssetStatusRef],
      resolve: (b, _args, ctx) =>
        unlessUnplannable(() => readBackfillAssetStatuses(ctx.db, b, new Date(), MAX_LISTED_PARTITIONS), []),
    }),
    runs: t.field({
      type: [RunRef],
      description: "Runs the backfill submitted, newest first.",
      args: { limit: t.arg.int() },
      resolve: async (b, { limit }, ctx) => {
        const pageSize = limit ?? 100;
        if (pageSize < 1 || pageSize > MAX_RUNS)
          throw createGraphQLError(`limit must be between 1 and ${MAX_RUNS}, got ${pageSize}.`);
        return (await listRuns(ctx.db, { backfillId: b.id }, null, pageSize)).runs;
      },
    }),
  }),
});

const BackfillNotFoundError = builder.objectRef<{ message: string }>("BackfillNotFoundError").implement({
  fields: (t) => ({ message: t.exposeString("message") }),
});
const InvalidPartitionSelectionError = builder
  .objectRef<{ message: string }>("InvalidPartitionSelectionError")
  .implement({
    fields: (t) => ({ message: t.exposeString("message") }),
  });

const BackfillConnectionRef = builder
  .objectRef<{ results: BackfillRecord[]; nextCursor: string | null }>("BackfillConnection")
  .implement({
    fields: (t) => ({
      results: t.field({ type: [BackfillRef], resolve: (c) => c.results }),
      nextCursor: t.exposeString("nextCursor", { nullable: true }),
    }),
  });

type Failure =
  | { kind: "notFound" | "assetNotFound" | "invalidPartitionSelection" | "error"; message: string }
  | { kind: "invalidSelection"; message: string; position: number };
const isBackfill = (value: unknown): value is BackfillRecord =>
  typeof value === "object" && value !== null && "strategy" in value && "targets" in value;
const kindOf = (value: unknown): string =>
  typeof value === "object" && value !== null && "kind" in value ? String(value.kind) : "";

const BackfillOrError = builder.unionType("BackfillOrError", {
  types: [BackfillRef, BackfillNotFoundError],
  resolveType: (value) => (isBackfill(value) ? BackfillRef : BackfillNotFoundError),
});

const CancelBackfillResult = builder.unionType("CancelBackfillResult", {
  types: [BackfillRef, BackfillNotFoundError, LaunchRunError, UnauthorizedError],
  resolveType: (value) =>
    isBackfill(value)
      ? BackfillRef
      : kindOf(value) === "notFound"
        ? BackfillNotFoundError
        : kindOf(value) === "unauthorized"
          ? UnauthorizedError
          : LaunchRunError,
});

const LaunchPartitionBackfillSuccess = builder
  .objectRef<{ kind: "success"; backfill: BackfillRecord; replayed: boolean }>("LaunchPartitionBackfillSuccess")
  .implement({
    fields: (t) => ({
      backfill: t.field({ type: BackfillRef, resolve: (r) => r.backfill }),
      replayed: t.exposeBoolean("replayed", {
        description: "True when the idempotency key had launched this backfill already: nothing was launched now.",
      }),
    }),
  });

/** The union member for a store problem; anything unexpected shows as a LaunchRunError with its message. */
function problemType(kind: string) {
  switch (kind) {
    case "assetNotFound":
      return AssetNotFoundError;
    case "invalidSelection":
      return InvalidSelectionError;
    case "invalidPartitionSelection":
      return InvalidPartitionSelectionError;
    case "invalidIdempotencyKey":
      return InvalidIdempotencyKeyError;
    default:
      return LaunchRunError;
  }
}

const LaunchPartitionBackfillResult = builder.unionType("LaunchPartitionBackfillResult", {
  types: [
    LaunchPartitionBackfillSuccess,
    AssetNotFoundError,
    InvalidSelectionError,
    InvalidPartitionSelectionError,
    RunConfigValidationInvalid,
    LaunchRunError,
    UnauthorizedError,
    InvalidIdempotencyKeyError,
  ],
  resolveType: (value) => {
    const kind = kindOf(value);
    if (kind === "success") return LaunchPartitionBackfillSuccess;
    if (kind === "unauthorized") return UnauthorizedError;
    if (kind === "invalidConfig") return RunConfigValidationInvalid;
    return problemType(kind);
  },
});

const BackfillAssetPreviewRef = builder.objectRef<BackfillPreview["assets"][number]>("BackfillAssetPreview").implement({
  fields: (t) => ({
    assetKey: t.field({ type: AssetKeyRef, resolve: (a) => assetKeyOf(a.assetKey) }),
    numPartitions: t.exposeInt("numPartitions", { description: "0 for an unpartitioned asset (it runs once)." }),
    partitionSelection: t.exposeString("partitionSelection", {
      nullable: true,
      description:
        "The asset's chosen partitions as selection text; null when unpartitioned, empty, or more than 200 ranges.",
    }),
  }),
});

const UpstreamGapRef = builder
  .objectRef<BackfillPreview["upstreamGaps"]["upstreams"][number]>("BackfillUpstreamGap")
  .implement({
    fields: (t) => ({
      assetKey: t.field({ type: AssetKeyRef, resolve: (g) => assetKeyOf(g.assetKey) }),
      numPartitions: t.exposeInt("numPartitions", {
        description: "How many chosen partitions read a missing partition of this upstream.",
      }),
    }),
  });

const UpstreamGapsRef = builder.objectRef<BackfillPreview["upstreamGaps"]>("BackfillUpstreamGaps").implement({
  description:
    "Chosen partitions that read upstream partitions neither materialized nor in the backfill: their runs would fail.",
  fields: (t) => ({
    numPartitions: t.exposeInt("numPartitions", { description: "Chosen partitions, counted once per asset." }),
    numWithMissingUpstream: t.exposeInt("numWithMissingUpstream"),
    upstreams: t.field({ type: [UpstreamGapRef], resolve: (g) => g.upstreams }),
  }),
});

const PartitionBackfillPreviewRef = builder.objectRef<BackfillPreview>("PartitionBackfillPreview").implement({
  fields: (t) => ({
    numPartitions: t.exposeInt("numPartitions"),
    numRuns: t.exposeInt("numRuns"),
    assets: t.field({ type: [BackfillAssetPreviewRef], resolve: (p) => p.assets }),
    maxRuns: t.exposeInt("maxRuns", {
      description: "The most runs one backfill may plan (launchLimits.maxBackfillRuns in strata.config.ts).",
    }),
    limitError: t.exposeString("limitError", {
      nullable: true,
      description: "Why launchPartitionBackfill would refuse this backfill for its size; null when it fits.",
    }),
    upstreamGaps: t.field({ type: UpstreamGapsRef, resolve: (p) => p.upstreamGaps }),
  }),
});

const PartitionBackfillPreviewResult = builder.unionType("PartitionBackfillPreviewResult", {
  types: [
    PartitionBackfillPreviewRef,
    AssetNotFoundError,
    InvalidSelectionError,
    InvalidPartitionSelectionError,
    LaunchRunError,
  ],
  resolveType: (value) => (kindOf(value) === "preview" ? PartitionBackfillPreviewRef : problemType(kindOf(value))),
});

const LaunchPartitionBackfillInput = builder.inputType("LaunchPartitionBackfillInput", {
  fields: (t) => ({
    assetSelection: t.field({ type: [AssetKeyInput] }),
    selection: t.string({ description: "Selection syntax, used when assetSelection is not given." }),
    partitionSelection: t.string({
      description: `e.g. "2026-01-01${RANGE}2026-01-30, 2026-02-03", multi "2026-01-01|us${RANGE}2026-01-07|eu"; null for every partition.`,
    }),
    onlyMissingOrFailed: t.boolean({
      description: "Leave out partitions whose latest materialization succeeded (default false).",
    }),
    onlyUnsynced: t.boolean({
      description:
        "Keep only unsynced partitions: materialized, but their code version or upstream data changed since (default false).",
    }),
    includeMissingUpstream: t.boolean({
      description:
        "Also backfill the missing upstream partitions the chosen partitions read, transitively, upstream first (default false).",
    }),
    strategy: t.field({ type: BackfillStrategyEnum, description: "Default ONE_RUN_PER_PARTITION." }),
    tags: t.field({ type: [RunTagInput] }),
    runConfig: t.string({
      description: "JSON object of asset key → config; each run gets the config of its own assets.",
    }),
    idempotencyKey: t.string({ description: `${IDEMPOTENCY_KEY_DESCRIPTION} Ignored by partitionBackfillPreview.` }),
  }),
});

type InputValue = typeof LaunchPartitionBackfillInput.$inferInput;

function toLaunchInput(input: InputValue): Omit<LaunchBackfillInput, "launchedBy"> {
  return {
    assetKeys: input.assetSelection?.map((k) => k.path) ?? null,
    selection: input.selection,
    partitionSelection: input.partitionSelection,
    onlyMissingOrFailed: input.onlyMissingOrFailed,
    onlyUnsynced: input.onlyUnsynced,
    includeMissingUpstream: input.includeMissingUpstream,
    strategy: input.strategy,
    tags: input.tags,
    runConfig: input.runConfig,
  };
}

const MAX_PAGE = 200;

async function backfillOrNotFound(
  ctx: GraphQLContext,
  backfillId: string,
): Promise<BackfillRecord | { message: string }> {
  return (await getBackfill(ctx.db, backfillId)) ?? { message: `No backfill with id ${backfillId}.` };
}

builder.queryFields((t) => ({
  backfills: t.field({
    type: BackfillConnectionRef,
    description: "Backfills, newest first.",
    args: { limit: t.arg.int(), cursor: t.arg.string() },
    resolve: async (_root, { limit, cursor }, ctx) => {
      const pageSize = limit ?? 50;
      if (pageSize < 1 || pageSize > MAX_PAGE)
        throw createGraphQLError(`limit must be between 1 and ${MAX_PAGE}, got ${pageSize}.`);
      if (cursor && !BACKFILL_ID_PATTERN.test(cursor))
        throw createGraphQLError(`cursor "${cursor.slice(0, 80)}" is not a backfill id.`, {
          extensions: { code: "INVALID_CURSOR" },
        });
      // A cursor naming no backfill would silently answer an empty page, as if the list had ended.
      if (cursor && !(await findBackfill(ctx.db, cursor)))
        throw createGraphQLError(`cursor "${cursor}" names no backfill; pass the nextCursor of a previous page.`, {
          extensions: { code: "INVALID_CURSOR" },
        });
      const page = await listBackfills(ctx.db, { limit: pageSize, cursor });
      return { results: page.backfills, nextCursor: page.nextCursor };
    },
  }),
  backfillOrError: t.field({
    type: BackfillOrError,
    args: { backfillId: t.arg.string({ required: true }) },
    resolve: (_root, { backfillId }, ctx) => backfillOrNotFound(ctx, backfillId),
  }),
  partitionBackfillPreview: t.field({
    type: PartitionBackfillPreviewResult,
    description: "What launchPartitionBackfill would submit, without submitting: for the launch dialog.",
    args: { input: t.arg({ type: LaunchPartitionBackfillInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      previewPartitionBackfill(ctx.db, { ...toLaunchInput(input), limits: ctx.settings.launchLimits }),
  }),
}));

builder.mutationFields((t) => ({
  launchPartitionBackfill: t.field({
    type: LaunchPartitionBackfillResult,
    args: { input: t.arg({ type: LaunchPartitionBackfillInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const launched = await createPartitionBackfill(ctx.db, {
        ...toLaunchInput(input),
        idempotencyKey: input.idempotencyKey,
        ...(await launcher(ctx, "LAUNCH_BACKFILLS")),
      });
      if (launched.kind === "unauthorized") return { ...launched, permission: "LAUNCH_BACKFILLS" };
      // A replay launched nothing, so there is nothing to audit: the first launch was.
      if (launched.kind === "success" && !launched.replayed)
        await audit(ctx, {
          action: "backfill.launch",
          target: launched.backfill.id,
          details: { numRuns: launched.backfill.numRuns },
        });
      return launched;
    },
  }),
  cancelBackfill: t.field({
    type: CancelBackfillResult,
    args: { backfillId: t.arg.string({ required: true }) },
    resolve: async (_root, { backfillId }, ctx): Promise<BackfillRecord | Failure | UnauthorizedValue> => {
      const backfill = await findBackfill(ctx.db, backfillId);
      const refused = backfill && (await assetRefusal(ctx, "CANCEL_BACKFILLS", Object.keys(backfill.targets)));
      if (refused) return refused;
      const result = await cancelBackfill(ctx.db, backfillId);
      if (result.kind === "success") await audit(ctx, { action: "backfill.cancel", target: backfillId });
      return result.kind === "success" ? result.backfill : result;
    },
  }),
  retryBackfill: t.field({
    type: LaunchPartitionBackfillResult,
    description: "A new backfill of the failed (and skipped) partitions of a finished backfill.",
    args: { backfillId: t.arg.string({ required: true }) },
    resolve: async (_root, { backfillId }, ctx) => {
      const backfill = await findBackfill(ctx.db, backfillId);
      const refused = backfill && (await assetRefusal(ctx, "LAUNCH_BACKFILLS", Object.keys(backfill.targets)));
      if (refused) return refused;
      const result = await retryBackfill(
        ctx.db,
        backfillId,
        await actorName(ctx),
        new Date(),
        ctx.settings.launchLimits,
      );
      if (result.kind === "success")
        await audit(ctx, {
          action: "backfill.retry",
          target: result.backfill.id,
          details: { parentBackfillId: backfillId },
        });
      // The result union has no BackfillNotFoundError (it is the launch union); the message says what is wrong.
      return result.kind === "notFound" ? { kind: "error" as const, message: result.message } : result;
    },
  }),
}));
