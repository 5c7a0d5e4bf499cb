// One stream of a step's stdout/stderr, a window at a time: it opens at the end of the output, reads earlier windows on
// request, and while the step may still be writing, asks every second for what was written after the last window.
import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { COMPUTE_LOGS_QUERY, type ComputeLogs, type ComputeLogsQueryData, type ComputeLogsQueryVariables, type ComputeLogStream } from "./runs";

/** Where a window starts reading: the end of the output, before a cursor, or after one. */
type PageParam = { beforeCursor?: string; afterCursor?: string };

async function fetchWindow(runId: string, stepKey: string, stream: ComputeLogStream, param: PageParam, signal: AbortSignal): Promise<ComputeLogs> {
  const data = await fetchGraphQL<ComputeLogsQueryData, ComputeLogsQueryVariables>(COMPUTE_LOGS_QUERY, { runId, stepKey, stream, ...param }, { signal });
  if (data.computeLogs.__typename !== "ComputeLogs") throw new Error(data.computeLogs.message);
  return data.computeLogs;
}

export function useComputeLogs(runId: string, stepKey: string | null, stream: ComputeLogStream, { live }: { live: boolean }) {
  const query = useInfiniteQuery({
    queryKey: queryKeys.computeLogs(runId, stepKey ?? "", stream),
    enabled: stepKey !== null,
    initialPageParam: {} as PageParam,
    queryFn: ({ pageParam, signal }) => fetchWindow(runId, stepKey ?? "", stream, pageParam, signal),
    getPreviousPageParam: (first): PageParam | undefined => (first.hasEarlier ? { beforeCursor: first.startCursor } : undefined),
    // There is always a next window to ask for: a running step may write more.
    getNextPageParam: (last): PageParam => ({ afterCursor: last.endCursor }),
    // A refetch would read every loaded window again; new output arrives through fetchNextPage instead.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const { fetchNextPage, isSuccess } = query;
  const wasLive = useRef(live);
  useEffect(() => {
    if (!isSuccess) return;
    if (!live) {
      // One more read when the step stops, for what it wrote last.
      if (wasLive.current) void fetchNextPage();
      wasLive.current = false;
      return;
    }
    wasLive.current = true;
    const timer = setInterval(() => void fetchNextPage(), 1_000);
    return () => clearInterval(timer);
  }, [live, isSuccess, fetchNextPage]);
  const pages = query.data?.pages ?? [];
  return {
    query,
    text: pages.map((page) => page.text).join(""),
    hasEarlier: pages[0]?.hasEarlier ?? false,
    streamsWithOutput: pages.at(-1)?.streamsWithOutput ?? [],
  };
}
