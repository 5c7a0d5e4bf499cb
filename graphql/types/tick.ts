// What schedules and sensors share on the API: their on/off status, their ticks (one per evaluation) and the paging
// of a tick history.
import "server-only";
import { createGraphQLError } from "graphql-yoga";
import type { Database } from "../../lib/store/database";
import { getRuns } from "../../lib/store/runQueries";
import { listTicks, TICK_ID_PATTERN, type TickRecord } from "../../lib/store/ticks";
import { builder } from "../builder";
import { RunRef } from "./run";

export const InstigatorStatusEnum = builder.enumType("InstigatorStatus", {
  description: "Whether a schedule or sensor is evaluated (RUNNING) or not (STOPPED).",
  values: ["RUNNING", "STOPPED"] as const,
});

const TickStatusEnum = builder.enumType("TickStatus", {
  description:
    "STARTED while a tick launches its runs; SUCCESS once launched; SKIPPED with a reason; FAILURE with the error.",
  values: ["STARTED", "SUCCESS", "SKIPPED", "FAILURE"] as const,
});

const MAX_TICKS = 200;

export function checkedLimit(limit: number | null | undefined, fallback: number, max: number): number {
  const value = limit ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw createGraphQLError(`limit must be between 1 and ${max}, got ${value}.`);
  return value;
}

export const TickRef = builder.objectRef<TickRecord>("Tick").implement({
  description: "One evaluation of a schedule or sensor: what it launched, why it skipped, or the error.",
  fields: (t) => ({
    id: t.exposeID("id"),
    tickTime: t.string({
      description: "The cron time a schedule's tick is for; when a sensor was evaluated (ISO 8601).",
      resolve: (tick) => tick.tickTime.toISOString(),
    }),
    evaluatedAt: t.string({
      description: "When the daemon evaluated it; later than tickTime when it caught up.",
      resolve: (tick) => tick.evaluatedAt.toISOString(),
    }),
    status: t.field({ type: TickStatusEnum, resolve: (tick) => tick.status }),
    runIds: t.stringList({ resolve: (tick) => tick.runIds }),
    runs: t.field({
      type: [RunRef],
      description: "The runs it launched that still exist.",
      resolve: async (tick, _args, ctx) => getRuns(ctx.db, tick.runIds),
    }),
    skipReason: t.exposeString("skipReason", { nullable: true }),
    error: t.exposeString("error", { nullable: true }),
    cursor: t.exposeString("cursor", {
      nullable: true,
      description: "A sensor's cursor after this evaluation; null for schedules.",
    }),
  }),
});

/** The `ticks(limit, cursor)` page of a schedule or sensor, newest first, with its arguments checked. */
export function tickPage(
  db: Database,
  codeLocationName: string,
  name: string,
  args: { limit?: number | null; cursor?: string | null },
): Promise<TickRecord[]> {
  if (args.cursor && !TICK_ID_PATTERN.test(args.cursor))
    throw createGraphQLError(`cursor "${args.cursor}" is not a tick id.`);
  return listTicks(db, codeLocationName, name, { limit: checkedLimit(args.limit, 25, MAX_TICKS), cursor: args.cursor });
}
