// OpenLineage export: turns the asset steps in the event log into OpenLineage events queued in the outbox (past a
// cursor, so each is queued once), and delivers due events to the configured transport with retries and backoff.
// Runs in the daemon, never in a run process: a slow or absent consumer costs a run nothing.
import { toAssetKeyString } from "../../core/assetKey";
import type { AssetNodeSnapshot } from "../../core/definitionsSnapshot";
import {
  type BuiltLineageEvent,
  LINEAGE_DETAIL_EVENT_TYPES,
  LINEAGE_TRIGGER_EVENT_TYPES,
  lineageEventsOfRun,
  type OpenLineageRunEvent,
  type RunLineageContext,
} from "../../core/lineageExport/runLineageEvents";
import { initDaemonCursor, readDaemonCursor } from "../../store/alertDeliveries";
import type { Database } from "../../store/database";
import { readDefinitionsSnapshots } from "../../store/definitionsSnapshots";
import { readLatestEventId } from "../../store/eventLog";
import {
  type LineageRunRecord,
  leaseLineageEvent,
  listDueLineageEvents,
  markLineageEventFailed,
  markLineageEventSent,
  type NewLineageOutboxEvent,
  queueLineageEventsPastCursor,
  readLineageRuns,
  readLineageTriggersAfter,
  readOldestPendingLineageEvents,
  readStepLineageEvents,
  readUnqueuedLineageTriggers,
} from "../../store/lineageOutbox";
import type { LineageTransport } from "./transports";

const CURSOR = "openlineage-export";
const START_CURSOR = "openlineage-export-start";
const BATCH = 500;
/** How far below the cursor (in event ids) trigger events committed late are still looked for. */
const LATE_EVENT_LOOKBACK = 2_000n;
const LATE_EVENT_LOOKBACK_MS = 10 * 60_000;
const SEND_BATCH = 100;
/** Attempts before an event is given up: with the backoff below, about an hour and a half of trying. */
export const MAX_LINEAGE_ATTEMPTS = 10;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 30 * 60_000;
/** An event being sent is leased for this long, so a second daemon does not send it too. */
const LEASE_MS = 120_000;

/**
 * Queues the OpenLineage events of step events past the cursor; returns how many it queued. The first call only
 * sets the cursor: the export covers what happens once it is configured, not the history already in the log.
 */
export async function queueLineageEvents(db: Database, options: { now: Date; namespace: string }): Promise<number> {
  const cursor = await readDaemonCursor(db, CURSOR);
  if (cursor === null) {
    const latest = (await readLatestEventId(db)).toString();
    // Where the export began: late events are never looked for before it.
    await initDaemonCursor(db, START_CURSOR, latest);
    await initDaemonCursor(db, CURSOR, latest);
    return 0;
  }
  const start = BigInt((await readDaemonCursor(db, START_CURSOR)) ?? "0");
  const cursorId = BigInt(cursor);
  const { triggers: fresh, newest } = await readLineageTriggersAfter(db, {
    afterId: cursorId,
    eventTypes: LINEAGE_TRIGGER_EVENT_TYPES,
    limit: BATCH,
  });
  // Event ids are taken when rows are inserted, not when they commit: a run's transaction may commit after a larger
  // id was read. Such late events below the cursor are picked up while they are within the lookback (recent, so
  // never one whose queued event was pruned since).
  const late = await readUnqueuedLineageTriggers(db, {
    afterId: cursorId - LATE_EVENT_LOOKBACK > start ? cursorId - LATE_EVENT_LOOKBACK : start,
    upToId: cursorId,
    since: new Date(options.now.getTime() - LATE_EVENT_LOOKBACK_MS),
    eventTypes: LINEAGE_TRIGGER_EVENT_TYPES,
  });
  const triggers = [...late, ...fresh];
  if (triggers.length === 0 && newest === null) return 0;
  const inBatch = new Set(triggers.map((t) => t.id));
  const stepsByRun = new Map<string, Set<string>>();
  for (const trigger of triggers) {
    const steps = stepsByRun.get(trigger.runId) ?? new Set<string>();
    steps.add(trigger.stepKey);
    stepsByRun.set(trigger.runId, steps);
  }
  const runs = await readLineageRuns(db, [...stepsByRun.keys()]);
  const assets = await assetsBySnapshot(db, runs);
  const queued: NewLineageOutboxEvent[] = [];
  for (const [runId, steps] of stepsByRun) {
    const record = runs.get(runId);
    if (!record) continue;
    const built = await buildRunEvents(db, record, [...steps], {
      namespace: options.namespace,
      assets: assets.get(record.snapshotId ?? "") ?? new Map(),
      only: (id) => inBatch.has(id),
    });
    queued.push(...built.map((b) => toOutboxRow(runId, b, options.now)));
  }
  // Moving the cursor and queueing happen together: a killed daemon neither loses nor repeats an event.
  const added = await queueLineageEventsPastCursor(
    db,
    { name: CURSOR, from: cursor, to: (newest ?? cursorId).toString() },
    queued,
  );
  return added ?? 0;
}

