// Run, RunStep and the run queries (Dagster's runsOrError / runOrError).
import "server-only";
import { runConfigToYaml } from "../../lib/core/runConfig";
import { type FoldedBackfillsWindow, runCreatedAt } from "../../lib/store/foldedBackfills";
import { maskedRunConfig } from "../../lib/store/runConfigView";
import { shownRunTags } from "../../lib/store/runPartitions";
import { getRun, isRunId, listRuns, runExists } from "../../lib/store/runQueries";
import type { RunWithSteps } from "../../lib/store/runs";
import { listReexecutions, type RunLink, readParentRun } from "../../lib/store/runTimeline";
import { builder } from "../builder";
import { AssetKeyRef, assetKeyOf } from "./assetKey";

export const RunStatusEnum = builder.enumType("RunStatus", {
  values: ["QUEUED", "STARTING", "STARTED", "SUCCESS", "FAILURE", "CANCELING", "CANCELED"] as const,
});
const StepStatusEnum = builder.enumType("StepStatus", {
  values: ["PENDING", "RUNNING", "SUCCESS", "FAILURE", "SKIPPED", "CANCELED"] as const,
});

export const RunTagRef = builder.objectRef<{ key: string; value: string }>("RunTag").implement({
  fields: (t) => ({ key: t.exposeString("key"), value: t.exposeString("value") }),
});
export const RunTagInput = builder.inputType("RunTagInput", {
  fields: (t) => ({ key: t.string({ required: true }), value: t.string({ required: true }) }),
});

type StepRow = RunWithSteps["steps"][number];

/** The most re-executions a run page lists; more are counted, not listed. */
const MAX_REEXECUTIONS = 50;

const RunLinkRef = builder.objectRef<RunLink>("RunLink").implement({
  description: "Another run, as a link: a re-execution's parent or one of a run's re-executions.",
  fields: (t) => ({
    runId: t.exposeString("id"),
    status: t.field({ type: RunStatusEnum, resolve: (r) => r.status }),
    jobName: t.exposeString("jobName", { nullable: true }),
    creationTime: t.string({ resolve: (r) => r.createdAt.toISOString() }),
  }),
});
const RunReexecutionsRef = builder.objectRef<{ runs: RunLink[]; hasMore: boolean }>("RunReexecutions").implement({
  fields: (t) => ({
    runs: t.field({ type: [RunLinkRef], description: "Oldest first.", resolve: (r) => r.runs }),
    hasMore: t.exposeBoolean("hasMore", { description: `More than ${MAX_REEXECUTIONS} re-executions exist.` }),
  }),
});
const iso = (d: Date | null) => d?.toISOString() ?? null;

const RunStepRef = builder.objectRef<StepRow>("RunStep").implement({
  fields: (t) => ({
    stepKey: t.exposeString("stepKey"),
    assetKey: t.field({
      type: AssetKeyRef,
      nullable: true,
      resolve: (s) => (s.assetKey ? assetKeyOf(s.assetKey) : null),
    }),
    status: t.field({ type: StepStatusEnum, resolve: (s) => s.status }),
    attempt: t.exposeInt("attempt"),
    startTime: t.string({ nullable: true, resolve: (s) => iso(s.startTime) }),
    endTime: t.string({ nullable: true, resolve: (s) => iso(s.endTime) }),
  }),
});

export const RunRef = builder.objectRef<RunWithSteps>("Run").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    runId: t.exposeString("id"),
    status: t.field({ type: RunStatusEnum, resolve: (r) => r.status }),
    assetSelection: t.field({ type: [AssetKeyRef], resolve: (r) => r.assetSelection.map((k) => assetKeyOf(k)) }),
    partitionKey: t.exposeString("partitionKey", { nullable: true }),
    partitionRangeStart: t.exposeString("partitionRangeStart", {
      nullable: true,
      description: "First partition of a range run (inclusive).",
    }),
    partitionRangeEnd: t.exposeString("partitionRangeEnd", {
      nullable: true,
      description: "Last partition of a range run (inclusive).",
    }),
    backfillId: t.exposeString("backfillId", { nullable: true, description: "The backfill that submitted the run." }),
    tags: t.field({
      type: [RunTagRef],
      resolve: (r) => Object.entries(shownRunTags(r)).map(([key, value]) => ({ key, value })),
    }),
    // Secret values (secret() fields, env() values) read as the mask; launching with the mask keeps the code's value.
    runConfig: t.string({
      description: "The run config document as JSON, secret values masked.",
      resolve: async (r, _args, ctx) => JSON.stringify(await maskedRunConfig(ctx.db, r), null, 2),
    }),
    runConfigYaml: t.string({
      description:
        "The run config document as YAML, as the launchpad shows it, secret values masked; empty when there is none.",
      resolve: async (r, _args, ctx) => runConfigToYaml(await maskedRunConfig(ctx.db, r)),
    }),
    jobName: t.exposeString("jobName", { nullable: true, description: "The job the run was launched from." }),
    launchedBy: t.exposeString("launchedBy"),
    codeHash: t.exposeString("codeHash", {
      nullable: true,
      description:
        "The content hash of the code location's files the run executed (SHA-256, hex); null until a run process picks the run up.",
    }),
    parentRunId: t.exposeString("parentRunId", { nullable: true }),
    rootRunId: t.exposeString("rootRunId", { nullable: true }),
    parentRun: t.field({
      type: RunLinkRef,
      nullable: true,
      description: "The run this one re-executes; null for a first run or when retention deleted the parent.",
      resolve: (r, _args, ctx) => readParentRun(ctx.db, r.parentRunId),
    }),
    reexecutions: t.field({
      type: RunReexecutionsRef,
      description: `The runs launched as re-executions of this one, oldest first, at most ${MAX_REEXECUTIONS}.`,
      resolve: (r, _args, ctx) => listReexecutions(ctx.db, r.id, MAX_REEXECUTIONS),
    }),
    creationTime: t.string({ resolve: (r) => r.createdAt.toISOString() }),
    startTime: t.string({ nullable: true, resolve: (r) => iso(r.startTime) }),
    endTime: t.string({ nullable: true, resolve: (r) => iso(r.endTime) }),
    // Steps in plan order (the run's selection is stored topologically sorted).
    steps: t.field({
      type: [RunStepRef],
      resolve: (r) =>
        [...r.steps].sort((a, b) => r.assetSelection.indexOf(a.stepKey) - r.assetSelection.indexOf(b.stepKey)),
    }),
    canTerminate: t.boolean({ resolve: (r) => ["QUEUED", "STARTING", "STARTED"].includes(r.status) }),
    queuedReason: t.exposeString("queuedReason", { nullable: true }),
  }),
});

