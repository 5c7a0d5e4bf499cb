// Read models for runs over time: the runs a time window shows, and a run's re-executions.
import type { PrismaClient, RunStatus } from "./generated/prisma/client";
import { isRunId } from "./runId";
import { IN_PROGRESS_STATUSES } from "./runs";

export interface TimelineRun {
  id: string;
  status: RunStatus;
  jobName: string | null;
  assetSelection: string[];
  backfillId: string | null;
  createdAt: Date;
  startTime: Date | null;
  endTime: Date | null;
}

export interface TimelineWindow {
  runs: TimelineRun[];
  /** More runs fell in the window than the cap: the newest `cap` are returned. */
  capped: boolean;
}

const TIMELINE_FIELDS = {
  id: true,
  status: true,
  jobName: true,
  assetSelection: true,
  backfillId: true,
  createdAt: true,
  startTime: true,
  endTime: true,
} as const;

/**
 * The runs that overlap [from, to), newest first, at most `cap`. Two reads, each a range on an index: runs created
 * since one window-length before `from` (on createdAt) that had not ended before `from`, and runs still unfinished
 * that were created earlier than that (on status, createdAt) — a long run still shows as a bar reaching now.
 */
export async function runsInWindow(db: PrismaClient, from: Date, to: Date, cap: number): Promise<TimelineWindow> {
  const lookback = new Date(from.getTime() - (to.getTime() - from.getTime()));
  const [recent, older] = await Promise.all([
    db.run.findMany({
      where: {
        createdAt: { gte: lookback, lt: to },
        OR: [{ endTime: null }, { endTime: { gte: from } }],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: cap + 1,
      select: TIMELINE_FIELDS,
    }),
    db.run.findMany({
      where: { status: { in: ["QUEUED", ...IN_PROGRESS_STATUSES] }, createdAt: { lt: lookback } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: cap + 1,
      select: TIMELINE_FIELDS,
    }),
  ]);
  const all = [...recent, ...older];
  return { runs: all.slice(0, cap), capped: all.length > cap };
}

export interface RunLink {
  id: string;
  status: RunStatus;
  jobName: string | null;
  createdAt: Date;
}

/** The runs launched as re-executions of this one, oldest first, at most `limit` (and whether there are more). */
export async function listReexecutions(
  db: PrismaClient,
  parentRunId: string,
  limit: number,
): Promise<{ runs: RunLink[]; hasMore: boolean }> {
  if (!isRunId(parentRunId)) return { runs: [], hasMore: false };
  const rows = await db.run.findMany({
    where: { parentRunId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: { id: true, status: true, jobName: true, createdAt: true },
  });
  return { runs: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** The run this one re-executes, or null for a first run (or a parent since deleted by retention). */
export async function readParentRun(db: PrismaClient, parentRunId: string | null): Promise<RunLink | null> {
  if (!parentRunId || !isRunId(parentRunId)) return null;
  return db.run.findUnique({
    where: { id: parentRunId },
    select: { id: true, status: true, jobName: true, createdAt: true },
  });
}
