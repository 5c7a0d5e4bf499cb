// Launches a run (or a re-execution) with one idempotency key per click; the caller gets the typed result and the
// run lists refresh.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type {
  LaunchRunInput,
  LaunchRunResultFieldsFragment,
  ReexecutionParams,
} from "../../graphql/client/generated/graphql";
import { keyEachLaunch, retryLaunch, type WithIdempotencyKey } from "../../graphql/client/launchIdempotency";
import { queryKeys } from "../../graphql/client/queryKeys";

export type { LaunchRunInput, ReexecutionParams };
export type LaunchRunResult = LaunchRunResultFieldsFragment;
export type LaunchRunFailure = Exclude<LaunchRunResult, { __typename: "LaunchRunSuccess" }>;

graphql(`
  fragment LaunchRunResultFields on LaunchRunResult {
    __typename
    ... on LaunchRunSuccess { run { id runId status } }
    ... on AssetNotFoundError { message }
    ... on JobNotFoundError { message }
    ... on InvalidSelectionError { message position }
    ... on InvalidIdempotencyKeyError { message }
    ... on RunConfigValidationInvalid { message errors { path message } }
    ... on LaunchRunError { message }
    ... on UnauthorizedError { message permission }
  }
`);

const LaunchRunMutationDocument = graphql(`
  mutation LaunchRun($input: LaunchRunInput!) {
    launchRun(input: $input) { ...LaunchRunResultFields }
  }
`);

const LaunchRunReexecutionMutationDocument = graphql(`
  mutation LaunchRunReexecution($params: ReexecutionParams!) {
    launchRunReexecution(params: $params) { ...LaunchRunResultFields }
  }
`);

function useInvalidateRuns() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.allRuns }),
      queryClient.invalidateQueries({ queryKey: queryKeys.runsInProgress }),
    ]);
  };
}

type KeyedLaunchRunInput = WithIdempotencyKey<LaunchRunInput & { idempotencyKey?: string | null }>;
type KeyedReexecutionParams = WithIdempotencyKey<ReexecutionParams & { idempotencyKey?: string | null }>;

export function useLaunchRun() {
  const invalidate = useInvalidateRuns();
  return keyEachLaunch(
    useMutation({
      mutationFn: (input: KeyedLaunchRunInput) =>
        fetchGraphQL(LaunchRunMutationDocument, { input }).then((d) => d.launchRun),
      retry: retryLaunch,
      onSettled: invalidate,
    }),
  );
}

export function useLaunchRunReexecution() {
  const invalidate = useInvalidateRuns();
  return keyEachLaunch(
    useMutation({
      mutationFn: (params: KeyedReexecutionParams) =>
        fetchGraphQL(LaunchRunReexecutionMutationDocument, { params }).then((d) => d.launchRunReexecution),
      retry: retryLaunch,
      onSettled: invalidate,
    }),
  );
}
