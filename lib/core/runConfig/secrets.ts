// Secret run config values: which schema fields hold them, masking them for every view of a run's config, and
// dropping the mask again when a masked document comes back in a launch (the launchpad's "Open in launchpad").
import type { JsonSchema, RunConfig } from "./types";

/** What every view shows in place of a secret value. A launch that sends it back keeps the value set in code. */
export const SECRET_MASK = "********";

/**
 * A field is secret when its schema says so: `secret: true` (what the SDK's secret() and env() values write) or the
 * standard `writeOnly: true`. A nullable field is secret when its non-null branch is.
 */
export function isSecretSchema(schema: JsonSchema | undefined): boolean {
  if (!schema) return false;
  if (schema.secret === true || schema.writeOnly === true) return true;
  return [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].some(isSecretSchema);
}

/** The document with every value under a secret field replaced by SECRET_MASK; the input is left unchanged. */
export function maskSecrets(schema: JsonSchema, document: unknown): unknown {
  return rewrite(schema, document, (value) => (value === null || value === undefined ? value : SECRET_MASK));
}

/**
 * Every value under `resources` masked: for a run whose schema cannot be read any more (its snapshot is gone), since
 * resource config is where connection strings and passwords live.
 */
export function maskAllResourceConfig(document: unknown): unknown {
  if (!isObject(document) || !isObject(document.resources)) return document;
  const resources = Object.fromEntries(
    Object.entries(document.resources).map(([name, entry]) => [name, maskLeaves(entry)]),
  );
  return { ...document, resources };
}

/** The document without secret fields whose value is SECRET_MASK, so they keep the value set in code. */
export function withoutMaskedSecrets(schema: JsonSchema, document: unknown): unknown {
  return rewrite(schema, document, (value) => (value === SECRET_MASK ? DROP : value));
}

const DROP = Symbol("drop");

function rewrite(schema: JsonSchema | undefined, value: unknown, onSecret: (value: unknown) => unknown): unknown {
  if (!schema) return value;
  if (isSecretSchema(schema)) return onSecret(value);
  if (Array.isArray(value)) return value.map((item) => rewrite(schema.items, item, onSecret));
  if (!isObject(value)) return value;
  const branches = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const childSchema =
      branches.map((branch) => branch.properties?.[key]).find((found) => found !== undefined) ?? additional(branches);
    const rewritten = rewrite(childSchema, child, onSecret);
    if (rewritten !== DROP) out[key] = rewritten;
  }
  return out;
}

function additional(branches: readonly JsonSchema[]): JsonSchema | undefined {
  const found = branches.find((branch) => typeof branch.additionalProperties === "object");
  return found ? (found.additionalProperties as JsonSchema) : undefined;
}

function maskLeaves(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskLeaves);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, maskLeaves(child)]));
  return value === null || value === undefined ? value : SECRET_MASK;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A job as the API shows it: its run config and its presets' with secret values masked, against the job's own schema. */
export function maskJobSecrets<
  J extends { runConfig?: RunConfig | null; presets: readonly { runConfig: RunConfig }[] },
>(schema: JsonSchema, job: J): J {
  return {
    ...job,
    runConfig: job.runConfig ? (maskSecrets(schema, job.runConfig) as RunConfig) : job.runConfig,
    presets: job.presets.map((preset) => ({
      ...preset,
      runConfig: maskSecrets(schema, preset.runConfig) as RunConfig,
    })),
  };
}
