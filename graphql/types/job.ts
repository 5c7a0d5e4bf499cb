// Jobs on the API: every job of the loaded code locations (Dagster's pipelines/jobs), and one by name.
import "server-only";
import { toAssetKeyString } from "../../lib/core/assetKey";
import type { JobSnapshot, PresetSnapshot } from "../../lib/core/definitionsSnapshot";
import { maskJobSecrets, runConfigSchemaForSelection, runConfigToYaml } from "../../lib/core/runConfig";
import { listCodeLocations } from "../../lib/store/codeLocations";
import { builder } from "../builder";
import { AssetKeyRef, assetKeyOf } from "./assetKey";
import { JobNotFoundError } from "./launchRun";
import { PartitionsDefinitionRef } from "./partitions";
import { RunTagRef } from "./run";

export type JobRecord = JobSnapshot & { codeLocationName: string };

const tagList = (tags: Record<string, string>) => Object.entries(tags).map(([key, value]) => ({ key, value }));

const PresetRef = builder.objectRef<PresetSnapshot>("Preset").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    runConfigYaml: t.string({ resolve: (p) => runConfigToYaml(p.runConfig) }),
    tags: t.field({ type: [RunTagRef], resolve: (p) => tagList(p.tags) }),
  }),
});

export const JobRef = builder.objectRef<JobRecord>("Job").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    codeLocationName: t.exposeString("codeLocationName"),
    selection: t.exposeString("selection", { description: "The selection as written in code." }),
    assetKeys: t.field({
      type: [AssetKeyRef],
      description: "The assets a run of the job materializes, in dependency order.",
      resolve: (j) => j.assetKeys.map((key) => assetKeyOf(key)),
    }),
    tags: t.field({ type: [RunTagRef], resolve: (j) => tagList(j.tags) }),
    runConfigYaml: t.string({
      description: "The run config a launch starts from; empty when the job sets none.",
      resolve: (j) => (j.runConfig ? runConfigToYaml(j.runConfig) : ""),
    }),
    presets: t.field({ type: [PresetRef], resolve: (j) => j.presets }),
    partitionsDefinition: t.field({
      type: PartitionsDefinitionRef,
      nullable: true,
      resolve: (j) => j.partitionsDefinition ?? null,
    }),
  }),
});

/** Every job of every loaded code location, by location then name. */
export async function listJobs(db: Parameters<typeof listCodeLocations>[0]): Promise<JobRecord[]> {
  const locations = await listCodeLocations(db);
  return locations.flatMap((location) =>
    (location.snapshot?.jobs ?? []).map((job) => {
      // Secret values written in a job's or preset's config are masked like a run's.
      const schema = runConfigSchemaForSelection(
        location.snapshot!,
        job.assetKeys.map((key) => toAssetKeyString(key)),
      );
      return { ...maskJobSecrets(schema, job), codeLocationName: location.name };
    }),
  );
}

const JobOrError = builder.unionType("JobOrError", {
  types: [JobRef, JobNotFoundError],
  resolveType: (value) => ("assetKeys" in value ? JobRef : JobNotFoundError),
});

builder.queryFields((t) => ({
  jobs: t.field({ type: [JobRef], resolve: (_root, _args, ctx) => listJobs(ctx.db) }),
  jobOrError: t.field({
    type: JobOrError,
    args: { jobName: t.arg.string({ required: true }) },
    resolve: async (_root, { jobName }, ctx) =>
      (await listJobs(ctx.db)).find((job) => job.name === jobName) ?? {
        message: `No job named "${jobName}" is defined in any loaded code location.`,
      },
  }),
}));
