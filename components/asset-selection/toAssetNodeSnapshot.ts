// Maps the GraphQL asset list to lib/core's AssetNodeSnapshot so the pure selection engine runs in the browser.
import type { AssetNodeSnapshot } from "../../lib/core/definitionsSnapshot";
import type { AssetNodeListItem } from "../assets/useAssetNodes";

/**
 * The list fragment leaves out descriptions, metadata and code versions (they are per-asset detail);
 * selection clauses only read keys, groups, kinds, owners, tags and dependencies, so empty values are safe here.
 */
export function toAssetNodeSnapshot(node: AssetNodeListItem): AssetNodeSnapshot {
  return {
    key: node.assetKey.path,
    groupName: node.groupName,
    description: null,
    owners: node.owners,
    tags: Object.fromEntries(node.tags.map((t) => [t.key, t.value])),
    kinds: node.kinds,
    metadata: {},
    codeVersion: null,
    isSource: node.isSource,
    dependencyKeys: node.dependencyKeys.map((k) => k.path),
  };
}
