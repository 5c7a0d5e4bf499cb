// Mounts the asset events endpoint at /api/v1/asset-events (POST): materializations, observations, check results
// and failures reported from outside Strata.
import { consoleSettingsFromEnv } from "../../../../lib/core/consoleSettings";
import { getPrisma } from "../../../../lib/store/prisma";
import { handleAssetEvents } from "./handleAssetEvents";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handleAssetEvents(request, { db: getPrisma(), settings: consoleSettingsFromEnv() });
}
