// The in-process execution engine: plans a selection of assets and runs it, emitting the run's events.
export { EventWriteError, InvalidRunError } from "./errors";
export type { ExecutionEvent, LogLevel, StepError, StepEventPartitions } from "./events";
export { type ExecuteAssetsOptions, type ExecutionResult, executeAssets } from "./executeAssets";
export { checkResources, type ResourceCheck } from "./resources";
export { type RunConfigError, type RunConfigValidation, resolveRunConfig, validateRunConfig } from "./runConfig";
export type { StepStatus } from "./stepRunner";
