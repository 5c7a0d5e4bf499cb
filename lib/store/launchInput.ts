// What runs and backfills are launched with, checked the same way for both: run config and tags.
import { parseRunConfigText, validateRunConfig, type ConfigError, type JsonSchema, type RunConfig } from "../core/runConfig";

/**
 * Parses run config text (YAML or JSON: the document with `ops:` and `resources:`) and checks it against the
 * selection's schema; every problem is returned, each with its path.
 */
export function checkRunConfig(text: string | null | undefined, schema: JsonSchema): { ok: true; value: RunConfig } | { ok: false; errors: ConfigError[] } {
  const parsed = parseRunConfigText(text);
  if (!parsed.ok) return parsed;
  const errors = validateRunConfig(schema, parsed.value);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.value as RunConfig };
}

const TAG_KEY = /^[A-Za-z0-9_./-]+$/;

/** Tags as a record; a key with other characters than letters, digits and _ . / - is refused, naming it. */
export function parseRunTags(tags: readonly { key: string; value: string }[] | null | undefined): { ok: true; value: Record<string, string> } | { ok: false; message: string } {
  const value: Record<string, string> = {};
  for (const tag of tags ?? []) {
    if (!TAG_KEY.test(tag.key)) return { ok: false, message: `Tag key "${tag.key}" may only contain letters, digits and _ . / -.` };
    value[tag.key] = tag.value;
  }
  return { ok: true, value };
}
