// /metrics on an address of its own (strata.config.ts: `metrics: { listen: "127.0.0.1:9464" }`), served by
// `strata dev` without a token: whoever can reach that address may scrape, so it is the network that guards it.
// Browsers are still kept out: a request with an Origin or from another site is refused, and the Host must be an IP
// address, a loopback name or a host the console is configured for, so a DNS-rebinding page cannot read it either.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { ConsoleSettings } from "../core/consoleSettings";
import { configuredHostnames, hostnameOf, isLoopbackHostname } from "../http/allowedHosts";
import type { Database } from "../store/database";
import { createInstanceMetrics } from "./instanceMetrics";

export interface ListenAddress {
  host: string;
  port: number;
}

/** "127.0.0.1:9464", "[::1]:9464", "0.0.0.0:9464" or ":9464" (loopback); null when malformed. */
export function parseListenAddress(value: string): ListenAddress | null {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]*)):(\d{1,5})$/.exec(value.trim());
  if (!match) return null;
  const port = Number(match[3]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return null;
  return { host: match[1] ?? (match[2] || "127.0.0.1"), port };
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Whether the Host names this listener by address, loopback name, or a host the console is configured for. */
function hostAllowed(host: string | undefined, settings: Pick<ConsoleSettings, "auth" | "allowedHosts">): boolean {
  const name = host ? hostnameOf(host) : null;
  if (!name) return false;
  return IPV4.test(name) || name.includes(":") || isLoopbackHostname(name) || configuredHostnames(settings).has(name);
}

export interface MetricsListener {
  /** host:port it listens on. */
  address: string;
  stop(): Promise<void>;
}

export async function startMetricsListener(options: {
  db: Database;
  listen: ListenAddress;
  settings: Pick<ConsoleSettings, "auth" | "allowedHosts">;
}): Promise<MetricsListener> {
  const metrics = createInstanceMetrics(options.db);
  const text = (response: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}) =>
    response
      .writeHead(status, {
        "content-type": "text/plain; charset=utf-8",
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        ...headers,
      })
      .end(`${body}\n`);

  const server = http.createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    if (!hostAllowed(request.headers.host, options.settings))
      return text(response, 421, `This address answers requests for its own IP address or loopback names only.`);
    if (
      request.headers.origin !== undefined ||
      ["cross-site", "same-site"].includes(`${request.headers["sec-fetch-site"]}`)
    )
      return text(response, 403, "Requests from browser pages are refused: this address answers scrapers only.");
    if (path !== "/metrics") return text(response, 404, "Not found: metrics are at /metrics.");
    if (request.method !== "GET" && request.method !== "HEAD")
      return text(response, 405, `/metrics answers GET only, not ${request.method}.`, { allow: "GET, HEAD" });
    metrics.render().then(
      (body) => {
        response.writeHead(200, { "content-type": metrics.contentType, "cache-control": "no-store" });
        response.end(request.method === "HEAD" ? undefined : body);
      },
      (error: unknown) =>
        text(response, 503, `Could not read the metrics: ${error instanceof Error ? error.message : String(error)}`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.listen.port, options.listen.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  const host = bound.family === "IPv6" ? `[${bound.address}]` : bound.address;
  return {
    address: `${host}:${bound.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
