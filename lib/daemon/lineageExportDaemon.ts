// The OpenLineage export loop: queues the events of new asset steps, then delivers those due to the transport.
import type { LineageExportSettings } from "../core/lineageExport/settings";
import { queueLineageEvents, sendLineageEvents } from "../orchestration/lineageExport/lineageExport";
import { createLineageTransport, type LineageTransport } from "../orchestration/lineageExport/transports";
import type { Database } from "../store/database";
import { pruneLineageOutbox } from "../store/lineageOutbox";

/** Sent and given-up events are kept this long, for the status they show. */
const KEEP_DELIVERED_MS = 7 * 24 * 3_600_000;

export interface LineageExportLoop {
  tick(now: Date): Promise<{ queued: number; sent: number }>;
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
  const transport: LineageTransport = createLineageTransport(settings.transport, { environment: options.environment });
  return {
    async tick(now) {
      const queued = await queueLineageEvents(db, { now, namespace: settings.namespace });
      const { sent, failures } = await sendLineageEvents(db, { now, transport, random: options.random });
      if (sent > 0) options.log?.(`OpenLineage: sent ${sent} event(s) to ${transport.describe()}.`);
      await pruneLineageOutbox(db, new Date(now.getTime() - KEEP_DELIVERED_MS), 1_000);
      // A failed delivery is the loop's error: the daemon logs it and the instance page shows it until a tick succeeds.
      if (failures.length > 0) throw new Error(`delivery to ${transport.describe()} failed: ${failures.join("; ")}`);
      return { queued, sent };
    },
  };
}
