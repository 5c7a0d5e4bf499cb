// Schedules on the API (Dagster's names): schedulesOrError, scheduleOrError with upcoming and past ticks, and the
// startSchedule / stopRunningSchedule mutations. An unknown schedule or location is a union member, not an error.
import "server-only";
import { describeCron, nextTicks } from "../../lib/core/schedules";
import { codeLocationExists } from "../../lib/store/codeLocations";
import {
  findSchedule,
  listSchedules,
  type ScheduleRecord,
  type ScheduleToggleResult,
  startSchedule,
  stopSchedule,
} from "../../lib/store/schedules";
import { listTicks } from "../../lib/store/ticks";
import { audit, refusal, UnauthorizedError } from "../authorization";
import { builder } from "../builder";
import type { GraphQLContext } from "../context";
import { AssetKeyRef, assetKeyOf } from "./assetKey";
import { CodeLocationNotFoundError } from "./codeLocation";
import { PartitionsDefinitionRef } from "./partitions";
import { RunTagRef } from "./run";
import { checkedLimit, InstigatorStatusEnum, TickRef, tickPage } from "./tick";

const MAX_NEXT_TICKS = 50;

export const ScheduleRef = builder.objectRef<ScheduleRecord>("Schedule").implement({
  fields: (t) => ({
    id: t.id({ resolve: (s) => `${s.codeLocationName}:${s.name}` }),
    name: t.exposeString("name"),
    codeLocationName: t.exposeString("codeLocationName"),
    description: t.exposeString("description", { nullable: true }),
    cronSchedule: t.exposeString("cron"),
    cronDescription: t.string({
      nullable: true,
      description: 'The cron in words, e.g. "Daily at 06:00"; null for less common shapes.',
      resolve: (s) => describeCron(s.cron),
    }),
    executionTimezone: t.exposeString("timezone"),
    status: t.field({
      type: InstigatorStatusEnum,
      description: "Toggled on or off, or the default status until someone toggles it.",
      resolve: (s) => s.status,
    }),
    defaultStatus: t.field({ type: InstigatorStatusEnum, resolve: (s) => s.defaultStatus }),
    catchup: t.exposeBoolean("catchup", {
      description: "Launch ticks missed while the daemon was down (true) or skip all but the latest (false).",
    }),
    maxActiveRuns: t.exposeInt("maxActiveRuns", { nullable: true }),
    jobName: t.exposeString("jobName", { nullable: true }),
    selection: t.exposeString("selection", {
      nullable: true,
      description: "The selection it launches when it targets no job.",
    }),
    assetKeys: t.field({
      type: [AssetKeyRef],
      description: "What a tick materializes, in dependency order.",
      resolve: (s) => s.assetKeys.map((key) => assetKeyOf(key)),
    }),
    partitionsDefinition: t.field({
      type: PartitionsDefinitionRef,
      nullable: true,
      resolve: (s) => s.partitionsDefinition ?? null,
    }),
    tags: t.field({
      type: [RunTagRef],
      resolve: (s) => Object.entries(s.tags).map(([key, value]) => ({ key, value })),
    }),
    nextTickTimes: t.stringList({
      description: "The next cron times after now (ISO 8601), whether or not the schedule is running.",
      args: { limit: t.arg.int({ defaultValue: 5 }) },
      resolve: (s, { limit }) =>
        nextTicks(s, new Date(), checkedLimit(limit, 5, MAX_NEXT_TICKS)).map((tick) => tick.toISOString()),
    }),
    ticks: t.field({
      type: [TickRef],
      description: "Past ticks, newest first; pass the last id as cursor for the next page.",
      args: { limit: t.arg.int({ defaultValue: 25 }), cursor: t.arg.string() },
      resolve: (s, args, ctx) => tickPage(ctx.db, s.codeLocationName, s.name, args),
    }),
    lastTick: t.field({
      type: TickRef,
      nullable: true,
      resolve: async (s, _args, ctx) => (await listTicks(ctx.db, s.codeLocationName, s.name, { limit: 1 }))[0] ?? null,
    }),
  }),
});