export const RunNotFoundError = builder.objectRef<{ message: string }>("RunNotFoundError").implement({
  fields: (t) => ({ message: t.exposeString("message") }),
});

const RunOrError = builder.unionType("RunOrError", {
  types: [RunRef, RunNotFoundError],
  resolveType: (value) => ("status" in value ? RunRef : RunNotFoundError),
});

const RunsFilterInput = builder.inputType("RunsFilter", {
  fields: (t) => ({
    statuses: t.field({ type: [RunStatusEnum] }),
    assetKey: t.string(),
    tags: t.field({ type: [RunTagInput] }),
    backfillId: t.string({ description: "Runs submitted by this backfill." }),
    jobName: t.string({ description: "Runs launched from this job." }),
    foldBackfills: t.boolean({
      description:
        "Leave out runs a backfill submitted; Runs.backfills then lists the backfills created within the page's span instead. Ignored with backfillId, statuses or jobName.",
    }),
  }),
});

/** A page of runs; `folded` says which backfills the page shows in place of their runs, when it folds them. */
export interface RunsPage {
  results: RunWithSteps[];
  nextCursor: string | null;
  folded: FoldedBackfillsWindow | null;
}

export const RunsRef = builder.objectRef<RunsPage>("Runs").implement({
  fields: (t) => ({
    results: t.field({ type: [RunRef], resolve: (r) => r.results }),
    nextCursor: t.exposeString("nextCursor", { nullable: true }),
  }),
});
const InvalidRunsFilterError = builder.objectRef<{ message: string }>("InvalidRunsFilterError").implement({
  fields: (t) => ({ message: t.exposeString("message") }),
});
const RunsOrError = builder.unionType("RunsOrError", {
  types: [RunsRef, InvalidRunsFilterError],
  resolveType: (value) => ("results" in value ? RunsRef : InvalidRunsFilterError),
});

const MAX_PAGE = 200;

builder.queryFields((t) => ({
  runsOrError: t.field({
    type: RunsOrError,
    description: `Runs, newest first. \`limit\` is 1 to ${MAX_PAGE} (default 50); \`cursor\` is the nextCursor of the previous page. A bad limit or cursor is an InvalidRunsFilterError.`,
    args: { filter: t.arg({ type: RunsFilterInput }), cursor: t.arg.string(), limit: t.arg.int() },
    resolve: async (_root, { filter, cursor, limit }, ctx) => {
      const pageSize = limit ?? 50;
      if (pageSize < 1 || pageSize > MAX_PAGE)
        return { message: `limit must be between 1 and ${MAX_PAGE}, got ${pageSize}.` };
      if (cursor && !isRunId(cursor)) return { message: `cursor "${cursor}" is not a run id.` };
      // Paging from a run that is gone (or never was) would silently show nothing; say so instead.
      if (cursor && !(await runExists(ctx.db, cursor)))
        return { message: `cursor "${cursor}" names no run; start again without a cursor.` };
      // A status or job filter asks for runs by what they are: a backfill has no one status and no job.
      const fold =
        Boolean(filter?.foldBackfills) && !filter?.backfillId && !filter?.statuses?.length && !filter?.jobName;
      const page = await listRuns(
        ctx.db,
        {
          statuses: filter?.statuses ?? undefined,
          assetKey: filter?.assetKey ?? undefined,
          tags: filter?.tags ?? undefined,
          backfillId: filter?.backfillId ?? undefined,
          jobName: filter?.jobName ?? undefined,
          withoutBackfillRuns: fold,
        },
        cursor ?? null,
        pageSize,
      );
      const folded: FoldedBackfillsWindow | null = fold
        ? {
            newerThan: page.nextCursor ? (page.runs.at(-1)?.createdAt ?? null) : null,
            notNewerThan: cursor ? await runCreatedAt(ctx.db, cursor) : null,
            tags: filter?.tags ?? [],
            assetKey: filter?.assetKey ?? null,
          }
        : null;
      return { results: page.runs, nextCursor: page.nextCursor, folded };
    },
  }),
  runOrError: t.field({
    type: RunOrError,
    args: { runId: t.arg.id({ required: true }) },
    resolve: async (_root, { runId }, ctx) =>
      (await getRun(ctx.db, String(runId))) ?? { message: `No run with id ${runId}.` },
  }),
}));
