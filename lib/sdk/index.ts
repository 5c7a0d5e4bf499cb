// The public API code locations import: asset(), externalAsset(), defineDefinitions() and metadata helpers.
export { asset, type AssetDependency, type AssetOptions } from "./asset";
export {
  isAssetDefinition,
  type AnyAssetDefinition,
  type AssetDefinition,
  type AssetIns,
  type AssetInputs,
  type AssetObservation,
  type AssetOutputOf,
  type ExternalAssetDefinition,
} from "./assetDefinition";
export { DEFAULT_GROUP, type AssetAttributeOptions } from "./attributes";
export type { AssetExecutionContext, AssetLogger } from "./context";
export { defineDefinitions, Definitions, isDefinitions, type DefinitionsOptions } from "./definitions";
export { InvalidDefinitionsError } from "./errors";
export { externalAsset, type ExternalAssetOptions } from "./externalAsset";
export { meta, MetadataValue, toMetadataValues, type MetadataConversion, type MetadataInput } from "./metadata";
export { toAssetNodeSnapshot, toDefinitionsSnapshot } from "./snapshot";
export type { AssetKeyPath, AssetNodeSnapshot, DefinitionsSnapshot } from "../core/definitionsSnapshot";
