// Resource fields run config may not override: the resource said so in code (allowConfigOverrides), so a launch
// cannot point a connection elsewhere. Checked with the rest of the document, in the launchpad and on the server.
import type { ConfigError, JsonSchema } from "./types";

/** Set by the SDK on a resource config property that only code may set. */
export const LOCKED_FIELD = "x-strata-locked";

/** One error per overridden locked field of `resources.<name>.config`, naming its path. */
export function lockedOverrideErrors(schema: JsonSchema, document: unknown): ConfigError[] {
  const resources = schema.properties?.resources?.properties ?? {};
  const given = field(document, "resources");
  const errors: ConfigError[] = [];
  for (const [name, resourceSchema] of Object.entries(resources)) {
    const config = field(field(given, name), "config");
    if (typeof config !== "object" || config === null) continue;
    const properties = resourceSchema.properties?.config?.properties ?? {};
    for (const key of Object.keys(config)) {
      if (properties[key]?.[LOCKED_FIELD] !== true) continue;
      errors.push({
        path: ["resources", name, "config", key],
        message: `resource "${name}" does not allow overriding "${key}" at launch; it is set in code (allowConfigOverrides)`,
      });
    }
  }
  return errors;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
