// Cancels a run; the run page picks up CANCELING → CANCELED from its own polling.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { TERMINATE_RUN_MUTATION, type TerminateRunData, type TerminateRunVariables } from "./runs";

export function useTerminateRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) => fetchGraphQL<TerminateRunData, TerminateRunVariables>(TERMINATE_RUN_MUTATION, { runId }).then((d) => d.terminateRun),
    onSettled: async (_data, _error, runId) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.run(runId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.allRuns }),
        queryClient.invalidateQueries({ queryKey: queryKeys.runsInProgress }),
      ]);
    },
  });
}
