// AssetKey: an asset's path, as an output type and as an input.
import "server-only";
import type { AssetKeyShape } from "../assetKeyShape";
import { builder } from "../builder";

export { type AssetKeyShape, assetKeyOf } from "../assetKeyShape";

export const AssetKeyRef = builder.objectRef<AssetKeyShape>("AssetKey").implement({
  fields: (t) => ({ path: t.exposeStringList("path") }),
});

export const AssetKeyInput = builder.inputType("AssetKeyInput", {
  fields: (t) => ({ path: t.stringList({ required: true }) }),
});
