// Alerts: turns failed runs and assets gone stale in the event log into one delivery per alert (past a cursor, so
// nothing is told twice), and posts pending deliveries to their webhooks, retrying with backoff.
import { buildAssetGraph } from "../../core/assetGraph";
import { toAssetKeyString } from "../../core/assetKey";
import type { AlertSnapshot } from "../../core/definitionsSnapshot";
import { selectAssets } from "../../core/selection";
import {
  initDaemonCursor,
  leaseAlertDelivery,
  listDueAlertDeliveries,
  markAlertDeliveryFailed,
  markAlertDeliverySent,
  type NewAlertDelivery,
  queueDeliveriesPastCursor,
  readDaemonCursor,
} from "../../store/alertDeliveries";
import { type CodeLocationRecord, listCodeLocations } from "../../store/codeLocations";
import type { Database } from "../../store/database";
import { type LoggedEvent, readEventsAfter, readLatestEventId } from "../../store/eventLog";
import { type RunSummary, readRunSummaries } from "../../store/runQueries";

const CURSOR = "alerts";
const BATCH = 500;
const MAX_ATTEMPTS = 3;
/** A delivery being posted is leased for this long, so a second daemon does not post it too. */
const LEASE_MS = 60_000;

export interface AlertOptions {
  now: Date;
  /** Where run links in messages point, e.g. "http://localhost:3000". */
  consoleUrl: string;
  /** Injectable for tests; the global fetch otherwise. */
  post?: (url: string, body: string) => Promise<{ ok: boolean; status: number }>;
  environment?: Readonly<Record<string, string | undefined>>;
}

/** Queues deliveries for new events; returns how many it queued. The first call only sets the cursor. */
export async function queueAlertDeliveries(db: Database, options: AlertOptions): Promise<number> {
  const locations = (await listCodeLocations(db)).filter((l) => (l.snapshot?.alerts ?? []).length > 0);
  const cursor = await readDaemonCursor(db, CURSOR);
  if (cursor === null) {
    // Alerts are about what happens from now on, not the history already in the log.
    await initDaemonCursor(db, CURSOR, (await readLatestEventId(db)).toString());
    return 0;
  }
  const events = await readEventsAfter(db, {
    afterId: BigInt(cursor),
    eventTypes: ["RUN_FAILURE", "FRESHNESS_CHANGED"],
    limit: BATCH,
  });
  const newest = events.at(-1)?.id;
  if (newest === undefined) return 0;
  const runs = await readRunSummaries(
    db,
    events.flatMap((e) => (e.runId ? [e.runId] : [])),
  );
  const deliveries: NewAlertDelivery[] = [];
  for (const location of locations) {
    const matches = alertMatchers(location);
    for (const event of events) {
      for (const { alert, covers } of matches) {
        const payload = payloadFor(event, alert, location.name, covers, runs, options.consoleUrl);
        if (payload)
          deliveries.push({
            codeLocationName: location.name,
            alertName: alert.name,
            eventId: event.id,
            payload,
            nextAttemptAt: options.now,
          });
      }
    }
  }
  // Moving the cursor and queueing happen together: a killed daemon neither loses nor repeats a notice.
  const advanced = await queueDeliveriesPastCursor(
    db,
    { name: CURSOR, from: cursor, to: newest.toString() },
    deliveries,
  );
  return advanced ? deliveries.length : 0;
}

