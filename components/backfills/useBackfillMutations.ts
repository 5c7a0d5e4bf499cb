// Launching (one idempotency key per click), canceling and retrying backfills; each refreshes the backfill views and
// the run lists it changes.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type {
  LaunchPartitionBackfillInput,
  LaunchPartitionBackfillResultFieldsFragment,
} from "../../graphql/client/generated/graphql";
import { keyEachLaunch, retryLaunch, type WithIdempotencyKey } from "../../graphql/client/launchIdempotency";
import { queryKeys } from "../../graphql/client/queryKeys";

export type { LaunchPartitionBackfillInput };
export type LaunchPartitionBackfillResult = LaunchPartitionBackfillResultFieldsFragment;
export type LaunchPartitionBackfillFailure = Exclude<
  LaunchPartitionBackfillResult,
  { __typename: "LaunchPartitionBackfillSuccess" }
>;

graphql(`
  fragment LaunchPartitionBackfillResultFields on LaunchPartitionBackfillResult {
    __typename
    ... on LaunchPartitionBackfillSuccess { backfill { id backfillId status } }
    ... on AssetNotFoundError { message }
    ... on InvalidSelectionError { message position }
    ... on InvalidIdempotencyKeyError { message }
    ... on InvalidPartitionSelectionError { message }
    ... on RunConfigValidationInvalid { message errors { path message } }
    ... on LaunchRunError { message }
    ... on UnauthorizedError { message permission }
  }
`);

const LaunchPartitionBackfillMutationDocument = graphql(`
  mutation LaunchPartitionBackfill($input: LaunchPartitionBackfillInput!) {
    launchPartitionBackfill(input: $input) { ...LaunchPartitionBackfillResultFields }
  }
`);

const CancelBackfillMutationDocument = graphql(`
  mutation CancelBackfill($backfillId: String!) {
    cancelBackfill(backfillId: $backfillId) {
      __typename
      ... on Backfill { id backfillId status }
      ... on BackfillNotFoundError { message }
      ... on LaunchRunError { message }
      ... on UnauthorizedError { message permission }
    }
  }
`);

const RetryBackfillMutationDocument = graphql(`
  mutation RetryBackfill($backfillId: String!) {
    retryBackfill(backfillId: $backfillId) { ...LaunchPartitionBackfillResultFields }
  }
`);

function useInvalidateBackfills() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.backfills }),
      queryClient.invalidateQueries({ queryKey: queryKeys.allBackfill }),
      queryClient.invalidateQueries({ queryKey: queryKeys.allRuns }),
      queryClient.invalidateQueries({ queryKey: queryKeys.runsInProgress }),
    ]);
  };
}

type KeyedBackfillInput = WithIdempotencyKey<LaunchPartitionBackfillInput>;

export function useLaunchPartitionBackfill() {
  const invalidate = useInvalidateBackfills();
  return keyEachLaunch(
    useMutation({
      mutationFn: (input: KeyedBackfillInput) =>
        fetchGraphQL(LaunchPartitionBackfillMutationDocument, { input }).then((d) => d.launchPartitionBackfill),
      retry: retryLaunch,
      onSettled: invalidate,
    }),
  );
}

export function useCancelBackfill() {
  const invalidate = useInvalidateBackfills();
  return useMutation({
    mutationFn: (backfillId: string) =>
      fetchGraphQL(CancelBackfillMutationDocument, { backfillId }).then((d) => d.cancelBackfill),
    onSettled: invalidate,
  });
}

export function useRetryBackfill() {
  const invalidate = useInvalidateBackfills();
  return useMutation({
    mutationFn: (backfillId: string) =>
      fetchGraphQL(RetryBackfillMutationDocument, { backfillId }).then((d) => d.retryBackfill),
    onSettled: invalidate,
  });
}
