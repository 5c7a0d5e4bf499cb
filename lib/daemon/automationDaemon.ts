// The automation loop: evaluates every asset's automation condition and launches the runs they ask for.
import { tickAutomationConditions } from "../orchestration/automation/automationConditions";
import type { Database } from "../store/database";

export async function tickAutomation(db: Database, options: { now: Date; log?: (line: string) => void }) {
  const requests = await tickAutomationConditions(db, options.now);
  for (const request of requests) {
    const partition = request.partitionKey ? ` (partition ${request.partitionKey})` : "";
    options.log?.(
      request.runId
        ? `Automation: launched run ${request.runId} for ${request.assetKey}${partition}.`
        : `Automation: could not launch ${request.assetKey}${partition}: ${request.error}`,
    );
  }
  return requests;
}
