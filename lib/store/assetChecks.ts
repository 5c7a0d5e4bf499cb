// Asset check executions: recorded from the run's check events (with each check's latest status, in the same
// transaction), and read for the Checks tab, the graph and the catalog.
import type { AssetCheckSnapshot, MetadataValue } from "../core/definitionsSnapshot";
import type { Tx } from "./database";
import type { EventInput } from "./eventInput";
import type { AssetCheckExecution, AssetCheckExecutionStatus, PrismaClient } from "./generated/prisma/client";
import { type SqlTx, type Statement, utcWallTime } from "./sql";

const STATUSES: readonly AssetCheckExecutionStatus[] = ["IN_PROGRESS", "SUCCEEDED", "FAILED", "ERRORED", "SKIPPED"];

// The execution and the check's latest status in one statement: the status names the execution just inserted.
const RECORD_CHECK_EXECUTION: Statement = {
  name: "strata_record_check_execution",
  text: `
    WITH execution AS (
      INSERT INTO "AssetCheckExecution" ("assetKey", "checkName", "runId", "partitionKey", "status", "severity",
        "blocking", "message", "metadata", "createdAt", "endTime")
      VALUES ($1, $2, $3::uuid, $4, $5::"AssetCheckExecutionStatus", $6, $7, $8, $9::jsonb, $10::timestamp(3), $10::timestamp(3))
      RETURNING "id"
    )
    INSERT INTO "AssetCheckStatus" ("assetKey", "checkName", "lastExecutionId", "status", "severity", "updatedAt")
    SELECT $1, $2, execution."id", $5::"AssetCheckExecutionStatus", $6, now() AT TIME ZONE 'UTC' FROM execution
    ON CONFLICT ("assetKey", "checkName") DO UPDATE SET
      "lastExecutionId" = EXCLUDED."lastExecutionId", "status" = EXCLUDED."status", "severity" = EXCLUDED."severity",
      "updatedAt" = EXCLUDED."updatedAt"`,
};

export async function recordCheckExecution(
  tx: SqlTx,
  runId: string | null,
  assetKey: string,
  event: EventInput,
  timestamp: Date,
): Promise<void> {
  const extra = event.extra ?? {};
  const checkName = typeof extra.checkName === "string" ? extra.checkName : null;
  const status = STATUSES.find((s) => s === extra.status);
  if (!checkName || !status) return;
  const severity = extra.severity === "WARN" ? "WARN" : "ERROR";
  const metadata = JSON.stringify(event.metadata ?? {});
  const message = typeof extra.description === "string" ? extra.description : null;
  await tx.query(RECORD_CHECK_EXECUTION, [
    assetKey,
    checkName,
    runId,
    event.partitionKey ?? null,
    status,
    severity,
    extra.blocking === true,
    message,
    metadata,
    utcWallTime(timestamp),
  ]);
}

export interface CheckExecutionRecord {
  id: bigint;
  assetKey: string;
  checkName: string;
  runId: string | null;
  partitionKey: string | null;
  status: AssetCheckExecutionStatus;
  severity: "WARN" | "ERROR";
  blocking: boolean;
  message: string | null;
  metadata: Record<string, MetadataValue>;
  timestamp: Date;
}

function toRecord(row: AssetCheckExecution): CheckExecutionRecord {
  return {
    id: row.id,
    assetKey: row.assetKey,
    checkName: row.checkName,
    runId: row.runId,
    partitionKey: row.partitionKey,
    status: row.status,
    severity: row.severity === "WARN" ? "WARN" : "ERROR",
    blocking: row.blocking,
    message: row.message,
    metadata: (row.metadata ?? {}) as Record<string, MetadataValue>,
    timestamp: row.endTime ?? row.createdAt,
  };
}

/** A check as defined now, with its latest execution (null when it never ran). */
export interface AssetCheckRecord extends AssetCheckSnapshot {
  latestExecution: CheckExecutionRecord | null;
}

/** The checks defined on these assets, each with its latest execution, read through the per-check status rows. */
export async function readAssetChecks(
  db: PrismaClient | Tx,
  checks: readonly AssetCheckSnapshot[],
): Promise<AssetCheckRecord[]> {
  if (checks.length === 0) return [];
  const keys = [...new Set(checks.map((c) => c.assetKey.join("/")))];
  const statuses = await db.assetCheckStatus.findMany({
    where: { assetKey: { in: keys } },
    select: { assetKey: true, checkName: true, lastExecutionId: true },
  });
  const ids = statuses.map((s) => s.lastExecutionId);
  const executions = ids.length > 0 ? await db.assetCheckExecution.findMany({ where: { id: { in: ids } } }) : [];
  const byCheck = new Map(executions.map((row) => [`${row.assetKey}\u0000${row.checkName}`, toRecord(row)]));
  return checks.map((check) => ({
    ...check,
    latestExecution: byCheck.get(`${check.assetKey.join("/")}\u0000${check.name}`) ?? null,
  }));
}

/** A check's executions, newest first; the cursor is the last id of the previous page. */
export async function listCheckExecutions(
  db: PrismaClient,
  assetKey: string,
  checkName: string,
  limit: number,
  cursor: bigint | null,
): Promise<CheckExecutionRecord[]> {
  const rows = await db.assetCheckExecution.findMany({
    where: { assetKey, checkName, ...(cursor !== null ? { id: { lt: cursor } } : {}) },
    orderBy: { id: "desc" },
    take: limit,
  });
  return rows.map(toRecord);
}

/** The latest status of every check, for graph and catalog badges: one row per check. */
export async function readAllCheckStatuses(
  db: PrismaClient,
): Promise<{ assetKey: string; checkName: string; status: AssetCheckExecutionStatus; severity: "WARN" | "ERROR" }[]> {
  const rows = await db.assetCheckStatus.findMany({
    select: { assetKey: true, checkName: true, status: true, severity: true },
  });
  return rows.map((row) => ({ ...row, severity: row.severity === "WARN" ? "WARN" : "ERROR" }));
}
