// Partition backfills: launching (validated up front, nothing stored on error, once per idempotency key), previewing,
// reading, canceling and retrying. The daemon submits the runs (backfillSubmission.ts).
import { randomInt } from "node:crypto";
import { type BackfillStrategy, type BackfillTarget, countBackfillRuns } from "../../core/backfill";
import type { LaunchLimits } from "../../core/consoleSettings";
import { checkIdempotencyKey, IDEMPOTENCY_KEY_FIELD } from "../../core/idempotencyKey";
import {
  formatPartitionSelection,
  partitionsDefinitionId,
  rangesCount,
  toKeyRanges,
  unionRanges,
} from "../../core/partitions";
import type { IndexRange, KeyRange } from "../../core/partitions/types";
import { type RunConfig, runConfigForAssets, runConfigSchemaForSelection } from "../../core/runConfig";
import {
  ACTIVE_BACKFILL_STATUSES,
  type BackfillRecord,
  findBackfill,
  findBackfillByIdempotencyKey,
  insertBackfill,
} from "../../store/backfillRecord";
import { finishCancelingBackfill, requestBackfillCancel } from "../../store/backfillRuns";
import type { Database } from "../../store/database";
import { isUniqueViolation } from "../../store/uniqueViolation";
import { checkRunConfig, DEFAULT_LAUNCH_LIMITS, parseRunTags } from "../runs/launchInput";
import { loadWorkspace } from "../workspace/workspace";
import { BackfillPlanError } from "./backfillPlan";
import { readBackfillAssetStatuses } from "./backfillProgress";
import {
  type AssetChoice,
  type BackfillProblem,
  type CurrentDefinitions,
  chooseAssets,
  chooseTargets,
  type PartitionChoice,
  targetsFromKeys,
} from "./backfillTargets";
import { type UpstreamGaps, upstreamGapsOf, withMissingUpstreams } from "./upstreamGaps";

export { type BackfillRecord, listBackfills } from "../../store/backfillRecord";
export type { BackfillProblem } from "./backfillTargets";

export interface LaunchBackfillInput extends AssetChoice, PartitionChoice {
  strategy?: BackfillStrategy | null;
  tags?: { key: string; value: string }[] | null;
  /** JSON text: an object of asset key → that asset's config; each run gets its own assets' config. */
  runConfig?: string | null;
  launchedBy: string;
  /** Why the caller may not backfill these assets, or null when they may. */
  authorize?: ((assetKeys: string[]) => string | null) | null;
  /** Caps on runs, tags and run config (strata.config.ts's launchLimits); the defaults when not given. */
  limits?: LaunchLimits;
  /**
   * The client's key for this launch (1–200 characters of letters, digits and . _ : -). When a backfill already holds
   * it, that backfill is returned (replayed) and nothing is created, even if this request selects something else.
   * Run keys are a separate column: a key a run holds does not name a backfill.
   */
  idempotencyKey?: string | null;
}

export type LaunchBackfillResult =
  /** replayed: the idempotency key had launched this backfill already; nothing was created now. */
  | { kind: "success"; backfill: BackfillRecord; replayed: boolean }
  | { kind: "invalidIdempotencyKey"; field: typeof IDEMPOTENCY_KEY_FIELD; message: string }
  | BackfillProblem;

export interface BackfillPreview {
  kind: "preview";
  numPartitions: number;
  numRuns: number;
  assets: { assetKey: string; numPartitions: number; partitionSelection: string | null }[];
  /** The most runs one backfill may plan (launchLimits.maxBackfillRuns). */
  maxRuns: number;
  /** Why launchPartitionBackfill would refuse this backfill for its size; null when it fits. */
  limitError: string | null;
  /** Chosen partitions whose upstream partitions are missing: their runs would fail on a missing input. */
  upstreamGaps: UpstreamGaps;
}

const count = (n: number) => n.toLocaleString("en-US");

/** The refusal of a backfill planning more runs than the cap, or null. */
function backfillSizeProblem(numRuns: number, limits: Pick<LaunchLimits, "maxBackfillRuns">): string | null {
  if (numRuns <= limits.maxBackfillRuns) return null;
  return `backfill: ${count(numRuns)} runs, at most ${count(limits.maxBackfillRuns)} (launchLimits.maxBackfillRuns in strata.config.ts). Select fewer partitions, or launch it in parts.`;
}

export type PreviewBackfillResult = BackfillPreview | Exclude<BackfillProblem, { kind: "invalidConfig" }>;

