// Whether any run is queued or running anywhere: asset views poll faster while it is true.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { IN_PROGRESS_RUN_STATUSES, RUNS_IN_PROGRESS_QUERY, type RunsInProgressQueryData } from "./runs";

export function useRunsInProgress(): boolean {
  const query = useQuery({
    queryKey: queryKeys.runsInProgress,
    queryFn: ({ signal }) =>
      fetchGraphQL<RunsInProgressQueryData, { filter: { statuses: string[] } }>(
        RUNS_IN_PROGRESS_QUERY,
        { filter: { statuses: [...IN_PROGRESS_RUN_STATUSES] } },
        { signal },
      ).then((d) => (d.runsOrError.__typename === "Runs" ? d.runsOrError.results.length > 0 : false)),
    refetchInterval: (q) => (q.state.data ? 3_000 : 10_000),
    // Before the runs API exists (or when it errors) asset pages must keep working: just say "no".
    retry: false,
  });
  return query.data ?? false;
}

/**
 * A refetch interval for asset queries: ~3 s while a run is in progress somewhere, off otherwise.
 * When the last run finishes, asset queries are refreshed once more so its final materializations show.
 */
export function useLiveAssetRefetchInterval(): number | false {
  const inProgress = useRunsInProgress();
  const queryClient = useQueryClient();
  const was = useRef(inProgress);
  useEffect(() => {
    if (was.current && !inProgress) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.allAssetNodes });
      void queryClient.invalidateQueries({ queryKey: queryKeys.allAssetNode });
      void queryClient.invalidateQueries({ queryKey: queryKeys.allAssetMaterializations });
    }
    was.current = inProgress;
  }, [inProgress, queryClient]);
  return inProgress ? 3_000 : false;
}