async function buildRunEvents(
  db: Database,
  record: LineageRunRecord,
  stepKeys: readonly string[] | null,
  context: RunLineageContext & { only?: (eventId: bigint) => boolean },
): Promise<BuiltLineageEvent[]> {
  const events = await readStepLineageEvents(db, record.run.id, stepKeys, [
    ...LINEAGE_TRIGGER_EVENT_TYPES,
    ...LINEAGE_DETAIL_EVENT_TYPES,
  ]);
  return lineageEventsOfRun(record.run, events, context, context.only);
}

function toOutboxRow(runId: string, built: BuiltLineageEvent, now: Date): NewLineageOutboxEvent {
  return {
    sourceEventId: built.sourceEventId,
    runId,
    stepKey: built.stepKey,
    eventType: built.event.eventType,
    payload: built.event,
    nextAttemptAt: now,
  };
}

async function assetsBySnapshot(
  db: Database,
  runs: ReadonlyMap<string, LineageRunRecord>,
): Promise<Map<string, Map<string, AssetNodeSnapshot>>> {
  const ids = [...runs.values()].flatMap((r) => (r.snapshotId ? [r.snapshotId] : []));
  const snapshots = await readDefinitionsSnapshots(db, ids);
  return new Map(
    [...snapshots].map(([id, snapshot]) => [id, new Map(snapshot.assets.map((a) => [toAssetKeyString(a.key), a]))]),
  );
}

/**
 * A run's OpenLineage events, built from its stored events as the daemon builds them: what a consumer of this
 * instance's export receives for the run.
 */
export async function lineageEventsOfStoredRun(
  db: Database,
  runId: string,
  namespace: string,
): Promise<OpenLineageRunEvent[]> {
  const runs = await readLineageRuns(db, [runId]);
  const record = runs.get(runId);
  if (!record) return [];
  const assets = (await assetsBySnapshot(db, runs)).get(record.snapshotId ?? "") ?? new Map();
  return (await buildRunEvents(db, record, null, { namespace, assets })).map((built) => built.event);
}

export interface SendOptions {
  now: Date;
  transport: LineageTransport;
  /** In [0, 1): the jitter of each retry's delay; Math.random otherwise. */
  random?: () => number;
}

export interface SendOutcome {
  sent: number;
  /** The attempt that failed and ended the tick, or null. */
  failure: DeliveryFailure | null;
}

export interface DeliveryFailure {
  /** Which event, e.g. "START of step analytics/fact_events in run 0b9f…". */
  event: string;
  attempts: number;
  error: string;
  /** Whether the event was given up with it. */
  final: boolean;
}

/**
 * Sends due events oldest first, a step's events in their order: an event waits while an earlier one of its step is
 * still pending. The first failure ends the tick, so an endpoint that is down is tried once per tick, not once per
 * queued event.
 */
export async function sendLineageEvents(db: Database, options: SendOptions): Promise<SendOutcome> {
  const random = options.random ?? Math.random;
  let sent = 0;
  const due = await listDueLineageEvents(db, options.now, SEND_BATCH);
  const oldestPending = await readOldestPendingLineageEvents(
    db,
    due.map((e) => e.runId),
  );
  const dueIds = new Set(due.map((e) => e.id));
  for (const event of due) {
    const first = oldestPending.get(`${event.runId}\u0000${event.stepKey}`);
    // An earlier event of the step waiting for its retry holds this one back; one sent in this tick does not.
    if (first !== undefined && first < event.id && !dueIds.has(first)) continue;
    if (!(await leaseLineageEvent(db, event, new Date(options.now.getTime() + LEASE_MS)))) continue;
    const attempts = event.attempts + 1;
    try {
      await options.transport.send(event.payload as object);
      await markLineageEventSent(db, event.id, attempts, options.now);
      sent++;
    } catch (cause) {
      const error = cause instanceof Error ? cause.message : String(cause);
      const final = attempts >= MAX_LINEAGE_ATTEMPTS;
      await markLineageEventFailed(db, event.id, {
        attempts,
        error,
        final,
        nextAttemptAt: final ? options.now : new Date(options.now.getTime() + retryDelayMs(attempts, random)),
      });
      const which = `${event.eventType} of step ${event.stepKey} in run ${event.runId}`;
      return { sent, failure: { event: which, attempts, error, final } };
    }
  }
  return { sent, failure: null };
}

/** Exponential backoff with jitter: 5 s doubling to at most 30 min, each delay between half and all of its step. */
export function retryDelayMs(attempts: number, random: () => number): number {
  const step = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempts - 1));
  return Math.round(step / 2 + (step / 2) * random());
}
