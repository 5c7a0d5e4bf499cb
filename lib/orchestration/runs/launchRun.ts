// Launching a run: resolve what to materialize against the workspace (the current definitions), check the request,
// and create the run with its queue job. Nothing is created when the request is invalid, and a launch whose
// idempotency key is already used returns the run that key launched instead of creating another.

import { toAssetKeyString } from "../../core/assetKey";
import { closestMatch } from "../../core/closestMatch";
import type { LaunchLimits } from "../../core/consoleSettings";
import type {
  AssetNodeSnapshot,
  DefinitionsSnapshot,
  JobSnapshot,
  PresetSnapshot,
} from "../../core/definitionsSnapshot";
import { checkIdempotencyKey, IDEMPOTENCY_KEY_FIELD } from "../../core/idempotencyKey";
import { LINEAGE_LOCATION_NAME } from "../../core/openlineage/externalSnapshot";
import { checkRunPartitions as checkPartitionRules, type RunPartitionSelection } from "../../core/partitions";
import {
  type JsonSchema,
  type RunConfig,
  runConfigForAssets,
  runConfigSchemaForSelection,
  runConfigToYaml,
} from "../../core/runConfig";
import { selectAssets } from "../../core/selection";
import type { Database } from "../../store/database";
import { runPartitions } from "../../store/runPartitions";
import { findRunByIdempotencyKey, getRun } from "../../store/runQueries";
import { CHECKS_ONLY_TAG, createRun, type RunWithSteps } from "../../store/runs";
import { isUniqueViolation } from "../../store/uniqueViolation";
import { loadWorkspace, type Workspace, type WorkspaceLocation } from "../workspace/workspace";
import { checkRunConfig, DEFAULT_LAUNCH_LIMITS, parseRunTags } from "./launchInput";

export interface LaunchRequest {
  /** Explicit asset key paths… */
  assetKeys?: string[][] | null;
  /** …or a selection such as `+fact_events` (used when no keys are given)… */
  selection?: string | null;
  /** …or a job by name: its assets, tags (the launch's own win) and, when no run config is given, its run config. */
  jobName?: string | null;
  /** The run config document as YAML or JSON text: `ops.<asset key>.config`, `resources.<name>.config`. */
  runConfig?: string | null;
  /** A preset of the job: its run config (unless runConfig is given) and its tags. */
  presetName?: string | null;
  /** Run the assets' checks on their stored values instead of materializing them. */
  checksOnly?: boolean | null;
  /** Tags the caller chose: reserved strata/* keys are refused, and the launch limits apply. */
  tags?: { key: string; value: string }[] | null;
  /** Tags Strata's own code sets (strata/schedule, strata/sensor…): never taken from a client, so not checked. */
  systemTags?: Readonly<Record<string, string>> | null;
  /** Caps on tags and run config (strata.config.ts's launchLimits); the defaults when not given. */
  limits?: LaunchLimits;
  /** One partition of every partitioned asset in the selection, or an inclusive range for assets that accept one. */
  partitions?: RunPartitionSelection | null;
  launchedBy: string;
  /** Why the caller may not launch these assets (resolved from the request), or null when they may. */
  authorize?: ((assetKeys: string[]) => string | null) | null;
  parentRunId?: string | null;
  rootRunId?: string | null;
  /** A re-execution's parent's job: its steps are still that job's, so the run keeps the job's name. */
  parentJobName?: string | null;
  /**
   * The client's key for this launch (1–200 characters of letters, digits and . _ : -). When a run already holds it,
   * that run is returned (replayed) and nothing is created — even if this request names other assets or config,
   * as Stripe does: one key, one launch.
   */
  idempotencyKey?: string | null;
}

export type LaunchResult =
  /** replayed: the idempotency key had launched this run already; nothing was created now. */
  | { kind: "success"; run: RunWithSteps; replayed: boolean }
  | { kind: "invalidIdempotencyKey"; field: typeof IDEMPOTENCY_KEY_FIELD; message: string }
  | { kind: "assetNotFound"; message: string }
  | { kind: "jobNotFound"; message: string }
  | { kind: "invalidSelection"; message: string; position: number }
  | { kind: "invalidConfig"; message: string; errors: { path: string[]; message: string }[] }
  | { kind: "invalidPartition"; message: string }
  | { kind: "unauthorized"; message: string }
  | { kind: "error"; message: string };

