// The in-process execution engine: plans a selection of assets and runs it, emitting the run's events.
export { EventWriteError, InvalidRunError } from "./errors";
export type { ExecutionEvent, LogLevel, StepError, StepEventPartitions } from "./events";
export { executeAssets, type ExecuteAssetsOptions, type ExecutionResult } from "./executeAssets";
export { checkResources, type ResourceCheck } from "./resources";
export { resolveRunConfig, validateRunConfig, type RunConfigError, type RunConfigValidation } from "./runConfig";
export type { StepStatus } from "./stepRunner";
