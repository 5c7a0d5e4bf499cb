// The JSON Schema of a run's config document: `ops.<asset key>.config` for each asset the run materializes and
// `resources.<name>.config` for each resource they use, built from the schemas stored in the snapshot.
import type { JsonSchema } from "./types";

export interface RunConfigSchemaAsset {
  /** The asset key string, e.g. "analytics/daily_active_users". */
  key: string;
  /** The JSON Schema of the asset's config (input side), or null when it takes none. */
  configJsonSchema: JsonSchema | null;
}

export interface RunConfigSchemaResource {
  name: string;
  /** The JSON Schema of the resource's config, or null when it takes none. */
  configJsonSchema: JsonSchema | null;
}

/** Marks an asset that takes no config, so validation can say so instead of "unknown field". */
export const TAKES_NO_CONFIG = "x-strata-takes-no-config";

/**
 * The document schema. Unknown keys are errors at every level (as in Dagster): a misspelt field would otherwise be
 * dropped silently by the asset's schema. Resource fields are all optional here, because the code location's own
 * values fill what run config leaves out.
 */
export function runConfigSchema(
  assets: readonly RunConfigSchemaAsset[],
  resources: readonly RunConfigSchemaResource[],
): JsonSchema {
  const ops: Record<string, JsonSchema> = {};
  const requiredOps: string[] = [];
  for (const asset of assets) {
    if (!asset.configJsonSchema) {
      ops[asset.key] = {
        type: "object",
        properties: {},
        additionalProperties: false,
        description: `Asset ${asset.key} takes no config.`,
        [TAKES_NO_CONFIG]: true,
      };
      continue;
    }
    const config = closeObjects(withoutMetaKeywords(asset.configJsonSchema));
    const needsConfig = (config.required?.length ?? 0) > 0;
    if (needsConfig) requiredOps.push(asset.key);
    ops[asset.key] = {
      type: "object",
      description: config.description ?? `Config of asset ${asset.key}.`,
      properties: { config },
      additionalProperties: false,
      ...(needsConfig ? { required: ["config"] } : {}),
    };
  }

  const resourceProperties: Record<string, JsonSchema> = {};
  for (const resource of resources) {
    if (!resource.configJsonSchema) continue;
    const { required: _codeProvides, ...config } = closeObjects(withoutMetaKeywords(resource.configJsonSchema));
    resourceProperties[resource.name] = {
      type: "object",
      description:
        config.description ?? `Config of resource ${resource.name}; fields left out keep the values set in code.`,
      properties: { config },
      additionalProperties: false,
    };
  }

  return {
    type: "object",
    additionalProperties: false,
    properties: {
      ops: {
        type: "object",
        description: "Config of each asset in the run, by asset key.",
        properties: ops,
        additionalProperties: false,
        ...(requiredOps.length ? { required: requiredOps } : {}),
      },
      resources: {
        type: "object",
        description: "Config of the resources the run uses, by name.",
        properties: resourceProperties,
        additionalProperties: false,
      },
    },
    ...(requiredOps.length ? { required: ["ops"] } : {}),
  };
}

/** Drops "$schema" and "$id", which are only allowed at a document's root. */
function withoutMetaKeywords(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/** Sets additionalProperties: false on object schemas that say nothing about extra keys, all the way down. */
function closeObjects(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...schema };
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, child]) => [name, closeObjects(child)]),
    );
    if (schema.additionalProperties === undefined) out.additionalProperties = false;
  }
  if (schema.items) out.items = closeObjects(schema.items);
  if (typeof schema.additionalProperties === "object")
    out.additionalProperties = closeObjects(schema.additionalProperties);
  for (const keyword of ["anyOf", "oneOf", "allOf"] as const) {
    const branches = schema[keyword];
    if (branches) out[keyword] = branches.map(closeObjects);
  }
  return out;
}
