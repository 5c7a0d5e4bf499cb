// /metrics on its own address: no token, but no browser page either, and only for the Host names it may answer.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleSettingsSchema } from "../core/consoleSettings";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { type MetricsListener, parseListenAddress, startMetricsListener } from "./metricsListener";

describe("parseListenAddress", () => {
  it("reads host:port, [v6]:port and :port", () => {
    expect(parseListenAddress("127.0.0.1:9464")).toEqual({ host: "127.0.0.1", port: 9464 });
    expect(parseListenAddress("[::1]:9464")).toEqual({ host: "::1", port: 9464 });
    expect(parseListenAddress(":9464")).toEqual({ host: "127.0.0.1", port: 9464 });
    expect(parseListenAddress("0.0.0.0:9464")).toEqual({ host: "0.0.0.0", port: 9464 });
    expect(parseListenAddress("9464")).toBeNull();
    expect(parseListenAddress("localhost:99999")).toBeNull();
  });
});

describe("the metrics listener", () => {
  let database: TestDatabase;
  let listener: MetricsListener;

  beforeAll(async () => {
    database = await createTestDatabase();
    listener = await startMetricsListener({
      db: database.db,
      listen: { host: "127.0.0.1", port: 0 },
      // Sign-in on: the listener still wants no token.
      settings: consoleSettingsSchema.parse({ auth: { publicUrl: "https://strata.example.com" } }),
    });
  });

  afterAll(async () => {
    await listener?.stop();
    await database?.drop();
  });

  /** A raw request, so the Host header can be anything. */
  function request(
    path: string,
    headers: Record<string, string> = {},
    method = "GET",
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
    const [, port] = listener.address.split(/:(?=\d+$)/);
    return new Promise((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port: Number(port), path, method, headers }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    });
  }

  it("serves the metrics without a token", async () => {
    const response = await request("/metrics");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.body).toContain("# TYPE strata_run_queue_wait_seconds histogram");
    expect((await request("/metrics", { host: "strata.example.com:9464" })).status).toBe(200);
  });

  it("refuses browsers, other Host names, other paths and methods", async () => {
    const rebound = await request("/metrics", { host: "attacker.example:9464" });
    expect(rebound.status).toBe(421);
    expect((await request("/metrics", { origin: "http://127.0.0.1:9464" })).status).toBe(403);
    expect((await request("/metrics", { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await request("/")).status).toBe(404);
    expect((await request("/metrics", {}, "POST")).status).toBe(405);
  });
});
