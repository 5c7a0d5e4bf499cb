// The JSON Schema a resource's config is stored with in the snapshot: the zod schema's, with the fields read through
// env() marked secret (so run config views mask them) and the fields run config may not override marked locked.
import { type JsonSchema, LOCKED_FIELD } from "../core/runConfig";
import { configJsonSchema } from "./config";
import { allowsConfigOverride, isEnvVar, type ResourceDefinition } from "./resource";

/** The resource's config schema for the snapshot, or null when it has none. */
export function resourceConfigJsonSchema(definition: ResourceDefinition): JsonSchema | null {
  if (!definition.configSchema) return null;
  const schema = configJsonSchema(definition.configSchema) as JsonSchema;
  markEnvFields(schema, definition.configValues);
  for (const [field, property] of Object.entries(schema.properties ?? {})) {
    if (!allowsConfigOverride(definition, field)) property[LOCKED_FIELD] = true;
  }
  return schema;
}

/** Sets `secret: true` on each property whose value is (or, for lists, holds) an env() marker. */
function markEnvFields(schema: JsonSchema, values: unknown): void {
  if (typeof values !== "object" || values === null || Array.isArray(values)) return;
  for (const [field, value] of Object.entries(values)) {
    const property = schema.properties?.[field];
    if (!property) continue;
    if (isEnvVar(value) || (Array.isArray(value) && value.some(isEnvVar))) property.secret = true;
    else markEnvFields(property, value);
  }
}
