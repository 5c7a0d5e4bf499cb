// The OpenLineage export loop: queues the events of new asset steps, then delivers those due to the transport.
import type { LineageExportSettings } from "../core/lineageExport/settings";
import { queueLineageEvents, sendLineageEvents } from "../orchestration/lineageExport/lineageExport";
import { createLineageTransport } from "../orchestration/lineageExport/transports";
import type { Database } from "../store/database";
import { pruneLineageOutbox } from "../store/lineageOutbox";

/** Sent and given-up events are kept this long, for the status they show. */
const KEEP_DELIVERED_MS = 7 * 24 * 3_600_000;

export interface LineageExportTick {
  queued: number;
  sent: number;
  /**
   * The latest delivery failure while delivery is failing (until an event goes through again), else null: the loop's
   * error on the Deployment page, which so stays while failed events wait for their retries.
   */
  problem: string | null;
}

export interface LineageExportLoop {
  tick(now: Date): Promise<LineageExportTick>;
}

export function lineageExportLoop(
  db: Database,
  settings: LineageExportSettings,
  options: {
    log?: (line: string) => void;
    environment?: Readonly<Record<string, string | undefined>>;
    random?: () => number;
  } = {},
): LineageExportLoop {
  const transport = createLineageTransport(settings.transport, { environment: options.environment });
  const log = options.log ?? (() => {});
  // An endpoint that is down fails every tick; the log says so when it starts failing and when it recovers.
  let failing: string | null = null;
  return {
    async tick(now) {
      const queued = await queueLineageEvents(db, { now, namespace: settings.namespace });
      const { sent, failure } = await sendLineageEvents(db, { now, transport, random: options.random });
      await pruneLineageOutbox(db, new Date(now.getTime() - KEEP_DELIVERED_MS), 1_000);
      if (failure) {
        if (!failing) log(`OpenLineage: sending ${failure.event} failed: ${failure.error} Retrying with backoff.`);
        failing = failure.error;
      } else if (sent > 0 && failing) {
        log(`OpenLineage: delivering to ${transport.describe()} again.`);
        failing = null;
      }
      if (failure?.final)
        log(`OpenLineage: gave up ${failure.event} after ${failure.attempts} attempts: ${failure.error}`);
      return { queued, sent, problem: failing };
    },
  };
}
