// Console pages polling the GraphQL API, run as a process of their own: their JSON parsing and bookkeeping stay off
// the bench's event loop (which watches the backfill), as a browser's stay off the server's. A request's
// latency is the time until its whole answer has arrived; parsing the answer is the page's cost and is not counted.
// They take gzip, as browsers do, so the server compresses as it would for them; but only an answer's head is
// decompressed (to check it), since unpacking 625 KB twenty times a second is a browser's work, not the server's,
// and here it would run on the same two cores as the backfill.
import http from "node:http";
import { performance } from "node:perf_hooks";
import { constants, gunzipSync } from "node:zlib";

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
function failureOf(status: number, head: string): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status}`;
  if (head.startsWith('{"errors"')) return /"message":"((?:[^"\\]|\\.)*)"/.exec(head)?.[1] ?? "GraphQL error";
  if (!head.startsWith('{"data"')) return "not a GraphQL answer";
  const typename = /^\{"data":\{"\w+":\{"__typename":"(\w+)"/.exec(head.slice(0, 200))?.[1];
  return typename?.endsWith("Error") ? typename : null;
}

/** What a page needs of an answer: its status, its first characters and its size, as sent before compression. */
interface Answer {
  status: number;
  head: string;
  size: number;
}

const agent = new http.Agent({ keepAlive: true });

/** Posts `body` and reads the whole answer as it arrives, decompressing only its head. */
function post(url: string, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", accept: "application/json", "accept-encoding": "gzip" },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const raw = Buffer.concat(chunks);
          if (response.headers["content-encoding"] !== "gzip") {
            resolve({
              status: response.statusCode ?? 0,
              head: raw.subarray(0, 400).toString("utf8"),
              size: raw.length,
            });
            return;
          }
          // A truncated stream decompresses as far as it goes; the trailer's last four bytes give the whole size.
          const head = gunzipSync(raw.subarray(0, 1024), { finishFlush: constants.Z_SYNC_FLUSH });
          resolve({
            status: response.statusCode ?? 0,
            head: head.subarray(0, 400).toString("utf8"),
            size: raw.readUInt32LE(raw.length - 4),
          });
        });
      },
    );
    request.on("error", reject);
    request.end(body);
  });
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
      const answer = await post(`${options.base}/api/graphql`, JSON.stringify({ query, variables }));
      const took = performance.now() - started;
      if (took > options.slowMs) slowAskedAt.push(Date.now() - took);
      bytes.set(name, answer.size);
      const failure = failureOf(answer.status, answer.head);
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
