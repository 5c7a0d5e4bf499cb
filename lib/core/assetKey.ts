// Asset keys: converting between the path form (["analytics", "fact_events"]) and the string form ("analytics/fact_events").

/** Characters allowed in one key segment; "/" separates segments and selection syntax reserves "+", "(", ")", ":" and spaces. */
const SEGMENT_PATTERN = /^[A-Za-z0-9_.\-]+$/;

/** Joins a key path into its printed form, e.g. ["analytics", "fact_events"] → "analytics/fact_events". */
export function toAssetKeyString(path: readonly string[]): string {
  return path.join("/");
}

/**
 * Accepts "a/b" or ["a", "b"] and returns the path ["a", "b"].
 * Throws an Error naming the offending segment when a segment is empty or holds characters outside [A-Za-z0-9_.-].
 */
export function parseAssetKey(key: string | readonly string[]): string[] {
  const path = typeof key === "string" ? key.split("/") : [...key];
  const printed = typeof key === "string" ? key : JSON.stringify(key);
  if (path.length === 0)
    throw new Error(`Asset key ${printed} is empty; give at least one segment, e.g. "raw_events".`);
  path.forEach((segment, index) => {
    if (typeof segment !== "string" || segment.length === 0) {
      throw new Error(
        `Asset key ${quote(printed)} has an empty segment at index ${index}; segments are separated by "/" and must not be empty (e.g. "analytics/fact_events").`,
      );
    }
    if (!SEGMENT_PATTERN.test(segment)) {
      throw new Error(
        `Asset key ${quote(printed)} has an invalid segment "${segment}"; segments may contain only letters, digits, "_", "." and "-".`,
      );
    }
  });
  return path;
}

/** Like parseAssetKey but returns the problem instead of throwing, for callers that collect problems. */
export function tryParseAssetKey(
  key: string | readonly string[],
): { ok: true; path: string[] } | { ok: false; message: string } {
  try {
    return { ok: true, path: parseAssetKey(key) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** True when both keys name the same asset, whichever form each is given in. Invalid keys are never equal. */
export function assetKeysEqual(a: string | readonly string[], b: string | readonly string[]): boolean {
  const left = tryParseAssetKey(a);
  const right = tryParseAssetKey(b);
  if (!left.ok || !right.ok || left.path.length !== right.path.length) return false;
  return left.path.every((segment, index) => segment === right.path[index]);
}

/** Orders key strings by code unit, not locale, so every machine sorts them the same way. */
export function compareAssetKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function quote(printed: string): string {
  return printed.startsWith("[") ? printed : `"${printed}"`;
}