/** What launchPartitionBackfill would submit, with the same checks, without storing anything. */
export async function previewPartitionBackfill(
  db: Database,
  input: Omit<LaunchBackfillInput, "launchedBy">,
  now = new Date(),
): Promise<PreviewBackfillResult> {
  const resolved = await resolveTargets(db, input, now);
  if (!resolved.ok)
    return resolved.problem.kind === "invalidConfig"
      ? { kind: "error", message: resolved.problem.message }
      : resolved.problem;
  const { targets } = resolved;
  const limits = input.limits ?? DEFAULT_LAUNCH_LIMITS;
  const upstreamGaps = await upstreamGapsOf(db, resolved.definitions, targets);
  const numRuns = countBackfillRuns(targets, input.strategy ?? "ONE_RUN_PER_PARTITION");
  return {
    kind: "preview",
    numPartitions: countPartitions(targets),
    numRuns,
    assets: targets.map((t) => ({
      assetKey: t.assetKey,
      numPartitions: t.space ? rangesCount(t.ranges) : 0,
      partitionSelection: selectionText(t),
    })),
    maxRuns: limits.maxBackfillRuns,
    limitError: backfillSizeProblem(numRuns, limits),
    upstreamGaps,
  };
}

/** Beyond this many ranges a target's partitions are not written out as text (the count still says how many). */
const MAX_SELECTION_RANGES = 200;

/** A target's partitions as selection text, so the dialog can show exactly what "only unsynced" chose. */
function selectionText(target: BackfillTarget): string | null {
  if (!target.space || target.ranges.length === 0 || target.ranges.length > MAX_SELECTION_RANGES) return null;
  return formatPartitionSelection(target.space, target.ranges);
}

/** The backfill an idempotency key launched, as a replayed success, if the caller may launch its assets; null when unused. */
async function replayedBackfill(
  db: Database,
  key: string,
  authorize: LaunchBackfillInput["authorize"],
): Promise<LaunchBackfillResult | null> {
  const backfill = await findBackfillByIdempotencyKey(db, key);
  if (!backfill) return null;
  const refusal = authorize?.(Object.keys(backfill.targets));
  return refusal ? { kind: "unauthorized", message: refusal } : { kind: "success", backfill, replayed: true };
}

export async function createPartitionBackfill(
  db: Database,
  input: LaunchBackfillInput,
  now = new Date(),
): Promise<LaunchBackfillResult> {
  const keyCheck = checkIdempotencyKey(input.idempotencyKey);
  if (!keyCheck.ok) return { kind: "invalidIdempotencyKey", field: keyCheck.field, message: keyCheck.message };
  const idempotencyKey = keyCheck.key;
  // A retry after the first launch answered gets that backfill, whatever the partitions' status says now.
  const replay = idempotencyKey !== null ? await replayedBackfill(db, idempotencyKey, input.authorize) : null;
  if (replay) return replay;
  const limits = input.limits ?? DEFAULT_LAUNCH_LIMITS;
  const resolved = await resolveTargets(db, input, now);
  if (!resolved.ok) return resolved.problem;
  const refusal = input.authorize?.(resolved.targets.map((t) => t.assetKey));
  if (refusal) return { kind: "unauthorized", message: refusal };
  const tags = parseRunTags(input.tags, limits);
  if (!tags.ok) return { kind: "error", message: tags.message };
  const runConfig = checkRunConfig(
    input.runConfig,
    backfillConfigSchema(resolved.definitions, resolved.targets),
    limits,
  );
  if (!runConfig.ok) return { kind: "invalidConfig", message: "The run config is invalid.", errors: runConfig.errors };
  if (!resolved.targets.some((t) => t.space && t.ranges.length > 0)) {
    const message = input.onlyUnsynced
      ? "Nothing to backfill: no selected partition is unsynced."
      : input.onlyMissingOrFailed
        ? "Nothing to backfill: every selected partition is already materialized."
        : "Nothing to backfill: the selection names no partitions that exist yet.";
    return { kind: "error", message };
  }
  return storeBackfill(db, resolved.definitions, resolved.targets, {
    strategy: input.strategy ?? "ONE_RUN_PER_PARTITION",
    onlyMissingOrFailed: input.onlyMissingOrFailed ?? false,
    tags: tags.value,
    runConfig: runConfig.value,
    launchedBy: input.launchedBy,
    parentBackfillId: null,
    emptyMessage: "Nothing to backfill.",
    limits,
    idempotencyKey,
    authorize: input.authorize,
  });
}

