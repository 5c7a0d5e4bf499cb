// The shapes of run config: the document a run is launched with, its JSON Schema, and the errors found in it.

/**
 * A JSON Schema as zod's toJSONSchema writes it for run config: objects, arrays, enums and scalars, with
 * descriptions and defaults. Only the keywords Strata reads are typed; others pass through.
 */
export interface JsonSchema {
  type?: JsonSchemaType | JsonSchemaType[];
  description?: string;
  title?: string;
  default?: unknown;
  examples?: unknown[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  [keyword: string]: unknown;
}

export type JsonSchemaType = "object" | "array" | "string" | "number" | "integer" | "boolean" | "null";

/**
 * One problem with run config: where (the path of keys from the document's root, e.g.
 * ["ops", "enriched_events", "config", "lookback_days"]) and why, in words a user can act on.
 */
export interface ConfigError {
  path: string[];
  message: string;
  /** For text that does not parse: the character offsets of the problem in the text. */
  range?: { from: number; to: number };
}

/**
 * The run config document, as in Dagster: each asset's config under `ops.<asset key>.config`, each resource's
 * under `resources.<name>.config`.
 * @example { ops: { raw_events: { config: { eventCount: 800 } } }, resources: { warehouse: { config: { schema: "dev" } } } }
 */
export interface RunConfig {
  ops?: Record<string, { config?: Record<string, unknown> }>;
  resources?: Record<string, { config?: Record<string, unknown> }>;
}
