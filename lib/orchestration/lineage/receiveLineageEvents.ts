// Receives OpenLineage events (Marquez's `POST /api/v1/lineage`): validates every event of a request against the
// specification first, then records the whole request in one transaction — the events once each, the datasets, jobs
// and runs they describe, the asset events they imply, and the "openlineage" location's new snapshot — so a bad event
// stores nothing of its request and a resent event is recorded once.
import { createHash } from "node:crypto";
import { toAssetKeyString } from "../../core/assetKey";
import { LINEAGE_LOCATION_NAME } from "../../core/openlineage/externalSnapshot";
import {
  type AssetEventFact,
  type DatasetRef,
  type LineageFacts,
  lineageFacts,
} from "../../core/openlineage/lineageFacts";
import { datasetAssetKey, disambiguatedAssetKey } from "../../core/openlineage/naming";
import type { LineageEvent } from "../../core/openlineage/types";
import { type LineageEventProblem, lineageEventKind, lineageEventProblems } from "../../core/openlineage/validateEvent";
import { recordAuditEvent } from "../../store/auditLog";
import { type Database, inTransaction, type Tx } from "../../store/database";
import {
  datasetRefKey,
  ensureExternalJob,
  readDatasetKeys,
  recordLineageEvent,
  upsertExternalDataset,
  upsertExternalJob,
  upsertExternalRun,
} from "../../store/externalLineage";
import { type AssetEventInput, appendAssetEvents } from "../../store/runEvents";
import { loadWorkspace, type Workspace } from "../workspace/workspace";
import { beginLineageChange, saveLineageSnapshot } from "./lineageSnapshot";

/** Events in one request: a batch from a client buffering events, not a bulk import. */
export const MAX_LINEAGE_EVENTS_PER_REQUEST = 1000;

export type ReceiveLineageResult =
  | { ok: true; received: number; recorded: number; duplicates: number; assetEvents: number }
  | { ok: false; problems: LineageEventProblem[] };

/** JSON with object keys in order, so the same event hashes the same however its producer ordered the keys. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

/** The request's problems: its shape, then each event's against the specification (at most 20 named). */
export function lineageRequestProblems(body: unknown): LineageEventProblem[] {
  const events = Array.isArray(body) ? body : [body];
  if (events.length === 0) return [{ path: "/", rule: "minItems", message: "must hold at least one event" }];
  if (events.length > MAX_LINEAGE_EVENTS_PER_REQUEST)
    return [
      {
        path: "/",
        rule: "maxItems",
        message: `holds ${events.length} events, over the limit of ${MAX_LINEAGE_EVENTS_PER_REQUEST} a request`,
      },
    ];
  return events
    .flatMap((event, index) => lineageEventProblems(event, Array.isArray(body) ? `/${index}` : ""))
    .slice(0, 20);
}

interface RecordedEvent {
  facts: LineageFacts;
}

/** Gives every dataset of the request its asset key: the one it has, else by the naming rule, told apart if taken. */
async function datasetKeys(tx: Tx, facts: readonly LineageFacts[]): Promise<Map<string, string>> {
  const refs = new Map<string, DatasetRef>();
  const add = (ref: DatasetRef) => refs.set(datasetRefKey(ref), ref);
  for (const fact of facts) {
    fact.datasets.forEach(add);
    fact.job?.inputs.forEach(add);
    fact.job?.outputs.forEach(add);
    for (const event of fact.assetEvents) add(event.dataset);
  }
  const natural = new Map(
    [...refs].map(([key, ref]) => [key, toAssetKeyString(datasetAssetKey(ref.namespace, ref.name))]),
  );
  const known = await readDatasetKeys(tx, [...refs.values()], [...natural.values()]);
  const keys = new Map<string, string>();
  const takenBy = new Map(known.holderOfKey);
  for (const [refKey, ref] of refs) {
    const existing = known.byRef.get(refKey);
    if (existing) {
      keys.set(refKey, existing);
      continue;
    }
    let key = natural.get(refKey) as string;
    const holder = takenBy.get(key);
    if (holder !== undefined && holder !== refKey)
      key = toAssetKeyString(disambiguatedAssetKey(key.split("/"), ref.namespace, ref.name));
    takenBy.set(key, refKey);
    keys.set(refKey, key);
  }
  return keys;
}