type PartitionCheck = { ok: true; partitions: RunPartitionSelection | null } | { ok: false; message: string };

/** The partition rules of lib/core/partitions against the selected assets' key spaces in the workspace. */
function checkRunPartitions(
  workspace: Workspace,
  nodes: readonly AssetNodeSnapshot[],
  request: LaunchRequest,
): PartitionCheck {
  const partitions = request.partitions ?? null;
  const assets = nodes.map((node) => ({
    assetKey: toAssetKeyString(node.key),
    space: node.partitionsDefinition ? workspace.keySpace(node.partitionsDefinition) : null,
    acceptsRange: node.backfillPolicy === "single_run",
  }));
  // A re-execution of a partitioned run may retry only its unpartitioned steps: they run without the partition.
  const checked = checkPartitionRules(assets, partitions, { refuseWhenUnpartitioned: !request.parentRunId });
  if (!checked.ok) return { ok: false, message: checked.errors.join(" ") };
  return { ok: true, partitions: checked.ranges.size > 0 ? partitions : null };
}

/** What a launch materializes: the assets in plan order, their code location, the job if any, and the config schema. */
export interface LaunchTarget {
  keys: string[];
  codeLocationName: string;
  snapshot: DefinitionsSnapshot;
  job: JobSnapshot | null;
  /** The selected assets' snapshots, in plan order. */
  nodes: AssetNodeSnapshot[];
  /** The JSON Schema of the run config document for these assets. */
  configSchema: JsonSchema;
}

export type LaunchTargetProblem = Exclude<
  LaunchResult,
  { kind: "success" | "invalidConfig" | "invalidPartition" | "invalidIdempotencyKey" }
>;

/** Resolves asset keys, a selection or a job against the workspace's definitions; shared by launches and the launchpad. */
export function resolveLaunchTarget(
  workspace: Workspace,
  request: Pick<LaunchRequest, "assetKeys" | "selection" | "jobName">,
): { ok: true; target: LaunchTarget } | { ok: false; problem: LaunchTargetProblem } {
  const fail = (problem: LaunchTargetProblem) => ({ ok: false as const, problem });
  const { locations, graph } = workspace;

  let keys: string[];
  let job: JobSnapshot | null = null;
  if (request.jobName) {
    if (request.assetKeys?.length || request.selection?.trim())
      return fail({ kind: "error", message: "Launch a job or a selection of assets, not both." });
    const found = findJob(locations, request.jobName);
    if (!found.ok) return fail({ kind: "jobNotFound", message: found.message });
    job = found.job;
    keys = job.assetKeys.map((path) => toAssetKeyString(path));
  } else if (request.assetKeys?.length && request.selection?.trim()) {
    return fail({
      kind: "error",
      message: "Give assetSelection (asset keys) or selection (selection syntax), not both.",
    });
  } else if (request.assetKeys?.length) {
    keys = request.assetKeys.map((path) => toAssetKeyString(path));
    const unknown = keys.filter((key) => !graph.has(key));
    if (unknown.length)
      return fail({
        kind: "assetNotFound",
        message: `No asset with key ${unknown.map((k) => `"${k}"`).join(", ")} is defined in any loaded code location.`,
      });
  } else if (request.selection?.trim()) {
    const selected = selectAssets(graph, request.selection);
    if (!selected.ok)
      return fail({ kind: "invalidSelection", message: selected.error.message, position: selected.error.position });
    keys = selected.keys;
  } else {
    return fail({ kind: "error", message: "Nothing to materialize: give asset keys, a selection or a job." });
  }
  keys = graph.topologicalOrder(new Set(keys));
  if (keys.length === 0)
    return fail({ kind: "error", message: `The selection "${request.selection}" matches no assets.` });

  const selected = keys.map((key) => workspace.byKey.get(key)!);
  // Received lineage has no code: its assets are made, observed and checked by the jobs that reported them.
  const external = selected.filter((definition) => definition.codeLocationName === LINEAGE_LOCATION_NAME);
  if (external.length > 0)
    return fail({
      kind: "error",
      message: `${external
        .slice(0, 3)
        .map((d) => `"${d.key}"`)
        .join(
          ", ",
        )}${external.length > 3 ? ` and ${external.length - 3} more` : ""} ${external.length === 1 ? "is" : "are"} made outside Strata (received as OpenLineage or reported events), so Strata has nothing to run; leave ${external.length === 1 ? "it" : "them"} out of the selection.`,
    });
  const selectedNodes = selected.map((definition) => definition.node);
  const locationNames = new Set(selected.map((definition) => definition.codeLocationName));
  if (locationNames.size > 1) {
    return fail({
      kind: "error",
      message: `A run materializes assets of one code location; this selection spans ${[...locationNames].join(", ")}. Launch one run per location.`,
    });
  }
  const location = locations.find((l) => locationNames.has(l.name))!;
  return {
    ok: true,
    target: {
      keys,
      codeLocationName: location.name,
      snapshot: location.snapshot,
      job,
      nodes: selectedNodes,
      configSchema: runConfigSchemaForSelection(location.snapshot, keys),
    },
  };
}

