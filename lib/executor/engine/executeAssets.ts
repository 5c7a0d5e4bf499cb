// executeAssets(): runs a selection of assets in-process, in dependency order, a few steps at a time.

import type { RunPartitionSelection } from "../../core/partitions";
import { formatConfigError, type RunConfig } from "../../core/runConfig";
import type { AssetDefinition } from "../../sdk/assetDefinition";
import { DEFAULT_IO_MANAGER, type Definitions } from "../../sdk/definitions";
import { inMemoryIOManager } from "../../sdk/inMemoryIOManager";
import type { IOManager } from "../../sdk/ioManager";
import { EventWriteError, InvalidRunError } from "./errors";
import { createEventSink, type EventWriter } from "./eventSink";
import type { ExecutionEvent } from "./events";
import { buildExecutionPlan, type PlanStep } from "./plan";
import { checkResources, createResourceScope } from "./resources";
import { resolveRunConfig } from "./runConfig";
import { createKeySpaces, resolveStepPartitions, stepEventPartitions, UNPARTITIONED } from "./runPartitions";
import { sleep } from "./sleep";
import {
  runStep,
  type StepHandle,
  type StepOutcome,
  type StepResult,
  type StepRuntime,
  type StepStatus,
} from "./stepRunner";

/** How long a batch of steps' starts may wait for their steps' next events, when computes do not wait for starts. */
const START_LINGER_MS = 20;

export interface ExecuteAssetsOptions {
  definitions: Definitions;
  /** Key strings (e.g. "analytics/daily_active_users") to materialize; the plan runs them in dependency order. */
  assetKeys: string[];
  runId: string;
  /**
   * The partition to materialize, which partitioned assets in the selection must have (unpartitioned ones ignore it),
   * or a range of partitions (inclusive), materialized by one compute per asset; those need backfillPolicy "single_run".
   */
  partitions?: RunPartitionSelection | null;
  /** The clock time-window partitions are judged by (only windows ended by then exist); default: now. */
  now?: Date;
  /** The stored keys of a dynamic partitions definition, in the order they were added (default: none). */
  dynamicPartitionKeys?: (name: string) => readonly string[];
  /** The run config document: `ops.<asset key>.config` per asset and `resources.<name>.config` per resource. */
  runConfig?: RunConfig;
  /** Resource values or resource definitions by name; overrides the definitions' own resources (swapping in tests). */
  resources?: Record<string, unknown>;
  /** Where outputs are stored and inputs loaded (default: the definitions' "default" IO manager, else in memory). */
  ioManager?: IOManager;
  /** How many steps may run at once (default 4). */
  maxConcurrency?: number;
  signal?: AbortSignal;
  /** How long canceled steps may take to stop before they are abandoned and reported canceled (default 5000 ms). */
  cancelGraceMs?: number;
  /** Awaited in order; the engine emits no event before onEvent finished with the previous one. */
  onEvent?: (event: ExecutionEvent) => void | Promise<void>;
  /**
   * Instead of onEvent: receives, in order, every event emitted while the previous batch was being written, so a store
   * writes the events of steps running at once in one transaction. No step starts before the end of each step it
   * depends on was written.
   */
  onEvents?: (events: ExecutionEvent[]) => void | Promise<void>;
  /** Wraps each step's execution, e.g. to capture stdout per step. */
  wrapStep?: <T>(stepKey: string, run: () => Promise<T>) => Promise<T>;
  /**
   * Called, and awaited, right before a step's user code runs. Given, a step's compute no longer waits for its start
   * to be written (the start then shares a batch with the step's end): the caller records here which steps ran, so a
   * step whose process dies, or whose start is never written, still ends failed rather than unstarted.
   */
  onStepComputing?: (stepKey: string) => void | Promise<void>;
  /** Keep every produced value in the result's outputs (default: only when values are stored in memory). */
  captureOutputs?: boolean;
  /** Random numbers in [0, 1) for retry jitter (default Math.random); fixed in tests. */
  random?: () => number;
  /** Run the selected assets' checks on their stored values, without materializing them. */
  checksOnly?: boolean;
}

export interface ExecutionResult {
  /** True when no step failed or was canceled and no blocking check failed. */
  success: boolean;
  /** "check on asset" for each blocking check that failed and held back what is downstream. */
  failedBlockingChecks: string[];
  stepStatuses: Record<string, StepStatus>;
  /** Values produced in this run by asset key string; empty unless captured (see captureOutputs). */
  outputs: Map<string, unknown>;
}

