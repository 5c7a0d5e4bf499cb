// materialize(): runs assets in-process with no server or database, for tests and scripts (like Dagster's). It is
// part of the SDK's public face (lib/sdk/index.ts re-exports it) but lives with the engine it drives, so no SDK module
// imports the executor.

import type { MetadataValue } from "../../core/definitionsSnapshot";
import { runPartitionsOfFields } from "../../core/partitions/runPartitions";
import type { RunConfig } from "../../core/runConfig/types";
import type { AnyAssetDefinition, AssetOutputOf } from "../../sdk/assetDefinition";
import { type Definitions, defineDefinitions, isDefinitions } from "../../sdk/definitions";
import type { IOManager } from "../../sdk/ioManager";
import type { PartitionKeyRange } from "../../sdk/partitions";
import { type ExecutionEvent, executeAssets, InvalidRunError, type StepError, type StepStatus } from "./index";

export interface MaterializeOptions {
  /**
   * Resources by name, overriding the definitions' own: resource definitions or plain values (fakes in tests).
   * @example resources: { warehouse: new FakeWarehouse() }
   */
  resources?: Record<string, unknown>;
  /**
   * The run config document: each asset's config under `ops.<asset key>.config`, validated against its schema.
   * @example runConfig: { ops: { raw_events: { config: { eventCount: 100 } } } }
   */
  runConfig?: RunConfig;
  /**
   * The partition to materialize; every partitioned asset in the selection must have it (unpartitioned ones run as usual).
   * @example partitionKey: "2026-01-05"
   */
  partitionKey?: string | null;
  /**
   * A range of partitions (inclusive) materialized in one compute per asset; those assets need backfillPolicy "single_run"
   * and return one value per key of ctx.partitionKeys.
   * @example partitionRange: { start: "2026-01-01", end: "2026-01-07" }
   */
  partitionRange?: PartitionKeyRange | null;
  /**
   * The clock for time-window partitions (only windows that ended by then exist); default: now.
   * @example now: new Date("2026-02-01T00:00:00Z")
   */
  now?: Date;
  /**
   * The keys of dynamic partitions definitions by name, in the order they were added (default: none).
   * @example dynamicPartitionKeys: { customers: ["acme", "globex"] }
   */
  dynamicPartitionKeys?: Readonly<Record<string, readonly string[]>>;
  /**
   * Asset key strings to run (default: every asset that is not external). Upstream assets left out are loaded from
   * the IO manager, so pass the same `ioManager` to chain runs.
   * @example selection: ["analytics/daily_active_users"]
   */
  selection?: readonly string[];
  /** @example ioManager: inMemoryIOManager() */
  ioManager?: IOManager;
  runId?: string;
  maxConcurrency?: number;
  signal?: AbortSignal;
}

type EventOfType<TType extends ExecutionEvent["type"]> = Extract<ExecutionEvent, { type: TType }>;

/** An asset definition or its key string. */
export type AssetReference = AnyAssetDefinition | string;

export interface MaterializeResult {
  success: boolean;
  stepStatuses: Record<string, StepStatus>;
  /** Every event of the run, in order. */
  events: ExecutionEvent[];
  assetMaterializations: EventOfType<"ASSET_MATERIALIZATION">[];
  assetObservations: EventOfType<"ASSET_OBSERVATION">[];
  /** The value the asset produced in this run, typed from its definition; throws naming the reason when there is none. */
  outputFor<TAsset extends AnyAssetDefinition>(asset: TAsset): AssetOutputOf<TAsset>;
  outputFor(key: string): unknown;
  /** The metadata of the asset's materialization (or observation) in this run; {} when there was none. */
  metadataFor(asset: AssetReference): Record<string, MetadataValue>;
  /** The error of the asset's last failed attempt in this run, or null. */
  errorFor(asset: AssetReference): StepError | null;
}

/**
 * Materializes assets in this process and returns their values and events. Throws (InvalidRunError) when the run
 * cannot start: unknown keys, a partition the selected assets do not have, invalid config, missing resources or
 * environment variables. A range run's outputFor() is the object of values by partition key.
 * @example
 * const result = await materialize([rawEvents, deduplicatedEvents], { runConfig: { ops: { raw_events: { config: { eventCount: 50 } } } } });
 * expect(result.success).toBe(true);
 * expect(result.outputFor(deduplicatedEvents)).toHaveLength(48);
 */
export async function materialize(
  assetsOrDefinitions: readonly AnyAssetDefinition[] | Definitions,
  options: MaterializeOptions = {},
): Promise<MaterializeResult> {
  const definitions = isDefinitions(assetsOrDefinitions)
    ? assetsOrDefinitions
    : defineDefinitions({ assets: assetsOrDefinitions, resources: options.resources });
  const selection =
    options.selection ??
    definitions.assets.filter((definition) => definition.type === "asset").map((definition) => definition.keyString);
  const events: ExecutionEvent[] = [];
  // The SDK's two fields, as the run's one typed value.
  const partitions = runPartitionsOfFields(options.partitionKey, options.partitionRange);
  if (!partitions.ok) throw new InvalidRunError([partitions.message]);
  const result = await executeAssets({
    definitions,
    assetKeys: [...selection],
    runId: options.runId ?? `materialize-${globalThis.crypto.randomUUID()}`,
    partitions: partitions.selection,
    now: options.now,
    dynamicPartitionKeys: (name) => options.dynamicPartitionKeys?.[name] ?? [],
    runConfig: options.runConfig,
    resources: options.resources,
    ioManager: options.ioManager,
    maxConcurrency: options.maxConcurrency,
    signal: options.signal,
    captureOutputs: true,
    onEvent: (event) => {
      events.push(event);
    },
  });

  const keyOf = (asset: AssetReference) => (typeof asset === "string" ? asset : asset.keyString);
  const ofType = <TType extends ExecutionEvent["type"]>(type: TType) =>
    events.filter((event): event is EventOfType<TType> => event.type === type);
  const materializations = ofType("ASSET_MATERIALIZATION");
  const observations = ofType("ASSET_OBSERVATION");
  const failures = ofType("STEP_FAILURE");
  const errorFor = (asset: AssetReference) =>
    failures.filter((event) => event.stepKey === keyOf(asset)).at(-1)?.error ?? null;

  function outputFor(asset: AssetReference): unknown {
    const key = keyOf(asset);
    if (result.outputs.has(key)) return result.outputs.get(key);
    const status = result.stepStatuses[key];
    const why =
      status === undefined
        ? "it was not in the selection"
        : `its step ended ${status}${errorFor(key) ? `: ${errorFor(key)?.message}` : ""}`;
    throw new Error(`Asset "${key}" produced no output in this run; ${why}.`);
  }

  return {
    success: result.success,
    stepStatuses: result.stepStatuses,
    events,
    assetMaterializations: materializations,
    assetObservations: observations,
    outputFor: outputFor as MaterializeResult["outputFor"],
    metadataFor: (asset) => {
      const key = keyOf(asset);
      const event = [...materializations, ...observations].filter((e) => e.stepKey === key).at(-1);
      return event ? { ...event.metadata } : {};
    },
    errorFor,
  };
}
