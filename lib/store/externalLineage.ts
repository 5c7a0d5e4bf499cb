// Received OpenLineage: the events as received (once each), the datasets, jobs and runs they describe, and the
// "openlineage" code location whose snapshot draws them. Writes run in the caller's transaction, under one lock, so
// concurrent requests rebuild the snapshot one after the other from what both wrote.

import type { ExternalDatasetRecord, ExternalJobRecord } from "../core/openlineage/externalSnapshot";
import type { DatasetFact, DatasetRef, JobFact, RunFact } from "../core/openlineage/lineageFacts";
import type { Database, Tx } from "./database";

/** An arbitrary constant naming the advisory lock of lineage writes. */
const LINEAGE_LOCK = 7_314_062_201;

export async function lockExternalLineage(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LINEAGE_LOCK}::bigint)`;
}

export interface ReceivedLineageEvent {
  eventHash: string;
  kind: string;
  eventType: string | null;
  eventTime: Date;
  runId: string | null;
  jobNamespace: string | null;
  jobName: string | null;
  payload: unknown;
}

/** Records a received event; false when the same event was recorded before (and nothing is written). */
export async function recordLineageEvent(tx: Tx, event: ReceivedLineageEvent): Promise<boolean> {
  const utc = event.eventTime.toISOString().slice(0, -1);
  const inserted = await tx.$executeRaw`
    INSERT INTO "LineageEvent" ("eventHash", "kind", "eventType", "eventTime", "runId", "jobNamespace", "jobName", "payload")
    VALUES (${event.eventHash}, ${event.kind}, ${event.eventType}, ${utc}::timestamp, ${event.runId}::uuid,
            ${event.jobNamespace}, ${event.jobName}, ${JSON.stringify(event.payload)}::jsonb)
    ON CONFLICT ("eventHash") DO NOTHING`;
  return inserted > 0;
}

function refKey(ref: DatasetRef): string {
  return `${ref.namespace}\u0000${ref.name}`;
}

/** The asset keys already given to these datasets, by "namespace\0name", and who holds each of the wanted keys. */
export async function readDatasetKeys(
  tx: Tx,
  refs: readonly DatasetRef[],
  wantedKeys: readonly string[],
): Promise<{ byRef: Map<string, string>; holderOfKey: Map<string, string> }> {
  const rows =
    refs.length === 0
      ? []
      : await tx.externalDataset.findMany({
          where: { OR: [...new Map(refs.map((r) => [refKey(r), r])).values()].map((r) => ({ ...r })) },
          select: { assetKey: true, namespace: true, name: true },
        });
  const holders =
    wantedKeys.length === 0
      ? []
      : await tx.externalDataset.findMany({
          where: { assetKey: { in: [...new Set(wantedKeys)] } },
          select: { assetKey: true, namespace: true, name: true },
        });
  return {
    byRef: new Map(rows.map((row) => [refKey(row), row.assetKey])),
    holderOfKey: new Map(holders.map((row) => [row.assetKey, refKey(row)])),
  };
}

export { refKey as datasetRefKey };

/** Creates the dataset or merges its facets over the known ones (a facet deleted by the event is dropped). */
export async function upsertExternalDataset(tx: Tx, assetKey: string, fact: DatasetFact): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ExternalDataset" ("assetKey", "namespace", "name", "facets", "updatedAt")
    VALUES (${assetKey}, ${fact.namespace}, ${fact.name}, ${JSON.stringify(fact.facets)}::jsonb, now())
    ON CONFLICT ("assetKey") DO UPDATE SET
      "facets" = ("ExternalDataset"."facets" - ${fact.deletedFacets}::text[]) || EXCLUDED."facets",
      "updatedAt" = now()`;
}

/** Creates the job or adds to it: inputs and outputs accumulate, facets merge, a named parent replaces none. */
export async function upsertExternalJob(
  tx: Tx,
  job: JobFact,
  keys: { inputKeys: string[]; outputKeys: string[] },
  run: RunFact | null,
): Promise<void> {
  const eventTime = run ? run.eventTime.toISOString().slice(0, -1) : null;
  await tx.$executeRaw`
    INSERT INTO "ExternalJob" ("namespace", "name", "inputKeys", "outputKeys", "facets", "parentNamespace", "parentName",
                               "latestRunId", "latestState", "latestEventTime", "updatedAt")
    VALUES (${job.namespace}, ${job.name}, ${keys.inputKeys}::text[], ${keys.outputKeys}::text[],
            ${JSON.stringify(job.facets)}::jsonb, ${job.parent?.namespace ?? null}, ${job.parent?.name ?? null},
            ${run?.runId ?? null}::uuid, ${run?.state ?? null}, ${eventTime}::timestamp, now())
    ON CONFLICT ("namespace", "name") DO UPDATE SET
      "inputKeys" = ARRAY(SELECT DISTINCT unnest("ExternalJob"."inputKeys" || EXCLUDED."inputKeys") ORDER BY 1),
      "outputKeys" = ARRAY(SELECT DISTINCT unnest("ExternalJob"."outputKeys" || EXCLUDED."outputKeys") ORDER BY 1),
      "facets" = "ExternalJob"."facets" || EXCLUDED."facets",
      "parentNamespace" = COALESCE(EXCLUDED."parentNamespace", "ExternalJob"."parentNamespace"),
      "parentName" = COALESCE(EXCLUDED."parentName", "ExternalJob"."parentName"),
      "latestRunId" = CASE WHEN EXCLUDED."latestEventTime" >= COALESCE("ExternalJob"."latestEventTime", '-infinity')
                           THEN EXCLUDED."latestRunId" ELSE "ExternalJob"."latestRunId" END,
      "latestState" = CASE WHEN EXCLUDED."latestEventTime" >= COALESCE("ExternalJob"."latestEventTime", '-infinity')
                           THEN EXCLUDED."latestState" ELSE "ExternalJob"."latestState" END,
      "latestEventTime" = GREATEST(EXCLUDED."latestEventTime", "ExternalJob"."latestEventTime"),
      "updatedAt" = now()`;
}

