// GET /metrics on the console: the Prometheus text format, for a caller whose role holds READ_METRICS (an API token
// as `Authorization: Bearer`, a signed-in user, or the local admin of an instance without sign-in). Browsers' cross-
// site requests are refused, and every refusal or failure is a short text with its reason, never an error page.

import { principalOfRequest } from "../auth/requestPrincipal";
import { decideAccess } from "../core/auth/access";
import type { ConsoleSettings } from "../core/consoleSettings";
import { createOriginCheck } from "../http/allowedOrigins";
import type { Database } from "../store/database";
import type { InstanceMetrics } from "./instanceMetrics";

export function textResponse(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

/** The Host header, or the URL's host when a test builds the request without one. */
function hostOf(request: Request): string | null {
  const header = request.headers.get("host");
  if (header) return header;
  try {
    return new URL(request.url).host;
  } catch {
    return null;
  }
}

/**
 * Why a browser's request is refused, or null: an Origin other than the console's own, or a fetch the browser marks
 * as coming from another site (a GET without CORS carries no Origin, but does carry Sec-Fetch-Site).
 */
export function crossSiteRefusal(
  request: Request,
  checkOrigin: ((origin: string, host: string | null) => boolean) | null,
): string | null {
  const origin = request.headers.get("origin");
  if (origin !== null && (!checkOrigin || !checkOrigin(origin, hostOf(request))))
    return `Requests from the origin "${origin}" are refused: /metrics answers scrapers and the console's own pages only.`;
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site")
    return "Requests a browser makes for another site are refused: /metrics answers scrapers and the console's own pages only.";
  return null;
}

export interface MetricsEndpointOptions {
  db: Database;
  settings: ConsoleSettings;
  metrics: InstanceMetrics;
}

export function createMetricsHandler({ db, settings, metrics }: MetricsEndpointOptions) {
  const checkOrigin = createOriginCheck(settings);
  return async (request: Request): Promise<Response> => {
    if (request.method !== "GET" && request.method !== "HEAD")
      return textResponse(405, `/metrics answers GET only, not ${request.method}.`, { allow: "GET, HEAD" });
    const crossSite = crossSiteRefusal(request, checkOrigin);
    if (crossSite) return textResponse(403, crossSite);
    try {
      const principal = await principalOfRequest(db, request, settings);
      const access = decideAccess(principal, "READ_METRICS");
      if (!access.allowed) {
        return principal.kind === "anonymous"
          ? textResponse(
              401,
              `${access.message} Scrape with an API token: "Authorization: Bearer <token>" (strata tokens create).`,
              { "www-authenticate": 'Bearer realm="strata"' },
            )
          : textResponse(403, access.message);
      }
      const body = await metrics.render();
      return new Response(request.method === "HEAD" ? null : body, {
        status: 200,
        headers: { "content-type": metrics.contentType, "cache-control": "no-store" },
      });
    } catch (error) {
      return textResponse(503, `Could not read the metrics: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
