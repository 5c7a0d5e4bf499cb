// Whether any run is queued or running anywhere: asset, check and partition views poll faster while it is true.
import { type QueryKey, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import { queryKeys } from "../../graphql/client/queryKeys";
import { IN_PROGRESS_RUN_STATUSES } from "./runStatus";

/** Is anything queued or running anywhere? One id is enough to know. */
const RunsInProgressQueryDocument = graphql(`
  query RunsInProgress($filter: RunsFilter) {
    runsOrError(filter: $filter, limit: 1) {
      __typename
      ... on Runs { results { id runId status } }
      ... on InvalidRunsFilterError { message }
    }
  }
`);

export function useRunsInProgress(): boolean {
  const query = useQuery({
    queryKey: queryKeys.runsInProgress,
    queryFn: ({ signal }) =>
      fetchGraphQL(
        RunsInProgressQueryDocument,
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

/**
 * Polling for other views that change as runs move: ~2 s while a run is in progress anywhere, off otherwise; when the
 * last run finishes, the given queries refresh once more so its final results show.
 */
export function useLiveRefetchInterval(refreshWhenIdle: readonly QueryKey[]): number | false {
  const inProgress = useRunsInProgress();
  const queryClient = useQueryClient();
  const was = useRef(inProgress);
  const keys = useRef(refreshWhenIdle);
  useEffect(() => {
    if (was.current && !inProgress)
      for (const queryKey of keys.current) void queryClient.invalidateQueries({ queryKey });
    was.current = inProgress;
  }, [inProgress, queryClient]);
  return inProgress ? 2_000 : false;
}