/** Posts due deliveries; returns how many were sent, and why each failed attempt failed. */
export async function sendAlertDeliveries(
  db: Database,
  options: AlertOptions,
): Promise<{ sent: number; failures: string[] }> {
  const post = options.post ?? defaultPost;
  const environment = options.environment ?? process.env;
  const webhooks = new Map<string, AlertSnapshot["webhook"]>();
  for (const location of await listCodeLocations(db))
    for (const alert of location.snapshot?.alerts ?? [])
      webhooks.set(`${location.name}\u0000${alert.name}`, alert.webhook);
  const due = await listDueAlertDeliveries(db, options.now, 50);
  let sent = 0;
  const failures: string[] = [];
  for (const delivery of due) {
    if (!(await leaseAlertDelivery(db, delivery, new Date(options.now.getTime() + LEASE_MS)))) continue;
    const webhook = webhooks.get(`${delivery.codeLocationName}\u0000${delivery.alertName}`);
    const url = !webhook ? null : "url" in webhook ? webhook.url : (environment[webhook.env] ?? null);
    let error: string | null = null;
    if (!webhook) error = `Alert "${delivery.alertName}" is no longer defined in ${delivery.codeLocationName}.`;
    else if (!url)
      error = `The environment variable ${"env" in webhook ? webhook.env : ""} holding the webhook URL is not set for the daemon.`;
    else {
      try {
        const response = await post(url, JSON.stringify(delivery.payload));
        if (!response.ok) error = `The webhook answered HTTP ${response.status}.`;
      } catch (cause) {
        error = `Posting to the webhook failed: ${cause instanceof Error ? cause.message : String(cause)}`;
      }
    }
    const attempts = delivery.attempts + 1;
    if (error === null) {
      await markAlertDeliverySent(db, delivery.id, attempts, options.now);
      sent++;
    } else {
      const final = attempts >= MAX_ATTEMPTS || !webhook;
      failures.push(`Alert "${delivery.alertName}" (attempt ${attempts}${final ? ", giving up" : ""}): ${error}`);
      await markAlertDeliveryFailed(db, delivery.id, {
        attempts,
        error,
        final,
        nextAttemptAt: new Date(options.now.getTime() + 30_000 * 2 ** (attempts - 1)),
      });
    }
  }
  return { sent, failures };
}

interface AlertMatcher {
  alert: AlertSnapshot;
  /** Whether the alert's selection covers an asset key string. */
  covers: (assetKey: string) => boolean;
}

function alertMatchers(location: CodeLocationRecord): AlertMatcher[] {
  const nodes = location.snapshot?.assets ?? [];
  const graph = buildAssetGraph(nodes);
  return (location.snapshot?.alerts ?? []).map((alert) => {
    if (alert.selection === null) {
      const keys = new Set(nodes.map((n) => toAssetKeyString(n.key)));
      return { alert, covers: (key: string) => keys.has(key) };
    }
    const selected = selectAssets(graph, alert.selection);
    const keys = new Set(selected.ok ? selected.keys : []);
    return { alert, covers: (key: string) => keys.has(key) };
  });
}

/** The Slack-compatible JSON for one event and alert, or null when the alert is not about it. */
function payloadFor(
  event: LoggedEvent,
  alert: AlertSnapshot,
  locationName: string,
  covers: (assetKey: string) => boolean,
  runs: ReadonlyMap<string, RunSummary>,
  consoleUrl: string,
): Record<string, unknown> | null {
  const base = consoleUrl.replace(/\/$/, "");
  if (event.eventType === "RUN_FAILURE" && alert.on.includes("RUN_FAILURE")) {
    const run = event.runId ? runs.get(event.runId) : undefined;
    if (!run || run.codeLocationName !== locationName || !run.assetSelection.some(covers)) return null;
    const url = `${base}/runs/${run.id}`;
    const partition = run.partitionKey ? ` (partition ${run.partitionKey})` : "";
    return {
      text: `:red_circle: Run ${run.id.slice(0, 8)} failed in ${locationName}${partition}: ${event.message} Assets: ${run.assetSelection.join(", ")}. <${url}|Open the run>`,
      strata: {
        event: "RUN_FAILURE",
        runId: run.id,
        codeLocation: locationName,
        assetKeys: run.assetSelection,
        partitionKey: run.partitionKey,
        message: event.message,
        url,
        timestamp: event.timestamp.toISOString(),
      },
    };
  }
  if (event.eventType === "FRESHNESS_CHANGED" && alert.on.includes("FRESHNESS_OVERDUE")) {
    const data = (event.data ?? {}) as { to?: string };
    if (data.to !== "STALE" || !event.assetKey || !covers(event.assetKey)) return null;
    const url = `${base}/assets/${event.assetKey}`;
    return {
      text: `:warning: ${event.assetKey} is overdue in ${locationName}: ${event.message} <${url}|Open the asset>`,
      strata: {
        event: "FRESHNESS_OVERDUE",
        assetKey: event.assetKey,
        codeLocation: locationName,
        message: event.message,
        url,
        timestamp: event.timestamp.toISOString(),
      },
    };
  }
  return null;
}

async function defaultPost(url: string, body: string): Promise<{ ok: boolean; status: number }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  return { ok: response.ok, status: response.status };
}