/**
 * The run an idempotency key launched, as a replayed success (null when the key is unused). The caller must still
 * be allowed to launch that run's assets: a key does not lend its launcher's permissions.
 */
async function replayedLaunch(
  db: Database,
  key: string,
  authorize: LaunchRequest["authorize"],
): Promise<LaunchResult | null> {
  const run = await findRunByIdempotencyKey(db, key);
  if (!run) return null;
  const refusal = authorize?.(run.assetSelection);
  return refusal ? { kind: "unauthorized", message: refusal } : { kind: "success", run, replayed: true };
}

export async function launchRun(db: Database, request: LaunchRequest): Promise<LaunchResult> {
  const keyCheck = checkIdempotencyKey(request.idempotencyKey);
  if (!keyCheck.ok) return { kind: "invalidIdempotencyKey", field: keyCheck.field, message: keyCheck.message };
  const idempotencyKey = keyCheck.key;
  // A retry after the first launch answered: the first run, before any check that could now answer differently
  // (a reloaded code location, a changed job).
  const replay = idempotencyKey !== null ? await replayedLaunch(db, idempotencyKey, request.authorize) : null;
  if (replay) return replay;

  // Resolved and checked against the definitions, and the partitions' key spaces, of the moment of the launch.
  const workspace = await loadWorkspace(db);
  const resolved = resolveLaunchTarget(workspace, request);
  if (!resolved.ok) return resolved.problem;
  const { keys, job, codeLocationName } = resolved.target;
  const refusal = request.authorize?.(keys);
  if (refusal) return { kind: "unauthorized", message: refusal };

  let preset: PresetSnapshot | null = null;
  if (request.presetName) {
    preset = job?.presets.find((p) => p.name === request.presetName) ?? null;
    if (!job)
      return { kind: "error", message: `Presets belong to jobs; launch a job to use preset "${request.presetName}".` };
    if (!preset) {
      const names = job.presets.map((p) => `"${p.name}"`).join(", ");
      return {
        kind: "error",
        message: `Job "${job.name}" has no preset "${request.presetName}"${names ? `; its presets are ${names}` : "; it defines none"}.`,
      };
    }
  }
  // The launch's own config wins, then the preset's, then the job's.
  const defaultConfig = preset?.runConfig ?? job?.runConfig ?? null;
  const configText = request.runConfig ?? (defaultConfig ? runConfigToYaml(defaultConfig) : null);
  const limits = request.limits ?? DEFAULT_LAUNCH_LIMITS;
  const config = checkRunConfig(configText, resolved.target.configSchema, limits);
  if (!config.ok) return { kind: "invalidConfig", message: "The run config is invalid.", errors: config.errors };

  const parsedTags = parseRunTags(request.tags, limits);
  if (!parsedTags.ok) return { kind: "error", message: parsedTags.message };
  const tags = {
    ...job?.tags,
    ...preset?.tags,
    ...parsedTags.value,
    ...request.systemTags,
    ...(request.checksOnly ? { [CHECKS_ONLY_TAG]: "true" } : {}),
  };

  const partitions = checkRunPartitions(workspace, resolved.target.nodes, request);
  if (!partitions.ok) return { kind: "invalidPartition", message: partitions.message };

  const newRun = {
    codeLocationName,
    snapshotId: workspace.snapshotIdByLocation.get(codeLocationName) ?? null,
    assetKeys: keys,
    partitions: partitions.partitions,
    runConfig: config.value,
    jobName: job?.name ?? request.parentJobName ?? null,
    tags,
    launchedBy: request.launchedBy,
    parentRunId: request.parentRunId ?? null,
    rootRunId: request.rootRunId ?? null,
    idempotencyKey,
  };
  try {
    return { kind: "success", run: await createRun(db, newRun), replayed: false };
  } catch (error) {
    // Two requests with one key raced past the check above: the unique index let one insert, and rolled back the
    // other's whole transaction (run, steps, event, queue job), so that one answers with the winner's run.
    const raced =
      idempotencyKey !== null && isUniqueViolation(error)
        ? await replayedLaunch(db, idempotencyKey, request.authorize)
        : null;
    if (raced) return raced;
    throw error;
  }
}