/** A parent job named by a child's parent facet, known before (or without) events of its own. */
export async function ensureExternalJob(tx: Tx, job: DatasetRef): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ExternalJob" ("namespace", "name", "inputKeys", "outputKeys", "updatedAt")
    VALUES (${job.namespace}, ${job.name}, '{}', '{}', now())
    ON CONFLICT ("namespace", "name") DO NOTHING`;
}

const ENDED_STATES = ["COMPLETE", "FAIL", "ABORT"];

/**
 * Records a run's state. Events may arrive out of order: the state is the latest event's, except that an ended run
 * stays ended; it started at its earliest START and ended at its earliest end.
 */
export async function upsertExternalRun(tx: Tx, run: RunFact, outputKeys: string[]): Promise<void> {
  const at = run.eventTime.toISOString().slice(0, -1);
  const started = run.state === "START" ? at : null;
  const ended = ENDED_STATES.includes(run.state) ? at : null;
  const nominal = run.nominalStartTime ? run.nominalStartTime.toISOString().slice(0, -1) : null;
  await tx.$executeRaw`
    INSERT INTO "ExternalRun" ("runId", "jobNamespace", "jobName", "parentRunId", "state", "nominalStartTime",
                               "startedAt", "endedAt", "lastEventTime", "errorMessage", "outputKeys", "updatedAt")
    VALUES (${run.runId}::uuid, ${run.job.namespace}, ${run.job.name}, ${run.parentRunId}::uuid, ${run.state},
            ${nominal}::timestamp, ${started}::timestamp, ${ended}::timestamp, ${at}::timestamp, ${run.errorMessage},
            ${outputKeys}::text[], now())
    ON CONFLICT ("runId") DO UPDATE SET
      "state" = CASE
        WHEN "ExternalRun"."endedAt" IS NOT NULL AND EXCLUDED."endedAt" IS NULL THEN "ExternalRun"."state"
        WHEN EXCLUDED."lastEventTime" >= "ExternalRun"."lastEventTime" OR EXCLUDED."endedAt" IS NOT NULL
          THEN EXCLUDED."state"
        ELSE "ExternalRun"."state" END,
      "parentRunId" = COALESCE(EXCLUDED."parentRunId", "ExternalRun"."parentRunId"),
      "nominalStartTime" = COALESCE(EXCLUDED."nominalStartTime", "ExternalRun"."nominalStartTime"),
      "startedAt" = LEAST(EXCLUDED."startedAt", "ExternalRun"."startedAt"),
      "endedAt" = LEAST(EXCLUDED."endedAt", "ExternalRun"."endedAt"),
      "lastEventTime" = GREATEST(EXCLUDED."lastEventTime", "ExternalRun"."lastEventTime"),
      "errorMessage" = COALESCE(EXCLUDED."errorMessage", "ExternalRun"."errorMessage"),
      "outputKeys" = ARRAY(SELECT DISTINCT unnest("ExternalRun"."outputKeys" || EXCLUDED."outputKeys") ORDER BY 1),
      "updatedAt" = now()`;
}

/** Everything the external snapshot is built from. */
export async function readExternalLineage(tx: Tx): Promise<{
  datasets: ExternalDatasetRecord[];
  jobs: ExternalJobRecord[];
  checksByKey: Map<string, { name: string; severity: "WARN" | "ERROR" }[]>;
}> {
  const [datasets, jobs] = await Promise.all([
    tx.externalDataset.findMany({ select: { assetKey: true, namespace: true, name: true, facets: true } }),
    tx.externalJob.findMany({ select: { namespace: true, name: true, inputKeys: true, outputKeys: true } }),
  ]);
  const keys = datasets.map((d) => d.assetKey);
  const checks =
    keys.length === 0
      ? []
      : await tx.assetCheckStatus.findMany({
          where: { assetKey: { in: keys } },
          select: { assetKey: true, checkName: true, severity: true },
        });
  const checksByKey = new Map<string, { name: string; severity: "WARN" | "ERROR" }[]>();
  for (const check of checks)
    checksByKey.set(check.assetKey, [
      ...(checksByKey.get(check.assetKey) ?? []),
      { name: check.checkName, severity: check.severity === "WARN" ? "WARN" : "ERROR" },
    ]);
  return {
    datasets: datasets.map((d) => ({ ...d, facets: d.facets as ExternalDatasetRecord["facets"] })),
    jobs,
    checksByKey,
  };
}

/** The lineage location's row, made on the first event received. */
export async function ensureLineageLocation(tx: Tx, name: string): Promise<void> {
  await tx.codeLocation.upsert({
    where: { name },
    create: { name, modulePath: "", kind: "OPENLINEAGE" },
    update: {},
    select: { id: true },
  });
}

export interface ExternalRunRecord {
  runId: string;
  jobNamespace: string;
  jobName: string;
  parentRunId: string | null;
  state: string;
  nominalStartTime: Date | null;
  startedAt: Date | null;
  endedAt: Date | null;
  lastEventTime: Date;
  errorMessage: string | null;
  outputKeys: string[];
}

export interface ExternalJobView {
  namespace: string;
  name: string;
  inputKeys: string[];
  outputKeys: string[];
  parentNamespace: string | null;
  parentName: string | null;
  latestRunId: string | null;
  latestState: string | null;
  latestEventTime: Date | null;
}

const JOB_FIELDS = {
  namespace: true,
  name: true,
  inputKeys: true,
  outputKeys: true,
  parentNamespace: true,
  parentName: true,
  latestRunId: true,
  latestState: true,
  latestEventTime: true,
} as const;

/** The external jobs that write or read an asset. */
export async function readExternalJobsOfAsset(
  db: Database,
  assetKey: string,
): Promise<{ producers: ExternalJobView[]; consumers: ExternalJobView[] }> {
  const [producers, consumers] = await Promise.all([
    db.externalJob.findMany({ where: { outputKeys: { has: assetKey } }, select: JOB_FIELDS, orderBy: { name: "asc" } }),
    db.externalJob.findMany({ where: { inputKeys: { has: assetKey } }, select: JOB_FIELDS, orderBy: { name: "asc" } }),
  ]);
  return { producers, consumers };
}

/** External jobs, parents first, at most `limit`. */
export async function listExternalJobs(db: Database, limit: number): Promise<ExternalJobView[]> {
  return db.externalJob.findMany({
    select: JOB_FIELDS,
    orderBy: [{ parentName: { sort: "asc", nulls: "first" } }, { namespace: "asc" }, { name: "asc" }],
    take: limit,
  });
}

/** The latest runs of a job, newest first. */
export async function readExternalRunsOfJob(
  db: Database,
  job: DatasetRef,
  limit: number,
): Promise<ExternalRunRecord[]> {
  return db.externalRun.findMany({
    where: { jobNamespace: job.namespace, jobName: job.name },
    orderBy: { lastEventTime: "desc" },
    take: limit,
  });
}

/** The runs a run is parent of (a dbt invocation's models), in the order they started. */
export async function readExternalChildRuns(db: Database, parentRunId: string, limit: number) {
  return db.externalRun.findMany({
    where: { parentRunId },
    orderBy: [{ startedAt: "asc" }, { lastEventTime: "asc" }],
    take: limit,
  });
}

export async function readExternalRun(db: Database, runId: string): Promise<ExternalRunRecord | null> {
  return db.externalRun.findUnique({ where: { runId } });
}

/** Every external run started and not ended (at most `limit`, the latest first): what the graph shows as running. */
export async function readAllExternalRunsInProgress(db: Database, limit: number): Promise<ExternalRunRecord[]> {
  return db.externalRun.findMany({
    where: { endedAt: null, state: { in: ["START", "RUNNING"] } },
    orderBy: { lastEventTime: "desc" },
    take: limit,
  });
}

/** Datasets known by key alone (reported events): added when neither the key nor the name is known yet. */
export async function ensureExternalDatasets(
  tx: Tx,
  datasets: readonly { assetKey: string; namespace: string; name: string }[],
): Promise<void> {
  for (const dataset of datasets)
    await tx.$executeRaw`
      INSERT INTO "ExternalDataset" ("assetKey", "namespace", "name", "updatedAt")
      VALUES (${dataset.assetKey}, ${dataset.namespace}, ${dataset.name}, now())
      ON CONFLICT DO NOTHING`;
}

/**
 * Deletes a location's snapshots but its newest `keep`: received lineage makes a snapshot per change and nothing
 * refers to an old one (no run or backfill targets an external asset); the few kept serve readers still holding them.
 */
export async function pruneLocationSnapshots(tx: Tx, name: string, keep: number): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM "DefinitionsSnapshot" s
    USING "CodeLocation" l
    WHERE s."codeLocationId" = l."id" AND l."name" = ${name}
      AND s."id" IS DISTINCT FROM l."currentSnapshotId"
      AND s."id" NOT IN (
        SELECT "id" FROM "DefinitionsSnapshot" WHERE "codeLocationId" = l."id" ORDER BY "createdAt" DESC LIMIT ${keep}
      )
      AND NOT EXISTS (SELECT 1 FROM "Run" r WHERE r."snapshotId" = s."id")`;
}
