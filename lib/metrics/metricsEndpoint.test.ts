// Who may scrape /metrics with sign-in on: an API token of any role (READ_METRICS is every role's), nobody without
// one, and no browser page of another site. Refusals and failures are short texts with their reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueApiToken } from "../auth/apiTokens";
import { consoleSettingsSchema } from "../core/consoleSettings";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { createInstanceMetrics, type InstanceMetrics } from "./instanceMetrics";
import { createMetricsHandler } from "./metricsEndpoint";

const settings = consoleSettingsSchema.parse({ auth: { publicUrl: "https://strata.example.com" } });
let database: TestDatabase;
let handler: (request: Request) => Promise<Response>;
let viewerToken = "";

beforeAll(async () => {
  database = await createTestDatabase();
  handler = createMetricsHandler({ db: database.db, settings, metrics: createInstanceMetrics(database.db) });
  const issued = await issueApiToken(database.db, { name: "prometheus", role: "VIEWER", createdBy: "test" });
  if (issued.kind !== "success") throw new Error(issued.message);
  viewerToken = issued.secret;
});

afterAll(async () => database?.drop());

const get = (headers: Record<string, string> = {}, method = "GET") =>
  handler(new Request("https://strata.example.com/metrics", { method, headers }));

describe("GET /metrics with sign-in on", () => {
  it("asks for a token without one (401), and refuses an unknown one", async () => {
    const anonymous = await get();
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toContain("Bearer");
    expect(anonymous.headers.get("content-type")).toContain("text/plain");
    expect(await anonymous.text()).toMatch(/READ_METRICS.*not signed in.*Authorization: Bearer/s);
    expect((await get({ authorization: "Bearer not-a-token" })).status).toBe(401);
  });

  it("answers a viewer's token with the metrics", async () => {
    const response = await get({ authorization: `Bearer ${viewerToken}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("# TYPE strata_runs gauge");
  });

  it("refuses another site's page, even with a token (403)", async () => {
    const foreign = await get({ authorization: `Bearer ${viewerToken}`, origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain('origin "https://evil.example" are refused');
    const noCors = await get({ authorization: `Bearer ${viewerToken}`, "sec-fetch-site": "cross-site" });
    expect(noCors.status).toBe(403);
    // The console's own page may read it.
    const own = await get({ authorization: `Bearer ${viewerToken}`, origin: "https://strata.example.com" });
    expect(own.status).toBe(200);
  });

  it("answers GET and HEAD only", async () => {
    const post = await get({ authorization: `Bearer ${viewerToken}` }, "POST");
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    const head = await get({ authorization: `Bearer ${viewerToken}` }, "HEAD");
    expect(head.status).toBe(200);
  });

  it("says why when the metrics cannot be read (503), never an error page", async () => {
    const failing: InstanceMetrics = {
      registry: createInstanceMetrics(database.db).registry,
      contentType: "text/plain",
      render: () => Promise.reject(new Error("Can't reach database server")),
    };
    const broken = createMetricsHandler({ db: database.db, settings, metrics: failing });
    const response = await broken(
      new Request("https://strata.example.com/metrics", { headers: { authorization: `Bearer ${viewerToken}` } }),
    );
    expect(response.status).toBe(503);
    expect(await response.text()).toBe("Could not read the metrics: Can't reach database server\n");
  });
});

describe("GET /metrics with sign-in off", () => {
  it("answers the local admin without a token, and still refuses another site", async () => {
    const local = createMetricsHandler({
      db: database.db,
      settings: consoleSettingsSchema.parse({}),
      metrics: createInstanceMetrics(database.db),
    });
    expect((await local(new Request("http://localhost:3000/metrics"))).status).toBe(200);
    const foreign = await local(
      new Request("http://localhost:3000/metrics", { headers: { origin: "http://evil.example" } }),
    );
    expect(foreign.status).toBe(403);
  });
});
