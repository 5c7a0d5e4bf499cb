// The alerts loop: queues a notice per alert for each failed run and each asset gone stale, then posts them.
import { type AlertOptions, queueAlertDeliveries, sendAlertDeliveries } from "../orchestration/alerts/alerts";
import type { Database } from "../store/database";

export async function tickAlerts(
  db: Database,
  options: AlertOptions & { log?: (line: string) => void },
): Promise<{ queued: number; sent: number }> {
  const queued = await queueAlertDeliveries(db, options);
  const { sent, failures } = await sendAlertDeliveries(db, options);
  if (sent > 0) options.log?.(`Alerts: sent ${sent} notice(s).`);
  for (const failure of failures) options.log?.(`Alerts: ${failure}`);
  return { queued, sent };
}
