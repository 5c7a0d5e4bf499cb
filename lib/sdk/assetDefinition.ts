// The shapes of asset definitions as the loader and executor see them, and the type plumbing for typed inputs.

import type { AutomationConditionSnapshot } from "../core/automation";
import type { BackfillPolicy } from "../core/backfill/types";
import type { AssetKeyPath } from "../core/definitionsSnapshot";
import type { FreshnessPolicySnapshot } from "../core/freshness";
import type { ConfigSchema } from "./config";
import type { AssetExecutionContext } from "./context";
import type { IOManager } from "./ioManager";
import type { MetadataInput, MetadataValue } from "./metadata";
import type { PartitionMapping, PartitionsDefinition } from "./partitions";
import type { RetryPolicy } from "./retryPolicy";

// Type-only marker carrying an asset's output type, so `ins` can hand it to compute; it never exists at run time.
declare const outputType: unique symbol;

/** Fields every asset definition has, after validation and normalisation. */
interface AssetDefinitionBase<TOutput> {
  readonly [outputType]?: TOutput;
  /** The key as a path, e.g. ["analytics", "daily_active_users"]. */
  readonly key: AssetKeyPath;
  /** The key as printed, e.g. "analytics/daily_active_users". */
  readonly keyString: string;
  readonly group: string;
  readonly description: string | null;
  readonly owners: readonly string[];
  readonly tags: Readonly<Record<string, string>>;
  readonly kinds: readonly string[];
  readonly metadata: Readonly<Record<string, MetadataValue>>;
  /** Names of the resources the executor hands to compute/observe/load as ctx.resources. */
  readonly resourceKeys: readonly string[];
  /** How the asset is partitioned; null when it is not (always null for external assets). */
  readonly partitions: PartitionsDefinition | null;
}

/** An asset Strata materializes by running `compute`. */
export interface AssetDefinition<TOutput = unknown> extends AssetDefinitionBase<TOutput> {
  readonly type: "asset";
  /** Input name → upstream key; the executor passes each upstream's value under its input name. */
  readonly ins: Readonly<Record<string, AssetKeyPath>>;
  /** Inputs declared with partitionsOf(): always a Record<partitionKey, value>, even for one upstream partition. */
  readonly partitionedIns: readonly string[];
  /** Every upstream key (ins first, then deps), without repeats, in declaration order. */
  readonly dependencyKeys: readonly AssetKeyPath[];
  readonly codeVersion: string | null;
  /** Validates and types ctx.config; null when the asset takes no config. */
  readonly configSchema: ConfigSchema | null;
  readonly retryPolicy: RetryPolicy | null;
  readonly freshnessPolicy: FreshnessPolicySnapshot | null;
  readonly automationCondition: AutomationConditionSnapshot | null;
  /** Where the value is stored: a name from defineDefinitions({ ioManagers }), an IO manager, or null for the default. */
  readonly ioManager: string | IOManager | null;
  /** Declared partition mappings by upstream asset key string; other upstreams use the default mapping. */
  readonly partitionMappings: Readonly<Record<string, PartitionMapping>>;
  readonly backfillPolicy: BackfillPolicy;
  // Method syntax on purpose: its parameter is checked bivariantly, so definitions with specific input types
  // still fit the loader's general `AssetDefinition` while the executor calls it with a plain record.
  compute(inputs: Readonly<Record<string, unknown>>, context: AssetExecutionContext): TOutput | Promise<TOutput>;
}

/** What an external asset's observe function reports: a version of the data seen and metadata about it. */
export interface AssetObservation {
  /** Changes whenever the data changes, e.g. a row count plus last-modified time, or a content hash. */
  dataVersion?: string;
  metadata?: Record<string, MetadataInput>;
}

/** A source asset produced outside Strata: observed, never materialized. */
export interface ExternalAssetDefinition<TOutput = unknown> extends AssetDefinitionBase<TOutput> {
  readonly type: "external";
  readonly observe: ((context: AssetExecutionContext) => AssetObservation | Promise<AssetObservation>) | null;
  /** Minutes between the observations the daemon launches; null when it launches none. */
  readonly observeIntervalMinutes: number | null;
  /** How fresh the data made elsewhere must be, judged by its latest reported materialization; null without a policy. */
  readonly freshnessPolicy: FreshnessPolicySnapshot | null;
  /** Reads the current data, for downstream assets that take this asset in `ins`. */
  readonly load: ((context: AssetExecutionContext) => TOutput | Promise<TOutput>) | null;
}

export type AnyAssetDefinition = AssetDefinition<unknown> | ExternalAssetDefinition<unknown>;

/** An input made by partitionsOf(): the upstream's partitions this asset reads, keyed by partition key. */
export interface PartitionsInput<TDefinition extends AnyAssetDefinition = AnyAssetDefinition> {
  readonly kind: "partitions_input";
  readonly asset: TDefinition;
}

/** Upstream assets passed to `ins`, by input name: the asset (its value) or partitionsOf(asset) (a record of values). */
export type AssetIns = Record<string, AnyAssetDefinition | PartitionsInput>;

/** The value type an asset definition produces. */
export type AssetOutputOf<TDefinition> = TDefinition extends { readonly [outputType]?: infer TOutput }
  ? TOutput
  : never;

/** What compute receives for one entry of `ins`. */
export type AssetInputValue<TIn> =
  TIn extends PartitionsInput<infer TDefinition>
    ? Readonly<Record<string, AssetOutputOf<TDefinition>>>
    : AssetOutputOf<TIn>;

/** The first argument of compute: each input name mapped to its upstream asset's output type (a record for partitionsOf). */
export type AssetInputs<TIns extends AssetIns> = { readonly [Name in keyof TIns]: AssetInputValue<TIns[Name]> };

/**
 * Reads an upstream's partitions as Record<partitionKey, value>, in key order, however many the partition mapping
 * maps to (e.g. a weekly asset reading seven daily partitions). Only for partitioned upstreams.
 * @example ins: { days: partitionsOf(dailyActiveUsers) }   // compute: ({ days }) => Object.values(days)
 */
export function partitionsOf<TDefinition extends AnyAssetDefinition>(
  definition: TDefinition,
): PartitionsInput<TDefinition> {
  return Object.freeze({ kind: "partitions_input", asset: definition });
}

export function isPartitionsInput(value: unknown): value is PartitionsInput {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { kind?: unknown }).kind === "partitions_input" &&
    isAssetDefinition((value as { asset?: unknown }).asset)
  );
}

// A registered symbol, so definitions are recognised even if two copies of this module get loaded.
const definitionBrand = Symbol.for("strata.assetDefinition");

/** Marks a definition object as made by `asset` or `externalAsset`. */
export function brandDefinition<T extends AnyAssetDefinition>(definition: T): T {
  Object.defineProperty(definition, definitionBrand, { value: true, enumerable: false });
  return Object.freeze(definition);
}

export function isAssetDefinition(value: unknown): value is AnyAssetDefinition {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[definitionBrand] === true;
}