async function resolveTargets(
  db: Database,
  input: AssetChoice & PartitionChoice,
  now: Date,
): Promise<
  { ok: true; definitions: CurrentDefinitions; targets: BackfillTarget[] } | { ok: false; problem: BackfillProblem }
> {
  if (input.assetKeys?.length && input.selection?.trim()) {
    return {
      ok: false,
      problem: {
        kind: "error",
        message: "Give assetSelection (asset keys) or selection (selection syntax), not both.",
      },
    };
  }
  const definitions = await loadWorkspace(db, now);
  const keys = chooseAssets(definitions, input);
  if (!keys.ok) return keys;
  const targets = await chooseTargets(db, definitions, keys.value, input);
  if (!targets.ok) return targets;
  if (!input.includeMissingUpstream) return { ok: true, definitions, targets: targets.value };
  return { ok: true, definitions, targets: await withMissingUpstreams(db, definitions, targets.value) };
}

/** Distinct partition keys across partitioned targets (assets sharing a definition count a key once). */
function countPartitions(targets: readonly BackfillTarget[]): number {
  const byDefinition = new Map<string, { target: BackfillTarget; ranges: readonly IndexRange[] }>();
  for (const target of targets) {
    if (!target.space) continue;
    const id = partitionsDefinitionId(target.space.definition);
    const seen = byDefinition.get(id);
    byDefinition.set(id, { target, ranges: seen ? unionRanges(seen.ranges, target.ranges) : target.ranges });
  }
  const groups = [...byDefinition.values()];
  if (groups.length === 1) return rangesCount(groups[0]?.ranges ?? []);
  // Different definitions may share keys ("2026-01-04" is a day and a week): count each key once.
  const keys = new Set<string>();
  for (const { target, ranges } of groups)
    for (const [first, last] of ranges) for (let i = first; i <= last; i++) keys.add(target.space?.keyAt(i) ?? "");
  return keys.size;
}

/** One document configures every run of the backfill: the schema of all its assets and their locations' resources. */
function backfillConfigSchema(definitions: CurrentDefinitions, targets: readonly BackfillTarget[]) {
  const locations = new Set(targets.map((t) => t.codeLocationName));
  return runConfigSchemaForSelection(
    {
      assets: targets.map((t) => t.node),
      resources: [...locations].flatMap((name) => definitions.resourcesByLocation.get(name) ?? []),
    },
    targets.map((t) => t.assetKey),
  );
}

interface BackfillSettings {
  strategy: BackfillStrategy;
  onlyMissingOrFailed: boolean;
  tags: Record<string, string>;
  runConfig: RunConfig;
  launchedBy: string;
  parentBackfillId: string | null;
  /** Why there is nothing to do, when nothing is targeted. */
  emptyMessage: string;
  limits: Pick<LaunchLimits, "maxBackfillRuns">;
  /** The launching client's key, unique among backfills; a race on it answers with the winner's backfill. */
  idempotencyKey?: string | null;
  authorize?: LaunchBackfillInput["authorize"];
}

async function storeBackfill(
  db: Database,
  definitions: CurrentDefinitions,
  targets: BackfillTarget[],
  settings: BackfillSettings,
): Promise<LaunchBackfillResult> {
  const kept = targets.filter((t) => !t.space || t.ranges.length > 0);
  if (kept.length === 0) return { kind: "error", message: settings.emptyMessage };
  const storedTargets: Record<string, KeyRange[]> = Object.fromEntries(
    kept.map((t) => [t.assetKey, t.space ? toKeyRanges(t.space, t.ranges) : []]),
  );
  const snapshotIds = Object.fromEntries(
    [...new Set(kept.map((t) => t.codeLocationName))].map((name) => [
      name,
      definitions.snapshotIdByLocation.get(name) ?? "",
    ]),
  );
  const data = {
    targets: storedTargets,
    strategy: settings.strategy,
    onlyMissingOrFailed: settings.onlyMissingOrFailed,
    runConfig: settings.runConfig,
    tags: settings.tags,
    launchedBy: settings.launchedBy,
    snapshotIds,
    numPartitions: countPartitions(kept),
    numRuns: countBackfillRuns(kept, settings.strategy),
    parentBackfillId: settings.parentBackfillId,
    idempotencyKey: settings.idempotencyKey ?? null,
  };
  const tooBig = backfillSizeProblem(data.numRuns, settings.limits);
  if (tooBig) return { kind: "error", message: tooBig };
  for (let attempt = 0; ; attempt++) {
    try {
      return { kind: "success", backfill: await insertBackfill(db, { id: newBackfillId(), ...data }), replayed: false };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Either another request with the same key won the race (answer with its backfill), or the id clashed:
      // 36^8 ids make that rare, so draw again rather than fail the launch.
      const raced =
        data.idempotencyKey !== null ? await replayedBackfill(db, data.idempotencyKey, settings.authorize) : null;
      if (raced) return raced;
      if (attempt < 5) continue;
      throw error;
    }
  }
}

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

