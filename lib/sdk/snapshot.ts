// Turns definitions into the JSON snapshot the web server, store and daemon read; never contains user functions.
import { compareAssetKeys } from "../core/assetKey";
import type { AssetNodeSnapshot, DefinitionsSnapshot, MetadataValue } from "../core/definitionsSnapshot";
import type { AnyAssetDefinition } from "./assetDefinition";
import { configJsonSchema } from "./config";

export function toAssetNodeSnapshot(definition: AnyAssetDefinition): AssetNodeSnapshot {
  const isAsset = definition.type === "asset";
  const node: AssetNodeSnapshot = {
    key: [...definition.key],
    groupName: definition.group,
    description: definition.description,
    owners: [...definition.owners],
    tags: { ...definition.tags },
    kinds: [...definition.kinds],
    metadata: Object.fromEntries(Object.entries(definition.metadata).map(([name, value]) => [name, copyMetadata(value)])),
    codeVersion: isAsset ? definition.codeVersion : null,
    isSource: !isAsset,
    dependencyKeys: isAsset ? definition.dependencyKeys.map((key) => [...key]) : [],
  };
  // The newer fields are left out when unused, so snapshots of assets that use none of them are unchanged.
  if (isAsset && definition.retryPolicy) node.retryPolicy = { ...definition.retryPolicy };
  if (isAsset && definition.configSchema) node.configJsonSchema = configJsonSchema(definition.configSchema);
  if (definition.resourceKeys.length > 0) node.resourceKeys = [...definition.resourceKeys];
  if (definition.partitions) node.partitionsDefinition = structuredClone(definition.partitions.snapshot);
  if (isAsset && Object.keys(definition.partitionMappings).length > 0) {
    node.partitionMappings = Object.fromEntries(Object.entries(definition.partitionMappings).map(([key, mapping]) => [key, structuredClone(mapping.snapshot)]));
  }
  if (isAsset && definition.backfillPolicy === "single_run") node.backfillPolicy = "single_run";
  return node;
}

/** The snapshot of a set of definitions, sorted by key so the same code always gives the same JSON. */
export function toDefinitionsSnapshot(definitions: { readonly assets: readonly AnyAssetDefinition[] }): DefinitionsSnapshot {
  const assets = definitions.assets
    .map(toAssetNodeSnapshot)
    .sort((a, b) => compareAssetKeys(a.key.join("/"), b.key.join("/")));
  return { schemaVersion: 1, assets };
}

function copyMetadata(value: MetadataValue): MetadataValue {
  // Structured values were copied at definition time, but a consumer mutating the snapshot must not reach the definition.
  return { ...value, value: structuredClone(value.value) } as MetadataValue;
}