/**
 * A finished step that holds its downstream steps back (failed, skipped, or a blocking check failed) carries why,
 * traced to where it started, e.g. `Upstream asset "raw_events" failed`.
 */
type StepState =
  | { phase: "pending" }
  | { phase: "running"; handle: StepHandle }
  | { phase: "done"; status: StepStatus; holdBack: HoldBack | null };

interface HoldBack {
  /** The step the reason started at. */
  root: string;
  reason: string;
  /** The blocking check of `root` that failed, when that is the reason. */
  check: string | null;
}

/**
 * Runs the selected assets. Throws InvalidRunError before any step starts when a key is unknown, a partitioned asset
 * lacks the run's partition (or the run names none), run config is invalid or a resource cannot be provided; rejects
 * after cleanup with an EventWriteError if onEvent throws (the run's history would be incomplete): events emitted after
 * the failed write are dropped, so the store never records a step's end without what the step logged before it.
 * A failed step skips what depends on it while independent steps keep running; cancellation via `signal` aborts
 * running steps' ctx.signal and cancels the rest.
 */
export async function executeAssets(options: ExecuteAssetsOptions): Promise<ExecutionResult> {
  const { definitions } = options;
  const maxConcurrency = options.maxConcurrency ?? 4;
  if (!Number.isSafeInteger(maxConcurrency) || maxConcurrency < 1)
    throw new RangeError(`maxConcurrency must be a positive integer, got ${maxConcurrency}.`);
  const graceMs = options.cancelGraceMs ?? 5000;

  const plan = buildExecutionPlan(definitions, options.assetKeys);
  if (!plan.ok) throw new InvalidRunError(plan.errors);
  const spaceOf = createKeySpaces({
    now: options.now ?? new Date(),
    dynamicKeys: options.dynamicPartitionKeys ?? (() => []),
  });
  const partitions = resolveStepPartitions(plan.steps, options.partitions ?? null, spaceOf);
  if (!partitions.ok) throw new InvalidRunError(partitions.errors);
  const config = resolveRunConfig(definitions, options.assetKeys, options.runConfig);
  if (!config.ok) throw new InvalidRunError(config.errors.map(formatConfigError));
  const resourceCheck = checkResources(definitions, options.assetKeys, options.resources, config.resourceConfig);
  if (!resourceCheck.ok) throw new InvalidRunError(resourceCheck.errors);

  // One controller for the whole run: the caller's signal and a failing event sink both stop it.
  const runController = new AbortController();
  const forwardAbort = () => runController.abort(options.signal?.reason);
  if (options.signal?.aborted) forwardAbort();
  else options.signal?.addEventListener("abort", forwardAbort, { once: true });
  const sink = createEventSink(
    eventWriter(options),
    () => runController.abort(new Error("onEvent failed")),
    options.onStepComputing ? START_LINGER_MS : 0,
  );

  const runDefaultIO = options.ioManager ?? definitions.ioManagers[DEFAULT_IO_MANAGER];
  const captureOutputs = options.captureOutputs ?? runDefaultIO === undefined;
  const defaultIO = runDefaultIO ?? inMemoryIOManager();
  const outputs = new Map<string, unknown>();
  const resources = createResourceScope(definitions, options.resources, config.resourceConfig);
  const runtime: StepRuntime = {
    definitions,
    runId: options.runId,
    partitionsOf: (stepKey) => partitions.byStep.get(stepKey) ?? UNPARTITIONED,
    spaceOf,
    configs: config.configs,
    resources,
    ioManagerFor: (definition) => ioManagerFor(definition, definitions, defaultIO),
    emit: (event) => sink.emit(event),
    room: () => sink.room(),
    wrapStep: options.wrapStep ?? ((_stepKey, run) => run()),
    outputs: captureOutputs ? outputs : null,
    random: options.random ?? Math.random,
    checksOnly: options.checksOnly ?? false,
    onStepComputing: options.onStepComputing ?? null,
  };

  try {
    const states = await schedule(plan.steps, runtime, runController.signal, maxConcurrency, graceMs);
    const stepStatuses: Record<string, StepStatus> = {};
    for (const step of plan.steps) {
      const state = states.get(step.key);
      stepStatuses[step.key] = state?.phase === "done" ? state.status : "CANCELED";
    }
    for (const problem of await resources.teardown())
      await sink.emit({ type: "LOG", stepKey: "", level: "ERROR", message: problem, partitionKey: null });
    await sink.close();
    if (sink.failure) throw new EventWriteError(sink.failure.error);
    // A failed blocking check fails the run, as a failed step does: what is downstream of it did not happen.
    const failedBlockingChecks = [...states.values()].flatMap((state) =>
      state.phase === "done" && state.status === "SUCCESS" && state.holdBack?.check
        ? [`${state.holdBack.check} on ${state.holdBack.root}`]
        : [],
    );
    const success =
      failedBlockingChecks.length === 0 &&
      Object.values(stepStatuses).every((status) => status === "SUCCESS" || status === "SKIPPED");
    return { success, stepStatuses, outputs, failedBlockingChecks };
  } finally {
    options.signal?.removeEventListener("abort", forwardAbort);
    await resources.teardown();
    await sink.close();
  }
}

