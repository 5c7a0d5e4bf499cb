// externalAsset(): declares a source asset made outside Strata, which other assets can depend on and read.
import { type FreshnessPolicySnapshot, freshnessPolicyProblems } from "../core/freshness";
import { type AssetObservation, brandDefinition, type ExternalAssetDefinition } from "./assetDefinition";
import { type AssetAttributeOptions, columnLineageProblems, normaliseAttributes } from "./attributes";
import type { AssetExecutionContext } from "./context";
import { InvalidDefinitionsError } from "./errors";
import { resourceKeyProblems } from "./resourceRequirements";

export interface ExternalAssetOptions<TOutput> extends AssetAttributeOptions {
  /**
   * Looks at the data without changing it and reports a data version, so downstream assets can be marked stale.
   * @example observe: async () => ({ dataVersion: await lastModified("s3://crm/profiles.csv") })
   */
  observe?: (context: AssetExecutionContext) => AssetObservation | Promise<AssetObservation>;
  /**
   * Minutes between observations: the daemon launches a run of `observe` this often (Dagster's auto-observe
   * interval), so a changed data version marks downstream assets unsynced without anyone looking. Needs `observe`.
   * @example observeIntervalMinutes: 15
   */
  observeIntervalMinutes?: number;
  /**
   * How fresh the data must be, judged by its latest materialization reported from outside (an OpenLineage COMPLETE,
   * `strata report materialization`): the console and alerts say when the job making it falls behind.
   * @example freshnessPolicy: { maximumLagMinutes: 26 * 60 }
   */
  freshnessPolicy?: FreshnessPolicySnapshot;
  /**
   * Reads the data for downstream assets that take this one in `ins`; its return type is their input type.
   * @example load: () => readCsv<UserProfile>("s3://crm/profiles.csv")
   */
  load?: (context: AssetExecutionContext) => TOutput | Promise<TOutput>;
  /**
   * Names of resources observe and load receive as ctx.resources, from defineDefinitions({ resources }).
   * @example resources: ["crm"]
   */
  resources?: readonly string[];
}

/**
 * Declares an external (source) asset. Give the output type explicitly when there is no `load`.
 * @example
 * export const userProfiles = externalAsset<UserProfile[]>({ key: "user_profiles", kinds: ["postgres"] });
 */
export function externalAsset<TOutput = unknown>(
  options: ExternalAssetOptions<TOutput>,
): ExternalAssetDefinition<TOutput> {
  const { attributes, problems } = normaliseAttributes(options);
  const label = `Asset "${attributes.keyString}"`;
  if (options.observe !== undefined && typeof options.observe !== "function")
    problems.push(`${label}: observe must be a function.`);
  const interval = options.observeIntervalMinutes;
  if (interval !== undefined) {
    if (typeof interval !== "number" || !Number.isFinite(interval) || interval <= 0)
      problems.push(
        `${label}: observeIntervalMinutes must be a number of minutes above 0, e.g. 15; got ${String(interval)}.`,
      );
    else if (typeof options.observe !== "function")
      problems.push(
        `${label}: observeIntervalMinutes needs an observe function to run, e.g. observe: async () => ({ dataVersion: … }).`,
      );
  }
  if (options.load !== undefined && typeof options.load !== "function")
    problems.push(`${label}: load must be a function.`);
  problems.push(...columnLineageProblems(label, attributes.metadata, "external"));
  if (options.freshnessPolicy !== undefined) problems.push(...freshnessPolicyProblems(label, options.freshnessPolicy));
  const resources = resourceKeyProblems(label, options.resources);
  if (options.resources !== undefined && !Array.isArray(options.resources))
    problems.push(`${label}: resources must be an array of names, e.g. ["crm"].`);
  else problems.push(...resources.problems);
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);
  return brandDefinition<ExternalAssetDefinition<TOutput>>({
    type: "external",
    ...attributes,
    resourceKeys: resources.keys,
    partitions: null,
    observe: options.observe ?? null,
    observeIntervalMinutes: interval ?? null,
    freshnessPolicy: options.freshnessPolicy === undefined ? null : { ...options.freshnessPolicy },
    load: options.load ?? null,
  });
}
