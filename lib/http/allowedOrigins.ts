// Which Origin headers may call the API: the request's own origin (same host as the Host header) and the public URL's
// origin. Everything else — another site, another port, `null` from a sandboxed frame or a file — is cross-origin.
import type { ConsoleSettings } from "../core/consoleSettings";
import { hostnameOf } from "./allowedHosts";

/** The host (name and port) of an origin such as "http://localhost:3000", or null for "null" and anything malformed. */
function hostOfOrigin(origin: string): { origin: string; host: string } | null {
  if (origin === "null") return null;
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return { origin: url.origin, host: url.host.toLowerCase() };
  } catch {
    return null;
  }
}

export function createOriginCheck(
  settings: Pick<ConsoleSettings, "auth">,
): (origin: string, host: string | null) => boolean {
  const publicOrigin = settings.auth ? new URL(settings.auth.publicUrl).origin : null;
  return (origin, host) => {
    const parsed = hostOfOrigin(origin);
    if (!parsed) return false;
    if (parsed.origin === publicOrigin) return true;
    // Compared as host and port, not scheme: behind a TLS-terminating proxy the console sees http while the browser
    // says https. The Host header itself is checked against the allow-list separately.
    if (!host || hostnameOf(host) === null) return false;
    return parsed.host === withDefaultPortDropped(host.trim().toLowerCase(), origin);
  };
}

/** "example.com:443" and "example.com" name the same origin host for https (80 for http); URL drops default ports. */
function withDefaultPortDropped(host: string, origin: string): string {
  const defaultPort = origin.startsWith("https:") ? ":443" : ":80";
  return host.endsWith(defaultPort) ? host.slice(0, -defaultPort.length) : host;
}
