// The runs a schedule launched, found by the tags it puts on them: those of one tick (so a tick interrupted after its
// launch finds its run instead of launching again) and those still queued or in progress (for maxActiveRuns).
import { SCHEDULE_TAG, TICK_TAG } from "../core/schedules";
import type { PrismaClient, Run } from "./generated/prisma/client";
import { IN_PROGRESS_STATUSES } from "./runs";

const scheduleTag = (name: string) => ({ tags: { path: [SCHEDULE_TAG], equals: name } });

/** The runs launched for one tick, oldest first. */
export async function runsOfTick(
  db: PrismaClient,
  codeLocationName: string,
  scheduleName: string,
  tickTime: Date,
): Promise<Run[]> {
  return db.run.findMany({
    where: {
      codeLocationName,
      AND: [scheduleTag(scheduleName), { tags: { path: [TICK_TAG], equals: tickTime.toISOString() } }],
    },
    orderBy: { createdAt: "asc" },
  });
}

/** How many of the schedule's runs are queued or in progress. */
export async function countActiveScheduleRuns(
  db: PrismaClient,
  codeLocationName: string,
  scheduleName: string,
): Promise<number> {
  return db.run.count({
    where: { codeLocationName, status: { in: ["QUEUED", ...IN_PROGRESS_STATUSES] }, ...scheduleTag(scheduleName) },
  });
}