/** The job with this name; a name defined by two code locations must be launched by selection instead. */
function findJob(
  locations: readonly WorkspaceLocation[],
  name: string,
): { ok: true; job: JobSnapshot } | { ok: false; message: string } {
  const matches = locations.flatMap((location) => (location.snapshot.jobs ?? []).filter((job) => job.name === name));
  if (matches.length === 1) return { ok: true, job: matches[0]! };
  if (matches.length > 1) return { ok: false, message: `Job "${name}" is defined by more than one code location.` };
  const names = locations.flatMap((location) => (location.snapshot.jobs ?? []).map((job) => job.name));
  const suggestion = closestMatch(name, names);
  return {
    ok: false,
    message: `No job named "${name}" is defined in any loaded code location.${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
  };
}

export type ReexecutionStrategy = "ALL_STEPS" | "FROM_FAILURE" | "SELECTED_STEPS";

/** Launches a new run from a finished one: all its steps, those that did not succeed, or chosen ones. */
export async function launchReexecution(
  db: Database,
  parentRunId: string,
  strategy: ReexecutionStrategy,
  stepKeys: string[] | null,
  launchedBy: string,
  authorize?: LaunchRequest["authorize"],
  options: Pick<LaunchRequest, "idempotencyKey"> = {},
): Promise<LaunchResult> {
  const parent = await getRun(db, parentRunId);
  if (!parent) return { kind: "error", message: `No run with id ${parentRunId}.` };
  let keys: string[];
  if (strategy === "ALL_STEPS") keys = parent.assetSelection;
  else if (strategy === "FROM_FAILURE") {
    keys = parent.steps.filter((s) => s.status !== "SUCCESS").map((s) => s.stepKey);
    if (keys.length === 0)
      return {
        kind: "error",
        message: `Every step of run ${parentRunId} succeeded; there is no failure to re-execute from.`,
      };
  } else {
    keys = stepKeys ?? [];
    const unknown = keys.filter((k) => !parent.assetSelection.includes(k));
    if (keys.length === 0 || unknown.length)
      return {
        kind: "error",
        message: unknown.length
          ? `Steps ${unknown.join(", ")} are not in run ${parentRunId}.`
          : "Choose at least one step to re-execute.",
      };
  }
  return launchRun(db, {
    assetKeys: keys.map((k) => k.split("/")),
    runConfig: runConfigToYaml(runConfigForAssets(parent.runConfig as RunConfig, keys)),
    // The parent's tags were checked when it launched (or set by Strata), so they pass as they are.
    systemTags: parent.tags as Record<string, string>,
    partitions: runPartitions(parent),
    launchedBy,
    authorize,
    parentRunId: parent.id,
    rootRunId: parent.rootRunId ?? parent.id,
    parentJobName: parent.jobName,
    idempotencyKey: options.idempotencyKey,
  });
}
