// Single sign-on with OpenID Connect (authorization code + PKCE + state + nonce): what GET /api/auth/oidc/start and
// GET /api/auth/oidc/callback do. Every failure lands on the sign-in page with a readable reason, never a 500.
import "server-only";
import * as client from "openid-client";
import type { AuthConfig, ConsoleSettings, OidcConfig } from "../core/consoleSettings";
import { recordAuditEvent } from "../store/auditLog";
import type { Database } from "../store/database";
import { userForOidcSignIn } from "../store/users";
import { oidcConfiguration, oidcRedirectUri } from "./oidcClient";
import type { OidcErrorCode } from "./oidcErrors";
import {
  clearedOidcFlowCookieHeader,
  decodeOidcFlow,
  encodeOidcFlow,
  OIDC_FLOW_COOKIE,
  OIDC_FLOW_MAX_AGE_SECONDS,
  oidcFlowCookieHeader,
} from "./oidcFlowCookie";
import { readCookie, sessionCookieHeader } from "./sessionCookie";
import { startSession } from "./sessions";
import { safeNextPath, signInPageHref } from "./signInRedirect";

export interface OidcRouteDeps {
  db: Database;
  settings: ConsoleSettings;
  /** Where provider failures are noted for the operator; the browser only sees a short reason. */
  log?: (message: string) => void;
}

/** A redirect with a relative Location, so it stays on whichever host the browser used. */
function redirect(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ location, "cache-control": "no-store" });
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response(null, { status: 303, headers });
}

function failed(auth: AuthConfig | null, code: OidcErrorCode, next = "/"): Response {
  return redirect(signInPageHref(next, code), auth ? [clearedOidcFlowCookieHeader(auth)] : []);
}

function enabledOidc(settings: ConsoleSettings): { auth: AuthConfig; oidc: OidcConfig } | null {
  const auth = settings.auth;
  return auth?.oidc ? { auth, oidc: auth.oidc } : null;
}

export async function handleOidcStart(
  request: Request,
  { settings, log = console.warn }: OidcRouteDeps,
): Promise<Response> {
  const url = new URL(request.url);
  const next = safeNextPath(url.searchParams.get("next"));
  const enabled = enabledOidc(settings);
  if (!enabled) return failed(settings.auth, "oidc_not_configured", next);
  const { auth, oidc } = enabled;

  // The provider returns the browser to the public URL, so the attempt's cookie must be set on that host. Hosts, not
  // origins, are compared: behind a TLS-terminating proxy this request may look like plain http.
  const host = request.headers.get("host")?.toLowerCase();
  if (host && host !== new URL(auth.publicUrl).host) {
    return redirect(`${auth.publicUrl.replace(/\/+$/, "")}/api/auth/oidc/start?${new URLSearchParams({ next })}`);
  }

  let configuration: client.Configuration;
  try {
    configuration = await oidcConfiguration(oidc);
  } catch (error) {
    log(`[strata] OIDC discovery at ${oidc.issuer} failed: ${describe(error)}`);
    return failed(auth, "oidc_unreachable", next);
  }
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const authorizationUrl = client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidcRedirectUri(auth.publicUrl),
    scope: oidc.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  const flow = encodeOidcFlow(oidc, {
    verifier,
    state,
    nonce,
    next,
    expiresAt: Math.floor(Date.now() / 1000) + OIDC_FLOW_MAX_AGE_SECONDS,
  });
  return redirect(authorizationUrl.href, [oidcFlowCookieHeader(auth, flow)]);
}

/** Who the provider says signed in: from the ID token, or its userinfo endpoint when the token leaves them out. */
interface OidcIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean | null;
  displayName: string | null;
}

function identityFrom(claims: Record<string, unknown>, subject: string): OidcIdentity {
  const email = typeof claims.email === "string" && claims.email.trim() ? claims.email.trim() : null;
  const verified = claims.email_verified;
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 200) : null;
  return {
    subject,
    email,
    emailVerified:
      typeof verified === "boolean" ? verified : verified === "true" ? true : verified === "false" ? false : null,
    displayName: name,
  };
}

export async function handleOidcCallback(
  request: Request,
  { db, settings, log = console.warn }: OidcRouteDeps,
): Promise<Response> {
  const enabled = enabledOidc(settings);
  if (!enabled) return failed(settings.auth, "oidc_not_configured");
  const { auth, oidc } = enabled;
  const params = new URL(request.url).searchParams;
  const flow = decodeOidcFlow(oidc, readCookie(request.headers.get("cookie"), OIDC_FLOW_COOKIE));
  if (!flow) return failed(auth, "oidc_expired");

  const providerError = params.get("error");
  if (providerError) {
    log(
      `[strata] OIDC provider answered ${providerError}${params.get("error_description") ? `: ${params.get("error_description")}` : ""}`,
    );
    return failed(auth, providerError === "access_denied" ? "oidc_denied" : "oidc_provider", flow.next);
  }
  if (params.get("state") !== flow.state) return failed(auth, "oidc_state", flow.next);

  let identity: OidcIdentity;
  try {
    const configuration = await oidcConfiguration(oidc);
    // The callback as the provider knows it (the public URL), whatever host name this request arrived on.
    const callbackUrl = new URL(oidcRedirectUri(auth.publicUrl));
    callbackUrl.search = params.toString();
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error("the token response carried no ID token");
    identity = identityFrom(claims, claims.sub);
    if (!identity.email) {
      const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      const fromUserInfo = identityFrom(userInfo, claims.sub);
      identity = { ...fromUserInfo, displayName: identity.displayName ?? fromUserInfo.displayName };
    }
  } catch (error) {
    log(`[strata] OIDC sign-in failed: ${describe(error)}`);
    return failed(auth, "oidc_provider", flow.next);
  }

  if (!identity.email) return failed(auth, "oidc_no_email", flow.next);
  if (identity.emailVerified === false) {
    await recordAuditEvent(db, {
      actor: identity.email.slice(0, 320),
      action: "user.sign_in_refused",
      target: "oidc",
      details: { reason: "email not verified" },
    });
    return failed(auth, "oidc_unverified_email", flow.next);
  }
  const user = await userForOidcSignIn(
    db,
    { subject: identity.subject, email: identity.email, displayName: identity.displayName },
    oidc.defaultRole,
  );
  if (user.disabled) {
    await recordAuditEvent(db, {
      actor: user.email,
      action: "user.sign_in_refused",
      target: "oidc",
      details: { reason: "user disabled" },
    });
    return failed(auth, "user_disabled", flow.next);
  }
  const session = await startSession(db, auth, user.id);
  await recordAuditEvent(db, { actor: user.email, action: "user.sign_in", target: "oidc" });
  return redirect(safeNextPath(flow.next), [
    sessionCookieHeader(auth, session.secret, session.expiresAt),
    clearedOidcFlowCookieHeader(auth),
  ]);
}

function describe(error: unknown): string {
  if (error instanceof client.ResponseBodyError)
    return `${error.error}${error.error_description ? `: ${error.error_description}` : ""}`;
  return error instanceof Error ? error.message : String(error);
}
