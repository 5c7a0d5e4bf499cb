// GET /metrics: the instance's Prometheus metrics, for an API token (or user) whose role holds READ_METRICS.
import { consoleSettingsFromEnv } from "../../lib/core/consoleSettings";
import { createInstanceMetrics } from "../../lib/metrics/instanceMetrics";
import { createMetricsHandler } from "../../lib/metrics/metricsEndpoint";
import { getPrisma } from "../../lib/store/prisma";

export const dynamic = "force-dynamic";

// Built on the first request, not at import, so `next build` needs neither the settings nor the database.
let handler: ((request: Request) => Promise<Response>) | undefined;

function metricsHandler(): (request: Request) => Promise<Response> {
  if (!handler) {
    const db = getPrisma();
    handler = createMetricsHandler({ db, settings: consoleSettingsFromEnv(), metrics: createInstanceMetrics(db) });
  }
  return handler;
}

export function GET(request: Request) {
  return metricsHandler()(request);
}

export function HEAD(request: Request) {
  return metricsHandler()(request);
}
