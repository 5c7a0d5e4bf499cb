// AssetKey: an asset's path, as an output type and as an input.
import { builder } from "../builder";

export const AssetKeyRef = builder.objectRef<string[]>("AssetKey").implement({
  fields: (t) => ({ path: t.stringList({ resolve: (path) => path }) }),
});

export const AssetKeyInput = builder.inputType("AssetKeyInput", {
  fields: (t) => ({ path: t.stringList({ required: true }) }),
});
