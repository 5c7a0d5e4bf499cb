// Mutations that start and stop runs: launchRun, launchRunReexecution, terminateRun.
import "server-only";
import { partitionKeySelection } from "../../lib/core/partitions";
import { type LaunchResult, launchReexecution, launchRun } from "../../lib/orchestration/runs/launchRun";
import { isRunId, runAssetSelection } from "../../lib/store/runQueries";
import { type RunWithSteps, requestRunCancel } from "../../lib/store/runs";
import {
  actorName,
  assetAuthorizer,
  assetRefusal,
  audit,
  launcher,
  UnauthorizedError,
  type UnauthorizedValue,
} from "../authorization";
import { builder } from "../builder";
import { AssetKeyInput } from "./assetKey";
import { AssetNotFoundError } from "./assetNode";
import { RunNotFoundError, RunRef, RunTagInput } from "./run";

const LaunchRunSuccess = builder.objectRef<{ run: RunWithSteps; replayed: boolean }>("LaunchRunSuccess").implement({
  fields: (t) => ({
    run: t.field({ type: RunRef, resolve: (r) => r.run }),
    replayed: t.exposeBoolean("replayed", {
      description: "True when the idempotency key had launched this run already: nothing was launched now.",
    }),
  }),
});
const ConfigErrorRef = builder.objectRef<{ path: string[]; message: string }>("ConfigError").implement({
  fields: (t) => ({ path: t.stringList({ resolve: (e) => e.path }), message: t.exposeString("message") }),
});
export const RunConfigValidationInvalid = builder
  .objectRef<{ message: string; errors: { path: string[]; message: string }[] }>("RunConfigValidationInvalid")
  .implement({
    fields: (t) => ({
      message: t.exposeString("message"),
      errors: t.field({ type: [ConfigErrorRef], resolve: (e) => e.errors }),
    }),
  });
export const InvalidSelectionError = builder
  .objectRef<{ message: string; position: number }>("InvalidSelectionError")
  .implement({
    fields: (t) => ({ message: t.exposeString("message"), position: t.exposeInt("position") }),
  });
export const LaunchRunError = builder.objectRef<{ message: string }>("LaunchRunError").implement({
  fields: (t) => ({ message: t.exposeString("message") }),
});
export const JobNotFoundError = builder.objectRef<{ message: string }>("JobNotFoundError").implement({
  fields: (t) => ({ message: t.exposeString("message") }),
});

export const InvalidIdempotencyKeyError = builder
  .objectRef<{ field: string; message: string }>("InvalidIdempotencyKeyError")
  .implement({
    description:
      "The idempotencyKey is empty, longer than 200 characters, or holds characters other than letters, digits and . _ : -.",
    fields: (t) => ({
      field: t.exposeString("field", { description: "The input field refused: idempotencyKey." }),
      message: t.exposeString("message"),
    }),
  });

/** The description of every launch input's idempotencyKey field. */
export const IDEMPOTENCY_KEY_DESCRIPTION =
  "A key for this launch, e.g. a UUID per click (1–200 letters, digits and . _ : -). A launch whose key was used already " +
  "launches nothing and returns the first launch (replayed: true), even when it asks for something else.";

/** The union member for a refused launch or a target that cannot be resolved. */
export function launchProblemType(kind: string) {
  if (kind === "assetNotFound") return AssetNotFoundError;
  if (kind === "jobNotFound") return JobNotFoundError;
  if (kind === "invalidSelection") return InvalidSelectionError;
  if (kind === "invalidConfig") return RunConfigValidationInvalid;
  if (kind === "unauthorized") return UnauthorizedError;
  if (kind === "invalidIdempotencyKey") return InvalidIdempotencyKeyError;
  return LaunchRunError;
}

type LaunchValue = LaunchResult;

const LaunchRunResult = builder.unionType("LaunchRunResult", {
  types: [
    LaunchRunSuccess,
    AssetNotFoundError,
    JobNotFoundError,
    InvalidSelectionError,
    RunConfigValidationInvalid,
    LaunchRunError,
    UnauthorizedError,
    InvalidIdempotencyKeyError,
  ],
  resolveType: (value) => {
    const kind = (value as LaunchValue).kind;
    return kind === "success" ? LaunchRunSuccess : launchProblemType(kind);
  },
});

const LaunchRunInput = builder.inputType("LaunchRunInput", {
  fields: (t) => ({
    assetSelection: t.field({ type: [AssetKeyInput] }),
    selection: t.string({ description: "Selection syntax, used when assetSelection is not given." }),
    jobName: t.string({ description: "A job to launch instead of assets: its assets, tags and run config." }),
    presetName: t.string({
      description: "One of the job's presets: its run config (unless runConfig is given) and tags.",
    }),
    runConfig: t.string({
      description: "The run config document as YAML or JSON: ops.<asset key>.config, resources.<name>.config.",
    }),
    checksOnly: t.boolean({
      description: "Run the assets' checks on their stored values instead of materializing them.",
    }),
    tags: t.field({ type: [RunTagInput] }),
    partitionKey: t.string(),
    idempotencyKey: t.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
  }),
});

