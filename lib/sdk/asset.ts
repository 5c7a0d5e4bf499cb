// asset(): declares an asset Strata materializes, with typed inputs from its upstream assets.
import { parseAssetKey, toAssetKeyString } from "../core/assetKey";
import type { AssetKeyPath } from "../core/definitionsSnapshot";
import {
  brandDefinition,
  isAssetDefinition,
  type AnyAssetDefinition,
  type AssetDefinition,
  type AssetIns,
  type AssetInputs,
} from "./assetDefinition";
import { describeKey, describeValue, normaliseAttributes, type AssetAttributeOptions } from "./attributes";
import type { AssetExecutionContext } from "./context";
import { InvalidDefinitionsError } from "./errors";

/** An upstream asset named in `deps`: a definition, or a key when the upstream is defined elsewhere. */
export type AssetDependency = AnyAssetDefinition | string | readonly string[];

export interface AssetOptions<TIns extends AssetIns, TOutput> extends AssetAttributeOptions {
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
   * Produces the asset's value from its inputs; may be async. Its return type becomes the type downstream `ins` see.
   * @example compute: ({ rawEvents }, ctx) => { ctx.log.info(`${rawEvents.length} events`); return dedupe(rawEvents); }
   */
  compute: (inputs: AssetInputs<TIns>, context: AssetExecutionContext) => TOutput | Promise<TOutput>;
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
export function asset<TIns extends AssetIns = Record<never, never>, TOutput = unknown>(
  options: AssetOptions<TIns, TOutput>,
): AssetDefinition<TOutput> {
  const { attributes, problems } = normaliseAttributes(options);
  const label = `Asset "${attributes.keyString}"`;

  const ins: Record<string, AssetKeyPath> = {};
  for (const [name, upstream] of Object.entries(options.ins ?? {})) {
    if (isAssetDefinition(upstream)) ins[name] = [...upstream.key];
    else problems.push(`${label}: input "${name}" is ${describeValue(upstream)}, not an asset definition; pass the value returned by asset() or externalAsset() (a circular import can leave it undefined).`);
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
        problems.push(`${label}: deps[${index}] ${JSON.stringify(describeKey(dependency))} is not a valid asset key. ${error instanceof Error ? error.message : ""}`.trim());
        return;
      }
    }
    problems.push(`${label}: deps[${index}] is ${describeValue(dependency)}; pass an asset definition or a key such as "analytics/fact_events".`);
  });

  if (options.codeVersion !== undefined && (typeof options.codeVersion !== "string" || options.codeVersion === "")) {
    problems.push(`${label}: codeVersion must be a non-empty string.`);
  }
  if (typeof options.compute !== "function") problems.push(`${label}: compute must be a function.`);
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);

  const compute = options.compute as (inputs: Readonly<Record<string, unknown>>, context: AssetExecutionContext) => TOutput | Promise<TOutput>;
  return brandDefinition<AssetDefinition<TOutput>>({
    type: "asset",
    ...attributes,
    ins,
    dependencyKeys,
    codeVersion: options.codeVersion ?? null,
    compute,
  });
}
