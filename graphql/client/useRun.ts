// One run with its steps, or RunNotFoundError; polled every second until the run is finished.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { IN_PROGRESS_RUN_STATUSES, RUN_OR_ERROR_QUERY, type RunOrErrorQueryData, type RunOrErrorQueryVariables } from "./runs";

export function useRun(runId: string) {
  return useQuery({
    queryKey: queryKeys.run(runId),
    queryFn: ({ signal }) =>
      fetchGraphQL<RunOrErrorQueryData, RunOrErrorQueryVariables>(RUN_OR_ERROR_QUERY, { runId }, { signal }).then((d) => d.runOrError),
    staleTime: 0,
    refetchInterval: (query) => {
      const run = query.state.data;
      return run?.__typename === "Run" && IN_PROGRESS_RUN_STATUSES.includes(run.status) ? 1_000 : false;
    },
  });
}
