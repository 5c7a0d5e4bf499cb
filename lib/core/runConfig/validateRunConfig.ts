// Checks a run config document against its JSON Schema and says what is wrong in a user's words, one error per
// problem with the path of keys to it (`ops.enriched_events.config.lookback_days: expected number, got "seven"`).
// It runs on the server before a run is queued and for the launchpad's isRunConfigValid as the user types.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { closestMatch } from "../closestMatch";
import { lockedOverrideErrors } from "./lockedOverrides";
import { TAKES_NO_CONFIG } from "./runConfigSchema";
import { withoutMaskedSecrets } from "./secrets";
import type { ConfigError, JsonSchema } from "./types";

// ajv compiles each schema into a function (new Function), which the console's Content-Security-Policy forbids: this
// runs on the server only (launches, isRunConfigValid), and the instance is made on first use so that importing this
// module's helpers in the browser costs nothing.
let ajv: Ajv2020 | undefined;
// Schemas are compiled once: the launchpad asks to validate against the same one as the user types.
const compiled = new Map<string, ValidateFunction>();
const MAX_COMPILED = 50;

// The same schema object again (the executor keeps a selection's schema) skips serializing it to find its validator.
const bySchemaObject = new WeakMap<JsonSchema, ValidateFunction>();

function validatorFor(schema: JsonSchema): ValidateFunction {
  const known = bySchemaObject.get(schema);
  if (known) return known;
  const id = JSON.stringify(schema);
  let validate = compiled.get(id);
  if (!validate) {
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value ?? "");
    ajv ??= new Ajv2020({ allErrors: true, strict: false, verbose: true });
    validate = ajv.compile(schema);
    compiled.set(id, validate);
  }
  bySchemaObject.set(schema, validate);
  return validate;
}

/**
 * Every problem in `value` (already parsed) against `schema`; empty when it is valid. Secret fields holding the mask
 * count as left out (they keep the value set in code), and overrides of locked resource fields are errors.
 */
export function validateRunConfig(schema: JsonSchema, value: unknown): ConfigError[] {
  const document = withoutMaskedSecrets(schema, value);
  const locked = lockedOverrideErrors(schema, document);
  const validate = validatorFor(schema);
  if (validate(document)) return locked;
  const raw = validate.errors ?? [];
  // A failed anyOf (e.g. "string or null") is reported once, not once per branch.
  const anyOfPaths = raw.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf").map((e) => `${e.schemaPath}/`);
  const errors: ConfigError[] = [];
  const seen = new Set<string>();
  for (const error of raw) {
    if (anyOfPaths.some((prefix) => error.schemaPath.startsWith(prefix))) continue;
    const converted = toConfigError(error);
    const id = `${converted.path.join("\u0000")}\u0001${converted.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    errors.push(converted);
  }
  return [...locked, ...errors];
}

function toConfigError(error: ErrorObject): ConfigError {
  const path = pointerToPath(error.instancePath);
  const got = describeValue(error.data);
  switch (error.keyword) {
    case "type":
      return { path, message: `expected ${typeWords(error.params.type as string | string[])}, got ${got}` };
    case "required": {
      const field = String(error.params.missingProperty);
      if (path.length === 1 && path[0] === "ops")
        return { path: [...path, field], message: `asset "${field}" has required config; add ops.${field}.config` };
      return { path: [...path, field], message: "required field is missing" };
    }
    case "additionalProperties":
      return {
        path: [...path, String(error.params.additionalProperty)],
        message: unknownKeyMessage(
          path,
          String(error.params.additionalProperty),
          error.parentSchema as JsonSchema | undefined,
        ),
      };
    case "enum":
      return {
        path,
        message: `expected one of ${(error.params.allowedValues as unknown[]).map(describeValue).join(", ")}, got ${got}`,
      };
    case "const":
      return { path, message: `expected ${describeValue(error.params.allowedValue)}, got ${got}` };
    case "anyOf":
    case "oneOf":
      return { path, message: `expected ${alternatives(error.schema)}, got ${got}` };
    default:
      // minimum, maxLength, pattern…: ajv's wording ("must be >= 1") reads well with the value after it.
      return { path, message: `${error.message ?? "is invalid"}, got ${got}` };
  }
}

function unknownKeyMessage(parentPath: readonly string[], key: string, parentSchema: JsonSchema | undefined): string {
  if (parentPath.length === 0) return `unknown section "${key}"; run config has "ops" (asset config) and "resources"`;
  if (
    parentPath.length === 2 &&
    parentPath[0] === "ops" &&
    key === "config" &&
    parentSchema?.[TAKES_NO_CONFIG] === true
  ) {
    return `asset "${parentPath[1]}" takes no config; remove this entry`;
  }
  const known = Object.keys(parentSchema?.properties ?? {});
  if (parentPath.length === 1 && parentPath[0] === "ops") {
    const suggestion = closestMatch(key, known);
    return `"${key}" is not an asset of this run${suggestion ? `; did you mean "${suggestion}"?` : ""}`;
  }
  if (parentPath.length === 1 && parentPath[0] === "resources") {
    const suggestion = closestMatch(key, known);
    return `"${key}" is not a configurable resource of this run${suggestion ? `; did you mean "${suggestion}"?` : ""}`;
  }
  const suggestion = closestMatch(key, known);
  if (suggestion) return `unknown field "${key}"; did you mean "${suggestion}"?`;
  return known.length > 0
    ? `unknown field "${key}"; the fields are ${known.map((k) => `"${k}"`).join(", ")}`
    : `unknown field "${key}"`;
}

function alternatives(branches: unknown): string {
  if (!Array.isArray(branches)) return "another value";
  const words = branches.map((branch: JsonSchema) =>
    branch.type
      ? typeWords(branch.type)
      : branch.enum
        ? `one of ${branch.enum.map(describeValue).join(", ")}`
        : "a value of another shape",
  );
  return [...new Set(words)].join(" or ");
}

function typeWords(type: string | readonly string[]): string {
  return typeof type === "string" ? type : type.join(" or ");
}

/** How a value reads in a message: strings quoted, lists and objects by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (value !== null && typeof value === "object") return "a mapping";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

/** "/ops/analytics~1daily/config" → ["ops", "analytics/daily", "config"] (JSON Pointer escapes). */
function pointerToPath(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
