// Runs one step: loads its inputs, computes (or observes), stores the output per partition, and retries per the asset's policy.
import type { MetadataValue } from "../../core/definitionsSnapshot";
import type { PartitionKeySpace } from "../../core/partitions";
import type { AssetDefinition, ExternalAssetDefinition } from "../../sdk/assetDefinition";
import type { AssetExecutionContext } from "../../sdk/context";
import type { Definitions } from "../../sdk/definitions";
import type { IOManager } from "../../sdk/ioManager";
import { type MetadataInput, toMetadataValues } from "../../sdk/metadata";
import { isOutputWithMetadata } from "../../sdk/output";
import type { PartitionsDefinition } from "../../sdk/partitions";
import { retryDelayMs } from "../../sdk/retryPolicy";
import { InputUnavailableError } from "./errors";
import { type LogLevel, toStepError, type UnstampedEvent } from "./events";
import { loadInputs } from "./inputs";
import { partitionContextFields } from "./partitionContext";
import type { PlanStep } from "./plan";
import { valuesByPartition } from "./rangeOutputs";
import type { ResourceScope } from "./resources";
import { runChecks } from "./runChecks";
import { type StepPartitions, stepEventPartitions, UNPARTITIONED } from "./runPartitions";
import { sleep } from "./sleep";

export type StepStatus = "SUCCESS" | "FAILURE" | "SKIPPED" | "CANCELED";

/** How a step ended; a successful step may still hold back its downstream steps with a failed blocking check. */
export interface StepOutcome {
  status: StepStatus;
  /** The blocking check that failed, if any. */
  blockedBy: string | null;
}

/** What every step of a run shares. */
export interface StepRuntime {
  definitions: Definitions;
  runId: string;
  /** The partitions a step materializes (checked before the run started). */
  partitionsOf(stepKey: string): StepPartitions;
  /** An asset's key space for this run, for mapping partitions to upstream partitions. */
  spaceOf(definition: PartitionsDefinition): PartitionKeySpace;
  /** Parsed run config by asset key string. */
  configs: ReadonlyMap<string, unknown>;
  resources: ResourceScope;
  ioManagerFor(definition: AssetDefinition): IOManager;
  emit(event: UnstampedEvent): Promise<void>;
  /** Resolves once the writer can take more events: what a logging step awaits under a burst. */
  room(): Promise<void>;
  wrapStep<T>(stepKey: string, run: () => Promise<T>): Promise<T>;
  /** Where produced values are kept for the caller, or null when they are not. */
  outputs: Map<string, unknown> | null;
  /** For retry jitter; Math.random unless a test fixes it. */
  random: () => number;
  /** A run of checks alone: each step loads its asset's stored value instead of computing it, then checks it. */
  checksOnly: boolean;
  /** Told before each step's user code runs; when set, that code does not wait for the step's start to be written. */
  onStepComputing: ((stepKey: string) => void | Promise<void>) | null;
}

/**
 * A step whose work is done: how it ended, and when its last event is written. The scheduler frees the step's
 * concurrency slot at once and starts what is downstream only once `recorded` resolved, so a step's end is in the
 * store before anything that depends on it runs, while the writer takes the ends of many steps in one transaction.
 */
export interface StepResult {
  outcome: StepOutcome;
  /** Resolves once the writer has finished with the step's last event (whether or not it wrote it; see the sink). */
  recorded: Promise<void>;
}

/** The scheduler's hold on a running step. */
export interface StepHandle {
  readonly controller: AbortController;
  /** Set when cancellation stopped waiting for the step; whatever it emits afterwards is dropped. */
  abandoned: boolean;
}

export function runStep(step: PlanStep, runtime: StepRuntime, handle: StepHandle): Promise<StepResult> {
  return runtime.wrapStep(step.key, () => runAttempts(step, runtime, handle));
}

const ended = (status: StepStatus, recorded: Promise<void>): StepResult => ({
  outcome: { status, blockedBy: null },
  recorded,
});

