// A schedule's or sensor's past ticks, newest first, paged by cursor ("Load more"); polls while it runs so new ticks
// show. Each page is the ticks alone: an instigator that has gone (reloaded away) simply has none.
import { useInfiniteQuery, type QueryKey } from "@tanstack/react-query";
import { TICKS_PAGE_SIZE, type Tick } from "./ticks";

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
