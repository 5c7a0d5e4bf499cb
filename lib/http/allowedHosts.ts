// Which Host headers the console answers: loopback names on any port, the public URL's host and the configured
// allowed hosts. Anything else is refused, so a rebinding DNS name pointed at 127.0.0.1 cannot reach the console.
import type { ConsoleSettings } from "../core/consoleSettings";

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "::1"]);

/** The host name of a Host header or URL host ("Example.com:3000" → "example.com", "[::1]:3000" → "::1"), or null when malformed. */
export function hostnameOf(host: string): string | null {
  const trimmed = host.trim().toLowerCase();
  if (trimmed === "" || /[\s/\\@?#]/.test(trimmed)) return null;
  if (trimmed.startsWith("[")) {
    const match = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/.exec(trimmed);
    return match?.[1] ?? null;
  }
  const match = /^([a-z0-9._-]+)(?::(\d{1,5}))?$/.exec(trimmed);
  if (!match?.[1]) return null;
  // A trailing dot names the same host ("localhost." is localhost); strip it so it cannot slip past the list.
  return match[1].replace(/\.$/, "");
}

export function isLoopbackHostname(hostname: string): boolean {
  return LOOPBACK_NAMES.has(hostname) || hostname.endsWith(".localhost");
}

/** The names besides loopback that the settings allow: the public URL's host and `allowedHosts`. */
export function configuredHostnames(settings: Pick<ConsoleSettings, "auth" | "allowedHosts">): Set<string> {
  const names = new Set<string>();
  if (settings.auth) {
    const name = hostnameOf(new URL(settings.auth.publicUrl).host);
    if (name) names.add(name);
  }
  for (const entry of settings.allowedHosts) {
    const name = hostnameOf(entry);
    if (name) names.add(name);
  }
  return names;
}

export type HostDecision = { allowed: true } | { allowed: false; status: 400 | 421; reason: string };

/** A checker for Host headers, built once from the settings. */
export function createHostCheck(
  settings: Pick<ConsoleSettings, "auth" | "allowedHosts">,
): (host: string | null) => HostDecision {
  const configured = configuredHostnames(settings);
  return (host) => {
    if (!host) return { allowed: false, status: 400, reason: "The request has no Host header." };
    const hostname = hostnameOf(host);
    if (!hostname) return { allowed: false, status: 400, reason: "The request's Host header is malformed." };
    if (isLoopbackHostname(hostname) || configured.has(hostname)) return { allowed: true };
    return {
      allowed: false,
      status: 421,
      reason: `This Strata console does not answer to the host "${hostname}"; add it to allowedHosts in strata.config.ts to serve it.`,
    };
  };
}