async function runAttempts(step: PlanStep, runtime: StepRuntime, handle: StepHandle): Promise<StepResult> {
  const { definition } = step;
  const stepKey = step.key;
  const assetKey = [...definition.key];
  const partitions = runtime.partitionsOf(stepKey);
  const on = { stepKey, assetKey, ...stepEventPartitions(partitions) };
  const signal = handle.controller.signal;
  const emit = (event: UnstampedEvent) => (handle.abandoned ? Promise.resolve() : runtime.emit(event));
  // A step's last event is not awaited here: the scheduler waits for it (see StepResult).
  const cancel = (): StepResult => ended("CANCELED", emit({ type: "STEP_CANCELED", ...on }));

  if (definition.type === "external" && !definition.observe) {
    const skipped = emit({
      type: "STEP_SKIPPED",
      ...on,
      reason: `External asset "${stepKey}" has no observe function, so there is nothing to run; downstream assets read it with load().`,
    });
    return ended("SKIPPED", skipped);
  }

  const policy = definition.type === "asset" ? definition.retryPolicy : null;
  const maxAttempts = 1 + (policy?.maxRetries ?? 0);
  for (let attempt = 1; ; attempt++) {
    if (signal.aborted) return cancel();
    // User code runs once the store shows its step running, or once whoever executes the run knows it does (then the
    // start is written with what follows it): a step that takes its process down, or whose start could not be
    // written, ends failed with the run rather than looking as if it never started.
    const startWritten = emit({ type: "STEP_START", ...on, attempt });
    if (runtime.onStepComputing) await runtime.onStepComputing(stepKey);
    else await startWritten;
    if (signal.aborted) return cancel();
    const started = performance.now();
    try {
      const produced = await runAttempt(step, partitions, runtime, handle, attempt, emit);
      const checks = runtime.definitions.checksFor(stepKey);
      const log = stepLogger(stepKey, on.partitionKey, emit, () => runtime.room());
      // Checks see the materialized value; a check that throws is recorded as errored, never as a failed step.
      const blockedBy =
        produced.materialized && checks.length > 0
          ? await runChecks(
              checks,
              produced.value,
              { runId: runtime.runId, stepKey, assetKey, partitionKey: on.partitionKey, log, signal },
              runtime.resources,
              emit,
            )
          : null;
      const recorded = emit({ type: "STEP_SUCCESS", ...on, durationMs: Math.round(performance.now() - started) });
      return { outcome: { status: "SUCCESS", blockedBy }, recorded };
    } catch (error) {
      // After cancellation an error is most likely the abort itself; report the step canceled, not failed.
      if (signal.aborted) return cancel();
      const willRetry = policy !== null && attempt < maxAttempts && !(error instanceof InputUnavailableError);
      const failed = emit({ type: "STEP_FAILURE", ...on, error: toStepError(error), attempt, willRetry });
      if (!willRetry) return ended("FAILURE", failed);
      const delayMs = retryDelayMs(policy, attempt, runtime.random);
      await emit({ type: "STEP_RETRY", ...on, attempt: attempt + 1, delayMs });
      if (!(await sleep(delayMs, signal))) return cancel();
    }
  }
}

