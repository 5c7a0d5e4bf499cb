// Run config validation: each selected asset's config checked against its zod schema before any step starts.
import type { z } from "zod";
import { closestMatch } from "../../core/closestMatch";
import type { Definitions } from "../../sdk/definitions";

export interface RunConfigError {
  /** The asset key string, then the field path inside its config. */
  path: string[];
  message: string;
}

export type RunConfigValidation = { ok: true } | { ok: false; errors: RunConfigError[] };

/**
 * Checks run config (asset key string → that asset's config) for the selected assets. Entries for assets that are
 * not defined, not selected or take no config are errors, like Dagster's, so a typo never silently does nothing.
 */
export function validateRunConfig(definitions: Definitions, assetKeys: readonly string[], runConfig: Readonly<Record<string, unknown>> | null | undefined): RunConfigValidation {
  const result = resolveRunConfig(definitions, assetKeys, runConfig);
  return result.ok ? { ok: true } : result;
}

/** Like validateRunConfig, and returns each selected asset's parsed config (defaults applied; {} without a schema). */
export function resolveRunConfig(
  definitions: Definitions,
  assetKeys: readonly string[],
  runConfig: Readonly<Record<string, unknown>> | null | undefined,
): { ok: true; configs: Map<string, unknown> } | { ok: false; errors: RunConfigError[] } {
  const errors: RunConfigError[] = [];
  const configs = new Map<string, unknown>();
  const selected = new Set(assetKeys);
  const given = runConfig ?? {};
  if (typeof given !== "object" || Array.isArray(given)) {
    return { ok: false, errors: [{ path: [], message: "Run config must be an object keyed by asset key, e.g. { \"raw_events\": { \"eventCount\": 500 } }." }] };
  }

  for (const [key, value] of Object.entries(given)) {
    const definition = definitions.getAsset(key);
    if (!definition) {
      const suggestion = closestMatch(key, definitions.graph.keys);
      errors.push({ path: [key], message: `Run config names "${key}", which is not an asset in this code location.${suggestion ? ` Did you mean "${suggestion}"?` : ""}` });
    } else if (!selected.has(key)) {
      errors.push({ path: [key], message: `Run config names asset "${key}", which is not selected in this run; remove its entry or select the asset.` });
    } else if (definition.type !== "asset" || !definition.configSchema) {
      if (value !== undefined) errors.push({ path: [key], message: `Asset "${key}" takes no config; remove its entry from the run config.` });
    }
  }

  for (const key of selected) {
    const definition = definitions.getAsset(key);
    if (!definition) continue;
    if (definition.type !== "asset" || !definition.configSchema) {
      configs.set(key, {});
      continue;
    }
    // A missing entry is an empty object, so schemas whose fields all have defaults need no config at all.
    const value = given[key] ?? {};
    const parsed = definition.configSchema.safeParse(value);
    if (parsed.success) configs.set(key, parsed.data);
    else errors.push(...parsed.error.issues.map((issue) => toRunConfigError(key, value, issue)));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, configs };
}

function toRunConfigError(assetKey: string, value: unknown, issue: z.core.$ZodIssue): RunConfigError {
  const fieldPath = issue.path.map((segment) => String(segment));
  const field = fieldPath.join(".");
  if (issue.code === "invalid_type" && fieldPath.length > 0 && valueAt(value, fieldPath) === undefined) {
    return { path: [assetKey, ...fieldPath], message: `Asset "${assetKey}" is missing required config field "${field}" (expected ${issue.expected}).` };
  }
  const where = field === "" ? "config" : `config field "${field}"`;
  return { path: [assetKey, ...fieldPath], message: `Asset "${assetKey}" ${where}: ${issue.message}` };
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