const SchedulesRef = builder.objectRef<{ results: ScheduleRecord[] }>("Schedules").implement({
  fields: (t) => ({ results: t.field({ type: [ScheduleRef], resolve: (s) => s.results }) }),
});

const ScheduleNotFoundError = builder.objectRef<{ message: string }>("ScheduleNotFoundError").implement({
  fields: (t) => ({ message: t.exposeString("message") }),
});

const isSchedule = (value: object): value is ScheduleRecord => "cron" in value;

const SchedulesOrError = builder.unionType("SchedulesOrError", {
  types: [SchedulesRef, CodeLocationNotFoundError],
  resolveType: (value) => ("results" in value ? SchedulesRef : CodeLocationNotFoundError),
});

const ScheduleOrError = builder.unionType("ScheduleOrError", {
  types: [ScheduleRef, ScheduleNotFoundError],
  resolveType: (value) => (isSchedule(value) ? ScheduleRef : ScheduleNotFoundError),
});

const ScheduleMutationResult = builder.unionType("ScheduleMutationResult", {
  types: [ScheduleRef, ScheduleNotFoundError, UnauthorizedError],
  resolveType: (value) =>
    isSchedule(value)
      ? ScheduleRef
      : "kind" in value && value.kind === "unauthorized"
        ? UnauthorizedError
        : ScheduleNotFoundError,
});

/** Turns a schedule on or off for an Editor, noting who did in the audit log. */
async function toggleSchedule(ctx: GraphQLContext, codeLocationName: string, scheduleName: string, on: boolean) {
  const refused = await refusal(ctx, "EDIT_SCHEDULES");
  if (refused) return refused;
  const result = await (on ? startSchedule : stopSchedule)(ctx.db, codeLocationName, scheduleName);
  if (result.kind === "success")
    await audit(ctx, {
      action: on ? "schedule.start" : "schedule.stop",
      target: `${codeLocationName}/${scheduleName}`,
    });
  return toggled(result);
}

const toggled = (result: ScheduleToggleResult) =>
  result.kind === "success" ? result.schedule : { message: result.message };

builder.queryFields((t) => ({
  schedulesOrError: t.field({
    type: SchedulesOrError,
    description: "Every schedule of the loaded code locations, or of one of them.",
    args: { codeLocationName: t.arg.string() },
    resolve: async (_root, { codeLocationName }, ctx) => {
      if (codeLocationName && !(await codeLocationExists(ctx.db, codeLocationName))) {
        return { message: `No code location named "${codeLocationName}". Code locations come from strata.config.ts.` };
      }
      return { results: await listSchedules(ctx.db, codeLocationName) };
    },
  }),
  scheduleOrError: t.field({
    type: ScheduleOrError,
    args: { codeLocationName: t.arg.string({ required: true }), scheduleName: t.arg.string({ required: true }) },
    resolve: async (_root, { codeLocationName, scheduleName }, ctx) =>
      (await findSchedule(ctx.db, codeLocationName, scheduleName)) ?? {
        message: `No schedule named "${scheduleName}" is defined in code location "${codeLocationName}".`,
      },
  }),
}));

builder.mutationFields((t) => ({
  startSchedule: t.field({
    type: ScheduleMutationResult,
    description: "Turns a schedule on from now: it launches nothing for the time it was off.",
    args: { codeLocationName: t.arg.string({ required: true }), scheduleName: t.arg.string({ required: true }) },
    resolve: (_root, { codeLocationName, scheduleName }, ctx) =>
      toggleSchedule(ctx, codeLocationName, scheduleName, true),
  }),
  stopRunningSchedule: t.field({
    type: ScheduleMutationResult,
    args: { codeLocationName: t.arg.string({ required: true }), scheduleName: t.arg.string({ required: true }) },
    resolve: (_root, { codeLocationName, scheduleName }, ctx) =>
      toggleSchedule(ctx, codeLocationName, scheduleName, false),
  }),
}));