function ioManagerFor(definition: AssetDefinition, definitions: Definitions, fallback: IOManager): IOManager {
  if (definition.ioManager === null) return fallback;
  if (typeof definition.ioManager !== "string") return definition.ioManager;
  // Names were checked when the definitions loaded.
  return definitions.ioManagers[definition.ioManager] ?? fallback;
}

function eventWriter({ onEvent, onEvents }: ExecuteAssetsOptions): EventWriter | undefined {
  if (onEvents || !onEvent) return onEvents;
  return async (events) => {
    for (const event of events) await onEvent(event);
  };
}

/**
 * Starts steps as their upstream steps finish, at most `maxConcurrency` at once, until every step is done. A step holds
 * its slot while it works; once it has emitted its end it gives the slot up, and its downstream steps start after the
 * writer has finished with that end. More steps than the slots may so wait on the writer, and their ends share a
 * transaction.
 */
async function schedule(
  steps: readonly PlanStep[],
  runtime: StepRuntime,
  signal: AbortSignal,
  maxConcurrency: number,
  graceMs: number,
): Promise<Map<string, StepState>> {
  const byKey = new Map(steps.map((step, index) => [step.key, { step, index }]));
  const states = new Map<string, StepState>(steps.map((step) => [step.key, { phase: "pending" }]));
  const ready: number[] = []; // plan indexes, ascending, so steps start in dependency order
  const finished: { key: string; outcome: StepOutcome }[] = [];
  /** Steps started and not finished yet: working, or waiting for their end to be written. */
  let running = 0;
  /** Steps working: what maxConcurrency bounds. */
  let working = 0;
  let wake: () => void = () => {};

  const markReady = (index: number) => {
    let at = ready.length;
    while (at > 0 && (ready[at - 1] as number) > index) at--;
    ready.splice(at, 0, index);
  };
  const finish = async (key: string, status: StepStatus, holdBack: HoldBack | null) => {
    states.set(key, { phase: "done", status, holdBack });
    await releaseDownstream(key);
  };
  /** Looks at each downstream step of a finished one: skip it, start it, or keep waiting. */
  const releaseDownstream = async (key: string) => {
    for (const childKey of byKey.get(key)?.step.downstream ?? []) {
      const child = byKey.get(childKey);
      if (!child || states.get(childKey)?.phase !== "pending") continue;
      const blocker = blockingUpstream(child.step, states, byKey);
      if (blocker) {
        const via = blocker.holdBack.root === blocker.upstream ? "" : ` (via "${blocker.upstream}")`;
        const assetKey = [...child.step.definition.key];
        const on = stepEventPartitions(runtime.partitionsOf(childKey));
        // Not awaited: nothing computes downstream of a skipped step, and the sink keeps the order, so a failure that
        // skips hundreds of steps costs a few writes rather than one each.
        void runtime.emit({
          type: "STEP_SKIPPED",
          stepKey: childKey,
          assetKey,
          ...on,
          reason: `${blocker.holdBack.reason}${via}.`,
        });
        await finish(childKey, "SKIPPED", blocker.holdBack);
      } else if (child.step.upstream.every((upstreamKey) => states.get(upstreamKey)?.phase === "done")) {
        markReady(child.index);
      }
    }
  };
  const start = (step: PlanStep) => {
    const controller = new AbortController();
    const handle: StepHandle = { controller, abandoned: false };
    states.set(step.key, { phase: "running", handle });
    running++;
    working++;
    const stopStep = () => controller.abort(signal.reason);
    signal.addEventListener("abort", stopStep, { once: true });
    runStep(step, runtime, handle)
      // A throw here is a bug in the runner or in wrapStep; count it as the step failing rather than hang the run.
      .catch((): StepResult => ({ outcome: { status: "FAILURE", blockedBy: null }, recorded: Promise.resolve() }))
      .then(async ({ outcome, recorded }) => {
        signal.removeEventListener("abort", stopStep);
        if (handle.abandoned) return;
        working--;
        wake();
        await recorded;
        if (handle.abandoned) return;
        running--;
        finished.push({ key: step.key, outcome });
        wake();
      });
  };
  const nextWake = () => new Promise<void>((resolve) => (wake = resolve));
  const aborted = new Promise<void>((resolve) =>
    signal.aborted ? resolve() : signal.addEventListener("abort", () => resolve(), { once: true }),
  );

  steps.forEach((step, index) => step.upstream.length === 0 && markReady(index));
  while (!signal.aborted) {
    while (working < maxConcurrency && ready.length > 0) start(steps[ready.shift() as number] as PlanStep);
    if (running === 0 && finished.length === 0) break;
    const woken = nextWake();
    if (finished.length === 0) await Promise.race([woken, aborted]);
    // Checked before taking each entry: after an abort, cancelRemaining records what is left.
    while (finished.length > 0 && !signal.aborted) {
      const done = finished.shift() as { key: string; outcome: StepOutcome };
      await finish(done.key, done.outcome.status, holdBackOf(done.key, done.outcome));
    }
  }
  if (signal.aborted) await cancelRemaining(steps, states, finished, runtime, graceMs, () => running, nextWake);
  return states;
}

