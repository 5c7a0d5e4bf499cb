// The freshness loop: judges every asset with a freshness policy and logs each change of status.
import { recordFreshness } from "../orchestration/freshness/assetFreshness";
import type { PrismaClient } from "../store/prisma";

export async function tickFreshness(db: PrismaClient, options: { now: Date; log?: (line: string) => void }) {
  const changes = await recordFreshness(db, options.now);
  for (const change of changes) options.log?.(`Freshness: ${change.assetKey} is ${change.to}${change.from ? ` (was ${change.from})` : ""}: ${change.state.reason}.`);
  return changes;
}
