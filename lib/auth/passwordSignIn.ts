// What POST /api/auth/sign-in and POST /api/auth/sign-out do; the route files only pass the request in.
import "server-only";
import type { ConsoleSettings } from "../core/consoleSettings";
import { recordAuditEvent } from "../store/auditLog";
import type { Database } from "../store/database";
import { principalOfSession } from "./requestPrincipal";
import { clearedSessionCookieHeader, readCookie, SESSION_COOKIE, sessionCookieHeader } from "./sessionCookie";
import { endSession, signInWithPassword } from "./sessions";
import {
  crossSiteRefusal,
  jsonError,
  jsonResponse,
  parseSignInBody,
  readBoundedJson,
  SIGN_IN_NOT_CONFIGURED,
} from "./signInRequest";

export interface AuthRouteDeps {
  db: Database;
  settings: ConsoleSettings;
}

export async function handleSignIn(request: Request, { db, settings }: AuthRouteDeps): Promise<Response> {
  const auth = settings.auth;
  if (!auth) return jsonError(404, SIGN_IN_NOT_CONFIGURED);
  const refusal = crossSiteRefusal(request, auth);
  if (refusal) return refusal;
  const json = await readBoundedJson(request);
  if (json.kind === "refused") return json.response;
  const fields = parseSignInBody(json.value);
  if (fields.kind === "refused") return fields.response;

  const result = await signInWithPassword(db, auth, fields.body.email, fields.body.password);
  if (result.kind === "throttled") {
    const response = jsonError(429, result.message);
    response.headers.set("retry-after", String(result.retryAfterSeconds));
    return response;
  }
  if (result.kind === "refused") return jsonError(401, result.message);
  return jsonResponse(200, { ok: true }, { "set-cookie": sessionCookieHeader(auth, result.secret, result.expiresAt) });
}

export async function handleSignOut(request: Request, { db, settings }: AuthRouteDeps): Promise<Response> {
  const auth = settings.auth;
  if (!auth) return jsonError(404, SIGN_IN_NOT_CONFIGURED);
  const refusal = crossSiteRefusal(request, auth);
  if (refusal) return refusal;
  const secret = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  if (secret) {
    const principal = await principalOfSession(db, secret);
    await endSession(db, secret);
    if (principal) await recordAuditEvent(db, { actor: principal.name, action: "user.sign_out", target: "session" });
  }
  // Cleared even without a live session, so a stale cookie never lingers in the browser.
  return jsonResponse(200, { ok: true }, { "set-cookie": clearedSessionCookieHeader(auth) });
}