function newBackfillId(): string {
  return Array.from({ length: 8 }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]).join("");
}

export const getBackfill = findBackfill;

export type CancelBackfillResult =
  | { kind: "success"; backfill: BackfillRecord }
  | { kind: "notFound"; message: string }
  | { kind: "error"; message: string };

/** Stops submitting runs and cancels the queued ones; runs in progress finish, then the backfill is CANCELED. */
export async function cancelBackfill(
  db: Database,
  backfillId: string,
  now = new Date(),
): Promise<CancelBackfillResult> {
  const backfill = await findBackfill(db, backfillId);
  if (!backfill) return { kind: "notFound", message: `No backfill with id ${backfillId}.` };
  if (backfill.status !== "REQUESTED" && backfill.status !== "CANCELING") {
    return {
      kind: "error",
      message: `Backfill ${backfillId} already ended with ${backfill.status}; there is nothing to cancel.`,
    };
  }
  await requestBackfillCancel(db, backfillId);
  await finishCancelingBackfill(db, backfillId, now);
  return { kind: "success", backfill: (await findBackfill(db, backfillId)) as BackfillRecord };
}

export type RetryBackfillResult = LaunchBackfillResult | { kind: "notFound"; message: string };

const RETRIED_STATES = new Set(["FAILED", "SKIPPED", "CANCELED", "NOT_SUBMITTED"]);

/**
 * A new backfill (child of this one) of every targeted partition that did not materialize: failed, skipped because
 * an upstream failed, canceled or never submitted. Planned against the current definitions, so fixed code is used.
 */
export async function retryBackfill(
  db: Database,
  backfillId: string,
  launchedBy: string,
  now = new Date(),
  limits: LaunchLimits = DEFAULT_LAUNCH_LIMITS,
): Promise<RetryBackfillResult> {
  const backfill = await findBackfill(db, backfillId);
  if (!backfill) return { kind: "notFound", message: `No backfill with id ${backfillId}.` };
  if (ACTIVE_BACKFILL_STATUSES.includes(backfill.status)) {
    return {
      kind: "error",
      message: `Backfill ${backfillId} is still ${backfill.status === "CANCELING" ? "canceling" : "running"}; retry it once it has finished.`,
    };
  }
  let statuses;
  try {
    statuses = await readBackfillAssetStatuses(db, backfill, now);
  } catch (error) {
    if (error instanceof BackfillPlanError)
      return { kind: "error", message: `Backfill ${backfillId} cannot be retried: ${error.message}` };
    throw error;
  }
  const keysByAsset = new Map<string, string[] | null>();
  for (const asset of statuses) {
    const retried = asset.partitions.filter((p) => RETRIED_STATES.has(p.status));
    if (retried.length === 0) continue;
    keysByAsset.set(
      asset.assetKey,
      retried[0]?.partitionKey === null
        ? null
        : retried.flatMap((p) => (p.partitionKey === null ? [] : [p.partitionKey])),
    );
  }
  if (keysByAsset.size === 0)
    return {
      kind: "error",
      message: `Every partition of backfill ${backfillId} materialized; there is nothing to retry.`,
    };
  const definitions = await loadWorkspace(db, now);
  const targets = targetsFromKeys(definitions, keysByAsset);
  if (!targets.ok) return targets.problem;
  return storeBackfill(db, definitions, targets.value, {
    strategy: backfill.strategy,
    onlyMissingOrFailed: false,
    tags: backfill.tags,
    runConfig: runConfigForAssets(
      backfill.runConfig,
      targets.value.map((t) => t.assetKey),
    ),
    launchedBy,
    parentBackfillId: backfill.id,
    emptyMessage: `None of the partitions backfill ${backfillId} did not materialize exists any more; there is nothing to retry.`,
    limits,
  });
}