function holdBackOf(key: string, outcome: StepOutcome): HoldBack | null {
  if (outcome.status === "FAILURE") return { root: key, reason: `Upstream asset "${key}" failed`, check: null };
  if (outcome.blockedBy !== null)
    return {
      root: key,
      reason: `Blocking check "${outcome.blockedBy}" on asset "${key}" failed`,
      check: outcome.blockedBy,
    };
  return null;
}

/** What keeps a step from running: the first upstream step that holds its downstream back, and why. */
function blockingUpstream(
  step: PlanStep,
  states: ReadonlyMap<string, StepState>,
  byKey: ReadonlyMap<string, { step: PlanStep }>,
): { upstream: string; holdBack: HoldBack } | null {
  for (const upstreamKey of step.upstream) {
    // Observations only order the steps: downstream assets read external data through load(), whatever observe did.
    if (byKey.get(upstreamKey)?.step.definition.type === "external") continue;
    const state = states.get(upstreamKey);
    if (state?.phase !== "done") continue;
    if (state.holdBack) return { upstream: upstreamKey, holdBack: state.holdBack };
    if (state.status !== "SUCCESS")
      return {
        upstream: upstreamKey,
        holdBack: { root: upstreamKey, reason: `Upstream asset "${upstreamKey}" did not succeed`, check: null },
      };
  }
  return null;
}

/** After cancellation: pending steps are canceled now; running ones get `graceMs` to stop, then are abandoned. */
async function cancelRemaining(
  steps: readonly PlanStep[],
  states: Map<string, StepState>,
  finished: { key: string; outcome: StepOutcome }[],
  runtime: StepRuntime,
  graceMs: number,
  runningCount: () => number,
  nextWake: () => Promise<void>,
): Promise<void> {
  const record = (key: string, status: StepStatus) => states.set(key, { phase: "done", status, holdBack: null });
  const canceled = (step: PlanStep) =>
    runtime.emit({
      type: "STEP_CANCELED",
      stepKey: step.key,
      assetKey: [...step.definition.key],
      ...stepEventPartitions(runtime.partitionsOf(step.key)),
    });
  for (const step of steps) {
    if (states.get(step.key)?.phase !== "pending") continue;
    record(step.key, "CANCELED");
    await canceled(step);
  }
  const graceOver = new AbortController();
  const grace = sleep(graceMs, graceOver.signal);
  for (;;) {
    for (let done = finished.shift(); done; done = finished.shift()) record(done.key, done.outcome.status);
    if (runningCount() === 0) break;
    const timedOut = await Promise.race([nextWake().then(() => false), grace.then(() => true)]);
    if (timedOut && finished.length === 0) break;
  }
  graceOver.abort();
  for (const step of steps) {
    const state = states.get(step.key);
    if (state?.phase !== "running") continue;
    state.handle.abandoned = true;
    record(step.key, "CANCELED");
    await canceled(step);
  }
}
