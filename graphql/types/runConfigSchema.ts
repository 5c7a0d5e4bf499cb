// The launchpad's API: the run config schema of a selection or job (Dagster's runConfigSchemaOrError) and
// isRunConfigValid, which checks a document exactly as a launch would.
import "server-only";
import type { PartitionsDefinitionSnapshot } from "../../lib/core/partitions/types";
import { maskJobSecrets, maskSecrets, runConfigToYaml } from "../../lib/core/runConfig";
import { checkRunConfig } from "../../lib/orchestration/runs/launchInput";
import {
  type LaunchTarget,
  type LaunchTargetProblem,
  resolveLaunchTarget,
} from "../../lib/orchestration/runs/launchRun";
import { builder } from "../builder";
import { AssetKeyInput, AssetKeyRef, assetKeyOf } from "./assetKey";
import { JobRef } from "./job";
import { launchProblemType, RunConfigValidationInvalid } from "./launchRun";
import { PartitionsDefinitionRef } from "./partitions";

const RunConfigTargetInput = builder.inputType("RunConfigTarget", {
  description: "What a launch would materialize: asset keys, a selection or a job (one of them).",
  fields: (t) => ({
    assetSelection: t.field({ type: [AssetKeyInput] }),
    selection: t.string(),
    jobName: t.string(),
  }),
});

const RunConfigSchemaRef = builder.objectRef<LaunchTarget>("RunConfigSchema").implement({
  fields: (t) => ({
    jsonSchema: t.string({
      description: "The JSON Schema of the run config document, as JSON text.",
      resolve: (s) => JSON.stringify(s.configSchema),
    }),
    assetKeys: t.field({
      type: [AssetKeyRef],
      description: "The assets a run would materialize, in dependency order: its steps.",
      resolve: (s) => s.keys.map((k) => assetKeyOf(k)),
    }),
    codeLocationName: t.exposeString("codeLocationName"),
    job: t.field({
      type: JobRef,
      nullable: true,
      resolve: (s) =>
        s.job ? { ...maskJobSecrets(s.configSchema, s.job), codeLocationName: s.codeLocationName } : null,
    }),
    defaultRunConfigYaml: t.string({
      description: "What the editor starts from: the job's run config (secret values masked), or empty.",
      resolve: (s) => (s.job?.runConfig ? runConfigToYaml(maskSecrets(s.configSchema, s.job.runConfig)) : ""),
    }),
    partitionsDefinition: t.field({
      type: PartitionsDefinitionRef,
      nullable: true,
      description: "The partitions a run picks one of, when the assets are partitioned alike.",
      resolve: (s) => sharedPartitions(s),
    }),
    partitionedAssetCount: t.int({
      description: "How many of the assets are partitioned.",
      resolve: (s) => s.nodes.filter((n) => n.partitionsDefinition).length,
    }),
  }),
});

function sharedPartitions(target: LaunchTarget): PartitionsDefinitionSnapshot | null {
  if (target.job) return target.job.partitionsDefinition ?? null;
  const definitions = target.nodes.flatMap((node) => (node.partitionsDefinition ? [node.partitionsDefinition] : []));
  const [first] = definitions;
  return first && definitions.every((d) => JSON.stringify(d) === JSON.stringify(first)) ? first : null;
}

type TargetValue = LaunchTarget | LaunchTargetProblem;

const RunConfigSchemaOrError = builder.unionType("RunConfigSchemaOrError", {
  types: [RunConfigSchemaRef, ...["assetNotFound", "jobNotFound", "invalidSelection", "error"].map(launchProblemType)],
  resolveType: (value) =>
    "configSchema" in value ? RunConfigSchemaRef : launchProblemType((value as LaunchTargetProblem).kind),
});

const RunConfigValid = builder.objectRef<{ valid: true }>("RunConfigValid").implement({
  fields: (t) => ({ valid: t.boolean({ resolve: () => true }) }),
});

type ValidationValue =
  | { valid: true }
  | { kind: "invalidConfig"; message: string; errors: { path: string[]; message: string }[] }
  | LaunchTargetProblem;

const RunConfigValidationResult = builder.unionType("RunConfigValidationResult", {
  types: [
    RunConfigValid,
    RunConfigValidationInvalid,
    ...["assetNotFound", "jobNotFound", "invalidSelection", "error"].map(launchProblemType),
  ],
  resolveType: (value) =>
    "valid" in value ? RunConfigValid : launchProblemType((value as Exclude<ValidationValue, { valid: true }>).kind),
});

builder.queryFields((t) => ({
  runConfigSchemaOrError: t.field({
    type: RunConfigSchemaOrError,
    args: { target: t.arg({ type: RunConfigTargetInput, required: true }) },
    resolve: async (_root, { target }, ctx): Promise<TargetValue> => {
      const resolved = resolveLaunchTarget(await ctx.workspace(), {
        assetKeys: target.assetSelection?.map((k) => k.path) ?? null,
        selection: target.selection,
        jobName: target.jobName,
      });
      return resolved.ok ? resolved.target : resolved.problem;
    },
  }),
  isRunConfigValid: t.field({
    type: RunConfigValidationResult,
    args: {
      target: t.arg({ type: RunConfigTargetInput, required: true }),
      runConfig: t.arg.string({ required: true }),
    },
    resolve: async (_root, { target, runConfig }, ctx): Promise<ValidationValue> => {
      const resolved = resolveLaunchTarget(await ctx.workspace(), {
        assetKeys: target.assetSelection?.map((k) => k.path) ?? null,
        selection: target.selection,
        jobName: target.jobName,
      });
      if (!resolved.ok) return resolved.problem;
      const checked = checkRunConfig(runConfig, resolved.target.configSchema);
      return checked.ok
        ? { valid: true }
        : { kind: "invalidConfig", message: "The run config is invalid.", errors: checked.errors };
    },
  }),
}));
