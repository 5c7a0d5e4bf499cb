// asset(): declares an asset Strata materializes, with typed inputs from its upstream assets.
import { parseAssetKey, toAssetKeyString } from "../core/assetKey";
import { type AutomationConditionSnapshot, automationConditionProblems } from "../core/automation";
import type { BackfillPolicy } from "../core/backfill/types";
import type { AssetKeyPath } from "../core/definitionsSnapshot";
import { type FreshnessPolicySnapshot, freshnessPolicyProblems } from "../core/freshness";
import {
  type AnyAssetDefinition,
  type AssetDefinition,
  type AssetInputs,
  type AssetIns,
  brandDefinition,
  isAssetDefinition,
  isPartitionsInput,
} from "./assetDefinition";
import { normaliseAssetPartitions } from "./assetPartitions";
import {
  type AssetAttributeOptions,
  columnLineageProblems,
  describeKey,
  describeValue,
  normaliseAttributes,
} from "./attributes";
import { type ConfigOf, type ConfigSchema, isConfigSchema } from "./config";
import type { AssetExecutionContext } from "./context";
import { InvalidDefinitionsError } from "./errors";
import { type IOManager, isIOManager } from "./ioManager";
import type { OutputValue } from "./output";
import type { PartitionMapping, PartitionsDefinition } from "./partitions";
import { type ResourceRequirements, type ResourcesOf, resourceKeyProblems } from "./resourceRequirements";
import { normaliseRetryPolicy, type RetryPolicy, retryPolicyProblems } from "./retryPolicy";

/** An upstream asset named in `deps`: a definition, or a key when the upstream is defined elsewhere. */
export type AssetDependency = AnyAssetDefinition | string | readonly string[];

export interface AssetOptions<
  TIns extends AssetIns,
  TOutput,
  TConfig extends ConfigSchema | undefined = undefined,
  TResources extends ResourceRequirements = readonly [],
> extends AssetAttributeOptions {
  /**
   * Upstream assets whose values compute receives, by input name. Each input's type is the upstream's output type.
   * @example ins: { rawEvents }   // compute: ({ rawEvents }) => …
   */
  ins?: TIns;
  /**
   * Upstream assets this one depends on without receiving their values (e.g. a table read directly with SQL).
   * @example deps: [userProfiles, "warehouse/exchange_rates"]
   */
  deps?: readonly AssetDependency[];
  /**
   * Bump it when the compute logic changes, so Strata marks the asset stale (code changed).
   * @example codeVersion: "2"
   */
  codeVersion?: string;
  /**
   * A zod object schema for the asset's run config: ctx.config gets its type, the launchpad its form, and a run with
   * invalid config is rejected before any step starts. Defaults fill fields the run config leaves out.
   * @example config: z.object({ eventCount: z.number().int().min(1).default(2000) })
   */
  config?: TConfig;
  /**
   * Resources compute receives as ctx.resources, by the name given in defineDefinitions({ resources }). Pass the
   * resource definitions themselves to get ctx.resources typed from their setup; names alone give unknown values.
   * @example resources: { warehouse }          // ctx.resources.warehouse: WarehouseClient
   * @example resources: ["warehouse"]         // ctx.resources.warehouse: unknown
   */
  resources?: TResources;
  /**
   * Tries a failed materialization again, waiting between attempts; each attempt sees ctx.attempt.
   * @example retryPolicy: { maxRetries: 3, delayMs: 1_000, backoff: "exponential", jitter: "full" }
   */
  retryPolicy?: RetryPolicy;
  /**
   * Where the value is stored and downstream assets load it from: a name from defineDefinitions({ ioManagers }) or an
   * IO manager. Defaults to the "default" IO manager, or in memory for the run.
   * @example ioManager: "files"
   */
  ioManager?: string | IOManager;
  /**
   * Splits the asset into partitions, materialized one per run (ctx.partitionKey) or, with backfillPolicy
   * "single_run", a range per run. Stored values are kept per partition.
   * @example partitions: dailyPartitions({ start: "2026-01-01" })
   */
  partitions?: PartitionsDefinition;
  /**
   * Which upstream partitions each partition reads, by upstream asset key. Upstreams not listed read the same key
   * (equal definitions), the overlapping windows (time windows), or every partition. An input reading one upstream
   * partition gets its value; several (or every partition) arrive as Record<partitionKey, value>.
   * @example partitionMappings: { raw_events: timeWindowPartitionMapping({ startOffset: -1, endOffset: -1 }) }   // the previous day
   */
  partitionMappings?: Readonly<Record<string, PartitionMapping>>;
  /**
   * "single_run" lets a backfill materialize a range of partitions in one run: ctx.partitionKeyRange is set and
   * compute returns an object (or Map) with one value per key of ctx.partitionKeys. Defaults to "multi_run".
   * @example backfillPolicy: "single_run"
   */
  backfillPolicy?: BackfillPolicy;
  /**
   * How fresh the asset must be. The daemon judges it FRESH, WARN or STALE with how late it is, shown in the catalog,
   * the graph and the asset page. With `cron`, the data must be at most `maximumLagMinutes` old at each tick.
   * @example freshnessPolicy: { maximumLagMinutes: 26 * 60, warnAfterMinutes: 25 * 60 }
   * @example freshnessPolicy: { cron: "0 9 * * *", timezone: "Europe/Berlin", maximumLagMinutes: 24 * 60 }
   */
  freshnessPolicy?: FreshnessPolicySnapshot;
  /**
   * When the daemon materializes the asset on its own; each evaluation's reasons show on the asset page.
   * @example automationCondition: AutomationCondition.eager()
   */
  automationCondition?: AutomationConditionSnapshot;
  /**
   * Produces the asset's value from its inputs; may be async. Its return type becomes the type downstream `ins` see;
   * return withMetadata(value, {...}) to attach metadata to the materialization.
   * @example compute: ({ rawEvents }, ctx) => { ctx.log.info(`${rawEvents.length} events`); return dedupe(rawEvents); }
   */
  compute: (
    inputs: AssetInputs<TIns>,
    context: AssetExecutionContext<ConfigOf<TConfig>, ResourcesOf<TResources>>,
  ) => TOutput | Promise<TOutput>;
}

