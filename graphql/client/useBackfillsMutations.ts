// Launching (one idempotency key per click), canceling and retrying backfills; each refreshes the backfill views and
// the run lists it changes.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  CANCEL_BACKFILL_MUTATION,
  LAUNCH_PARTITION_BACKFILL_MUTATION,
  RETRY_BACKFILL_MUTATION,
  type BackfillIdVariables,
  type CancelBackfillData,
  type LaunchPartitionBackfillData,
  type LaunchPartitionBackfillInput,
  type RetryBackfillData,
} from "./backfills";
import { fetchGraphQL } from "./fetchGraphQL";
import { keyEachLaunch, retryLaunch, type WithIdempotencyKey } from "./launchIdempotency";
import { queryKeys } from "./queryKeys";

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

type KeyedBackfillInput = WithIdempotencyKey<LaunchPartitionBackfillInput & { idempotencyKey?: string | null }>;

export function useLaunchPartitionBackfill() {
  const invalidate = useInvalidateBackfills();
  return keyEachLaunch(
    useMutation({
      mutationFn: (input: KeyedBackfillInput) =>
        fetchGraphQL<LaunchPartitionBackfillData, { input: KeyedBackfillInput }>(LAUNCH_PARTITION_BACKFILL_MUTATION, { input }).then((d) => d.launchPartitionBackfill),
      retry: retryLaunch,
      onSettled: invalidate,
    }),
  );
}

export function useCancelBackfill() {
  const invalidate = useInvalidateBackfills();
  return useMutation({
    mutationFn: (backfillId: string) =>
      fetchGraphQL<CancelBackfillData, BackfillIdVariables>(CANCEL_BACKFILL_MUTATION, { backfillId }).then((d) => d.cancelBackfill),
    onSettled: invalidate,
  });
}

export function useRetryBackfill() {
  const invalidate = useInvalidateBackfills();
  return useMutation({
    mutationFn: (backfillId: string) =>
      fetchGraphQL<RetryBackfillData, BackfillIdVariables>(RETRY_BACKFILL_MUTATION, { backfillId }).then((d) => d.retryBackfill),
    onSettled: invalidate,
  });
}
