// resource() and env(): shared clients (a warehouse, an API) set up once per run and handed to assets by name.
import type { z } from "zod";
import { type ConfigSchema, isConfigSchema } from "./config";
import { InvalidDefinitionsError } from "./errors";

// A registered symbol, so resources and env markers are recognised even if two copies of this module get loaded.
const resourceBrand = Symbol.for("strata.resource");
const envBrand = Symbol.for("strata.env");

/** A value read from an environment variable when a run starts; made by env(). */
export interface EnvVar {
  readonly name: string;
}

/** Config values as written in resource(): any value may instead be env("NAME"), resolved at run start. */
export type ConfigValues<T> = T extends string | number | boolean | null | undefined
  ? T | EnvVar
  : T extends readonly (infer Item)[]
    ? readonly ConfigValues<Item>[] | EnvVar
    : T extends object
      ? { [K in keyof T]: ConfigValues<T[K]> }
      : T | EnvVar;

export interface ResourceDefinition<TValue = unknown> {
  /** The zod object schema the resolved config is validated against, or null. */
  readonly configSchema: ConfigSchema | null;
  /** Config as written, possibly holding env() markers. */
  readonly configValues: unknown;
  /** Which config fields run config may override at launch: all (true), none (false) or the listed ones. */
  readonly allowConfigOverrides: boolean | readonly string[];
  // Methods rather than function properties, so a ResourceDefinition<Warehouse> still fits ResourceDefinition<unknown>.
  setup(config: unknown): TValue | Promise<TValue>;
  /** A no-op when the resource declared none. */
  teardown(value: TValue): void | Promise<void>;
}

/** The value a resource hands to assets: what its setup returns; a plain value is itself. */
export type ResourceValueOf<TResource> = TResource extends ResourceDefinition<infer TValue> ? TValue : TResource;

export interface ResourceOptions<TSchema extends ConfigSchema | undefined, TValue> {
  /**
   * A zod object schema for the resource's config; setup receives the parsed value, defaults applied.
   * @example config: z.object({ host: z.string(), port: z.coerce.number().default(5432), password: z.string() })
   */
  config?: TSchema;
  /**
   * The config values. Secrets come from the environment with env("NAME"), read when a run starts, so a
   * missing variable is reported before any step runs and never ends up in a snapshot.
   * @example values: { host: "warehouse.internal", password: env("WAREHOUSE_PASSWORD") }
   */
  values?: ConfigValues<TSchema extends z.ZodType ? z.input<TSchema> : Record<string, unknown>>;
  /**
   * Whether a launch's run config (`resources.<name>.config`) may override the values set here: every field (true,
   * the default), none (false) or only the listed fields. A refused override fails the launch naming its path, so a
   * caller cannot point a connection somewhere else.
   * @example allowConfigOverrides: ["schema"]   // the URL stays what the code says
   */
  allowConfigOverrides?: boolean | readonly (TSchema extends z.ZodType ? keyof z.input<TSchema> & string : string)[];
  /**
   * Builds the value assets receive as ctx.resources.<name>; may be async. Runs at most once per run, the first time
   * a step needs it.
   * @example setup: ({ host, password }) => new WarehouseClient({ host, password })
   */
  setup: (config: TSchema extends z.ZodType ? z.output<TSchema> : Record<string, never>) => TValue | Promise<TValue>;
  /**
   * Releases what setup acquired, when the run ends (also after failures and cancellation).
   * @example teardown: (client) => client.close()
   */
  teardown?: (value: TValue) => void | Promise<void>;
}

/**
 * Declares a resource. Give it to defineDefinitions({ resources: { name: … } }) and list the name in an asset's
 * `resources`; tests swap it by passing another value under the same name to materialize().
 * @example
 * export const warehouse = resource({
 *   config: z.object({ url: z.string() }),
 *   values: { url: env("WAREHOUSE_URL") },
 *   setup: ({ url }) => connect(url),
 *   teardown: (client) => client.close(),
 * });
 */
