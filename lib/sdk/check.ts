// check(): a data quality check on an asset, run right after the asset materializes in the same run.
import type { AssetDefinition, AssetOutputOf } from "./assetDefinition";
import { isAssetDefinition } from "./assetDefinition";
import { describeValue } from "./attributes";
import type { AssetLogger } from "./context";
import { InvalidDefinitionsError } from "./errors";
import type { MetadataInput } from "./metadata";
import { type ResourceRequirements, type ResourcesOf, resourceKeyProblems } from "./resourceRequirements";

/** What a check's compute returns; a plain boolean is `{ passed }`. */
export interface AssetCheckResult {
  passed: boolean;
  /**
   * What was found, in a sentence shown with the result.
   * @example description: "3 of 500 rows have no user id"
   */
  description?: string;
  /** Figures behind the result, shown with it and charted over time for numbers. */
  metadata?: Readonly<Record<string, MetadataInput>>;
}

export interface AssetCheckContext<TResources = Readonly<Record<string, unknown>>> {
  runId: string;
  /** The checked asset's key, as a path. */
  assetKey: string[];
  /** The partition that was materialized; null for unpartitioned assets and range runs. */
  partitionKey: string | null;
  log: AssetLogger;
  signal: AbortSignal;
  resources: TResources;
}

export interface AssetCheckOptions<TAsset extends AssetDefinition<unknown>, TResources extends ResourceRequirements> {
  /** The asset it checks; its compute receives that asset's value. */
  asset: TAsset;
  /**
   * Unique among the asset's checks; letters, digits and "_".
   * @example name: "no_null_user_ids"
   */
  name: string;
  /** @example description: "Every event row has a user id." */
  description?: string;
  /**
   * How bad a failure is: "ERROR" (red, the default) or "WARN" (amber).
   * @example severity: "WARN"
   */
  severity?: "WARN" | "ERROR";
  /**
   * When an ERROR-severity check fails (or throws), skip the assets downstream of the checked one in that run.
   * @example blocking: true
   */
  blocking?: boolean;
  /** Resources the check uses, like an asset's. */
  resources?: TResources;
  /**
   * Looks at the value the asset just produced and says whether it is right.
   * @example compute: (events) => ({ passed: events.every((e) => e.userId !== null), metadata: { rows: events.length } })
   */
  compute: (
    value: AssetOutputOf<TAsset>,
    ctx: AssetCheckContext<ResourcesOf<TResources>>,
  ) => AssetCheckResult | boolean | Promise<AssetCheckResult | boolean>;
}

export interface AssetCheckDefinition {
  /** The checked asset's key string. */
  readonly assetKey: string;
  readonly name: string;
  readonly description: string | null;
  readonly severity: "WARN" | "ERROR";
  readonly blocking: boolean;
  readonly resourceKeys: readonly string[];
  compute(value: unknown, ctx: AssetCheckContext): AssetCheckResult | boolean | Promise<AssetCheckResult | boolean>;
}

const NAME_PATTERN = /^[A-Za-z0-9_]+$/;
const checkBrand = Symbol.for("strata.assetCheck");

/**
 * Declares an asset check. Give it to defineDefinitions({ checks }); it runs after its asset materializes, its
 * results show on the asset's Checks tab, and a failing ERROR check marks the asset red in the graph and catalog.
 * @example
 * export const noNullUserIds = check({
 *   asset: factEvents,
 *   name: "no_null_user_ids",
 *   blocking: true,
 *   compute: (facts) => ({ passed: facts.every((f) => f.userId !== null) }),
 * });
 */
export function check<
  TAsset extends AssetDefinition<unknown>,
  TResources extends ResourceRequirements = readonly never[],
>(options: AssetCheckOptions<TAsset, TResources>): AssetCheckDefinition {
  const label = `check(${JSON.stringify(options?.name ?? "")})`;
  const problems: string[] = [];
  if (typeof options?.name !== "string" || !NAME_PATTERN.test(options.name))
    problems.push(
      `check(): name must hold letters, digits and "_", e.g. name: "no_null_user_ids"; got ${describeValue(options?.name)}.`,
    );
  if (!isAssetDefinition(options?.asset) || options.asset.type !== "asset")
    problems.push(`${label}: asset must be an asset made by asset() (external assets are observed, not materialized).`);
  if (options?.severity !== undefined && options.severity !== "WARN" && options.severity !== "ERROR")
    problems.push(`${label}: severity must be "WARN" or "ERROR"; got ${describeValue(options.severity)}.`);
  if (typeof options?.compute !== "function")
    problems.push(`${label}: compute must be a function of the asset's value returning { passed } or a boolean.`);
  const resources = resourceKeyProblems(label, options?.resources);
  problems.push(...resources.problems);
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);
  const definition: AssetCheckDefinition = {
    assetKey: options.asset.keyString,
    name: options.name,
    description: options.description ?? null,
    severity: options.severity ?? "ERROR",
    blocking: options.blocking ?? false,
    resourceKeys: resources.keys,
    compute: options.compute as AssetCheckDefinition["compute"],
  };
  Object.defineProperty(definition, checkBrand, { value: true, enumerable: false });
  return Object.freeze(definition);
}

export function isAssetCheckDefinition(value: unknown): value is AssetCheckDefinition {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[checkBrand] === true;
}

/** A check's return value as a result; anything but a boolean or { passed: boolean } is the check's own bug. */
export function toAssetCheckResult(value: unknown): AssetCheckResult {
  if (typeof value === "boolean") return { passed: value };
  if (typeof value === "object" && value !== null && typeof (value as { passed?: unknown }).passed === "boolean")
    return value as AssetCheckResult;
  throw new TypeError(
    `An asset check must return true, false or { passed: boolean, … }; it returned ${describeValue(value)}.`,
  );
}
