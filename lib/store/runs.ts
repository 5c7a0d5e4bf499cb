// Runs: creation (with its queue job, atomically), lifecycle transitions and heartbeats.

import { formatRunPartitions, type RunPartitionSelection } from "../core/partitions";
import { checkRunConcurrency, hasRunConcurrencyLimits, type RunConcurrencyLimits } from "../core/runConcurrency";
import type { RunConfig } from "../core/runConfig";
import { inTransaction, type Tx } from "./database";
import { RUN_EVENT_ROW_PARAMETER } from "./eventLog";
import type { PrismaClient, Run, RunStatus, Step } from "./generated/prisma/client";
import { appendRunEvents, type RunEndInBatch } from "./runEvents";
import { isRunId } from "./runId";
import { partitionColumns, type RunPartitionColumns, shownRunTags } from "./runPartitions";
import { query, type SqlTx, type Statement, sqlOf, utcWallTime } from "./sql";

export type RunWithSteps = Run & { steps: Step[] };

export interface NewRun {
  codeLocationName: string;
  snapshotId: string | null;
  /** Asset key strings in plan order; one step each. */
  assetKeys: string[];
  /** One partition, or an inclusive range of partitions (assets whose backfill policy is a single run); null for neither. */
  partitions?: RunPartitionSelection | null;
  /** The checked run config document. */
  runConfig?: RunConfig;
  /** The job the run is launched from. */
  jobName?: string | null;
  tags?: Record<string, string>;
  launchedBy: string;
  parentRunId?: string | null;
  rootRunId?: string | null;
  /** The backfill that submits the run and its request key there; unique together, so a request is submitted once. */
  backfillId?: string | null;
  backfillRequestKey?: string | null;
  /** The launching client's key (unique): a second insert with it fails, and the launch returns the first run. */
  idempotencyKey?: string | null;
}

/** Every run a backfill submits carries it, so tag filters find them. */
export const BACKFILL_TAG = "strata/backfill";
/** A run of checks alone: its steps check their assets' stored values without materializing them. */
export const CHECKS_ONLY_TAG = "strata/checks_only";

/** What shownRunTags reads of a run. */
const SHOWN_TAG_FIELDS = {
  tags: true,
  partitionKey: true,
  partitionRangeStart: true,
  partitionRangeEnd: true,
} as const;

/** The tags a new run stores: the launch's, and the backfill's tag for a run a backfill submits. */
export function newRunTags(input: Pick<NewRun, "tags" | "backfillId">): Record<string, string> {
  const tags = { ...input.tags };
  if (input.backfillId != null) tags[BACKFILL_TAG] = input.backfillId;
  return tags;
}

/** How a run can end. */
export type FinishedRunStatus = "SUCCESS" | "FAILURE" | "CANCELED";

export const FINISHED_STATUSES: readonly RunStatus[] = ["SUCCESS", "FAILURE", "CANCELED"];
export const IN_PROGRESS_STATUSES: readonly RunStatus[] = ["STARTING", "STARTED", "CANCELING"];

/** The queue task that executes a run; see lib/executor/worker. */
export const EXECUTE_RUN_TASK = "execute_run";

function partitionPhrase(partitions: RunPartitionSelection | null | undefined): string {
  if (!partitions) return "";
  return ` (${partitions.kind === "key" ? "partition" : "partitions"} ${formatRunPartitions(partitions)})`;
}

/** The text of a new run's RUN_ENQUEUED event. */
export function runEnqueuedMessage(input: Pick<NewRun, "launchedBy" | "assetKeys" | "partitions">): string {
  return `Run enqueued by ${input.launchedBy} for ${input.assetKeys.length} asset(s)${partitionPhrase(input.partitions)}.`;
}

/**
 * Creates the run, its steps, the RUN_ENQUEUED event and the queue job in one transaction,
 * so a run is never queued without a job or a job left without its run. Given a transaction
 * (the backfill daemon's), it joins it instead of opening its own.
 */
