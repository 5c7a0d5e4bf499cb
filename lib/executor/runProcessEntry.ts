// A run process: loads one code location once, then executes the runs its worker sends, one at a time. For each run
// it checks resources and config, runs the engine, and writes every event (and each step's stdout/stderr) to the store.
// Keeping the process warm between runs is what makes launch-to-first-step fast: Node, tsx, Prisma and the user's
// module are loaded before the run is even launched.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { formatRunPartitions } from "../core/partitions";
import { formatConfigError, type RunConfig } from "../core/runConfig";
import { loadKeySpaceContext } from "../orchestration/workspace/workspace";
import { type Definitions, filesystemIOManager, isDefinitions } from "../sdk";
import { connectDatabase } from "../store/database";
import { appendRunEvents, rememberRunPartitions } from "../store/runEvents";
import { runPartitions } from "../store/runPartitions";
import { readRunStatus } from "../store/runQueries";
import { CHECKS_ONLY_TAG, finishRun, readRunForExecution } from "../store/runs";
import { readModuleGraph } from "./codeHash";
import { captureComputeLogs, runInStep } from "./computeLogCapture";
import { createComputeLogWriter } from "./computeLogWriter";
import { checkResources, EventWriteError, executeAssets, InvalidRunError, resolveRunConfig } from "./engine";
import { isRunProcessRequest, type RunProcessReport } from "./runProcessProtocol";
import { createRunTracer, type RunTrace } from "./runTracing";
import { toEventInput } from "./toEventInput";

const MAX_CONCURRENT_STEPS_TAG = "strata/max_concurrent_steps";
const modulePath = process.env.STRATA_MODULE_PATH!;
const storageDir = process.env.STRATA_STORAGE_DIR ?? path.resolve(".strata/storage");
const db = connectDatabase(process.env.DATABASE_URL!);

// OpenTelemetry traces, when the OTEL_* variables ask for them (nothing is loaded otherwise).
const tracer = createRunTracer().catch((error: unknown) => {
  console.error(`[strata] OpenTelemetry tracing is off: ${error instanceof Error ? error.message : String(error)}`);
  return null;
});

// If the worker that supervises us dies, stop at once: the run monitor reports the run as failed.
process.on("disconnect", () => process.exit(70));

type Loaded = { ok: true; definitions: Definitions } | { ok: false; message: string };

async function loadDefinitions(): Promise<Loaded> {
  try {
    const loaded = (await import(pathToFileURL(modulePath).href)) as { default?: unknown; definitions?: unknown };
    const definitions = loaded.default ?? loaded.definitions;
    if (!isDefinitions(definitions))
      return {
        ok: false,
        message: `${modulePath} does not export its definitions (export default defineDefinitions({...})).`,
      };
    return { ok: true, definitions };
  } catch (error) {
    return { ok: false, message: `Could not load code location ${modulePath}: ${(error as Error).message}` };
  }
}

/** Fails the run, and with it every step the store shows as not ended (see finishRun). */
async function fail(runId: string, message: string): Promise<void> {
  await finishRun(db, runId, "FAILURE", message);
}

