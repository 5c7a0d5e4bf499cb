// An asset key in the API's shape, apart from the schema builder so read models can build keys without it.
import "server-only";
/** An asset key as the API returns it. An object with `path` rather than the bare array, so `path` needs no resolver. */
export interface AssetKeyShape {
  path: string[];
}

/** The API shape of a key string ("analytics/fact_events") or path. */
export function assetKeyOf(key: string | readonly string[]): AssetKeyShape {
  return { path: typeof key === "string" ? key.split("/") : [...key] };
}
