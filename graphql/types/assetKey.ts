// AssetKey: an asset's path, as an output type and as an input.
import { builder } from "../builder";

/** An asset key as the API returns it. An object with `path` rather than the bare array, so `path` needs no resolver. */
export interface AssetKeyShape {
  path: string[];
}

/** The API shape of a key string ("analytics/fact_events") or path. */
export function assetKeyOf(key: string | readonly string[]): AssetKeyShape {
  return { path: typeof key === "string" ? key.split("/") : [...key] };
}

export const AssetKeyRef = builder.objectRef<AssetKeyShape>("AssetKey").implement({
  fields: (t) => ({ path: t.exposeStringList("path") }),
});

export const AssetKeyInput = builder.inputType("AssetKeyInput", {
  fields: (t) => ({ path: t.stringList({ required: true }) }),
});
