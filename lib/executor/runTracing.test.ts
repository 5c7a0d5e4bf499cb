// OpenTelemetry traces of real runs: a worker whose run processes see OTEL_* variables exports, to a local OTLP/HTTP
// receiver, a span per run with a child span per step, carrying the run's and step's attributes and error status.

import { mkdtemp } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchRun } from "../orchestration/runs/launchRun";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { tracingDecision } from "./runTracing";
import { loadTestLocation } from "./testing/testLocation";
import { type StrataWorker, startWorker } from "./worker";

describe("tracingDecision", () => {
  it("is off unless an OTLP endpoint or exporter is named, and OTEL_SDK_DISABLED wins", () => {
    expect(tracingDecision({}).enabled).toBe(false);
    expect(tracingDecision({ OTEL_SERVICE_NAME: "x" }).enabled).toBe(false);
    expect(tracingDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" }).enabled).toBe(true);
    expect(tracingDecision({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://c:4318/v1/traces" }).enabled).toBe(true);
    expect(tracingDecision({ OTEL_TRACES_EXPORTER: "otlp" }).enabled).toBe(true);
    expect(tracingDecision({ OTEL_TRACES_EXPORTER: "none", OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318" })).toEqual({
      enabled: false,
      reason: 'OTEL_TRACES_EXPORTER is "none" (only otlp is supported)',
    });
    expect(tracingDecision({ OTEL_SDK_DISABLED: "TRUE", OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318" }).enabled).toBe(
      false,
    );
  });
});

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  arrayValue?: { values: OtlpValue[] };
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: OtlpValue }[];
  status?: { code?: number; message?: string };
  events?: { name: string }[];
}

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? value?.intValue ?? value?.arrayValue?.values.map((v) => v.stringValue);
};

describe("traces of runs", () => {
  let database: TestDatabase;
  let worker: StrataWorker;
  let receiver: http.Server;
  const spans: OtlpSpan[] = [];
  const resources: { key: string; value: OtlpValue }[][] = [];
  const saved = { ...process.env };

  beforeAll(async () => {
    receiver = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        if (request.url === "/v1/traces" && request.headers["content-type"]?.includes("json")) {
          const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
            resourceSpans: { resource: { attributes: [] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
          };
          for (const rs of body.resourceSpans) {
            resources.push(rs.resource.attributes);
            for (const ss of rs.scopeSpans) spans.push(...ss.spans);
          }
        }
        response.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const { port } = receiver.address() as AddressInfo;
    // The worker's run processes inherit these.
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${port}`;
    process.env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL = "http/json";
    process.env.OTEL_SERVICE_NAME = "strata-test";

    database = await createTestDatabase();
    await loadTestLocation(database.db, "pipeline", "lib/executor/testdata/pipeline.ts");
    const storageDir = await mkdtemp(path.join(os.tmpdir(), "strata-tracing-"));
    worker = await startWorker({ databaseUrl: database.url, concurrency: 1, storageDir });
  });

  afterAll(async () => {
    await worker?.stop();
    await database?.drop();
    receiver?.close();
    for (const key of ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_SERVICE_NAME"])
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
  });

  async function runAndWait(selection: string): Promise<string> {
    const launched = await launchRun(database.db, { selection, launchedBy: "test" });
    if (launched.kind !== "success") throw new Error(JSON.stringify(launched));
    const deadline = Date.now() + 60_000;
    // The run process reports the run finished only after its spans are exported.
    for (;;) {
      const runSpan = spans.find((s) => attribute(s, "strata.run.id") === launched.run.id && s.name.startsWith("run"));
      if (runSpan) return launched.run.id;
      if (Date.now() > deadline) throw new Error(`no run span for ${launched.run.id}; received ${spans.length} spans`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it("exports a run span with a child span per step", async () => {
    const runId = await runAndWait("+test/total");
    const ofRun = spans.filter((s) => attribute(s, "strata.run.id") === runId);
    const runSpan = ofRun.find((s) => s.name === "run")!;
    expect(attribute(runSpan, "strata.run.status")).toBe("SUCCESS");
    expect(attribute(runSpan, "strata.code_location")).toBe("pipeline");
    expect(attribute(runSpan, "strata.run.asset_keys")).toEqual(["test/numbers", "test/total"]);
    expect(runSpan.status?.code).toBe(1);
    const steps = ofRun.filter((s) => s.name.startsWith("step "));
    expect(steps.map((s) => s.name).sort()).toEqual(["step test/numbers", "step test/total"]);
    for (const step of steps) {
      expect(step.parentSpanId).toBe(runSpan.spanId);
      expect(step.traceId).toBe(runSpan.traceId);
      expect(attribute(step, "strata.step.status")).toBe("SUCCESS");
    }
    expect(attribute(steps.find((s) => s.name === "step test/total")!, "strata.asset.key")).toBe("test/total");
    const serviceNames = resources.flat().filter((a) => a.key === "service.name");
    expect(serviceNames.map((a) => a.value.stringValue)).toContain("strata-test");
  });

  it("marks a failed step and its run as errors, after the step's retries", async () => {
    const runId = await runAndWait("test/flaky");
    const ofRun = spans.filter((s) => attribute(s, "strata.run.id") === runId);
    const runSpan = ofRun.find((s) => s.name === "run")!;
    expect(attribute(runSpan, "strata.run.status")).toBe("FAILURE");
    expect(runSpan.status?.code).toBe(2);
    const step = ofRun.find((s) => s.name === "step test/flaky")!;
    expect(step.status).toMatchObject({ code: 2, message: "flaky failed on attempt 3" });
    expect(Number(attribute(step, "strata.step.attempts"))).toBe(3);
    expect(step.events?.map((e) => e.name)).toEqual(["exception", "retry", "exception", "retry", "exception"]);
  });
});
