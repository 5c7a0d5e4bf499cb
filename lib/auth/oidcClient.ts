// The OpenID Connect client configuration for the configured provider: discovered once per process and reused.
import "server-only";
import * as client from "openid-client";
import type { OidcConfig } from "../core/consoleSettings";

/** Plain http is acceptable only when the provider is on this machine (a test or a local provider). */
export function isLoopbackIssuer(issuer: string): boolean {
  const { protocol, hostname } = new URL(issuer);
  if (protocol === "https:") return false;
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

const discovered = new Map<string, Promise<client.Configuration>>();

async function discover(oidc: OidcConfig): Promise<client.Configuration> {
  const insecure = isLoopbackIssuer(oidc.issuer);
  const found = await client.discovery(
    new URL(oidc.issuer),
    oidc.clientId,
    undefined,
    client.ClientSecretBasic(oidc.clientSecret),
    {
      execute: insecure ? [client.allowInsecureRequests] : [],
    },
  );
  // client_secret_basic is the OpenID default; a provider that lists only client_secret_post gets that instead.
  const methods = found.serverMetadata().token_endpoint_auth_methods_supported;
  if (!methods || methods.includes("client_secret_basic") || !methods.includes("client_secret_post")) return found;
  const configuration = new client.Configuration(
    found.serverMetadata(),
    oidc.clientId,
    undefined,
    client.ClientSecretPost(oidc.clientSecret),
  );
  if (insecure) client.allowInsecureRequests(configuration);
  return configuration;
}

/** The provider's configuration; a failed discovery is forgotten, so the next sign-in tries again. */
export function oidcConfiguration(oidc: OidcConfig): Promise<client.Configuration> {
  const key = `${oidc.issuer}\n${oidc.clientId}`;
  let configuration = discovered.get(key);
  if (!configuration) {
    configuration = discover(oidc);
    discovered.set(key, configuration);
    configuration.catch(() => discovered.delete(key));
  }
  return configuration;
}

export function oidcRedirectUri(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/api/auth/oidc/callback`;
}
