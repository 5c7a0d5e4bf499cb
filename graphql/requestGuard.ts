// The API's door: a request must name a host the console serves, come from the console's own origin (or none), and
// carry its operation as JSON. A page on another site can then neither read the API (no CORS grant) nor make it act
// with a form post (urlencoded, multipart and text bodies need no preflight, so they are refused outright).
import "server-only";
import type { Plugin } from "graphql-yoga";
import type { ConsoleSettings } from "../lib/core/consoleSettings";
import { createHostCheck } from "../lib/http/allowedHosts";
import { createOriginCheck } from "../lib/http/allowedOrigins";

/** The header a GET request must carry (any value) to run a query: a cross-site page cannot set it without a preflight. */
export const CSRF_HEADER = "x-graphql-yoga-csrf";

/** Bytes of one request body (1 MiB): the console's largest request is a run config of at most 256 KiB. */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;

const JSON_MEDIA_TYPES = new Set(["application/json", "application/graphql+json"]);

const CORS_ALLOWED_HEADERS = ["content-type", "accept", "authorization", CSRF_HEADER].join(", ");

/** A refusal shaped like a GraphQL response, so clients show its message like any other error. */
function refusal(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
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

export function requestGuard(settings: Pick<ConsoleSettings, "auth" | "allowedHosts">): Plugin {
  const checkHost = createHostCheck(settings);
  const checkOrigin = createOriginCheck(settings);
  const grantedOrigin = (request: Request): string | null => {
    const origin = request.headers.get("origin");
    return origin !== null && checkOrigin(origin, hostOf(request)) ? origin : null;
  };

  return {
    onRequest({ request, endResponse }) {
      const host = hostOf(request);
      const hostDecision = checkHost(host);
      if (!hostDecision.allowed)
        return endResponse(refusal(hostDecision.status, "MISDIRECTED_REQUEST", hostDecision.reason));

      const origin = request.headers.get("origin");
      if (origin !== null && !checkOrigin(origin, host)) {
        return endResponse(
          refusal(
            403,
            "FORBIDDEN_ORIGIN",
            `Requests from the origin "${origin}" are refused: the API answers pages of the console's own origin only.`,
          ),
        );
      }
      if (request.method === "OPTIONS")
        return endResponse(new Response(null, { status: 204, headers: { "content-length": "0" } }));

      if (request.method === "POST" && !JSON_MEDIA_TYPES.has(mediaType(request.headers.get("content-type")))) {
        return endResponse(
          refusal(
            415,
            "UNSUPPORTED_MEDIA_TYPE",
            'The API takes a POST body as JSON only ("content-type: application/json").',
          ),
        );
      }
      const length = request.headers.get("content-length");
      if (length !== null && Number(length) > MAX_REQUEST_BODY_BYTES) {
        return endResponse(
          refusal(
            413,
            "REQUEST_ENTITY_TOO_LARGE",
            `The request body has ${length} bytes, over the limit maxRequestBodyBytes = ${MAX_REQUEST_BODY_BYTES}.`,
          ),
        );
      }
    },
    onResponse({ request, response }) {
      // Same-origin requests need no CORS headers; the grant is for the public URL's origin when the console is
      // reached under another name, and it is never given to a foreign or `null` origin.
      const origin = grantedOrigin(request);
      if (!origin) return;
      response.headers.set("access-control-allow-origin", origin);
      response.headers.set("access-control-allow-credentials", "true");
      response.headers.append("vary", "Origin");
      if (request.method === "OPTIONS") {
        response.headers.set("access-control-allow-methods", "GET, POST, OPTIONS");
        response.headers.set("access-control-allow-headers", CORS_ALLOWED_HEADERS);
        response.headers.set("access-control-max-age", "600");
      }
    },
  };
}
