// Runs over time (Dagster's Overview › Timeline): every run overlapping the last hour, 6 hours, 24 hours or 7 days,
// capped.
// Reading runs is open to every role, as runsOrError is: requireSignIn refuses an anonymous caller when sign-in is on.
import "server-only";
import { runsInWindow, type TimelineRun } from "../../lib/store/runTimeline";
import { builder } from "../builder";
import { RunStatusEnum } from "./run";

const HOUR_MS = 3_600_000;
/** The most runs one window returns: enough for a busy week of a small team, few enough to draw. */
export const TIMELINE_RUN_CAP = 1_000;

const RANGE_HOURS = { LAST_HOUR: 1, LAST_6_HOURS: 6, LAST_24_HOURS: 24, LAST_7_DAYS: 7 * 24 } as const;
const RunsTimelineRange = builder.enumType("RunsTimelineRange", {
  values: Object.keys(RANGE_HOURS) as Array<keyof typeof RANGE_HOURS>,
});

const iso = (d: Date | null) => d?.toISOString() ?? null;

const TimelineRunRef = builder.objectRef<TimelineRun>("TimelineRun").implement({
  fields: (t) => ({
    runId: t.exposeString("id"),
    status: t.field({ type: RunStatusEnum, resolve: (r) => r.status }),
    jobName: t.exposeString("jobName", { nullable: true }),
    assetKeys: t.stringList({
      description: "The asset keys (slash-joined) the run materializes.",
      resolve: (r) => r.assetSelection,
    }),
    backfillId: t.exposeString("backfillId", { nullable: true }),
    creationTime: t.string({ resolve: (r) => r.createdAt.toISOString() }),
    startTime: t.string({ nullable: true, resolve: (r) => iso(r.startTime) }),
    endTime: t.string({ nullable: true, resolve: (r) => iso(r.endTime) }),
  }),
});

interface TimelineValue {
  from: Date;
  to: Date;
  runs: TimelineRun[];
  capped: boolean;
}

const RunsTimelineRef = builder.objectRef<TimelineValue>("RunsTimeline").implement({
  fields: (t) => ({
    from: t.string({ resolve: (v) => v.from.toISOString() }),
    to: t.string({ description: "The server's now.", resolve: (v) => v.to.toISOString() }),
    runs: t.field({ type: [TimelineRunRef], description: "Newest first.", resolve: (v) => v.runs }),
    capped: t.boolean({
      description: `More runs overlap the window than the ${TIMELINE_RUN_CAP} returned (the newest are returned).`,
      resolve: (v) => v.capped,
    }),
    cap: t.int({ resolve: () => TIMELINE_RUN_CAP }),
  }),
});

builder.queryFields((t) => ({
  runsTimeline: t.field({
    type: RunsTimelineRef,
    description: `The runs overlapping the chosen window ending now, newest first, at most ${TIMELINE_RUN_CAP}.`,
    args: { range: t.arg({ type: RunsTimelineRange, required: true }) },
    resolve: async (_root, { range }, ctx) => {
      const to = new Date();
      const from = new Date(to.getTime() - RANGE_HOURS[range] * HOUR_MS);
      return { from, to, ...(await runsInWindow(ctx.db, from, to, TIMELINE_RUN_CAP)) };
    },
  }),
}));
