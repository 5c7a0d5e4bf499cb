// Run config: the document's JSON Schema, its text form, validation with readable errors and scaffolding. Pure.
export * from "./types";
export { runConfigSchema, TAKES_NO_CONFIG, type RunConfigSchemaAsset, type RunConfigSchemaResource } from "./runConfigSchema";
export { describeValue, formatConfigError, validateRunConfig } from "./validateRunConfig";
export { parseRunConfigText, runConfigToYaml, type RunConfigParse } from "./parseRunConfigText";
export { placeholderFor, scaffoldRunConfigText } from "./scaffoldRunConfig";
export { runConfigForAssets, runConfigSchemaForSelection } from "./runConfigSchemaForSelection";