export async function createRun(db: PrismaClient | Tx, input: NewRun): Promise<RunWithSteps> {
  const create = async (tx: Tx): Promise<RunWithSteps> => {
    const run = await tx.run.create({
      data: {
        codeLocationName: input.codeLocationName,
        snapshotId: input.snapshotId,
        assetSelection: input.assetKeys,
        ...partitionColumns(input.partitions),
        runConfig: (input.runConfig ?? {}) as object,
        jobName: input.jobName ?? null,
        tags: newRunTags(input),
        launchedBy: input.launchedBy,
        parentRunId: input.parentRunId ?? null,
        rootRunId: input.rootRunId ?? null,
        backfillId: input.backfillId ?? null,
        backfillRequestKey: input.backfillRequestKey ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
        steps: { create: input.assetKeys.map((key) => ({ stepKey: key, assetKey: key })) },
      },
      include: { steps: true },
    });
    await appendRunEvents(tx, run.id, [
      {
        eventType: "RUN_ENQUEUED",
        message: runEnqueuedMessage(input),
      },
    ]);
    await tx.$executeRaw`SELECT graphile_worker.add_job(${EXECUTE_RUN_TASK}, json_build_object('runId', ${run.id}::text), job_key := ${run.id}::text, max_attempts := 1)`;
    return run;
  };
  return inTransaction(db, create);
}

/** What a run process needs of the run it executes; the claim returns it, so the process never reads the run. */
export interface ExecutableRun extends RunPartitionColumns {
  id: string;
  codeLocationName: string;
  snapshotId: string | null;
  jobName: string | null;
  /** Asset key strings in plan order. */
  assetSelection: string[];
  runConfig: unknown;
  tags: Record<string, string>;
}

const EXECUTABLE_RUN_FIELDS = {
  id: true,
  codeLocationName: true,
  snapshotId: true,
  jobName: true,
  assetSelection: true,
  partitionKey: true,
  partitionRangeStart: true,
  partitionRangeEnd: true,
  runConfig: true,
  tags: true,
} as const;

export type ClaimOutcome =
  | { kind: "claimed"; run: ExecutableRun }
  | { kind: "gone" }
  | { kind: "held"; reason: string };

/** The run process a claimed run goes to: already started, with the code it loaded. */
export interface ClaimingProcess {
  pid: number;
  /** The hash of the files the process loaded (see codeHash.ts), recorded on the run; null if they could not be read. */
  codeHash: string | null;
}

/**
 * QUEUED → STARTING for exactly one worker, if the concurrency limits allow one more run; otherwise the run stays
 * QUEUED with the reason. Given the (already running) process that will execute it, the run goes straight on to
 * STARTED with that process's code hash, in the same transaction. With limits, claims are serialized with an advisory
 * lock, so two workers never both take the last free slot; without, the conditional update alone makes the claim
 * exclusive.
 */
