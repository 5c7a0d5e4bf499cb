// The door of the JSON endpoints under /api/v1 (OpenLineage, asset events): what the GraphQL endpoint's request guard
// checks, for plain POSTs. A browser page of another origin is refused (clients such as dbt-ol send no Origin), the
// body must be JSON within a size limit, and the caller — a token, a session, or the local admin without sign-in —
// must hold the permission. Every refusal is JSON with a reason and the right status, never a 500.
import "server-only";
import { principalOfRequest } from "../../../lib/auth/requestPrincipal";
import { decideAccess } from "../../../lib/core/auth/access";
import type { Principal } from "../../../lib/core/auth/principal";
import type { Permission } from "../../../lib/core/auth/roles";
import { type ConsoleSettings, consoleSettingsFromEnv } from "../../../lib/core/consoleSettings";
import { createOriginCheck } from "../../../lib/http/allowedOrigins";
import type { Database } from "../../../lib/store/database";

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

export function refusal(status: number, code: string, message: string): Response {
  return jsonResponse(status, { error: { code, message } });
}

function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** The body as text, refused past `maxBytes` even when the client sent no length or a false one. */
async function boundedText(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export type JsonApiRequest = { ok: true; body: unknown; principal: Principal } | { ok: false; response: Response };

/** Reads a JSON POST for an action that needs `permission`; a refusal comes back as the response to send. */
export async function readJsonApiRequest(
  db: Database,
  request: Request,
  options: { permission: Permission; maxBytes: number; settings?: ConsoleSettings },
): Promise<JsonApiRequest> {
  const settings = options.settings ?? consoleSettingsFromEnv();
  const refuse = (status: number, code: string, message: string) =>
    ({ ok: false, response: refusal(status, code, message) }) as const;
  const origin = request.headers.get("origin");
  const host = request.headers.get("host") ?? new URL(request.url).host;
  if (origin !== null && !createOriginCheck(settings)(origin, host))
    return refuse(
      403,
      "FORBIDDEN_ORIGIN",
      `Requests from the origin "${origin}" are refused: the API answers pages of the console's own origin only.`,
    );
  if (mediaType(request.headers.get("content-type")) !== "application/json")
    return refuse(415, "UNSUPPORTED_MEDIA_TYPE", 'The body must be JSON ("content-type: application/json").');
  const principal = await principalOfRequest(db, request, settings);
  const decision = decideAccess(principal, options.permission);
  if (!decision.allowed) return refuse(principal.kind === "anonymous" ? 401 : 403, "UNAUTHORIZED", decision.message);
  const length = Number(request.headers.get("content-length") ?? 0);
  const text = length > options.maxBytes ? null : await boundedText(request, options.maxBytes);
  if (text === null)
    return refuse(413, "REQUEST_ENTITY_TOO_LARGE", `The body is over the limit of ${options.maxBytes} bytes.`);
  try {
    return { ok: true, body: JSON.parse(text) as unknown, principal };
  } catch (error) {
    return refuse(
      400,
      "INVALID_JSON",
      `The body is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
