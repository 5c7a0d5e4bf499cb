// Optional OpenTelemetry traces of runs: a span per run, a child span per step, exported over OTLP/HTTP. Configured by
// the standard variables (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, OTEL_SERVICE_NAME,
// OTEL_RESOURCE_ATTRIBUTES, OTEL_EXPORTER_OTLP_HEADERS, OTEL_TRACES_EXPORTER, OTEL_SDK_DISABLED); with none of them set
// the SDK is never loaded. The exporter sends JSON (the http/json protocol of the OTLP spec).
//
// Step spans are built from the run's execution events, with the events' own times, after the events are written:
// they show what the event log shows. A run process is warm and may be killed at any time between runs, so each run's
// spans are flushed before the worker hears that the run finished.
import type { Context, Span, Tracer } from "@opentelemetry/api";
import type { ExecutionEvent } from "./engine";

export interface TracedRun {
  id: string;
  codeLocationName: string;
  jobName: string | null;
  assetSelection: string[];
  /** The run's partition key or range as text, or null. */
  partition: string | null;
}

export interface RunTrace {
  /** The run's events, once written to the store. */
  onEvents(events: readonly ExecutionEvent[]): void;
  /** Ends the run's span (and any step span still open) with the run's final status. */
  end(status: string | null, endTime?: Date): void;
}

export interface RunTracer {
  startRun(run: TracedRun): RunTrace;
  /** Exports every ended span; resolves within FLUSH_TIMEOUT_MS whatever the collector does. */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

const FLUSH_TIMEOUT_MS = 10_000;

export type TracingDecision = { enabled: true } | { enabled: false; reason: string };

/** Whether the environment asks for traces: an OTLP endpoint, or OTEL_TRACES_EXPORTER=otlp, and no OTEL_SDK_DISABLED. */
export function tracingDecision(env: Record<string, string | undefined> = process.env): TracingDecision {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true")
    return { enabled: false, reason: "OTEL_SDK_DISABLED is true" };
  const exporters = (env.OTEL_TRACES_EXPORTER ?? "")
    .split(",")
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  if (exporters.length > 0 && !exporters.includes("otlp"))
    return { enabled: false, reason: `OTEL_TRACES_EXPORTER is "${env.OTEL_TRACES_EXPORTER}" (only otlp is supported)` };
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint && !exporters.includes("otlp")) return { enabled: false, reason: "no OTLP endpoint is configured" };
  return { enabled: true };
}

/** The tracer the environment asks for, or null (and nothing loaded) when it asks for none. */
export async function createRunTracer(
  env: Record<string, string | undefined> = process.env,
): Promise<RunTracer | null> {
  if (!tracingDecision(env).enabled) return null;
  const [api, sdk, exporterModule, resources] = await Promise.all([
    import("@opentelemetry/api"),
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/resources"),
  ]);
  // OTEL_RESOURCE_ATTRIBUTES and OTEL_SERVICE_NAME, with "strata" as the service's name when neither names it.
  const resource = resources
    .resourceFromAttributes({ "service.name": "strata" })
    .merge(resources.detectResources({ detectors: [resources.envDetector] }));
  // The exporter reads the endpoint, headers and timeout from the same variables.
  const exporter = new exporterModule.OTLPTraceExporter();
  const provider = new sdk.NodeTracerProvider({ resource, spanProcessors: [new sdk.BatchSpanProcessor(exporter)] });
  const tracer = provider.getTracer("strata");
  const withTimeout = (work: Promise<void>) =>
    Promise.race([work.catch(() => {}), new Promise<void>((resolve) => setTimeout(resolve, FLUSH_TIMEOUT_MS).unref())]);
  return {
    startRun: (run) => startRunTrace(api, tracer, run),
    flush: () => withTimeout(provider.forceFlush()),
    shutdown: () => withTimeout(provider.shutdown()),
  };
}

type Api = typeof import("@opentelemetry/api");

