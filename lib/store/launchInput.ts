// What runs and backfills are launched with, checked the same way for both: run config JSON and tags.

export interface ConfigError {
  path: string[];
  message: string;
}

/**
 * Parses run config text: a JSON object of asset key → that asset's config. A key the launch does not materialize is
 * an error (`what` says what it would have been, e.g. "an asset in this run's selection").
 */
export function parseRunConfig(text: string | null | undefined, targeted: ReadonlySet<string>, what: string): { ok: true; value: Record<string, unknown> } | { ok: false; errors: ConfigError[] } {
  if (!text?.trim()) return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: [], message: `Run config is not valid JSON: ${(error as Error).message}` }] };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ path: [], message: "Run config must be a JSON object of asset key → config." }] };
  }
  const errors = Object.keys(value)
    .filter((key) => !targeted.has(key))
    .map((key) => ({ path: [key], message: `"${key}" is not ${what}, so it takes no config here.` }));
  return errors.length ? { ok: false, errors } : { ok: true, value: value as Record<string, unknown> };
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
