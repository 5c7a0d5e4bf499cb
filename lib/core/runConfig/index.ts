// Run config: the document's JSON Schema, its text form, validation with readable errors and scaffolding. Pure.

export { formatConfigError } from "./formatConfigError";
export { LOCKED_FIELD, lockedOverrideErrors } from "./lockedOverrides";
export {
  MAX_RUN_CONFIG_ALIASES,
  type ParseRunConfigOptions,
  parseRunConfigText,
  type RunConfigParse,
  runConfigToYaml,
} from "./parseRunConfigText";
export {
  type RunConfigSchemaAsset,
  type RunConfigSchemaResource,
  runConfigSchema,
  TAKES_NO_CONFIG,
} from "./runConfigSchema";
export { runConfigForAssets, runConfigSchemaForSelection } from "./runConfigSchemaForSelection";
export { placeholderFor, scaffoldRunConfigText } from "./scaffoldRunConfig";
export {
  isSecretSchema,
  maskAllResourceConfig,
  maskJobSecrets,
  maskSecrets,
  SECRET_MASK,
  withoutMaskedSecrets,
} from "./secrets";
export * from "./types";
export { describeValue, validateRunConfig } from "./validateRunConfig";
