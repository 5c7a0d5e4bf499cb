// The launchpad's reads: a target's run config schema, and the server's verdict on the config being edited.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type {
  IsRunConfigValidQuery,
  RunConfigSchemaQuery,
  RunConfigTarget,
} from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";

/** What a launch would materialize: asset keys, a selection or a job (one of them). */
export type { RunConfigTarget };
export type RunConfigSchemaResult = Extract<
  RunConfigSchemaQuery["runConfigSchemaOrError"],
  { __typename: "RunConfigSchema" }
>;
export type RunConfigValidationResult = IsRunConfigValidQuery["isRunConfigValid"];

const RunConfigSchemaQueryDocument = graphql(`
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
`);

const IsRunConfigValidQueryDocument = graphql(`
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
`);

export function useRunConfigSchema(target: RunConfigTarget | null) {
  return useQuery({
    queryKey: queryKeys.runConfigSchema(target ?? {}),
    queryFn: ({ signal }) =>
      fetchGraphQL(RunConfigSchemaQueryDocument, { target: target ?? {} }, { signal }).then(
        (d) => d.runConfigSchemaOrError,
      ),
    enabled: target !== null,
  });
}

/** Null until `runConfig` is given (the caller debounces it); the previous verdict stays while the next loads. */
export function useRunConfigValidation(target: RunConfigTarget | null, runConfig: string | null) {
  return useQuery<RunConfigValidationResult>({
    queryKey: queryKeys.runConfigValidation(target ?? {}, runConfig ?? ""),
    queryFn: ({ signal }) =>
      fetchGraphQL(
        IsRunConfigValidQueryDocument,
        { target: target ?? {}, runConfig: runConfig ?? "" },
        { signal },
      ).then((d) => d.isRunConfigValid),
    enabled: target !== null && runConfig !== null,
    placeholderData: keepPreviousData,
  });
}