export async function claimRun(
  db: PrismaClient,
  runId: string,
  workerId: string,
  limits: RunConcurrencyLimits = {},
  process?: ClaimingProcess,
): Promise<ClaimOutcome> {
  const limited = hasRunConcurrencyLimits(limits);
  if (!limited) return claimUnlimited(db, runId, workerId, process);
  return db.$transaction(async (tx): Promise<ClaimOutcome> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('strata.claim_run'))`;
    const run = await tx.run.findUnique({ where: { id: runId }, select: { status: true, ...SHOWN_TAG_FIELDS } });
    if (!run || run.status !== "QUEUED") return { kind: "gone" };
    const inProgress = await tx.run.findMany({
      where: { status: { in: [...IN_PROGRESS_STATUSES] } },
      select: SHOWN_TAG_FIELDS,
    });
    const decision = checkRunConcurrency(limits, inProgress.map(shownRunTags), shownRunTags(run));
    if (!decision.ok) {
      await tx.run.update({ where: { id: runId }, data: { queuedReason: decision.reason } });
      return { kind: "held", reason: decision.reason };
    }
    const now = new Date();
    const started =
      process !== undefined
        ? { status: "STARTED" as const, startTime: now, codeHash: process.codeHash }
        : { status: "STARTING" as const };
    const claimed = await tx.run.updateManyAndReturn({
      where: { id: runId, status: "QUEUED" },
      data: { ...started, workerId, heartbeatAt: now, queuedReason: null },
      select: EXECUTABLE_RUN_FIELDS,
    });
    const [claimedRun] = claimed;
    if (!claimedRun) return { kind: "gone" };
    await appendRunEvents(tx, runId, [
      { eventType: "RUN_STARTING", message: `Worker ${workerId} is starting the run.`, timestamp: now },
      ...(process !== undefined
        ? [{ eventType: "RUN_START", message: `Run process ${process.pid} started.`, timestamp: now }]
        : []),
    ]);
    return { kind: "claimed", run: claimedRun as ExecutableRun };
  });
}

/** What a claim returns of the run: what its run process executes. */
const EXECUTABLE_RUN_COLUMNS = `"id"::text, "codeLocationName", "snapshotId", "jobName", "assetSelection",
        "partitionKey", "partitionRangeStart", "partitionRangeEnd", "runConfig", "tags"`;

/** The claimed run's lifecycle events, from the parameters holding their time, types and messages. */
const claimEvents = (time: string, types: string, messages: string) => `events AS (
      INSERT INTO "Event" ("runId", "eventType", "level", "message", "timestamp")
      SELECT claimed."id"::uuid, event."eventType", 'INFO', event."message", ${time}::timestamp(3)
      FROM claimed, unnest(${types}::text[], ${messages}::text[]) WITH ORDINALITY AS event("eventType", "message", "position")
      ORDER BY event."position"
    )`;

const CLAIM_RUN: Statement = {
  name: "strata_claim_run",
  text: `
    WITH claimed AS (
      UPDATE "Run" SET
        "status" = $2::"RunStatus",
        "startTime" = CASE WHEN $2 = 'STARTED' THEN $4::timestamp(3) ELSE "startTime" END,
        "codeHash" = CASE WHEN $2 = 'STARTED' THEN $5 ELSE "codeHash" END,
        "workerId" = $3, "heartbeatAt" = $4::timestamp(3), "queuedReason" = NULL, "updatedAt" = $4::timestamp(3)
      WHERE "id" = $1::uuid AND "status" = 'QUEUED'
      RETURNING ${EXECUTABLE_RUN_COLUMNS}
    ), ${claimEvents("$4", "$6", "$7")}
    SELECT * FROM claimed`,
};

/**
 * The claim without limits, as one statement: the conditional update and the run's claim events commit together or
 * not at all, in one round trip where a transaction takes four, and it returns what the run process needs. Run
 * lifecycle events derive nothing (no step, no asset), so they need none of appendRunEvents' derivations.
 */
async function claimUnlimited(
  db: PrismaClient,
  runId: string,
  workerId: string,
  process: ClaimingProcess | undefined,
): Promise<ClaimOutcome> {
  if (!isRunId(runId)) return { kind: "gone" };
  const started = process !== undefined;
  const eventTypes = ["RUN_STARTING", ...(started ? ["RUN_START"] : [])];
  const messages = [
    `Worker ${workerId} is starting the run.`,
    ...(started ? [`Run process ${process.pid} started.`] : []),
  ];
  const [run] = await query<ExecutableRun>(db, CLAIM_RUN, [
    runId,
    started ? "STARTED" : "STARTING",
    workerId,
    utcWallTime(new Date()),
    process?.codeHash ?? null,
    eventTypes,
    messages,
  ]);
  return run ? { kind: "claimed", run } : { kind: "gone" };
}

export async function markRunStarted(db: PrismaClient, runId: string, pid: number): Promise<void> {
  await db.run.updateMany({
    where: { id: runId, status: "STARTING" },
    data: { status: "STARTED", startTime: new Date(), heartbeatAt: new Date() },
  });
  await appendRunEvents(db, runId, [{ eventType: "RUN_START", message: `Run process ${pid} started.` }]);
}

/** The hash of the code a run's process loaded, for a run claimed while its process was still starting. */
export async function recordRunCodeHash(db: PrismaClient, runId: string, codeHash: string | null): Promise<void> {
  await db.run.update({ where: { id: runId }, data: { codeHash } });
}

export async function heartbeatRun(db: PrismaClient, runId: string): Promise<void> {
  await db.run.update({ where: { id: runId }, data: { heartbeatAt: new Date() } });
}

const finishEvent: Record<"SUCCESS" | "FAILURE" | "CANCELED", { eventType: string; level: "INFO" | "ERROR" }> = {
  SUCCESS: { eventType: "RUN_SUCCESS", level: "INFO" },
  FAILURE: { eventType: "RUN_FAILURE", level: "ERROR" },
  CANCELED: { eventType: "RUN_CANCELED", level: "INFO" },
};

/**
 * Ends a run that is not finished yet (a no-op otherwise, so a late duplicate cannot flip a result).
 * Steps still pending or running are closed too, so nothing is left "running" forever.
 */
export async function finishRun(
  db: PrismaClient,
  runId: string,
  status: "SUCCESS" | "FAILURE" | "CANCELED",
  message: string,
  options: {
    /** Steps whose code had started, though the store may still show them pending: they end as running steps do. */
    computedSteps?: ReadonlySet<string>;
  } = {},
): Promise<boolean> {
  if (await finishRunWithoutOpenSteps(db, runId, status, message)) return true;
  return db.$transaction(async (tx) => {
    const now = new Date();
    const utc = now.toISOString().slice(0, -1);
    // One round trip: the run ends (if it had not) and its steps not ended yet are read in the same statement.
    const ended = await tx.$queryRaw<
      { partitionKey: string | null; stepKey: string | null; assetKey: string | null; stepStatus: string | null }[]
    >`
      WITH ended AS (
        UPDATE "Run" SET "status" = ${status}::"RunStatus", "endTime" = ${utc}::timestamp(3), "queuedReason" = NULL,
          "updatedAt" = ${utc}::timestamp(3)
        WHERE "id" = ${runId}::uuid AND "status" NOT IN ('SUCCESS', 'FAILURE', 'CANCELED')
        RETURNING "id", "partitionKey"
      )
      SELECT ended."partitionKey", step."stepKey", step."assetKey", step."status"::text AS "stepStatus"
      FROM ended LEFT JOIN "Step" step ON step."runId" = ended."id" AND step."status" IN ('PENDING', 'RUNNING')
      ORDER BY step."stepKey"`;
    if (ended.length === 0) return false;
    // Closing events name the run's partition key like the executor's own step events; those of a range run name
    // none, and partition status reads the run's range.
    const partitionKey = ended[0]?.partitionKey ?? null;
    const open = ended.flatMap((row) =>
      row.stepKey !== null ? [{ stepKey: row.stepKey, assetKey: row.assetKey, status: row.stepStatus }] : [],
    );
    for (const step of open) {
      const running = step.status === "RUNNING" || options.computedSteps?.has(step.stepKey) === true;
      const stepStatus = running
        ? status === "CANCELED"
          ? "CANCELED"
          : "FAILURE"
        : status === "CANCELED"
          ? "CANCELED"
          : "SKIPPED";
      const eventType =
        stepStatus === "FAILURE" ? "STEP_FAILURE" : stepStatus === "CANCELED" ? "STEP_CANCELED" : "STEP_SKIPPED";
      await appendRunEvents(tx, runId, [
        {
          partitionKey,
          eventType,
          stepKey: step.stepKey,
          assetKey: step.assetKey ? step.assetKey.split("/") : null,
          level: stepStatus === "FAILURE" ? "ERROR" : "INFO",
          message: stepStatus === "FAILURE" ? `Step ended with the run: ${message}` : `Step not run: ${message}`,
          error: stepStatus === "FAILURE" ? { message, stack: null } : null,
          timestamp: now,
        },
      ]);
    }
    await appendRunEvents(tx, runId, [
      { eventType: finishEvent[status].eventType, level: finishEvent[status].level, message, timestamp: now },
    ]);
    return true;
  });
}

/**
 * The usual end, as one statement: a run none of whose steps is still pending or running ends with its closing event,
 * in one round trip where the transaction below takes five. False when the run had ended already or has open steps;
 * finishRun then takes the long way, which tells the two apart.
 */
const FINISH_RUN_WITHOUT_OPEN_STEPS: Statement = {
  name: "strata_finish_run_without_open_steps",
  text: `
    WITH ended AS (
      UPDATE "Run" SET "status" = $2::"RunStatus", "endTime" = $3::timestamp(3), "queuedReason" = NULL,
        "updatedAt" = $3::timestamp(3)
      WHERE "id" = $1::uuid AND "status" NOT IN ('SUCCESS', 'FAILURE', 'CANCELED')
        AND NOT EXISTS (
          SELECT 1 FROM "Step" WHERE "Step"."runId" = $1::uuid AND "Step"."status" IN ('PENDING', 'RUNNING')
        )
      RETURNING "id"
    )
    INSERT INTO "Event" ("runId", "eventType", "level", "message", "timestamp")
    SELECT ended."id", $4, $5, $6, $3::timestamp(3) FROM ended
    RETURNING "id"`,
};

async function finishRunWithoutOpenSteps(
  db: PrismaClient,
  runId: string,
  status: "SUCCESS" | "FAILURE" | "CANCELED",
  message: string,
): Promise<boolean> {
  return endRunWithoutOpenSteps(sqlOf(db), runId, status, message);
}

/**
 * The usual end of a run (see FINISH_RUN_WITHOUT_OPEN_STEPS) inside the caller's transaction, as a run process ends a
 * run with its last events (appendLastRunEvents). False when the run had ended already or has open steps: the caller
 * then ends it with finishRun, which tells the two apart.
 */
export async function endRunWithoutOpenSteps(
  tx: SqlTx,
  runId: string,
  status: FinishedRunStatus,
  message: string,
): Promise<boolean> {
  const { eventType, level } = finishEvent[status];
  const inserted = await tx.query(FINISH_RUN_WITHOUT_OPEN_STEPS, [
    runId,
    status,
    utcWallTime(new Date()),
    eventType,
    level,
    message,
  ]);
  return inserted.length > 0;
}

/** The usual end of a run (as FINISH_RUN_WITHOUT_OPEN_STEPS), to write with its last events. */
export function runEndInBatch(runId: string, status: FinishedRunStatus, message: string): RunEndInBatch {
  const { eventType, level } = finishEvent[status];
  const { runId: run, stepKeys, stepStatuses } = RUN_EVENT_ROW_PARAMETER;
  return {
    alongside: (first) => {
      const [statusAt, timeAt, typeAt, levelAt, messageAt] = [0, 1, 2, 3, 4].map((i) => `$${first + i}`);
      return {
        ctes: `ended AS (
      UPDATE "Run" SET "status" = ${statusAt}::"RunStatus", "endTime" = ${timeAt}::timestamp(3), "queuedReason" = NULL,
        "updatedAt" = ${timeAt}::timestamp(3)
      WHERE "id" = ${run}::uuid AND "status" NOT IN ('SUCCESS', 'FAILURE', 'CANCELED')
        AND NOT EXISTS (
          SELECT 1 FROM "Step" WHERE "Step"."runId" = ${run}::uuid AND "Step"."status" IN ('PENDING', 'RUNNING')
            AND NOT EXISTS (
              SELECT 1 FROM unnest(${stepKeys}::text[], ${stepStatuses}::text[]) AS closing("stepKey", "status")
              WHERE closing."stepKey" = "Step"."stepKey" AND closing."status" NOT IN ('PENDING', 'RUNNING')
            )
        )
      RETURNING "id"
    ), "endEvent" AS (
      INSERT INTO "Event" ("runId", "eventType", "level", "message", "timestamp")
      SELECT ended."id", ${typeAt}, ${levelAt}, ${messageAt}, ${timeAt}::timestamp(3)
      FROM ended WHERE (SELECT count(*) FROM inserted) >= 0
      RETURNING "id"
    )`,
        values: [status, utcWallTime(new Date()), eventType, level, message],
      };
    },
    apart: (tx) => endRunWithoutOpenSteps(tx, runId, status, message),
  };
}

export type CancelOutcome =
  | { ok: true; run: RunWithSteps }
  | { ok: false; reason: "NOT_FOUND" | "FINISHED"; message: string };

/** A queued run is canceled at once (its job removed); a running one goes to CANCELING for its worker to stop. */
export async function requestRunCancel(db: PrismaClient, runId: string): Promise<CancelOutcome> {
  const run = isRunId(runId) ? await db.run.findUnique({ where: { id: runId } }) : null;
  if (!run) return { ok: false, reason: "NOT_FOUND", message: `No run with id ${runId}.` };
  if (FINISHED_STATUSES.includes(run.status))
    return { ok: false, reason: "FINISHED", message: `Run ${runId} already ended with ${run.status}.` };
  if (run.status === "QUEUED") {
    await db.$executeRaw`SELECT graphile_worker.remove_job(${runId}::text)`;
    await finishRun(db, runId, "CANCELED", "Canceled before it started.");
  } else if (run.status !== "CANCELING") {
    await db.run.updateMany({
      where: { id: runId, status: { in: ["STARTING", "STARTED"] } },
      data: { status: "CANCELING" },
    });
    await appendRunEvents(db, runId, [
      { eventType: "RUN_CANCELING", message: "Cancel requested; stopping running steps." },
    ]);
  }
  return { ok: true, run: await db.run.findUniqueOrThrow({ where: { id: runId }, include: { steps: true } }) };
}

/** Runs whose worker stopped heartbeating: the run monitor fails them. */
export async function findRunsWithStaleHeartbeat(db: PrismaClient, olderThan: Date): Promise<Run[]> {
  return db.run.findMany({
    where: {
      status: { in: [...IN_PROGRESS_STATUSES] },
      OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: olderThan } }],
    },
  });
}

export interface RunTarget {
  codeLocationName: string;
  /** Where the code location's module is now; null when the location no longer exists. */
  modulePath: string | null;
  /** The snapshot the run was launched against, or the location's current one: the code version a run process loads. */
  codeVersion: string;
  /** The location's current code hash: a run process of other code is not reused for the run. */
  codeHash: string | null;
}

const LOCATION_FIELDS = {
  name: true,
  modulePath: true,
  currentSnapshotId: true,
  updatedAt: true,
  codeHash: true,
} as const;
type LocationFields = {
  name: string;
  modulePath: string;
  currentSnapshotId: string | null;
  updatedAt: Date;
  codeHash: string | null;
};

const currentCodeVersion = (location: LocationFields) => location.currentSnapshotId ?? location.updatedAt.toISOString();

const FIND_RUN_TARGET: Statement = {
  name: "strata_find_run_target",
  text: `
    SELECT run."codeLocationName", run."snapshotId", location."name", location."modulePath",
      location."currentSnapshotId", location."updatedAt", location."codeHash"
    FROM "Run" run LEFT JOIN "CodeLocation" location ON location."name" = run."codeLocationName"
    WHERE run."id" = $1::uuid`,
};

/** A run's location and snapshot, as FIND_RUN_TARGET reads them; the location's fields are null when it is gone. */
type RunTargetRow = { codeLocationName: string; snapshotId: string | null } & (
  | LocationFields
  | { [K in keyof LocationFields]: null }
);

function toRunTarget(row: RunTargetRow): RunTarget {
  const location = row.name !== null ? (row as LocationFields) : null;
  return {
    codeLocationName: row.codeLocationName,
    modulePath: location?.modulePath ?? null,
    codeVersion: row.snapshotId ?? (location ? currentCodeVersion(location) : ""),
    codeHash: location?.codeHash ?? null,
  };
}

/** What a worker needs to pick a run process for a run, in one statement, without reading any snapshot. */
export async function findRunTarget(db: PrismaClient, runId: string): Promise<RunTarget | null> {
  if (!isRunId(runId)) return null;
  const [row] = await query<RunTargetRow>(db, FIND_RUN_TARGET, [runId]);
  return row ? toRunTarget(row) : null;
}

const CLAIM_RUN_ON_TARGET: Statement = {
  name: "strata_claim_run_on_target",
  text: `
    WITH target AS (
      SELECT run."codeLocationName", run."snapshotId", location."name", location."modulePath",
        location."currentSnapshotId", location."updatedAt", location."codeHash",
        (run."snapshotId"::text = $7 AND location."modulePath" = $8 AND location."codeHash" IS NOT DISTINCT FROM $9)
          AS "matches"
      FROM "Run" run LEFT JOIN "CodeLocation" location ON location."name" = run."codeLocationName"
      WHERE run."id" = $1::uuid
    ), claimed AS (
      UPDATE "Run" SET
        "status" = 'STARTED', "startTime" = $3::timestamp(3), "codeHash" = $4,
        "workerId" = $2, "heartbeatAt" = $3::timestamp(3), "queuedReason" = NULL, "updatedAt" = $3::timestamp(3)
      WHERE "id" = $1::uuid AND "status" = 'QUEUED' AND (SELECT "matches" FROM target)
      RETURNING ${EXECUTABLE_RUN_COLUMNS}
    ), ${claimEvents("$3", "$5", "$6")}
    SELECT coalesce(target."matches", false) AS "matches", target."codeLocationName", target."snapshotId",
      target."name", target."modulePath", target."currentSnapshotId", target."updatedAt", target."codeHash",
      to_jsonb(claimed) AS "run"
    FROM target LEFT JOIN claimed ON true`,
};

export type TargetedClaimOutcome =
  | { kind: "claimed"; run: ExecutableRun }
  | { kind: "gone" }
  /** The run is of other code than the process offered: nothing was written. */
  | { kind: "otherTarget"; target: RunTarget };

/**
 * The claim of a worker that offers a warm process before it knows the run's code (the code its last run executed):
 * the run goes from QUEUED to STARTED on that process only if its target is the process's, in one statement that
 * also reads the target, so the usual run of a backfill costs one round trip where reading the target first took
 * two. Only without concurrency limits (see claimRun).
 */
export async function claimRunOnTarget(
  db: PrismaClient,
  runId: string,
  workerId: string,
  offered: { modulePath: string; codeVersion: string; codeHash: string | null },
  process: ClaimingProcess,
): Promise<TargetedClaimOutcome> {
  if (!isRunId(runId)) return { kind: "gone" };
  const [row] = await query<RunTargetRow & { matches: boolean; run: ExecutableRun | null }>(db, CLAIM_RUN_ON_TARGET, [
    runId,
    workerId,
    utcWallTime(new Date()),
    process.codeHash,
    ["RUN_STARTING", "RUN_START"],
    [`Worker ${workerId} is starting the run.`, `Run process ${process.pid} started.`],
    offered.codeVersion,
    offered.modulePath,
    offered.codeHash,
  ]);
  if (!row) return { kind: "gone" };
  if (!row.matches) return { kind: "otherTarget", target: toRunTarget(row) };
  return row.run ? { kind: "claimed", run: row.run } : { kind: "gone" };
}

/** The code every location's next run will execute: what a worker warms run processes for when it starts. */
export async function listCurrentRunTargets(db: PrismaClient): Promise<RunTarget[]> {
  const locations = await db.codeLocation.findMany({ select: LOCATION_FIELDS, orderBy: { name: "asc" } });
  return locations.map((location) => ({
    codeLocationName: location.name,
    modulePath: location.modulePath,
    codeVersion: currentCodeVersion(location),
    codeHash: location.codeHash,
  }));
}
