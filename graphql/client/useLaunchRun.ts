// Launches a run (or a re-execution); the caller gets the typed result and the run lists refresh.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import {
  LAUNCH_RUN_MUTATION,
  LAUNCH_RUN_REEXECUTION_MUTATION,
  type LaunchRunData,
  type LaunchRunInput,
  type LaunchRunReexecutionData,
  type LaunchRunReexecutionVariables,
  type LaunchRunVariables,
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

export function useLaunchRun() {
  const invalidate = useInvalidateRuns();
  return useMutation({
    mutationFn: (input: LaunchRunInput) =>
      fetchGraphQL<LaunchRunData, LaunchRunVariables>(LAUNCH_RUN_MUTATION, { input }).then((d) => d.launchRun),
    onSettled: invalidate,
  });
}

export function useLaunchRunReexecution() {
  const invalidate = useInvalidateRuns();
  return useMutation({
    mutationFn: (params: ReexecutionParams) =>
      fetchGraphQL<LaunchRunReexecutionData, LaunchRunReexecutionVariables>(LAUNCH_RUN_REEXECUTION_MUTATION, { params }).then(
        (d) => d.launchRunReexecution,
      ),
    onSettled: invalidate,
  });
}
