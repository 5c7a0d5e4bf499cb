// External lineage on the API: the OpenLineage jobs that write and read an asset, their runs (grouped under a parent
// run such as a dbt invocation or an Airflow DAG run), and the runs in progress that write an asset.
import "server-only";
import { LINEAGE_METADATA } from "../../lib/core/openlineage/lineageFacts";
import { externalJobLabel } from "../../lib/core/openlineage/naming";
import {
  type ExternalJobView,
  type ExternalRunRecord,
  listExternalJobs,
  readExternalChildRuns,
  readExternalJobsOfAsset,
  readExternalRun,
  readExternalRunsOfJob,
} from "../../lib/store/externalLineage";
import type { AssetNodeView } from "../assetNodeView";
import { builder } from "../builder";
import { AssetKeyRef, assetKeyOf } from "./assetKey";
import { AssetNodeRef } from "./assetNode";

/** Runs a list shows: a dbt build has a few hundred models at most. */
const MAX_RUNS = 500;

function boundedLimit(limit: number | null | undefined, fallback: number): number {
  return Math.max(1, Math.min(limit ?? fallback, MAX_RUNS));
}

export const ExternalRunRef = builder.objectRef<ExternalRunRecord>("ExternalRun");

ExternalRunRef.implement({
  description: "A run of a job outside Strata, as its OpenLineage events tell it.",
  fields: (t) => ({
    runId: t.exposeString("runId"),
    jobNamespace: t.exposeString("jobNamespace"),
    jobName: t.exposeString("jobName"),
    jobLabel: t.string({ resolve: (r) => externalJobLabel({ namespace: r.jobNamespace, name: r.jobName }) }),
    state: t.exposeString("state", {
      description: "The latest event type: START, RUNNING, COMPLETE, FAIL, ABORT, OTHER.",
    }),
    startTime: t.string({ nullable: true, resolve: (r) => r.startedAt?.toISOString() ?? null }),
    endTime: t.string({ nullable: true, resolve: (r) => r.endedAt?.toISOString() ?? null }),
    lastEventTime: t.string({ resolve: (r) => r.lastEventTime.toISOString() }),
    nominalStartTime: t.string({ nullable: true, resolve: (r) => r.nominalStartTime?.toISOString() ?? null }),
    errorMessage: t.exposeString("errorMessage", { nullable: true }),
    outputKeys: t.field({ type: [AssetKeyRef], resolve: (r) => r.outputKeys.map(assetKeyOf) }),
    parentRun: t.field({
      type: ExternalRunRef,
      nullable: true,
      resolve: (r, _args, ctx) => (r.parentRunId ? readExternalRun(ctx.db, r.parentRunId) : null),
    }),
    parentRunId: t.exposeString("parentRunId", { nullable: true }),
    childRuns: t.field({
      type: [ExternalRunRef],
      description: "The runs this run is the parent of (a dbt invocation's models), in the order they started.",
      args: { limit: t.arg.int({ required: false }) },
      resolve: (r, { limit }, ctx) => readExternalChildRuns(ctx.db, r.runId, boundedLimit(limit, 100)),
    }),
  }),
});

const ExternalJobRef = builder.objectRef<ExternalJobView>("ExternalJob").implement({
  description: "A job outside Strata (a dbt model, an Airflow task, a Spark job) seen in OpenLineage events.",
  fields: (t) => ({
    namespace: t.exposeString("namespace"),
    name: t.exposeString("name"),
    label: t.string({ resolve: (j) => externalJobLabel(j) }),
    parentLabel: t.string({
      nullable: true,
      resolve: (j) =>
        j.parentNamespace && j.parentName
          ? externalJobLabel({ namespace: j.parentNamespace, name: j.parentName })
          : null,
    }),
    latestState: t.exposeString("latestState", { nullable: true }),
    latestEventTime: t.string({ nullable: true, resolve: (j) => j.latestEventTime?.toISOString() ?? null }),
    inputKeys: t.field({ type: [AssetKeyRef], resolve: (j) => j.inputKeys.map(assetKeyOf) }),
    outputKeys: t.field({ type: [AssetKeyRef], resolve: (j) => j.outputKeys.map(assetKeyOf) }),
    latestRuns: t.field({
      type: [ExternalRunRef],
      args: { limit: t.arg.int({ required: false }) },
      resolve: (j, { limit }, ctx) => readExternalRunsOfJob(ctx.db, j, boundedLimit(limit, 10)),
    }),
  }),
});

const ExternalAssetLineageRef = builder
  .objectRef<{
    namespace: string | null;
    name: string | null;
    producers: ExternalJobView[];
    consumers: ExternalJobView[];
  }>("ExternalAssetLineage")
  .implement({
    fields: (t) => ({
      namespace: t.exposeString("namespace", { nullable: true, description: "The OpenLineage dataset's namespace." }),
      name: t.exposeString("name", { nullable: true, description: "The OpenLineage dataset's name." }),
      producers: t.field({ type: [ExternalJobRef], resolve: (l) => l.producers }),
      consumers: t.field({ type: [ExternalJobRef], resolve: (l) => l.consumers }),
    }),
  });

function metadataText(asset: AssetNodeView, key: string): string | null {
  const entry = asset.node.metadata[key];
  return entry?.type === "text" ? entry.value : null;
}

builder.objectFields(AssetNodeRef, (t) => ({
  externalLineage: t.field({
    type: ExternalAssetLineageRef,
    nullable: true,
    description: "The OpenLineage dataset behind the asset and the external jobs that write and read it; null if none.",
    resolve: async (asset, _args, ctx) => {
      const { producers, consumers } = await readExternalJobsOfAsset(ctx.db, asset.key);
      const namespace = metadataText(asset, LINEAGE_METADATA.namespace);
      if (!namespace && producers.length === 0 && consumers.length === 0) return null;
      return { namespace, name: metadataText(asset, LINEAGE_METADATA.name), producers, consumers };
    },
  }),
  externalRunsInProgress: t.field({
    type: [ExternalRunRef],
    description: "Runs of external jobs that started writing the asset and have not ended.",
    resolve: async (asset, _args, ctx) => [...((await ctx.externalRunsInProgress()).get(asset.key) ?? [])],
  }),
}));

/** External jobs a page lists: a dbt project has a few hundred models. */
const MAX_EXTERNAL_JOBS = 1000;

builder.queryFields((t) => ({
  externalJobs: t.field({
    type: [ExternalJobRef],
    description: `Jobs seen in OpenLineage events, parents first, then by namespace and name (at most ${MAX_EXTERNAL_JOBS}).`,
    args: { limit: t.arg.int({ required: false }) },
    resolve: (_root, { limit }, ctx) =>
      listExternalJobs(ctx.db, Math.max(1, Math.min(limit ?? MAX_EXTERNAL_JOBS, MAX_EXTERNAL_JOBS))),
  }),
  externalRunsInProgress: t.field({
    type: [ExternalRunRef],
    description:
      "Runs of external jobs (OpenLineage START without an end yet), the latest first: the graph and the catalog show their outputs as running.",
    resolve: async (_root, _args, ctx) => {
      const unique = new Map<string, ExternalRunRecord>();
      for (const runs of (await ctx.externalRunsInProgress()).values())
        for (const run of runs) unique.set(run.runId, run);
      return [...unique.values()];
    },
  }),
  externalRun: t.field({
    type: ExternalRunRef,
    nullable: true,
    args: { runId: t.arg.string({ required: true }) },
    resolve: (_root, { runId }, ctx) =>
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(runId)
        ? readExternalRun(ctx.db, runId)
        : null,
  }),
}));
