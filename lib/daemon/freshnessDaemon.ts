// The freshness loop: judges every asset with a freshness policy and logs each change of status.
import { recordFreshness } from "../orchestration/freshness/assetFreshness";
import type { Database } from "../store/database";

export async function tickFreshness(db: Database, options: { now: Date; log?: (line: string) => void }) {
  const changes = await recordFreshness(db, options.now);
  for (const change of changes)
    options.log?.(
      `Freshness: ${change.assetKey} is ${change.to}${change.from ? ` (was ${change.from})` : ""}: ${change.state.reason}.`,
    );
  return changes;
}
