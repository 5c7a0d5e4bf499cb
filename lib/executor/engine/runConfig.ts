// Run config in the run: the document checked against the same JSON Schema the server checked before queueing it,
// then each asset's and resource's part parsed by its zod schema (defaults applied, refinements run).
import type { z } from "zod";
import {
  type ConfigError,
  type JsonSchema,
  type RunConfig,
  runConfigSchemaForSelection,
  validateRunConfig as validateDocument,
} from "../../core/runConfig";
import type { Definitions } from "../../sdk/definitions";
import { toDefinitionsSnapshot } from "../../sdk/snapshot";

export type RunConfigError = ConfigError;

export type RunConfigValidation = { ok: true } | { ok: false; errors: RunConfigError[] };

/** Checks run config for the selected assets; every problem is listed with its path in the document. */
export function validateRunConfig(
  definitions: Definitions,
  assetKeys: readonly string[],
  runConfig: RunConfig | null | undefined,
): RunConfigValidation {
  const result = resolveRunConfig(definitions, assetKeys, runConfig);
  return result.ok ? { ok: true } : result;
}

/**
 * Like validateRunConfig, and returns each selected asset's parsed config (defaults applied; {} without a schema)
 * and the run's config overrides by resource name.
 */
export function resolveRunConfig(
  definitions: Definitions,
  assetKeys: readonly string[],
  runConfig: RunConfig | null | undefined,
):
  | { ok: true; configs: Map<string, unknown>; resourceConfig: Map<string, Record<string, unknown>> }
  | { ok: false; errors: RunConfigError[] } {
  const document: unknown = runConfig ?? {};
  const schema = selectionSchema(definitions, assetKeys);
  const structural = validateDocument(schema, document);
  if (structural.length > 0) return { ok: false, errors: structural };

  const given = document as RunConfig;
  const errors: RunConfigError[] = [];
  const configs = new Map<string, unknown>();
  for (const key of assetKeys) {
    const definition = definitions.getAsset(key);
    if (definition?.type !== "asset" || !definition.configSchema) {
      configs.set(key, {});
      continue;
    }
    // A missing entry is an empty object, so schemas whose fields all have defaults need no config at all.
    const value = given.ops?.[key]?.config ?? {};
    const parsed = definition.configSchema.safeParse(value);
    if (parsed.success) configs.set(key, parsed.data);
    else errors.push(...parsed.error.issues.map((issue) => fromZodIssue(["ops", key, "config"], issue)));
  }
  const resourceConfig = new Map(
    Object.entries(given.resources ?? {}).map(([name, entry]) => [name, entry.config ?? {}]),
  );
  return errors.length > 0 ? { ok: false, errors } : { ok: true, configs, resourceConfig };
}

// A run process executes many runs of the definitions it loaded, most of the same selection (a backfill's): the
// selection's schema is made once, not per run (at 1,000 assets, snapshotting the definitions and serializing the
// schema to find its compiled validator cost more than the run's own steps). Definitions do not change once loaded.
const schemasByDefinitions = new WeakMap<Definitions, Map<string, JsonSchema>>();
const MAX_SCHEMAS_PER_DEFINITIONS = 20;

function selectionSchema(definitions: Definitions, assetKeys: readonly string[]): JsonSchema {
  let schemas = schemasByDefinitions.get(definitions);
  if (!schemas) schemasByDefinitions.set(definitions, (schemas = new Map()));
  const selection = assetKeys.join("\n");
  let schema = schemas.get(selection);
  if (!schema) {
    if (schemas.size >= MAX_SCHEMAS_PER_DEFINITIONS) schemas.delete(schemas.keys().next().value ?? "");
    schema = runConfigSchemaForSelection(toDefinitionsSnapshot(definitions), assetKeys);
    schemas.set(selection, schema);
  }
  return schema;
}

/** A zod issue as a config error under `prefix`, e.g. ops.raw_events.config.eventCount. */
export function fromZodIssue(prefix: readonly string[], issue: z.core.$ZodIssue): RunConfigError {
  return { path: [...prefix, ...issue.path.map((segment) => String(segment))], message: issue.message };
}
