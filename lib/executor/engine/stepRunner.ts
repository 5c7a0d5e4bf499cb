// Runs one step: loads its inputs, computes (or observes), stores the output, and retries per the asset's policy.
import type { MetadataValue } from "../../core/definitionsSnapshot";
import { toAssetKeyString } from "../../core/assetKey";
import type { AssetDefinition, ExternalAssetDefinition } from "../../sdk/assetDefinition";
import type { AssetExecutionContext } from "../../sdk/context";
import type { Definitions } from "../../sdk/definitions";
import { OutputNotFoundError, type IOManager } from "../../sdk/ioManager";
import { toMetadataValues, type MetadataInput } from "../../sdk/metadata";
import { isOutputWithMetadata } from "../../sdk/output";
import { retryDelayMs } from "../../sdk/retryPolicy";
import { InputUnavailableError } from "./errors";
import { toStepError, type LogLevel, type UnstampedEvent } from "./events";
import type { PlanStep } from "./plan";
import type { ResourceScope } from "./resources";
import { sleep } from "./sleep";

export type StepStatus = "SUCCESS" | "FAILURE" | "SKIPPED" | "CANCELED";

/** What every step of a run shares. */
export interface StepRuntime {
  definitions: Definitions;
  runId: string;
  partitionKey: string | null;
  /** Parsed run config by asset key string. */
  configs: ReadonlyMap<string, unknown>;
  resources: ResourceScope;
  ioManagerFor(definition: AssetDefinition): IOManager;
  emit(event: UnstampedEvent): Promise<void>;
  wrapStep<T>(stepKey: string, run: () => Promise<T>): Promise<T>;
  /** Where produced values are kept for the caller, or null when they are not. */
  outputs: Map<string, unknown> | null;
  /** For retry jitter; Math.random unless a test fixes it. */
  random: () => number;
}

/** The scheduler's hold on a running step. */
export interface StepHandle {
  readonly controller: AbortController;
  /** Set when cancellation stopped waiting for the step; whatever it emits afterwards is dropped. */
  abandoned: boolean;
}

export function runStep(step: PlanStep, runtime: StepRuntime, handle: StepHandle): Promise<StepStatus> {
  return runtime.wrapStep(step.key, () => runAttempts(step, runtime, handle));
}

async function runAttempts(step: PlanStep, runtime: StepRuntime, handle: StepHandle): Promise<StepStatus> {
  const { definition } = step;
  const stepKey = step.key;
  const assetKey = [...definition.key];
  const signal = handle.controller.signal;
  const emit = (event: UnstampedEvent) => (handle.abandoned ? Promise.resolve() : runtime.emit(event));
  const cancel = async (): Promise<StepStatus> => {
    await emit({ type: "STEP_CANCELED", stepKey, assetKey });
    return "CANCELED";
  };

  if (definition.type === "external" && !definition.observe) {
    await emit({ type: "STEP_SKIPPED", stepKey, assetKey, reason: `External asset "${stepKey}" has no observe function, so there is nothing to run; downstream assets read it with load().` });
    return "SKIPPED";
  }

  const policy = definition.type === "asset" ? definition.retryPolicy : null;
  const maxAttempts = 1 + (policy?.maxRetries ?? 0);
  for (let attempt = 1; ; attempt++) {
    if (signal.aborted) return cancel();
    await emit({ type: "STEP_START", stepKey, assetKey, attempt });
    const started = performance.now();
    try {
      await runAttempt(step, runtime, handle, attempt, emit);
      await emit({ type: "STEP_SUCCESS", stepKey, assetKey, durationMs: Math.round(performance.now() - started) });
      return "SUCCESS";
    } catch (error) {
      // After cancellation an error is most likely the abort itself; report the step canceled, not failed.
      if (signal.aborted) return cancel();
      const willRetry = policy !== null && attempt < maxAttempts && !(error instanceof InputUnavailableError);
      await emit({ type: "STEP_FAILURE", stepKey, assetKey, error: toStepError(error), attempt, willRetry });
      if (!willRetry) return "FAILURE";
      const delayMs = retryDelayMs(policy, attempt, runtime.random);
      await emit({ type: "STEP_RETRY", stepKey, assetKey, attempt: attempt + 1, delayMs });
      if (!(await sleep(delayMs, signal))) return cancel();
    }
  }
}

