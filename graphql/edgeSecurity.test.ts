// The API against requests a browser on another site can make: form posts (urlencoded, multipart, text) launch
// nothing, foreign and `null` origins get no CORS grant and are refused, a foreign Host is refused, bodies are capped,
// and an unexpected exception is a GraphQL error rather than an HTTP 500. The console's own requests still work.
import { beforeAll, describe, expect, it } from "vitest";
import { type ConsoleSettings, DEFAULT_CONSOLE_SETTINGS } from "../lib/core/consoleSettings";
import { CSRF_HEADER, MAX_REQUEST_BODY_BYTES } from "./requestGuard";
import { graphqlTestServer } from "./testing/graphqlTestServer";
import { createGraphQLServer } from "./yoga";

const api = graphqlTestServer({ example: true });

const CONSOLE = "http://localhost:3000";
const URL_ = `${CONSOLE}/api/graphql`;
const LAUNCH =
  'mutation { launchRun(input: { jobName: "daily_events", presetName: "small_sample", partitionKey: "2026-01-03" }) { __typename } }';

let yoga: ReturnType<typeof createGraphQLServer>;
beforeAll(() => {
  yoga = createGraphQLServer(() => api.database.db, DEFAULT_CONSOLE_SETTINGS);
});

const runCount = () => api.database.db.run.count();

async function send(init: RequestInit & { headers?: Record<string, string> }, server = yoga) {
  const response = await server.fetch(URL_, {
    method: "POST",
    ...init,
    headers: { host: "localhost:3000", ...init.headers },
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: () => JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

describe("the console's own requests", () => {
  it("a JSON post from the console's origin launches a run", async () => {
    const before = await runCount();
    const response = await send({
      headers: { "content-type": "application/json", origin: CONSOLE },
      body: JSON.stringify({ query: LAUNCH }),
    });
    expect(response.json().data).toEqual({ launchRun: { __typename: "LaunchRunSuccess" } });
    expect(await runCount()).toBe(before + 1);
  });

  it("a GET query carrying the CSRF header is answered; one without it is refused", async () => {
    const query = encodeURIComponent("{ codeLocations { name } }");
    const allowed = await yoga.fetch(`${URL_}?query=${query}`, {
      headers: { host: "localhost:3000", [CSRF_HEADER]: "1", accept: "application/json" },
    });
    expect(allowed.status).toBe(200);
    const refused = await yoga.fetch(`${URL_}?query=${query}`, {
      headers: { host: "localhost:3000", accept: "application/json" },
    });
    expect(refused.status).toBe(403);
  });
});

describe("a cross-site form", () => {
  it.each([
    [
      "urlencoded",
      { "content-type": "application/x-www-form-urlencoded" },
      new URLSearchParams({ query: LAUNCH }).toString(),
    ],
    ["text/plain", { "content-type": "text/plain" }, JSON.stringify({ query: LAUNCH })],
  ])("posting %s launches nothing", async (_, headers, body) => {
    const before = await runCount();
    const response = await send({ headers: { ...headers, origin: "http://evil.example" }, body });
    expect(response.status).toBe(403);
    // Without an Origin (some browsers and proxies drop it) the body type alone refuses it.
    const withoutOrigin = await send({ headers, body });
    expect(withoutOrigin.status).toBe(415);
    expect(withoutOrigin.json().errors?.[0]?.extensions?.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(await runCount()).toBe(before);
  });

  it("posting multipart launches nothing", async () => {
    const before = await runCount();
    const form = new FormData();
    form.set("operations", JSON.stringify({ query: LAUNCH }));
    form.set("map", "{}");
    const response = await send({ body: form });
    expect(response.status).toBe(415);
    expect(await runCount()).toBe(before);
  });
});

describe("origins", () => {
  it.each([
    ["a foreign origin", "http://evil.example"],
    ["the null origin", "null"],
    ["another port of the same host", "http://localhost:3001"],
  ])("%s gets no CORS grant and is refused", async (_, origin) => {
    const before = await runCount();
    const response = await send({
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({ query: LAUNCH }),
    });
    expect(response.status).toBe(403);
    expect(response.json().errors?.[0]?.extensions?.code).toBe("FORBIDDEN_ORIGIN");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    const preflight = await send({
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(await runCount()).toBe(before);
  });

  it("the public URL's origin is granted CORS, never a wildcard", async () => {
    const settings: ConsoleSettings = {
      ...DEFAULT_CONSOLE_SETTINGS,
      auth: { publicUrl: "https://strata.example.com", sessionMaxAgeHours: 12 },
    };
    const server = createGraphQLServer(() => api.database.db, settings);
    const origin = "https://strata.example.com";
    const preflight = await send(
      { method: "OPTIONS", headers: { host: "127.0.0.1:3000", origin, "access-control-request-method": "POST" } },
      server,
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(origin);
    const response = await send(
      {
        headers: { host: "127.0.0.1:3000", origin, "content-type": "application/json" },
        body: JSON.stringify({ query: "{ codeLocations { name } }" }),
      },
      server,
    );
    // Past the origin check: with sign-in on, what it may read is then the caller's role's business (401 unsigned).
    expect(response.json().errors?.[0]?.extensions?.code).not.toBe("FORBIDDEN_ORIGIN");
    expect(response.headers.get("access-control-allow-origin")).toBe(origin);
  });
});

describe("hosts", () => {
  it("a foreign Host (a rebinding DNS name) is refused even from its own origin", async () => {
    const response = await send({
      headers: { host: "evil.example:3000", origin: "http://evil.example:3000", "content-type": "application/json" },
      body: JSON.stringify({ query: LAUNCH }),
    });
    expect(response.status).toBe(421);
  });

  it("an allowed host is answered", async () => {
    const server = createGraphQLServer(() => api.database.db, {
      ...DEFAULT_CONSOLE_SETTINGS,
      allowedHosts: ["strata.internal"],
    });
    const response = await send(
      {
        headers: {
          host: "strata.internal:3000",
          origin: "http://strata.internal:3000",
          "content-type": "application/json",
        },
        body: JSON.stringify({ query: "{ codeLocations { name } }" }),
      },
      server,
    );
    expect(response.status).toBe(200);
  });
});

describe("request bodies", () => {
  const oversized = JSON.stringify({
    query: "{ codeLocations { name } }",
    variables: { padding: "x".repeat(MAX_REQUEST_BODY_BYTES) },
  });

  it("a body declared larger than 1 MiB is refused with 413 before it is read", async () => {
    const response = await send({
      headers: { "content-type": "application/json", "content-length": String(oversized.length) },
      body: oversized,
    });
    expect(response.status).toBe(413);
    expect(response.json().errors?.[0]?.extensions?.code).toBe("REQUEST_ENTITY_TOO_LARGE");
  });

  it("a streamed body is cut off at 1 MiB with 413", async () => {
    const bytes = new TextEncoder().encode(oversized);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(sent, sent + 64 * 1024));
        sent += 64 * 1024;
      },
    });
    const response = await send({
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit & { headers: Record<string, string> });
    expect(response.status).toBe(413);
    expect(response.json().errors?.[0]?.extensions?.code).toBe("REQUEST_ENTITY_TOO_LARGE");
  });
});

describe("an unexpected exception", () => {
  it("is a GraphQL error, not an HTTP 500", async () => {
    const broken = createGraphQLServer(() => {
      throw new Error("the database is unreachable");
    }, DEFAULT_CONSOLE_SETTINGS);
    const response = await send(
      {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ codeLocations { name } }" }),
      },
      broken,
    );
    expect(response.status).toBe(200);
    expect(response.json().errors?.length).toBe(1);
  });
});
