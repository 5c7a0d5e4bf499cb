// Launches a run (or a re-execution) with one idempotency key per click; the caller gets the typed result and the
// run lists refresh.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { keyEachLaunch, retryLaunch, type WithIdempotencyKey } from "./launchIdempotency";
import { queryKeys } from "./queryKeys";
import {
  LAUNCH_RUN_MUTATION,
  LAUNCH_RUN_REEXECUTION_MUTATION,
  type LaunchRunData,
  type LaunchRunInput,
  type LaunchRunReexecutionData,
  type ReexecutionParams,
} from "./runs";

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
      mutationFn: (input: KeyedLaunchRunInput) => fetchGraphQL<LaunchRunData, { input: KeyedLaunchRunInput }>(LAUNCH_RUN_MUTATION, { input }).then((d) => d.launchRun),
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
        fetchGraphQL<LaunchRunReexecutionData, { params: KeyedReexecutionParams }>(LAUNCH_RUN_REEXECUTION_MUTATION, { params }).then((d) => d.launchRunReexecution),
      retry: retryLaunch,
      onSettled: invalidate,
    }),
  );
}
