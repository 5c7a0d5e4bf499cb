// A stored backfill with its JSON columns typed, and the lock every change to a backfill's runs takes.
import type { BackfillStrategy } from "../core/backfill";
import type { KeyRange } from "../core/partitions/types";
import type { RunConfig } from "../core/runConfig";
import type { Tx } from "./database";
import type { Backfill, BackfillStatus, Prisma, PrismaClient } from "./generated/prisma/client";

export interface BackfillRecord {
  id: string;
  status: BackfillStatus;
  strategy: BackfillStrategy;
  onlyMissingOrFailed: boolean;
  /** The run config document; each run gets its own assets' part (runConfigForAssets). */
  runConfig: RunConfig;
  tags: Record<string, string>;
  launchedBy: string;
  /** The snapshot each code location was planned against, by location name. */
  snapshotIds: Record<string, string>;
  /** Targeted partitions by asset key string, as key ranges; [] for an unpartitioned asset. */
  targets: Record<string, KeyRange[]>;
  numPartitions: number;
  numRuns: number;
  numSubmitted: number;
  error: string | null;
  parentBackfillId: string | null;
  createdAt: Date;
  endTime: Date | null;
}

export const ACTIVE_BACKFILL_STATUSES: readonly BackfillStatus[] = ["REQUESTED", "CANCELING"];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isKeyRange = (value: unknown): value is KeyRange =>
  Array.isArray(value) && value.length === 2 && value.every((end) => typeof end === "string");

function stringValues(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

export function toBackfillRecord(row: Backfill): BackfillRecord {
  const targets: Record<string, KeyRange[]> = {};
  if (isRecord(row.targets)) {
    for (const [assetKey, ranges] of Object.entries(row.targets))
      targets[assetKey] = Array.isArray(ranges) ? (ranges as unknown[]).filter(isKeyRange) : [];
  }
  return {
    id: row.id,
    status: row.status,
    strategy: row.strategy === "SINGLE_RUN" ? "SINGLE_RUN" : "ONE_RUN_PER_PARTITION",
    onlyMissingOrFailed: row.onlyMissingOrFailed,
    runConfig: isRecord(row.runConfig) ? (row.runConfig as RunConfig) : {},
    tags: stringValues(row.tags),
    launchedBy: row.launchedBy,
    snapshotIds: stringValues(row.snapshotIds),
    targets,
    numPartitions: row.numPartitions,
    numRuns: row.numRuns,
    numSubmitted: row.numSubmitted,
    error: row.error,
    parentBackfillId: row.parentBackfillId,
    createdAt: row.createdAt,
    endTime: row.endTime,
  };
}

/** Backfill ids look like Dagster's: 8 lowercase letters and digits. */
export const BACKFILL_ID_PATTERN = /^[a-z0-9]{8}$/;

export async function findBackfill(db: PrismaClient | Tx, backfillId: string): Promise<BackfillRecord | null> {
  if (!BACKFILL_ID_PATTERN.test(backfillId)) return null;
  const row = await db.backfill.findUnique({ where: { id: backfillId } });
  return row ? toBackfillRecord(row) : null;
}

/**
 * Serializes everything that submits runs for one backfill or changes its status, across processes: with the
 * (backfillId, requestKey) check inside the same transaction, no request is ever submitted twice.
 */
export async function lockBackfill(tx: Tx, backfillId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('strata.backfill'), hashtext(${backfillId}))`;
}

/** The backfill launched with this idempotency key, or null. */
export async function findBackfillByIdempotencyKey(
  db: PrismaClient,
  idempotencyKey: string,
): Promise<BackfillRecord | null> {
  const row = await db.backfill.findUnique({ where: { idempotencyKey } });
  return row ? toBackfillRecord(row) : null;
}

export type NewBackfill = Pick<
  BackfillRecord,
  | "id"
  | "targets"
  | "strategy"
  | "onlyMissingOrFailed"
  | "runConfig"
  | "tags"
  | "launchedBy"
  | "snapshotIds"
  | "numPartitions"
  | "numRuns"
  | "parentBackfillId"
> & { idempotencyKey: string | null };

/** Stores a new backfill; a taken id or idempotency key fails with a unique violation. */
export async function insertBackfill(db: PrismaClient, backfill: NewBackfill): Promise<BackfillRecord> {
  return toBackfillRecord(
    await db.backfill.create({ data: { ...backfill, runConfig: backfill.runConfig as Prisma.InputJsonObject } }),
  );
}

/** Newest first; the cursor is the last backfill id of the previous page. */
export async function listBackfills(
  db: PrismaClient,
  options: { limit: number; cursor?: string | null },
): Promise<{ backfills: BackfillRecord[]; nextCursor: string | null }> {
  const rows = await db.backfill.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit + 1,
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, options.limit).map(toBackfillRecord);
  return { backfills: page, nextCursor: rows.length > options.limit ? (page.at(-1)?.id ?? null) : null };
}

/** Backfills still submitting or canceling runs (only those of `ids` when given), oldest first. */
export async function listActiveBackfills(db: PrismaClient, ids?: readonly string[]): Promise<BackfillRecord[]> {
  const rows = await db.backfill.findMany({
    where: { status: { in: [...ACTIVE_BACKFILL_STATUSES] }, ...(ids ? { id: { in: [...ids] } } : {}) },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(toBackfillRecord);
}
