// The backfills a page of the runs list shows as one row each, in place of their runs: those created within the
// page's span of time that match its tag and asset filters.
import { type BackfillRecord, toBackfillRecord } from "./backfillRecord";
import type { Prisma, PrismaClient } from "./generated/prisma/client";
import { isRunId } from "./runId";

export interface FoldedBackfillsWindow {
  /** Exclusive: the oldest run of the page when more pages follow, else null (to the beginning). */
  newerThan: Date | null;
  /** Inclusive: the run the page starts after, else null (to now). */
  notNewerThan: Date | null;
  tags: readonly { key: string; value: string }[];
  assetKey: string | null;
}

/** A page shows at most this many backfill rows: a page of runs is at most 200. */
export const MAX_FOLDED_BACKFILLS = 200;

export async function foldedBackfills(db: PrismaClient, window: FoldedBackfillsWindow): Promise<BackfillRecord[]> {
  const createdAt: Prisma.DateTimeFilter = {
    ...(window.newerThan ? { gt: window.newerThan } : {}),
    ...(window.notNewerThan ? { lte: window.notNewerThan } : {}),
  };
  const rows = await db.backfill.findMany({
    where: {
      ...(window.newerThan || window.notNewerThan ? { createdAt } : {}),
      ...(window.tags.length > 0
        ? { AND: window.tags.map((t) => ({ tags: { path: [t.key], equals: t.value } })) }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_FOLDED_BACKFILLS,
  });
  const records = rows.map(toBackfillRecord);
  // Targets are keyed by asset key: a backfill matches an asset filter when it targets that asset.
  return window.assetKey ? records.filter((b) => window.assetKey! in b.targets) : records;
}

/** When a run was created, or null when no run has this id. */
export async function runCreatedAt(db: PrismaClient, runId: string): Promise<Date | null> {
  if (!isRunId(runId)) return null;
  return (await db.run.findUnique({ where: { id: runId }, select: { createdAt: true } }))?.createdAt ?? null;
}
