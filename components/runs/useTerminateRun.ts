// Cancels a run; the run page picks up CANCELING → CANCELED from its own polling.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import { queryKeys } from "../../graphql/client/queryKeys";

const TerminateRunMutationDocument = graphql(`
  mutation TerminateRun($runId: String!) {
    terminateRun(runId: $runId) {
      __typename
      ... on TerminateRunSuccess { run { id runId status canTerminate } }
      ... on TerminateRunFailure { message }
      ... on RunNotFoundError { message }
      ... on UnauthorizedError { message permission }
    }
  }
`);

export function useTerminateRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) => fetchGraphQL(TerminateRunMutationDocument, { runId }).then((d) => d.terminateRun),
    onSettled: async (_data, _error, runId) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.run(runId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.allRuns }),
        queryClient.invalidateQueries({ queryKey: queryKeys.runsInProgress }),
      ]);
    },
  });
}
