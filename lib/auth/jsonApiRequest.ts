// The door of the JSON API routes under /api/v1 (asset events, OpenLineage): the caller's origin must be the
// console's own or none (so a page on another site cannot make a signed-in browser act), the body JSON of at most
// 1 MiB, and the caller a principal the route can check: an API token (`Authorization: Bearer`), a session, or the
// local admin of an instance without sign-in. Each refusal is JSON with a reason, never an HTML page or a 500.
import { readBoundedBody } from "./boundedBody";
import "server-only";
import type { Principal } from "../core/auth/principal";
import type { ConsoleSettings } from "../core/consoleSettings";
import { createOriginCheck } from "../http/allowedOrigins";
import type { Database } from "../store/database";
import { isConnectionError } from "../store/databaseOutage";
import { principalOfRequest } from "./requestPrincipal";

/** Bytes of one request body: a thousand events with their metadata fit. */
export const MAX_JSON_API_BODY_BYTES = 1024 * 1024;

export function jsonApiResponse(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

/** A refusal: `{ error }` with the reason. */
export function jsonApiError(status: number, error: string): Response {
  return jsonApiResponse(status, { error });
}

export interface JsonApiRequest {
  body: unknown;
  principal: Principal;
}

export interface JsonApiOptions {
  db: Database;
  settings: ConsoleSettings;
  maxBytes?: number;
}

function hostOf(request: Request): string | null {
  return request.headers.get("host") ?? new URL(request.url).host;
}

/** The body and the caller, or the response refusing the request (403 origin, 415 type, 413 size, 400 JSON, 401 caller). */
export async function readJsonApiRequest(
  request: Request,
  options: JsonApiOptions,
): Promise<{ ok: true; request: JsonApiRequest } | { ok: false; response: Response }> {
  const refuse = (status: number, error: string) => ({ ok: false as const, response: jsonApiError(status, error) });
  const origin = request.headers.get("origin");
  if (origin !== null && !createOriginCheck(options.settings)(origin, hostOf(request)))
    return refuse(
      403,
      `Requests from the origin "${origin}" are refused: this API answers scripts and the console's own pages only.`,
    );
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json")
    return refuse(415, 'Send the body as JSON, with the header "content-type: application/json".');
  const maxBytes = options.maxBytes ?? MAX_JSON_API_BODY_BYTES;
  const text = await readBoundedBody(request, maxBytes);
  if (text === null)
    return refuse(413, `The request body is larger than ${maxBytes} bytes; send fewer events at a time.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return refuse(400, `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const principal = await principalOfRequest(options.db, request, options.settings);
  if (principal.kind === "anonymous") {
    const sentToken = request.headers.get("authorization")?.toLowerCase().startsWith("bearer ");
    return refuse(
      401,
      sentToken
        ? "The bearer token is not a live API token: it was revoked, it expired, or it is mistyped."
        : 'Sign-in is on: send an API token as "Authorization: Bearer <token>" (Admin › API tokens in the console, or `strata tokens create`).',
    );
  }
  return { ok: true, request: { body, principal } };
}

/**
 * Runs a route's work and answers an exception as JSON with a reason: an outage as 503 (retry later), anything else
 * as 503 too, since nothing was recorded and a retry is what a client can do; the error itself goes to the log.
 */
export async function answeringErrors(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isConnectionError(error))
      return jsonApiError(503, "The database is unreachable; nothing was recorded. Retry once Postgres is back.");
    console.error(error);
    return jsonApiError(
      503,
      "The request failed on the server (the error is in the console's log); nothing was recorded. Retry later.",
    );
  }
}
