// Console pages polling the GraphQL API, run as a process of their own: their JSON parsing and bookkeeping stay off
// the bench's event loop (which watches the backfill), as a browser's stay off the server's. A request's
// latency is the time until its whole answer has arrived; parsing the answer is the page's cost and is not counted.
import { performance } from "node:perf_hooks";

export interface PolledRequest {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface LoadClientsOptions {
  base: string;
  requests: PolledRequest[];
  /** Which clients of all of them run here: their start offsets are spread over one poll across every thread. */
  clientIndexes: number[];
  clientCount: number;
  pollMs: number;
  slowMs: number;
}

export interface LoadClientsResult {
  latencies: [string, number[]][];
  /** The size of each answer, by request name (the last one seen). */
  bytes: [string, number][];
  failures: string[];
  /** Answers slower than `slowMs`: when each was asked (ms since the epoch). */
  slowAskedAt: number[];
  /** The CPU time this process used, in ms. */
  cpuMs: number;
}

/**
 * What a failed answer names: a non-2xx status, GraphQL errors or an error result; null when it answered. Read from the
 * answer's head: an answer with errors starts with them, and a polled field's result type comes first in it. A whole
 * 600 KB graph answer parsed ten times a second would take the backfill's CPU on these two cores, where a browser's
 * parse costs the server nothing.
 */
function failureOf(status: number, text: string): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status}`;
  if (text.startsWith('{"errors"')) {
    const body = JSON.parse(text) as { errors: { message: string }[] };
    return body.errors[0]?.message ?? "GraphQL error";
  }
  if (!text.startsWith('{"data"')) return "not a GraphQL answer";
  const typename = /^\{"data":\{"\w+":\{"__typename":"(\w+)"/.exec(text.slice(0, 200))?.[1];
  return typename?.endsWith("Error") ? typename : null;
}

function poll(options: LoadClientsOptions): { stop: () => Promise<LoadClientsResult> } {
  const latencies = new Map<string, number[]>();
  const bytes = new Map<string, number>();
  const failures: string[] = [];
  const slowAskedAt: number[] = [];
  let stopping = false;
  const timed = async ({ name, query, variables }: PolledRequest) => {
    const started = performance.now();
    try {
      const response = await fetch(`${options.base}/api/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      const took = performance.now() - started;
      if (took > options.slowMs) slowAskedAt.push(Date.now() - took);
      bytes.set(name, text.length);
      const failure = failureOf(response.status, text);
      if (failure) failures.push(`${name}: ${failure}`);
      else latencies.set(name, [...(latencies.get(name) ?? []), took]);
    } catch (error) {
      failures.push(`${name}: ${String(error)}`);
    }
  };
  const client = async (index: number) => {
    await new Promise((resolve) => setTimeout(resolve, (index * options.pollMs) / options.clientCount));
    while (!stopping) {
      const round = performance.now();
      await Promise.all(options.requests.map(timed));
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, options.pollMs - (performance.now() - round))));
    }
  };
  const clients = options.clientIndexes.map(client);
  return {
    stop: async () => {
      stopping = true;
      await Promise.all(clients);
      const cpu = process.cpuUsage();
      return {
        latencies: [...latencies],
        bytes: [...bytes],
        failures,
        slowAskedAt,
        cpuMs: (cpu.user + cpu.system) / 1_000,
      };
    },
  };
}

// Started by the bench: says it is loaded, takes its options as the first message; the second message stops it and
// asks for the figures.
if (process.send) {
  process.send("loaded");
  process.once("message", (options: LoadClientsOptions) => {
    const polling = poll(options);
    process.once("message", async () => {
      process.send?.(await polling.stop(), () => process.disconnect());
    });
  });
}
