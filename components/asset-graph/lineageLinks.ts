// Links into the global graph: an asset's lineage (everything upstream and downstream of it), centred on the asset
// and ringed (`focus`), as the asset page's "View in lineage" opens it.
import { toAssetKeyString } from "../../lib/core/assetKey";

export function lineageFocusHref(path: readonly string[]): string {
  const key = toAssetKeyString(path);
  const params = new URLSearchParams({ selection: `+${key}+`, focus: key });
  return `/lineage?${params.toString()}`;
}
