// The launchpad's reads: a target's run config schema, and the server's verdict on the config being edited.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import {
  IS_RUN_CONFIG_VALID_QUERY,
  RUN_CONFIG_SCHEMA_QUERY,
  type IsRunConfigValidQueryData,
  type RunConfigSchemaQueryData,
  type RunConfigTarget,
  type RunConfigValidationResult,
} from "./launchpad";
import { queryKeys } from "./queryKeys";

export function useRunConfigSchema(target: RunConfigTarget | null) {
  return useQuery({
    queryKey: queryKeys.runConfigSchema(target ?? {}),
    queryFn: ({ signal }) => fetchGraphQL<RunConfigSchemaQueryData, { target: RunConfigTarget }>(RUN_CONFIG_SCHEMA_QUERY, { target: target ?? {} }, { signal }).then((d) => d.runConfigSchemaOrError),
    enabled: target !== null,
  });
}

/** Null until `runConfig` is given (the caller debounces it); the previous verdict stays while the next loads. */
export function useRunConfigValidation(target: RunConfigTarget | null, runConfig: string | null) {
  return useQuery<RunConfigValidationResult>({
    queryKey: queryKeys.runConfigValidation(target ?? {}, runConfig ?? ""),
    queryFn: ({ signal }) =>
      fetchGraphQL<IsRunConfigValidQueryData, { target: RunConfigTarget; runConfig: string }>(IS_RUN_CONFIG_VALID_QUERY, { target: target ?? {}, runConfig: runConfig ?? "" }, { signal }).then(
        (d) => d.isRunConfigValid,
      ),
    enabled: target !== null && runConfig !== null,
    placeholderData: keepPreviousData,
  });
}