const ReexecutionStrategy = builder.enumType("ReexecutionStrategy", {
  values: ["ALL_STEPS", "FROM_FAILURE", "SELECTED_STEPS"] as const,
});
const ReexecutionParams = builder.inputType("ReexecutionParams", {
  fields: (t) => ({
    parentRunId: t.string({ required: true }),
    strategy: t.field({ type: ReexecutionStrategy, required: true }),
    stepKeys: t.stringList(),
    idempotencyKey: t.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
  }),
});

const TerminateRunSuccess = builder.objectRef<{ run: RunWithSteps }>("TerminateRunSuccess").implement({
  fields: (t) => ({ run: t.field({ type: RunRef, resolve: (r) => r.run }) }),
});
const TerminateRunFailure = builder.objectRef<{ message: string }>("TerminateRunFailure").implement({
  fields: (t) => ({ message: t.exposeString("message") }),
});
type TerminateValue =
  | { kind: "success"; run: RunWithSteps }
  | { kind: "failure"; message: string }
  | { kind: "notFound"; message: string }
  | UnauthorizedValue;
const TerminateRunResult = builder.unionType("TerminateRunResult", {
  types: [TerminateRunSuccess, TerminateRunFailure, RunNotFoundError, UnauthorizedError],
  resolveType: (value) => {
    const kind = (value as TerminateValue).kind;
    if (kind === "unauthorized") return UnauthorizedError;
    return kind === "success" ? TerminateRunSuccess : kind === "failure" ? TerminateRunFailure : RunNotFoundError;
  },
});

builder.mutationFields((t) => ({
  launchRun: t.field({
    type: LaunchRunResult,
    args: { input: t.arg({ type: LaunchRunInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const launched = await launchRun(ctx.db, {
        assetKeys: input.assetSelection?.map((k) => k.path) ?? null,
        selection: input.selection,
        jobName: input.jobName,
        presetName: input.presetName,
        runConfig: input.runConfig,
        checksOnly: input.checksOnly,
        tags: input.tags,
        // The API's one partition key, as the launch's typed partitions: parsed here, and nowhere after.
        partitions: input.partitionKey == null ? null : partitionKeySelection(input.partitionKey),
        idempotencyKey: input.idempotencyKey,
        ...(await launcher(ctx, "LAUNCH_RUNS")),
      });
      if (launched.kind === "unauthorized") return { ...launched, permission: "LAUNCH_RUNS" };
      // A replay launched nothing, so there is nothing to audit: the first launch was.
      if (launched.kind === "success" && !launched.replayed)
        await audit(ctx, {
          action: input.checksOnly ? "run.launch_checks" : "run.launch",
          target: launched.run.id,
          details: {
            assets: launched.run.assetSelection.slice(0, 50),
            job: input.jobName ?? undefined,
            partition: input.partitionKey ?? undefined,
          },
        });
      return launched;
    },
  }),
  launchRunReexecution: t.field({
    type: LaunchRunResult,
    args: { params: t.arg({ type: ReexecutionParams, required: true }) },
    resolve: async (_root, { params }, ctx) => {
      const launched = await launchReexecution(
        ctx.db,
        params.parentRunId,
        params.strategy,
        params.stepKeys ?? null,
        await actorName(ctx),
        await assetAuthorizer(ctx, "LAUNCH_RUNS"),
        {
          idempotencyKey: params.idempotencyKey,
        },
      );
      if (launched.kind === "unauthorized") return { ...launched, permission: "LAUNCH_RUNS" };
      if (launched.kind === "success" && !launched.replayed)
        await audit(ctx, {
          action: "run.reexecute",
          target: launched.run.id,
          details: { parentRunId: params.parentRunId, strategy: params.strategy },
        });
      return launched;
    },
  }),
  terminateRun: t.field({
    type: TerminateRunResult,
    args: { runId: t.arg.string({ required: true }) },
    resolve: async (_root, { runId }, ctx): Promise<TerminateValue> => {
      if (!isRunId(runId)) return { kind: "notFound", message: `No run with id ${runId}.` };
      const assets = await runAssetSelection(ctx.db, runId);
      if (!assets) return { kind: "notFound", message: `No run with id ${runId}.` };
      const refused = await assetRefusal(ctx, "TERMINATE_RUNS", assets);
      if (refused) return refused;
      const outcome = await requestRunCancel(ctx.db, runId);
      if (outcome.ok) {
        await audit(ctx, { action: "run.terminate", target: runId });
        return { kind: "success", run: outcome.run };
      }
      return outcome.reason === "NOT_FOUND"
        ? { kind: "notFound", message: outcome.message }
        : { kind: "failure", message: outcome.message };
    },
  }),
}));