function assetEventInput(
  fact: AssetEventFact,
  assetKey: string,
  timestamp: Date,
  workspace: Workspace,
): AssetEventInput {
  const definition = workspace.byKey.get(assetKey);
  const snapshotId = definition ? (workspace.snapshotIdByLocation.get(definition.codeLocationName) ?? null) : null;
  const base = { assetKey: assetKey.split("/"), snapshotId, timestamp };
  if (fact.type === "materialization")
    return {
      ...base,
      eventType: "ASSET_MATERIALIZATION",
      message:
        `Materialized by OpenLineage job ${(fact.metadata["openlineage/job"]?.value as string | undefined) ?? ""}`.trim(),
      metadata: fact.metadata,
      ...(fact.dataVersion ? { extra: { dataVersion: fact.dataVersion } } : {}),
    };
  if (fact.type === "failure")
    return {
      ...base,
      eventType: "ASSET_MATERIALIZATION_FAILURE",
      level: "ERROR",
      message: fact.message,
      error: { message: fact.message, stack: null },
    };
  return {
    ...base,
    eventType: "ASSET_CHECK_EVALUATION",
    level: fact.check.passed ? "INFO" : fact.check.severity === "WARN" ? "WARN" : "ERROR",
    message: `Check ${fact.check.name} ${fact.check.passed ? "passed" : "failed"}`,
    metadata: fact.check.metadata,
    extra: {
      checkName: fact.check.name,
      status: fact.check.passed ? "SUCCEEDED" : "FAILED",
      severity: fact.check.severity,
      ...(fact.check.description ? { description: fact.check.description } : {}),
    },
  };
}

async function recordFacts(tx: Tx, recorded: readonly RecordedEvent[], workspace: Workspace): Promise<number> {
  const facts = recorded.map((r) => r.facts);
  const keys = await datasetKeys(tx, facts);
  const keyOf = (ref: DatasetRef) => keys.get(datasetRefKey(ref)) as string;
  const assetEvents: AssetEventInput[] = [];
  for (const fact of facts) {
    for (const dataset of fact.datasets) await upsertExternalDataset(tx, keyOf(dataset), dataset);
    // A dataset named only by an assertion is still a dataset of the request.
    for (const event of fact.assetEvents)
      if (!fact.datasets.some((d) => datasetRefKey(d) === datasetRefKey(event.dataset)))
        await upsertExternalDataset(tx, keyOf(event.dataset), { ...event.dataset, facets: {}, deletedFacets: [] });
    if (fact.job) {
      if (fact.job.parent) await ensureExternalJob(tx, fact.job.parent);
      await upsertExternalJob(
        tx,
        fact.job,
        { inputKeys: fact.job.inputs.map(keyOf), outputKeys: fact.job.outputs.map(keyOf) },
        fact.run,
      );
    }
    if (fact.run) await upsertExternalRun(tx, fact.run, fact.run.outputs.map(keyOf));
    for (const event of fact.assetEvents)
      assetEvents.push(assetEventInput(event, keyOf(event.dataset), fact.eventTime, workspace));
  }
  // Asset events first: check names the snapshot lists come from the check statuses they write.
  if (assetEvents.length > 0) await appendAssetEvents(tx, assetEvents);
  await saveLineageSnapshot(tx);
  return assetEvents.length;
}

/**
 * Records a request's events (one event, or an array) for `actor`; a request with any invalid event records nothing
 * and returns the problems, each with the JSON path into the request and the rule it broke.
 */
export async function receiveLineageEvents(db: Database, body: unknown, actor: string): Promise<ReceiveLineageResult> {
  const problems = lineageRequestProblems(body);
  if (problems.length > 0) return { ok: false, problems };
  const events = (Array.isArray(body) ? body : [body]).map(
    (event: Record<string, unknown>) => ({ kind: lineageEventKind(event), ...event }) as LineageEvent,
  );
  const workspace = await loadWorkspace(db);
  return inTransaction(db, async (tx) => {
    await beginLineageChange(tx);
    const recorded: RecordedEvent[] = [];
    for (const event of events) {
      const { kind, ...payload } = event;
      const isRun = kind === "RunEvent";
      const job = kind === "DatasetEvent" ? null : event.job;
      const fresh = await recordLineageEvent(tx, {
        eventHash: createHash("sha256").update(canonicalJson(payload)).digest("hex"),
        kind,
        eventType: isRun ? (event.eventType ?? null) : null,
        eventTime: new Date(event.eventTime),
        runId: isRun ? event.run.runId : null,
        jobNamespace: job?.namespace ?? null,
        jobName: job?.name ?? null,
        payload,
      });
      if (fresh) recorded.push({ facts: lineageFacts(event) });
    }
    const assetEvents = recorded.length > 0 ? await recordFacts(tx, recorded, workspace) : 0;
    if (recorded.length > 0)
      await recordAuditEvent(tx, {
        actor,
        action: "openlineage.receive",
        target: LINEAGE_LOCATION_NAME,
        details: { received: events.length, recorded: recorded.length },
      });
    return {
      ok: true,
      received: events.length,
      recorded: recorded.length,
      duplicates: events.length - recorded.length,
      assetEvents,
    };
  });
}
