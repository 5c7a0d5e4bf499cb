// Resources for a run: checked before it starts (env vars, config), set up on first use, torn down at the end.
import type { Definitions } from "../../sdk/definitions";
import {
  allowsConfigOverride,
  isResourceDefinition,
  type ResourceDefinition,
  resolveEnvVars,
} from "../../sdk/resource";

export type ResourceCheck = { ok: true } | { ok: false; errors: string[] };

/**
 * Checks every resource the selected assets use: that it is provided, that its env() variables are set and that its
 * config is valid. `resources` overrides the definitions' own by name; plain values need no check.
 */
/** The run config's `resources.<name>.config`, laid over the values the resource was defined with. */
export type ResourceConfigOverrides = ReadonlyMap<string, Readonly<Record<string, unknown>>>;

export function checkResources(
  definitions: Definitions,
  assetKeys: readonly string[],
  resources?: Readonly<Record<string, unknown>>,
  overrides?: ResourceConfigOverrides,
): ResourceCheck {
  const errors: string[] = [];
  for (const [name, users] of resourcesUsedBy(definitions, assetKeys)) {
    const provided = pickResource(definitions, resources, name);
    if (!provided.found) {
      errors.push(
        `Resource "${name}" (used by ${users.map((key) => `"${key}"`).join(", ")}) is not provided; add it to defineDefinitions({ resources }) or pass it to the run.`,
      );
      continue;
    }
    if (isResourceDefinition(provided.value)) {
      const resolved = resolveResourceConfig(name, provided.value, overrides?.get(name));
      if (!resolved.ok) errors.push(...resolved.errors);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true };
}

/**
 * Resource name → the asset keys that use it, in first-use order: the selected assets, and the external assets they
 * read through `ins` (whose load() runs inside the downstream step).
 */
function resourcesUsedBy(definitions: Definitions, assetKeys: readonly string[]): Map<string, string[]> {
  const users = new Map<string, string[]>();
  const add = (key: string) => {
    for (const name of definitions.getAsset(key)?.resourceKeys ?? []) {
      const list = users.get(name) ?? [];
      if (!list.includes(key)) users.set(name, [...list, key]);
    }
  };
  for (const key of new Set(assetKeys)) {
    add(key);
    const definition = definitions.getAsset(key);
    if (definition?.type !== "asset") continue;
    for (const upstream of Object.values(definition.ins)) {
      const upstreamKey = upstream.join("/");
      if (definitions.getAsset(upstreamKey)?.type === "external") add(upstreamKey);
    }
  }
  return users;
}

function pickResource(
  definitions: Definitions,
  overrides: Readonly<Record<string, unknown>> | undefined,
  name: string,
): { found: true; value: unknown } | { found: false } {
  if (overrides && Object.hasOwn(overrides, name)) return { found: true, value: overrides[name] };
  if (Object.hasOwn(definitions.resources, name)) return { found: true, value: definitions.resources[name] };
  return { found: false };
}

/** Resolves env() markers from process.env and parses the result with the resource's schema. */
function resolveResourceConfig(
  name: string,
  definition: ResourceDefinition,
  override: Readonly<Record<string, unknown>> | undefined,
): { ok: true; config: unknown } | { ok: false; errors: string[] } {
  // The launch was checked against the snapshot; this holds for runs of definitions changed since, and for tests.
  const locked = Object.keys(override ?? {}).filter((field) => !allowsConfigOverride(definition, field));
  if (locked.length > 0) {
    return {
      ok: false,
      errors: locked.map(
        (field) =>
          `Resource "${name}" does not allow run config to override "${field}" (resources.${name}.config.${field}); it is set in code.`,
      ),
    };
  }
  // Run config replaces whole fields, so a variable it overrides need not be set.
  const written =
    override && isPlainObject(definition.configValues)
      ? { ...definition.configValues, ...override }
      : definition.configValues;
  const { value, missing } = resolveEnvVars(written, process.env);
  if (missing.length > 0)
    return {
      ok: false,
      errors: missing.map((variable) => `Resource "${name}" needs environment variable ${variable}, which is not set.`),
    };
  if (!definition.configSchema) return { ok: true, config: value };
  const parsed = definition.configSchema.safeParse(value);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const field = issue.path.map(String).join(".");
      return `Resource "${name}" ${field ? `config field "${field}"` : "config"}: ${issue.message}`;
    }),
  };
}

export interface ResourceScope {
  /** The named resources' values, setting up each one the first time any step asks for it. */
  valuesFor(names: readonly string[]): Promise<Readonly<Record<string, unknown>>>;
  /** Tears down what was set up, last first; returns one message per teardown that threw. */
  teardown(): Promise<string[]>;
}

export function createResourceScope(
  definitions: Definitions,
  overrides: Readonly<Record<string, unknown>> | undefined,
  configOverrides?: ResourceConfigOverrides,
): ResourceScope {
  const pending = new Map<string, Promise<unknown>>();
  const setUp: { name: string; definition: ResourceDefinition; value: unknown }[] = [];

  const valueOf = (name: string): Promise<unknown> => {
    const existing = pending.get(name);
    if (existing) return existing;
    const setup = (async () => {
      const provided = pickResource(definitions, overrides, name);
      if (!provided.found)
        throw new Error(
          `Resource "${name}" is not provided; add it to defineDefinitions({ resources }) or pass it to the run.`,
        );
      if (!isResourceDefinition(provided.value)) return provided.value;
      const definition = provided.value;
      const resolved = resolveResourceConfig(name, definition, configOverrides?.get(name));
      if (!resolved.ok) throw new Error(resolved.errors.join(" "));
      let value: unknown;
      try {
        value = await definition.setup(resolved.config);
      } catch (error) {
        throw new Error(
          `Resource "${name}" failed to set up: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      setUp.push({ name, definition, value });
      return value;
    })();
    // A failed setup is forgotten, so a retried step tries again (connections fail transiently).
    setup.catch(() => pending.delete(name));
    pending.set(name, setup);
    return setup;
  };

  return {
    async valuesFor(names) {
      const entries = await Promise.all(names.map(async (name) => [name, await valueOf(name)] as const));
      return Object.freeze(Object.fromEntries(entries));
    },
    async teardown() {
      const problems: string[] = [];
      for (const { name, definition, value } of setUp.reverse()) {
        try {
          await definition.teardown(value);
        } catch (error) {
          problems.push(
            `Resource "${name}" failed to tear down: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
      setUp.length = 0;
      return problems;
    },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