async function executeRun(
  runId: string,
  loaded: Loaded,
  signal: AbortSignal,
  onTrace: (trace: RunTrace) => void,
): Promise<void> {
  const run = await readRunForExecution(db, runId, await codeHash);
  rememberRunPartitions(run);
  const partitions = runPartitions(run);
  const trace = (await tracer)?.startRun({
    id: run.id,
    codeLocationName: run.codeLocationName,
    jobName: run.jobName,
    assetSelection: run.assetSelection,
    partition: partitions ? formatRunPartitions(partitions) : null,
  });
  if (trace) onTrace(trace);
  if (!loaded.ok) return fail(runId, loaded.message);
  const { definitions } = loaded;
  const runConfig = run.runConfig as RunConfig;
  const config = resolveRunConfig(definitions, run.assetSelection, runConfig);
  if (!config.ok) return fail(runId, `Invalid run config: ${config.errors.map(formatConfigError).join("; ")}`);
  const resources = checkResources(definitions, run.assetSelection, undefined, config.resourceConfig);
  if (!resources.ok) return fail(runId, resources.errors.join("; "));

  // The run's partitions as they were launched (partitions, above): the typed value, from the stored columns.
  // The workspace's clock and dynamic keys, read once before any step starts, so every step sees the same partitions.
  const keySpaces = await loadKeySpaceContext(db);

  // Dagster's tag: how many steps of this run may execute at once (the engine's default otherwise).
  const maxConcurrency = Number((run.tags as Record<string, string>)[MAX_CONCURRENT_STEPS_TAG]) || undefined;

  const logs = createComputeLogWriter(db, runId);
  const restoreStreams = captureComputeLogs(logs.write);
  let result;
  try {
    result = await executeAssets({
      definitions,
      assetKeys: run.assetSelection,
      runId,
      partitions,
      now: keySpaces.now,
      dynamicPartitionKeys: keySpaces.dynamicKeys,
      runConfig,
      checksOnly: (run.tags as Record<string, string>)[CHECKS_ONLY_TAG] === "true",
      ioManager: filesystemIOManager({ baseDir: storageDir }),
      signal,
      maxConcurrency,
      wrapStep: (stepKey, fn) => runInStep(stepKey, fn),
      onEvents: async (events) => {
        await appendRunEvents(db, runId, events.map(toEventInput));
        trace?.onEvents(events);
      },
    });
  } catch (error) {
    // Checked at launch too, but partitions may have changed since (a dynamic key deleted, a new code version).
    if (error instanceof InvalidRunError) return fail(runId, error.message);
    // Nothing after the lost events was written, so each step the store still shows running ends failed with the run,
    // steps not started end skipped, and only steps whose end (and everything before it) was written stay succeeded.
    if (error instanceof EventWriteError) return fail(runId, error.message);
    throw error;
  } finally {
    restoreStreams();
    await logs.close();
  }
  if (signal.aborted) await finishRun(db, runId, "CANCELED", "Canceled by request.");
  else if (result.success) {
    const partition = partitions
      ? ` for ${partitions.kind === "key" ? "partition" : "partitions"} ${formatRunPartitions(partitions)}`
      : "";
    await finishRun(db, runId, "SUCCESS", `Materialized ${run.assetSelection.length} asset(s)${partition}.`);
  } else {
    const failed = Object.entries(result.stepStatuses)
      .filter(([, s]) => s === "FAILURE")
      .map(([k]) => k);
    const reasons = [
      ...(failed.length > 0 ? [`Steps failed: ${failed.join(", ")}.`] : []),
      ...result.failedBlockingChecks.map((check) => `Blocking check ${check} failed.`),
    ];
    await finishRun(db, runId, "FAILURE", reasons.join(" ") || "Steps failed (see the log).");
  }
}

interface CurrentRun {
  runId: string;
  controller: AbortController;
  trace?: RunTrace;
}
let current: CurrentRun | null = null;

/** Ends the run's trace with its final status and exports it, before the worker may retire this process. */
async function endTrace(runId: string, trace: RunTrace | undefined): Promise<void> {
  if (!trace) return;
  const status = await readRunStatus(db, runId).catch(() => null);
  trace.end(status);
  await (await tracer)?.flush();
}
// Hashed before the import, so each run records the code this process loaded, whatever was saved or reloaded since.
const codeHash = readModuleGraph(modulePath).then(
  (graph) => graph.codeHash,
  () => null,
);
const loading = codeHash.then(loadDefinitions);

process.on("message", (message) => {
  if (!isRunProcessRequest(message)) return;
  if (message.type === "cancel") {
    if (current?.runId === message.runId) current.controller.abort();
    return;
  }
  if (current) {
    // The worker sends one run at a time; a second one would race the first for the compute log capture.
    void fail(message.runId, `The run process was still executing run ${current.runId}.`).finally(() =>
      report({ type: "finished", runId: message.runId }),
    );
    return;
  }
  const controller = new AbortController();
  const running: CurrentRun = { runId: message.runId, controller };
  current = running;
  void loading
    .then((loaded) =>
      executeRun(message.runId, loaded, controller.signal, (trace) => {
        running.trace = trace;
      }),
    )
    .catch(async (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      await finishRun(db, message.runId, "FAILURE", `The run process failed: ${e.message}`).catch(() => {});
    })
    .finally(async () => {
      await endTrace(message.runId, running.trace).catch(() => {});
      current = null;
      report({ type: "finished", runId: message.runId });
    });
});

function report(message: RunProcessReport): void {
  process.send?.(message);
}

void loading.then(() => report({ type: "ready" }));
