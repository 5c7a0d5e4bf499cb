// The launchpad's documents: a target's run config schema and the server's check of a run config document.
import type { AssetKey } from "./types";
import type { ConfigError, RunTag } from "./runs";

/** What a launch would materialize: asset keys, a selection or a job (one of them). */
export interface RunConfigTarget {
  assetSelection?: { path: string[] }[] | null;
  selection?: string | null;
  jobName?: string | null;
}

export interface JobPreset {
  name: string;
  description: string | null;
  runConfigYaml: string;
  tags: RunTag[];
}

export const RUN_CONFIG_SCHEMA_QUERY = /* GraphQL */ `
  query RunConfigSchema($target: RunConfigTarget!) {
    runConfigSchemaOrError(target: $target) {
      __typename
      ... on RunConfigSchema {
        jsonSchema
        assetKeys { path }
        codeLocationName
        defaultRunConfigYaml
        partitionedAssetCount
        partitionsDefinition { kind description }
        job { name description tags { key value } presets { name description runConfigYaml tags { key value } } }
      }
      ... on AssetNotFoundError { message }
      ... on JobNotFoundError { message }
      ... on InvalidSelectionError { message position }
      ... on LaunchRunError { message }
    }
  }
`;

export interface RunConfigSchemaResult {
  __typename: "RunConfigSchema";
  jsonSchema: string;
  assetKeys: AssetKey[];
  codeLocationName: string;
  defaultRunConfigYaml: string;
  partitionedAssetCount: number;
  partitionsDefinition: { kind: string; description: string } | null;
  job: { name: string; description: string | null; tags: RunTag[]; presets: JobPreset[] } | null;
}

export type RunConfigSchemaOrError =
  | RunConfigSchemaResult
  | { __typename: "AssetNotFoundError" | "JobNotFoundError" | "LaunchRunError"; message: string }
  | { __typename: "InvalidSelectionError"; message: string; position: number };

export interface RunConfigSchemaQueryData {
  runConfigSchemaOrError: RunConfigSchemaOrError;
}

export const IS_RUN_CONFIG_VALID_QUERY = /* GraphQL */ `
  query IsRunConfigValid($target: RunConfigTarget!, $runConfig: String!) {
    isRunConfigValid(target: $target, runConfig: $runConfig) {
      __typename
      ... on RunConfigValidationInvalid { message errors { path message } }
      ... on AssetNotFoundError { message }
      ... on JobNotFoundError { message }
      ... on InvalidSelectionError { message }
      ... on LaunchRunError { message }
    }
  }
`;

export type RunConfigValidationResult =
  | { __typename: "RunConfigValid" }
  | { __typename: "RunConfigValidationInvalid"; message: string; errors: ConfigError[] }
  | { __typename: "AssetNotFoundError" | "JobNotFoundError" | "InvalidSelectionError" | "LaunchRunError"; message: string };

export interface IsRunConfigValidQueryData {
  isRunConfigValid: RunConfigValidationResult;
}