async function runAttempt(
  step: PlanStep,
  partitions: StepPartitions,
  runtime: StepRuntime,
  handle: StepHandle,
  attempt: number,
  emit: (event: UnstampedEvent) => Promise<void>,
): Promise<{ materialized: boolean; value: unknown }> {
  const { definition } = step;
  const metadata: Record<string, MetadataValue> = {};
  const addMetadata = (
    input: Readonly<Record<string, MetadataInput>> | undefined,
    source: string,
    into: Record<string, MetadataValue> = metadata,
  ) => {
    const { values, problems } = toMetadataValues(input);
    if (problems.length > 0) throw new TypeError(`${source}: ${problems.join("; ")}`);
    Object.assign(into, values);
  };
  const log = stepLogger(step.key, stepEventPartitions(partitions).partitionKey, emit, () => runtime.room());
  const contextFor = async (
    target: AssetDefinition | ExternalAssetDefinition,
    config: unknown,
    targetPartitions: StepPartitions,
  ): Promise<AssetExecutionContext> => ({
    runId: runtime.runId,
    assetKey: [...target.key],
    ...partitionContextFields(targetPartitions),
    config,
    log,
    signal: handle.controller.signal,
    resources: await runtime.resources.valuesFor(target.resourceKeys),
    attempt,
    addOutputMetadata: (entries) => addMetadata(entries, "ctx.addOutputMetadata"),
  });
  const context = await contextFor(definition, runtime.configs.get(step.key) ?? {}, partitions);
  const assetKey = [...definition.key];

  if (definition.type === "external") {
    const observation = (await definition.observe?.(context)) ?? {};
    addMetadata(observation.metadata, "observe() metadata");
    const dataVersion = observation.dataVersion;
    if (dataVersion !== undefined && typeof dataVersion !== "string")
      throw new TypeError(`observe() returned dataVersion ${JSON.stringify(dataVersion)}; it must be a string.`);
    await emit({
      type: "ASSET_OBSERVATION",
      stepKey: step.key,
      assetKey,
      partitionKey: null,
      dataVersion: dataVersion ?? null,
      metadata,
    });
    return { materialized: false, value: undefined };
  }
  const io = runtime.ioManagerFor(definition);
  if (runtime.checksOnly) {
    // Checks alone read what the asset stored last; they never materialize it again.
    const stored = partitions.range
      ? Object.fromEntries(
          await Promise.all(
            partitions.keys.map(
              async (key) =>
                [
                  key,
                  await io.loadInput({ assetKey: [...assetKey], partitionKey: key, runId: runtime.runId }),
                ] as const,
            ),
          ),
        )
      : await io.loadInput({ assetKey: [...assetKey], partitionKey: partitions.keys[0] ?? null, runId: runtime.runId });
    return { materialized: true, value: stored };
  }

  // External upstreams are unpartitioned, so their load() sees no partition.
  const inputs = await loadInputs(
    definition,
    partitions,
    runtime,
    (target) => contextFor(target, {}, UNPARTITIONED),
    log,
  );
  let value: unknown = await definition.compute(inputs, context);
  if (isOutputWithMetadata(value)) {
    addMetadata(value.metadata, "withMetadata(…)");
    value = value.value;
  }
  const store = async (
    partitionKey: string | null,
    output: unknown,
    partitionMetadata: Record<string, MetadataValue>,
  ) => {
    await io.handleOutput({ assetKey: [...assetKey], partitionKey, runId: runtime.runId }, output);
    // Not awaited: the sink writes it before the step's end event, which is awaited before anything downstream starts,
    // and so a step's materializations and its end go to the store together.
    void emit({
      type: "ASSET_MATERIALIZATION",
      stepKey: step.key,
      assetKey: [...assetKey],
      partitionKey,
      metadata: partitionMetadata,
    });
  };

  if (!partitions.range) {
    await store(partitions.keys[0] ?? null, value, metadata);
    runtime.outputs?.set(step.key, value);
    return { materialized: true, value };
  }
  // A range run: every partition's value and metadata are checked before any is stored, then each is stored and recorded.
  const outputs = [...valuesByPartition(step.key, partitions.keys, partitions.range, value)].map(
    ([partitionKey, entry]) => {
      const partitionMetadata = { ...metadata };
      if (!isOutputWithMetadata(entry)) return { partitionKey, output: entry, partitionMetadata };
      addMetadata(entry.metadata, `withMetadata(…) of partition "${partitionKey}"`, partitionMetadata);
      return { partitionKey, output: entry.value, partitionMetadata };
    },
  );
  for (const { partitionKey, output, partitionMetadata } of outputs)
    await store(partitionKey, output, partitionMetadata);
  const byPartition = Object.fromEntries(outputs.map(({ partitionKey, output }) => [partitionKey, output]));
  runtime.outputs?.set(step.key, byPartition);
  return { materialized: true, value: byPartition };
}

function stepLogger(
  stepKey: string,
  partitionKey: string | null,
  emit: (event: UnstampedEvent) => Promise<void>,
  room: () => Promise<void>,
): AssetExecutionContext["log"] {
  // A line is queued at once and user code need not await it; the sink keeps the order and handles its own errors.
  // What it returns resolves at once unless many lines wait to be written: a step logging in a loop that awaits it is
  // held back to the writer's pace instead of queueing without limit.
  const write = (level: LogLevel) => (message: string) => {
    void emit({ type: "LOG", stepKey, level, message: String(message), partitionKey });
    return room();
  };
  return { debug: write("DEBUG"), info: write("INFO"), warn: write("WARN"), error: write("ERROR") };
}
