// A chunk of a backfill's runs created in one statement: the rows createRun writes for each (run, steps, RUN_ENQUEUED
// event, queue job) and the backfill's submitted count, however many runs the chunk has. A transaction of createRun's
// statements per run cost a quarter of a no-op backfill run's CPU, the daemon's and Postgres's.
import type { BackfillRunRequest } from "../core/backfill";
import { runConfigForAssets } from "../core/runConfig";
import type { BackfillRecord } from "./backfillRecord";
import type { Tx } from "./database";
import { partitionColumns } from "./runPartitions";
import { EXECUTE_RUN_TASK, newRunTags, runEnqueuedMessage } from "./runs";

/** What inserting a chunk did: nothing when the backfill no longer wants runs, else the requests it created runs of. */
export type ChunkInsert = { requested: false } | { requested: true; requestKeys: string[] };

/**
 * Creates the runs of these requests that the backfill has none of yet, in request order, if the backfill is still
 * REQUESTED. The caller holds the backfill's lock (lockBackfill) in the same transaction, taken in an earlier
 * statement: a statement reads the rows committed when it starts, so this one sees a cancel that committed while the
 * caller waited for the lock. A request that has a run already (another daemon's) is passed over by the unique
 * (backfillId, backfillRequestKey), so it is still submitted once. The BackfillRunCount trigger is statement-level
 * and counts every run the statement inserted.
 *
 * The runs take consecutive milliseconds ending now, never before the backfill or its latest run, so lists ordered
 * by creation time show them in request order, as they showed runs created one by one; each job runs at its run's
 * creation time (now at the latest), so workers take them in that order too.
 */
export async function insertBackfillRuns(
  tx: Tx,
  backfill: BackfillRecord,
  requests: readonly BackfillRunRequest[],
  now: Date = new Date(),
): Promise<ChunkInsert> {
  if (requests.length === 0) return { requested: true, requestKeys: [] };
  const column = <T>(pick: (request: BackfillRunRequest) => T) => requests.map(pick);
  // The partition columns createRun writes.
  const partitions = requests.map((request) => partitionColumns(request.partitions));
  // Prisma keeps DateTime as UTC wall time in a column without a zone.
  const wallTime = (ms: number) => new Date(ms).toISOString().slice(0, -1);
  const earliest = Math.max(now.getTime() - (requests.length - 1), backfill.createdAt.getTime());
  const tags = JSON.stringify(newRunTags({ tags: backfill.tags, backfillId: backfill.id }));
  const [result] = await tx.$queryRaw<{ requested: boolean; requestKeys: string[]; jobs: number }[]>`
    WITH request AS (
      SELECT * FROM unnest(
        ${column((r) => r.requestKey)}::text[], ${column((r) => r.codeLocationName)}::text[],
        ${column((r) => backfill.snapshotIds[r.codeLocationName] ?? null)}::uuid[],
        ${column((r) => JSON.stringify(r.assetKeys))}::jsonb[],
        ${partitions.map((p) => p.partitionKey)}::text[], ${partitions.map((p) => p.partitionRangeStart)}::text[],
        ${partitions.map((p) => p.partitionRangeEnd)}::text[],
        ${column((r) => JSON.stringify(runConfigForAssets(backfill.runConfig, r.assetKeys)))}::jsonb[],
        ${column((r) => runEnqueuedMessage({ launchedBy: backfill.launchedBy, ...r }))}::text[]
      ) WITH ORDINALITY AS request("key", "location", "snapshotId", "assetKeys", "partitionKey", "rangeStart",
        "rangeEnd", "runConfig", "message", "position")
    ),
    requested AS (
      SELECT 1 FROM "Backfill" WHERE "id" = ${backfill.id} AND "status" = 'REQUESTED'
    ),
    first AS (
      SELECT GREATEST(
        ${wallTime(earliest)}::timestamp(3),
        (SELECT max("createdAt") + interval '1 millisecond' FROM "Run" WHERE "backfillId" = ${backfill.id})
      ) AS "createdAt"
    ),
    run AS (
      INSERT INTO "Run" ("id", "codeLocationName", "snapshotId", "assetSelection", "partitionKey", "partitionRangeStart",
        "partitionRangeEnd", "runConfig", "tags", "launchedBy", "backfillId", "backfillRequestKey", "createdAt",
        "updatedAt")
      SELECT gen_random_uuid(), request."location", request."snapshotId",
        ARRAY(SELECT key FROM jsonb_array_elements_text(request."assetKeys") WITH ORDINALITY AS asset(key, n) ORDER BY n),
        request."partitionKey", request."rangeStart", request."rangeEnd", request."runConfig", ${tags}::jsonb,
        ${backfill.launchedBy}, ${backfill.id}, request."key",
        first."createdAt" + (request."position" - 1) * interval '1 millisecond',
        first."createdAt" + (request."position" - 1) * interval '1 millisecond'
      FROM request, first
      WHERE EXISTS (SELECT 1 FROM requested)
      ORDER BY request."position"
      ON CONFLICT ("backfillId", "backfillRequestKey") DO NOTHING
      RETURNING "id", "backfillRequestKey", "assetSelection", "createdAt"
    ),
    created AS (
      SELECT run."id", run."assetSelection", run."createdAt", request."message", request."key", request."position"
      FROM run JOIN request ON request."key" = run."backfillRequestKey"
    ),
    step AS (
      INSERT INTO "Step" ("id", "runId", "stepKey", "assetKey")
      SELECT gen_random_uuid(), created."id", asset.key, asset.key
      FROM created, unnest(created."assetSelection") WITH ORDINALITY AS asset(key, n)
      ORDER BY created."position", asset.n
    ),
    event AS (
      INSERT INTO "Event" ("runId", "eventType", "level", "message", "timestamp")
      SELECT created."id", 'RUN_ENQUEUED', 'INFO', created."message", created."createdAt"
      FROM created ORDER BY created."position"
    ),
    counted AS (
      UPDATE "Backfill" SET "numSubmitted" = "numSubmitted" + (SELECT count(*) FROM created)::int,
        "updatedAt" = ${wallTime(now.getTime())}::timestamp(3)
      WHERE "id" = ${backfill.id} AND EXISTS (SELECT 1 FROM created)
    ),
    job AS (
      SELECT ARRAY(
        SELECT ROW(${EXECUTE_RUN_TASK}::text, json_build_object('runId', created."id"::text), NULL::text,
          LEAST(created."createdAt" AT TIME ZONE 'UTC', now()), 1::smallint, created."id"::text, NULL::smallint,
          NULL::text[])::graphile_worker.job_spec
        FROM created ORDER BY created."position"
      ) AS specs
    )
    SELECT EXISTS (SELECT 1 FROM requested) AS "requested",
      ARRAY(SELECT created."key" FROM created ORDER BY created."position") AS "requestKeys",
      CASE WHEN cardinality(job.specs) = 0 THEN 0
        ELSE (SELECT count(*) FROM graphile_worker.add_jobs(job.specs))::int END AS "jobs"
    FROM job`;
  if (!result?.requested) return { requested: false };
  // add_jobs inserts a job per new key; anything else would leave a run without its job, so nothing is kept.
  if (result.jobs !== result.requestKeys.length)
    throw new Error(
      `Queued ${result.jobs} job(s) for ${result.requestKeys.length} new run(s) of backfill ${backfill.id}.`,
    );
  return { requested: true, requestKeys: result.requestKeys };
}
