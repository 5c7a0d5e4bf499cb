// Run config: the document's JSON Schema, its text form, validation with readable errors and scaffolding. Pure.
export * from "./types";
export { runConfigSchema, TAKES_NO_CONFIG, type RunConfigSchemaAsset, type RunConfigSchemaResource } from "./runConfigSchema";
export { formatConfigError } from "./formatConfigError";
export { describeValue, validateRunConfig } from "./validateRunConfig";
export { MAX_RUN_CONFIG_ALIASES, parseRunConfigText, runConfigToYaml, type ParseRunConfigOptions, type RunConfigParse } from "./parseRunConfigText";
export { isSecretSchema, maskAllResourceConfig, maskJobSecrets, maskSecrets, SECRET_MASK, withoutMaskedSecrets } from "./secrets";
export { LOCKED_FIELD, lockedOverrideErrors } from "./lockedOverrides";
export { placeholderFor, scaffoldRunConfigText } from "./scaffoldRunConfig";
export { runConfigForAssets, runConfigSchemaForSelection } from "./runConfigSchemaForSelection";
