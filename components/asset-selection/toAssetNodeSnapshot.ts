// Maps the GraphQL asset list to lib/core's AssetNodeSnapshot so the pure selection engine runs in the browser.
import { TABLE_SCHEMA_METADATA_KEY } from "../../lib/core/columnLineage";
import type { AssetNodeSnapshot } from "../../lib/core/definitionsSnapshot";
import type { AssetNodeListItem } from "../assets/useAssetNodes";

/**
 * The list fragment leaves out descriptions, metadata and code versions (they are per-asset detail);
 * selection clauses only read keys, groups, kinds, owners, tags, code locations, column names and dependencies, so
 * empty values are safe here. Column names stand in for the definition's table schema (`column:` reads it).
 */
export function toAssetNodeSnapshot(node: AssetNodeListItem): AssetNodeSnapshot {
  return {
    key: node.assetKey.path,
    groupName: node.groupName,
    description: null,
    owners: node.owners,
    tags: Object.fromEntries(node.tags.map((t) => [t.key, t.value])),
    kinds: node.kinds,
    metadata:
      node.columnNames.length === 0
        ? {}
        : {
            [TABLE_SCHEMA_METADATA_KEY]: {
              type: "table_schema",
              value: { columns: node.columnNames.map((name) => ({ name, type: "" })) },
            },
          },
    codeVersion: null,
    isSource: node.isSource,
    codeLocationName: node.codeLocationName,
    dependencyKeys: node.dependencyKeys.map((k) => k.path),
  };
}