async function runAttempt(step: PlanStep, runtime: StepRuntime, handle: StepHandle, attempt: number, emit: (event: UnstampedEvent) => Promise<void>): Promise<void> {
  const { definition } = step;
  const metadata: Record<string, MetadataValue> = {};
  const addMetadata = (input: Readonly<Record<string, MetadataInput>> | undefined, source: string) => {
    const { values, problems } = toMetadataValues(input);
    if (problems.length > 0) throw new TypeError(`${source}: ${problems.join("; ")}`);
    Object.assign(metadata, values);
  };
  const log = stepLogger(step.key, emit);
  const contextFor = async (target: AssetDefinition | ExternalAssetDefinition, config: unknown): Promise<AssetExecutionContext> => ({
    runId: runtime.runId,
    assetKey: [...target.key],
    partitionKey: runtime.partitionKey,
    config,
    log,
    signal: handle.controller.signal,
    resources: await runtime.resources.valuesFor(target.resourceKeys),
    attempt,
    addOutputMetadata: (entries) => addMetadata(entries, "ctx.addOutputMetadata"),
  });
  const context = await contextFor(definition, runtime.configs.get(step.key) ?? {});

  if (definition.type === "external") {
    const observation = (await definition.observe?.(context)) ?? {};
    addMetadata(observation.metadata, "observe() metadata");
    const dataVersion = observation.dataVersion;
    if (dataVersion !== undefined && typeof dataVersion !== "string") throw new TypeError(`observe() returned dataVersion ${JSON.stringify(dataVersion)}; it must be a string.`);
    await emit({ type: "ASSET_OBSERVATION", stepKey: step.key, assetKey: [...definition.key], partitionKey: runtime.partitionKey, dataVersion: dataVersion ?? null, metadata });
    return;
  }

  const inputs = await loadInputs(definition, runtime, (target) => contextFor(target, {}));
  let value: unknown = await definition.compute(inputs, context);
  if (isOutputWithMetadata(value)) {
    addMetadata(value.metadata, "withMetadata(…)");
    value = value.value;
  }
  await runtime.ioManagerFor(definition).handleOutput({ assetKey: [...definition.key], partitionKey: runtime.partitionKey, runId: runtime.runId }, value);
  runtime.outputs?.set(step.key, value);
  await emit({ type: "ASSET_MATERIALIZATION", stepKey: step.key, assetKey: [...definition.key], partitionKey: runtime.partitionKey, metadata });
}

/** Each input from its upstream: external assets through their load(), others through their IO manager. */
async function loadInputs(
  definition: AssetDefinition,
  runtime: StepRuntime,
  contextFor: (target: ExternalAssetDefinition) => Promise<AssetExecutionContext>,
): Promise<Record<string, unknown>> {
  const inputs: Record<string, unknown> = {};
  for (const [name, upstreamPath] of Object.entries(definition.ins)) {
    const upstreamKey = toAssetKeyString(upstreamPath);
    const upstream = runtime.definitions.getAsset(upstreamKey);
    if (!upstream) throw new InputUnavailableError(`Input "${name}" reads asset "${upstreamKey}", which is not defined in this code location.`);
    if (upstream.type === "external") {
      if (!upstream.load) {
        throw new InputUnavailableError(`Input "${name}" reads external asset "${upstreamKey}", which has no load function; give it externalAsset({ load }) so downstream assets can read it.`);
      }
      inputs[name] = await upstream.load(await contextFor(upstream));
      continue;
    }
    try {
      inputs[name] = await runtime.ioManagerFor(upstream).loadInput({ assetKey: [...upstream.key], partitionKey: runtime.partitionKey, runId: runtime.runId });
    } catch (error) {
      if (error instanceof OutputNotFoundError || (error instanceof Error && error.name === "OutputNotFoundError")) {
        const partition = runtime.partitionKey === null ? "" : ` for partition "${runtime.partitionKey}"`;
        throw new InputUnavailableError(
          `Input "${name}" needs upstream asset "${upstreamKey}", which has not been materialized${partition}; materialize "${upstreamKey}" first or add it to the selection. (${error.message})`,
        );
      }
      throw new Error(`Could not load input "${name}" from upstream asset "${upstreamKey}": ${toStepError(error).message}`, { cause: error });
    }
  }
  return inputs;
}

function stepLogger(stepKey: string, emit: (event: UnstampedEvent) => Promise<void>): AssetExecutionContext["log"] {
  // Logging is synchronous for user code; the sink keeps the order, and its own errors are handled there.
  const write = (level: LogLevel) => (message: string) => void emit({ type: "LOG", stepKey, level, message: String(message) });
  return { debug: write("DEBUG"), info: write("INFO"), warn: write("WARN"), error: write("ERROR") };
}