function startRunTrace(api: Api, tracer: Tracer, run: TracedRun): RunTrace {
  const runAttributes = {
    "strata.run.id": run.id,
    "strata.code_location": run.codeLocationName,
    "strata.run.asset_keys": run.assetSelection,
    ...(run.jobName ? { "strata.job.name": run.jobName } : {}),
    ...(run.partition !== null ? { "strata.partition": run.partition } : {}),
  };
  const runSpan = tracer.startSpan(run.jobName ? `run ${run.jobName}` : "run", {
    kind: api.SpanKind.INTERNAL,
    attributes: runAttributes,
  });
  const parent: Context = api.trace.setSpan(api.context.active(), runSpan);
  const steps = new Map<string, { span: Span; attempts: number }>();

  const stepSpan = (event: { stepKey: string; assetKey: string[] }, at: Date) => {
    const open = steps.get(event.stepKey);
    if (open) return open;
    const span = tracer.startSpan(
      `step ${event.stepKey}`,
      {
        kind: api.SpanKind.INTERNAL,
        startTime: at,
        attributes: {
          "strata.run.id": run.id,
          "strata.step.key": event.stepKey,
          "strata.asset.key": event.assetKey.join("/"),
          ...(run.partition !== null ? { "strata.partition": run.partition } : {}),
        },
      },
      parent,
    );
    const entry = { span, attempts: 0 };
    steps.set(event.stepKey, entry);
    return entry;
  };
  const endStep = (stepKey: string, status: string, at: Date) => {
    const entry = steps.get(stepKey);
    if (!entry) return;
    entry.span.setAttribute("strata.step.status", status);
    entry.span.setAttribute("strata.step.attempts", entry.attempts);
    entry.span.end(at);
    steps.delete(stepKey);
  };

  return {
    onEvents(events) {
      for (const event of events) {
        const at = new Date(event.timestamp);
        switch (event.type) {
          case "STEP_START": {
            const entry = stepSpan(event, at);
            entry.attempts = event.attempt;
            if (event.attempt > 1) entry.span.addEvent("retry", { "strata.step.attempt": event.attempt }, at);
            break;
          }
          case "STEP_SUCCESS":
            stepSpan(event, at).span.setStatus({ code: api.SpanStatusCode.OK });
            endStep(event.stepKey, "SUCCESS", at);
            break;
          case "STEP_FAILURE": {
            const { span } = stepSpan(event, at);
            span.recordException(
              { name: "StepFailure", message: event.error.message, stack: event.error.stack ?? undefined },
              at,
            );
            if (event.willRetry) break;
            span.setStatus({ code: api.SpanStatusCode.ERROR, message: event.error.message });
            endStep(event.stepKey, "FAILURE", at);
            break;
          }
          case "STEP_SKIPPED":
            stepSpan(event, at).span.setAttribute("strata.step.skip_reason", event.reason);
            endStep(event.stepKey, "SKIPPED", at);
            break;
          case "STEP_CANCELED":
            stepSpan(event, at);
            endStep(event.stepKey, "CANCELED", at);
            break;
          default:
            break;
        }
      }
    },
    end(status, endTime = new Date()) {
      // Steps the run ended without their own end (a lost event write, a cancel): they end with the run.
      for (const [stepKey, { span }] of steps) {
        if (status === "FAILURE")
          span.setStatus({ code: api.SpanStatusCode.ERROR, message: "The run failed before the step ended." });
        endStep(stepKey, status === "CANCELED" ? "CANCELED" : "FAILURE", endTime);
      }
      runSpan.setAttribute("strata.run.status", status ?? "UNKNOWN");
      if (status === "SUCCESS") runSpan.setStatus({ code: api.SpanStatusCode.OK });
      else if (status === "FAILURE") runSpan.setStatus({ code: api.SpanStatusCode.ERROR, message: "The run failed." });
      runSpan.end(endTime);
    },
  };
}
