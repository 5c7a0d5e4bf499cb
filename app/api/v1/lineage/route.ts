// OpenLineage's HTTP transport target, as Marquez serves it: POST one event or an array of events.
import { consoleSettingsFromEnv } from "../../../../lib/core/consoleSettings";
import { getPrisma } from "../../../../lib/store/prisma";
import { handleLineageEvents } from "./handleLineageEvents";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handleLineageEvents(request, { db: getPrisma(), settings: consoleSettingsFromEnv() });
}
