// Backfill reads: the list (paged by cursor) and one backfill with its assets and runs; both poll while a backfill moves.
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import {
  BACKFILL_OR_ERROR_QUERY,
  BACKFILLS_QUERY,
  IN_PROGRESS_BACKFILL_STATUSES,
  type BackfillConnection,
  type BackfillOrErrorQueryData,
  type BackfillOrErrorQueryVariables,
  type BackfillsQueryData,
  type BackfillsQueryVariables,
} from "./backfills";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";

export const BACKFILLS_PAGE_SIZE = 30;

export function useBackfills() {
  return useInfiniteQuery({
    queryKey: queryKeys.backfills,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      fetchGraphQL<BackfillsQueryData, BackfillsQueryVariables>(BACKFILLS_QUERY, { limit: BACKFILLS_PAGE_SIZE, cursor: pageParam }, { signal }).then(
        (d) => d.backfills,
      ),
    getNextPageParam: (last: BackfillConnection) => last.nextCursor,
    refetchInterval: (query) => {
      const live = (query.state.data?.pages ?? []).some((p) => p.results.some((b) => IN_PROGRESS_BACKFILL_STATUSES.includes(b.status)));
      // Idle lists still refresh now and then so backfills launched elsewhere appear.
      return live ? 2_000 : 10_000;
    },
  });
}

export function useBackfill(backfillId: string, runsLimit = 200) {
  return useQuery({
    queryKey: queryKeys.backfill(backfillId),
    queryFn: ({ signal }) =>
      fetchGraphQL<BackfillOrErrorQueryData, BackfillOrErrorQueryVariables>(BACKFILL_OR_ERROR_QUERY, { backfillId, runsLimit }, { signal }).then(
        (d) => d.backfillOrError,
      ),
    staleTime: 0,
    refetchInterval: (query) => {
      const backfill = query.state.data;
      return backfill?.__typename === "Backfill" && IN_PROGRESS_BACKFILL_STATUSES.includes(backfill.status) ? 1_500 : false;
    },
  });
}