export function resource<TValue, TSchema extends ConfigSchema | undefined = undefined>(
  options: ResourceOptions<TSchema, TValue>,
): ResourceDefinition<TValue> {
  const problems: string[] = [];
  if (typeof options?.setup !== "function")
    problems.push("resource(): setup must be a function returning the resource's value.");
  if (options?.teardown !== undefined && typeof options.teardown !== "function")
    problems.push("resource(): teardown must be a function.");
  if (options?.config !== undefined && !isConfigSchema(options.config))
    problems.push("resource(): config must be a zod object schema, e.g. z.object({ url: z.string() }).");
  problems.push(...overrideOptionProblems(options?.allowConfigOverrides, options?.config));
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);
  const definition: ResourceDefinition<TValue> = {
    configSchema: options.config ?? null,
    configValues: options.values ?? {},
    allowConfigOverrides: Array.isArray(options.allowConfigOverrides)
      ? Object.freeze([...options.allowConfigOverrides])
      : (options.allowConfigOverrides ?? true),
    setup: options.setup as (config: unknown) => TValue | Promise<TValue>,
    teardown: options.teardown ?? (() => {}),
  };
  Object.defineProperty(definition, resourceBrand, { value: true, enumerable: false });
  return Object.freeze(definition);
}

function overrideOptionProblems(allow: unknown, config: unknown): string[] {
  if (allow === undefined || typeof allow === "boolean") return [];
  if (!Array.isArray(allow) || allow.some((field) => typeof field !== "string"))
    return ["resource(): allowConfigOverrides must be true, false or a list of config field names."];
  const fields = Object.keys(
    isConfigSchema(config) ? ((config as unknown as { shape?: Record<string, unknown> }).shape ?? {}) : {},
  );
  const unknown = allow.filter((field: string) => !fields.includes(field));
  return unknown.length > 0
    ? [
        `resource(): allowConfigOverrides names ${unknown.map((f: string) => `"${f}"`).join(", ")}, which ${unknown.length === 1 ? "is not a config field" : "are not config fields"}; the fields are ${fields.map((f) => `"${f}"`).join(", ") || "none"}.`,
      ]
    : [];
}

/** Whether run config may override the resource's config field `field`. */
export function allowsConfigOverride(definition: ResourceDefinition, field: string): boolean {
  const allow = definition.allowConfigOverrides;
  return typeof allow === "boolean" ? allow : allow.includes(field);
}

export function isResourceDefinition(value: unknown): value is ResourceDefinition {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[resourceBrand] === true;
}

/**
 * A config value read from the environment variable `name` when a run starts.
 * @example values: { password: env("WAREHOUSE_PASSWORD") }
 */
export function env(name: string): EnvVar {
  if (typeof name !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new InvalidDefinitionsError([
      `env(${JSON.stringify(name)}): an environment variable name holds letters, digits and "_", e.g. env("WAREHOUSE_PASSWORD").`,
    ]);
  }
  const marker: EnvVar = { name };
  Object.defineProperty(marker, envBrand, { value: true, enumerable: false });
  return Object.freeze(marker);
}

export function isEnvVar(value: unknown): value is EnvVar {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[envBrand] === true;
}

/**
 * Replaces every env() marker with the variable's value. Returns the names of unset variables instead of failing on
 * the first, so one check reports them all.
 */
export function resolveEnvVars(
  values: unknown,
  environment: Readonly<Record<string, string | undefined>>,
): { value: unknown; missing: string[] } {
  const missing: string[] = [];
  const visit = (value: unknown): unknown => {
    if (isEnvVar(value)) {
      const found = environment[value.name];
      if (found === undefined) missing.push(value.name);
      return found;
    }
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, visit(entry)]));
    }
    return value;
  };
  const value = visit(values);
  return { value, missing: [...new Set(missing)] };
}
