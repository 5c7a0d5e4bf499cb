// Where `strata dev` serves the console: loopback unless a host is asked for, and never beyond loopback without sign-in,
// because a console without sign-in makes everyone who reaches it an admin.
import { isIPv4, isIPv6 } from "node:net";

/** Loopback only: the console is reachable from this machine alone. */
export const DEFAULT_CONSOLE_HOST = "127.0.0.1";

/** `--host` wins over `HOST`; an empty value counts as not given. An IPv6 address loses its URL brackets, as listen() wants it. */
export function resolveConsoleHost(flag: string | undefined, envHost: string | undefined): string {
  const given = flag?.trim() || envHost?.trim();
  return given ? unbracket(given) : DEFAULT_CONSOLE_HOST;
}

function unbracket(host: string): string {
  return host.replace(/^\[(.*)\]$/, "$1");
}

/** 127.0.0.0/8, ::1 (also written [::1] or as ::ffff:127.x.y.z) and localhost. */
export function isLoopbackHost(host: string): boolean {
  const name = unbracket(host.trim().toLowerCase());
  if (name === "localhost" || name === "localhost.") return true;
  if (isIPv4(name)) return name.startsWith("127.");
  if (isIPv6(name)) {
    if (name === "::1" || /^0*(:0*){6}:0*1$/.test(name)) return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(name);
    return mapped !== null && mapped[1]!.startsWith("127.");
  }
  return false;
}

/**
 * Why the console may not bind `host`, or null when it may. Anything past loopback needs sign-in, so the refusal
 * says how to configure it and how to create the first admin.
 */
export function consoleBindingRefusal(host: string, signInConfigured: boolean): string | null {
  if (signInConfigured || isLoopbackHost(host)) return null;
  return [
    `Refusing to serve the console on ${host}: sign-in is not configured, so anyone who reaches it would be an admin.`,
    "Either keep the default (127.0.0.1, this machine only), or configure sign-in first:",
    '  1. in strata.config.ts add   auth: { publicUrl: "https://strata.example.com" }   (the URL users reach the console at)',
    "  2. create the first admin:   npx strata users add <email> --role ADMIN",
  ].join("\n");
}

/** The URL the console listens on; IPv6 addresses in brackets. */
export function consoleUrl(host: string, port: number): string {
  const name = unbracket(host);
  return `http://${isIPv6(name) ? `[${name}]` : name}:${port}`;
}

/** 0.0.0.0 and :: listen on every interface, which the URL alone does not make obvious. */
export function isWildcardHost(host: string): boolean {
  const name = unbracket(host);
  return name === "0.0.0.0" || (isIPv6(name) && /^[0:]+$/.test(name));
}
