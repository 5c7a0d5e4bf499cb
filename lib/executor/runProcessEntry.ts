// A run process: loads one code location once, then executes the runs its worker sends, one at a time. For each run
// it checks resources and config, runs the engine, and writes every event (and each step's stdout/stderr) to the store.
// Keeping the process warm between runs is what makes launch-to-first-step fast: Node, tsx, Prisma and the user's
// module are loaded before the run is even launched.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { formatRunPartitions, type PartitionsDefinitionSnapshot } from "../core/partitions";
import { formatConfigError, type RunConfig } from "../core/runConfig";
import { loadKeySpaceContext } from "../orchestration/workspace/workspace";
import { type Definitions, filesystemIOManager, isDefinitions } from "../sdk";
import { connectDatabase } from "../store/database";
import { appendLastRunEvents, appendRunEvents, rememberRunPartitions } from "../store/runEvents";
import { runPartitions } from "../store/runPartitions";
import { readRunStatus } from "../store/runQueries";
import { CHECKS_ONLY_TAG, type ExecutableRun, type FinishedRunStatus, finishRun, runEndInBatch } from "../store/runs";
import { readModuleGraph } from "./codeHash";
import { captureComputeLogs, runInStep } from "./computeLogCapture";
import { createComputeLogWriter } from "./computeLogWriter";
import { checkResources, EventWriteError, executeAssets, InvalidRunError, resolveRunConfig } from "./engine";
import { LastRunEvents } from "./lastRunEvents";
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

/** Steps of the run executing whose user code started (told to the worker before it ran), by run. */
const computedByRun = new Map<string, Set<string>>();

/**
 * Ends the run with `status`; returns the status when this call ended it, null when it had ended already. Steps whose
 * code started end as running steps do, even when their start, written with what followed it, never was.
 */
async function end(runId: string, status: FinishedRunStatus, message: string): Promise<FinishedRunStatus | null> {
  const last = lastEventsByRun.get(runId)?.take().map(toEventInput) ?? [];
  if (last.length > 0) {
    try {
      // The usual end: the last events and the run's end in one transaction.
      const ended = await appendLastRunEvents(db, runId, last, runEndInBatch(runId, status, message));
      if (ended) return status;
    } catch {
      // Nothing of that transaction was written (a lost connection, a deadlock): the events go on their own, then the
      // end as below; events that cannot be written fail the run, as a failed write during the run does.
      try {
        await appendRunEvents(db, runId, last);
      } catch (error) {
        return end(runId, "FAILURE", new EventWriteError(error).message);
      }
    }
  }
  return (await finishRun(db, runId, status, message, { computedSteps: computedByRun.get(runId) })) ? status : null;
}

/** Each executing run's last events, held for its end (see lastRunEvents.ts). */
const lastEventsByRun = new Map<string, LastRunEvents>();

/**
 * Tells the worker a step's user code is about to run. Not awaited: with the channel idle (a run process sends little
 * else), the message is written to the pipe before `send` returns, so the worker reads it even if this process dies
 * in the very next statement; awaiting its callback would only hold the compute until the step's start had been
 * written on its own.
 */
function tellComputing(runId: string, stepKey: string): void {
  computedByRun.get(runId)?.add(stepKey);
  report({ type: "computing", runId, stepKey });
}

/** Fails the run, and with it every step the store shows as not ended (see finishRun). */
function fail(runId: string, message: string): Promise<FinishedRunStatus | null> {
  return end(runId, "FAILURE", message);
}

/** Whether a partitions definition reads dynamic keys (from Postgres), itself or as a dimension. */
function readsDynamicKeys(snapshot: PartitionsDefinitionSnapshot): boolean {
  return (
    snapshot.type === "dynamic" ||
    (snapshot.type === "multi" && snapshot.dimensions.some((dimension) => readsDynamicKeys(dimension.definition)))
  );
}

/** Executes the run the worker claimed; returns the status it ended the run with (null when it was ended elsewhere). */
async function executeRun(
  run: ExecutableRun,
  loaded: Loaded,
  signal: AbortSignal,
  onTrace: (trace: RunTrace) => void,
): Promise<FinishedRunStatus | null> {
  const runId = run.id;
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
  // The workspace's clock and dynamic keys, read once before any step starts, so every step sees the same partitions;
  // code without dynamic partitions has no keys to read.
  const keySpaces = usesDynamicKeys(definitions)
    ? await loadKeySpaceContext(db)
    : { now: new Date(), dynamicKeys: () => [] };

  // Dagster's tag: how many steps of this run may execute at once (the engine's default otherwise).
  const maxConcurrency = Number((run.tags as Record<string, string>)[MAX_CONCURRENT_STEPS_TAG]) || undefined;

  const last = new LastRunEvents(run.assetSelection);
  lastEventsByRun.set(runId, last);
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
      // The worker knows which steps ran, so a step's compute need not wait for its start to be written.
      onStepComputing: (stepKey) => tellComputing(runId, stepKey),
      onEvents: async (events) => {
        if (!last.hold(events)) await appendRunEvents(db, runId, events.map(toEventInput));
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
  if (signal.aborted) return end(runId, "CANCELED", "Canceled by request.");
  if (result.success) {
    const partition = partitions
      ? ` for ${partitions.kind === "key" ? "partition" : "partitions"} ${formatRunPartitions(partitions)}`
      : "";
    return end(runId, "SUCCESS", `Materialized ${run.assetSelection.length} asset(s)${partition}.`);
  }
  const failed = Object.entries(result.stepStatuses)
    .filter(([, s]) => s === "FAILURE")
    .map(([k]) => k);
  const reasons = [
    ...(failed.length > 0 ? [`Steps failed: ${failed.join(", ")}.`] : []),
    ...result.failedBlockingChecks.map((check) => `Blocking check ${check} failed.`),
  ];
  return fail(runId, reasons.join(" ") || "Steps failed (see the log).");
}

const dynamicKeysUse = new WeakMap<Definitions, boolean>();

function usesDynamicKeys(definitions: Definitions): boolean {
  let uses = dynamicKeysUse.get(definitions);
  if (uses === undefined) {
    uses = definitions.assets.some((asset) => {
      const snapshot = asset.partitions?.snapshot as PartitionsDefinitionSnapshot | undefined;
      return snapshot !== undefined && readsDynamicKeys(snapshot);
    });
    dynamicKeysUse.set(definitions, uses);
  }
  return uses;
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
  const { run } = message;
  if (current) {
    // The worker sends one run at a time; a second one would race the first for the compute log capture.
    void fail(run.id, `The run process was still executing run ${current.runId}.`)
      .catch(() => null)
      .then((status) => report({ type: "finished", runId: run.id, status }));
    return;
  }
  const controller = new AbortController();
  const running: CurrentRun = { runId: run.id, controller };
  current = running;
  computedByRun.set(run.id, new Set());
  void loading
    .then((loaded) =>
      executeRun(run, loaded, controller.signal, (trace) => {
        running.trace = trace;
      }),
    )
    .catch(async (error: unknown): Promise<FinishedRunStatus | null> => {
      const e = error instanceof Error ? error : new Error(String(error));
      return fail(run.id, `The run process failed: ${e.message}`).catch(() => null);
    })
    .then(async (status) => {
      await endTrace(run.id, running.trace).catch(() => {});
      computedByRun.delete(run.id);
      lastEventsByRun.delete(run.id);
      current = null;
      report({ type: "finished", runId: run.id, status });
    });
});

function report(message: RunProcessReport): void {
  process.send?.(message);
}

void loading.then(async () => report({ type: "ready", codeHash: await codeHash }));