/**
 * Declares an asset. Throws InvalidDefinitionsError at once when an option is invalid, naming the asset.
 * @example
 * export const deduplicatedEvents = asset({
 *   key: "deduplicated_events",
 *   ins: { rawEvents },
 *   compute: ({ rawEvents }) => dedupe(rawEvents),
 * });
 */
export function asset<
  TIns extends AssetIns = Record<never, never>,
  TOutput = unknown,
  TConfig extends ConfigSchema | undefined = undefined,
  const TResources extends ResourceRequirements = readonly [],
>(options: AssetOptions<TIns, TOutput, TConfig, TResources>): AssetDefinition<OutputValue<TOutput>> {
  const { attributes, problems } = normaliseAttributes(options);
  const label = `Asset "${attributes.keyString}"`;

  const ins: Record<string, AssetKeyPath> = {};
  const partitionedIns: string[] = [];
  for (const [name, upstream] of Object.entries(options.ins ?? {})) {
    if (isAssetDefinition(upstream)) ins[name] = [...upstream.key];
    else if (isPartitionsInput(upstream)) {
      ins[name] = [...upstream.asset.key];
      partitionedIns.push(name);
      if (!upstream.asset.partitions)
        problems.push(
          `${label}: input "${name}" uses partitionsOf("${upstream.asset.keyString}"), but that asset is not partitioned; pass the asset itself.`,
        );
    } else
      problems.push(
        `${label}: input "${name}" is ${describeValue(upstream)}, not an asset definition; pass the value returned by asset() or externalAsset() (a circular import can leave it undefined).`,
      );
  }

  const dependencyKeys: AssetKeyPath[] = [];
  const seen = new Set<string>();
  const addDependency = (key: AssetKeyPath) => {
    const keyString = toAssetKeyString(key);
    if (seen.has(keyString)) return;
    seen.add(keyString);
    dependencyKeys.push(key);
  };
  Object.values(ins).forEach(addDependency);
  (options.deps ?? []).forEach((dependency, index) => {
    if (isAssetDefinition(dependency)) return addDependency([...dependency.key]);
    if (typeof dependency === "string" || Array.isArray(dependency)) {
      try {
        return addDependency(parseAssetKey(dependency));
      } catch (error) {
        problems.push(
          `${label}: deps[${index}] ${JSON.stringify(describeKey(dependency))} is not a valid asset key. ${error instanceof Error ? error.message : ""}`.trim(),
        );
        return;
      }
    }
    problems.push(
      `${label}: deps[${index}] is ${describeValue(dependency)}; pass an asset definition or a key such as "analytics/fact_events".`,
    );
  });

  problems.push(...columnLineageProblems(label, attributes.metadata, dependencyKeys));

  if (options.codeVersion !== undefined && (typeof options.codeVersion !== "string" || options.codeVersion === "")) {
    problems.push(`${label}: codeVersion must be a non-empty string.`);
  }
  if (typeof options.compute !== "function") problems.push(`${label}: compute must be a function.`);
  if (options.config !== undefined && !isConfigSchema(options.config)) {
    problems.push(
      `${label}: config must be a zod object schema, e.g. config: z.object({ eventCount: z.number().default(2000) }).`,
    );
  }
  const resources = resourceKeyProblems(label, options.resources);
  problems.push(...resources.problems);
  if (options.retryPolicy !== undefined) problems.push(...retryPolicyProblems(label, options.retryPolicy));
  if (options.freshnessPolicy !== undefined) problems.push(...freshnessPolicyProblems(label, options.freshnessPolicy));
  if (options.automationCondition !== undefined)
    problems.push(...automationConditionProblems(label, options.automationCondition));
  if (
    options.ioManager !== undefined &&
    !(typeof options.ioManager === "string" && options.ioManager !== "") &&
    !isIOManager(options.ioManager)
  ) {
    problems.push(
      `${label}: ioManager must be the name of an IO manager in defineDefinitions({ ioManagers }) or an object made by ioManager().`,
    );
  }
  const partitioning = normaliseAssetPartitions(label, options, { ins, dependencyKeys });
  problems.push(...partitioning.problems);
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);

  // The context's config and resource types are the caller's business; at run time the executor supplies both.
  const compute = options.compute as (
    inputs: Readonly<Record<string, unknown>>,
    context: AssetExecutionContext,
  ) => OutputValue<TOutput> | Promise<OutputValue<TOutput>>;
  return brandDefinition<AssetDefinition<OutputValue<TOutput>>>({
    type: "asset",
    ...attributes,
    ins,
    partitionedIns,
    dependencyKeys,
    codeVersion: options.codeVersion ?? null,
    configSchema: options.config ?? null,
    retryPolicy: options.retryPolicy === undefined ? null : normaliseRetryPolicy(options.retryPolicy),
    freshnessPolicy: options.freshnessPolicy === undefined ? null : { ...options.freshnessPolicy },
    automationCondition: options.automationCondition === undefined ? null : { ...options.automationCondition },
    resourceKeys: resources.keys,
    ioManager: options.ioManager ?? null,
    ...partitioning.fields,
    compute,
  });
}
