// The runs list, newest first, paged by cursor ("Load more"); polls while any loaded run is unfinished.
import { useInfiniteQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { IN_PROGRESS_RUN_STATUSES, RUNS_OR_ERROR_QUERY, type RunsFilter, type RunsOrError, type RunsOrErrorQueryData, type RunsOrErrorQueryVariables } from "./runs";

export const RUNS_PAGE_SIZE = 30;

export function useRuns(filter: RunsFilter) {
  return useInfiniteQuery({
    queryKey: queryKeys.runs(filter),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      fetchGraphQL<RunsOrErrorQueryData, RunsOrErrorQueryVariables>(
        RUNS_OR_ERROR_QUERY,
        { filter, cursor: pageParam, limit: RUNS_PAGE_SIZE },
        { signal },
      ).then((d) => d.runsOrError),
    getNextPageParam: (last: RunsOrError) => (last.__typename === "Runs" ? last.nextCursor : null),
    refetchInterval: (query) => {
      const pages = query.state.data?.pages ?? [];
      const live = pages.some((p) => p.__typename === "Runs" && p.results.some((r) => IN_PROGRESS_RUN_STATUSES.includes(r.status)));
      // Idle lists still refresh now and then so runs launched elsewhere appear.
      return live ? 2_000 : 10_000;
    },
  });
}
