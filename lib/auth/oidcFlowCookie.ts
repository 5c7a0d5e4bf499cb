// The short-lived cookie that carries one single sign-on attempt (PKCE verifier, state, nonce, where to go back to)
// from /api/auth/oidc/start to the callback, signed so no one can plant their own attempt in a browser.
import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { AuthConfig, OidcConfig } from "../core/consoleSettings";

export const OIDC_FLOW_COOKIE = "strata_oidc";
/** Paths the cookie is sent to: the callback only needs it. */
const COOKIE_PATH = "/api/auth/oidc";
/** Long enough to type a password and approve a consent page; short enough that a stolen cookie soon goes stale. */
export const OIDC_FLOW_MAX_AGE_SECONDS = 10 * 60;

const flowSchema = z.object({
  verifier: z.string().min(43).max(128),
  state: z.string().min(1).max(256),
  nonce: z.string().min(1).max(256),
  next: z.string().max(2048),
  /** Unix seconds after which the attempt is void, checked here since a browser may keep a cookie past Max-Age. */
  expiresAt: z.number().int(),
});

export type OidcFlow = z.output<typeof flowSchema>;

/**
 * A key derived from the client secret: only this server knows it, and it survives console restarts, so an attempt
 * started before a restart still completes.
 */
function signingKey(oidc: OidcConfig): Buffer {
  return Buffer.from(hkdfSync("sha256", oidc.clientSecret, "strata", "strata oidc flow cookie", 32));
}

function sign(oidc: OidcConfig, payload: string): string {
  return createHmac("sha256", signingKey(oidc)).update(payload).digest("base64url");
}

export function encodeOidcFlow(oidc: OidcConfig, flow: OidcFlow): string {
  const payload = Buffer.from(JSON.stringify(flow)).toString("base64url");
  return `${payload}.${sign(oidc, payload)}`;
}

/** The attempt a cookie value carries, or null when it is missing, forged, malformed or expired. */
export function decodeOidcFlow(oidc: OidcConfig, value: string | null, now = Date.now()): OidcFlow | null {
  if (!value || value.length > 4096) return null;
  const [payload, signature, ...rest] = value.split(".");
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(oidc, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = flowSchema.safeParse(json);
  if (!parsed.success || parsed.data.expiresAt * 1000 <= now) return null;
  return parsed.data;
}

function secureFlag(auth: AuthConfig): string {
  return auth.publicUrl.startsWith("https:") ? "; Secure" : "";
}

/** SameSite=Lax: the provider sends the browser back with a top-level GET, which Lax cookies accompany. */
export function oidcFlowCookieHeader(auth: AuthConfig, value: string): string {
  return `${OIDC_FLOW_COOKIE}=${value}; Path=${COOKIE_PATH}; HttpOnly; SameSite=Lax; Max-Age=${OIDC_FLOW_MAX_AGE_SECONDS}${secureFlag(auth)}`;
}

export function clearedOidcFlowCookieHeader(auth: AuthConfig): string {
  return `${OIDC_FLOW_COOKIE}=; Path=${COOKIE_PATH}; HttpOnly; SameSite=Lax; Max-Age=0${secureFlag(auth)}`;
}
