// What the schedule and sensor hooks share: the list and one item, each polled faster while it runs, and the pages of
// past ticks, newest first, paged by cursor ("Load more"). An instigator that has gone (reloaded away) has no ticks.
import { type QueryKey, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { graphql } from "../../graphql/client/generated";
import type { InstigatorStatus, TickFieldsFragment } from "../../graphql/client/generated/graphql";

export type Tick = TickFieldsFragment;

graphql(`
  fragment TickFields on Tick {
    id
    tickTime
    evaluatedAt
    status
    runIds
    runs { runId status partitionKey }
    skipReason
    error
    cursor
  }
`);

export const TICKS_PAGE_SIZE = 25;

type Running = { status: InstigatorStatus };
/** A `…OrError` answer: the instigator(s), or an error with a message. */
type ListOrError = { results: readonly Running[] } | { message: string };
type ItemOrError = Running | { message: string };

export function useInstigatorList<T extends ListOrError>(
  queryKey: QueryKey,
  fetchList: (signal: AbortSignal) => Promise<T>,
) {
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => fetchList(signal),
    refetchInterval: (query) => {
      const data = query.state.data;
      const running = data !== undefined && "results" in data && data.results.some((item) => item.status === "RUNNING");
      // Idle lists still refresh now and then, for schedules and sensors toggled or reloaded elsewhere.
      return running ? 5_000 : 30_000;
    },
  });
}

export function useInstigator<T extends ItemOrError>(
  queryKey: QueryKey,
  fetchItem: (signal: AbortSignal) => Promise<T>,
) {
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => fetchItem(signal),
    refetchInterval: (query) => {
      const data = query.state.data;
      return data !== undefined && "status" in data && data.status === "RUNNING" ? 3_000 : false;
    },
  });
}

export type FetchTickPage = (page: { limit: number; cursor: string | null }, signal: AbortSignal) => Promise<Tick[]>;

export function useTickPages(queryKey: QueryKey, fetchPage: FetchTickPage, live: boolean) {
  return useInfiniteQuery({
    queryKey,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => fetchPage({ limit: TICKS_PAGE_SIZE, cursor: pageParam }, signal),
    getNextPageParam: (last: Tick[]) => (last.length === TICKS_PAGE_SIZE ? (last.at(-1)?.id ?? null) : null),
    refetchInterval: live ? 3_000 : false,
  });
}

export type TickPages = ReturnType<typeof useTickPages>;
