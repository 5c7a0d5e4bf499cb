// A run's event log, fetched by cursor: each poll asks only for events after the last one and appends them.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { LOGS_FOR_RUN_QUERY, type LogsForRunQueryData, type LogsForRunQueryVariables, type RunEvent } from "./runs";

const PAGE_SIZE = 1_000;
/** Pages fetched per poll; a long log then fills in over a few polls instead of blocking one request. */
const PAGES_PER_FETCH = 10;

export interface RunLogs {
  events: RunEvent[];
  cursor: string | null;
  hasMore: boolean;
  notFound: string | null;
}

export function useRunLogs(runId: string, { live }: { live: boolean }) {
  const queryClient = useQueryClient();
  const key = queryKeys.runLogs(runId);
  const query = useQuery({
    queryKey: key,
    queryFn: async ({ signal }): Promise<RunLogs> => {
      const previous = queryClient.getQueryData<RunLogs>(key);
      let cursor = previous?.cursor ?? null;
      const fresh: RunEvent[] = [];
      let hasMore = false;
      for (let page = 0; page < PAGES_PER_FETCH; page++) {
        const result = await fetchGraphQL<LogsForRunQueryData, LogsForRunQueryVariables>(
          LOGS_FOR_RUN_QUERY,
          { runId, afterCursor: cursor, limit: PAGE_SIZE },
          { signal },
        ).then((d) => d.logsForRun);
        if (result.__typename === "RunNotFoundError") return { events: [], cursor: null, hasMore: false, notFound: result.message };
        fresh.push(...result.events);
        cursor = result.cursor;
        hasMore = result.hasMore;
        if (!hasMore) break;
      }
      // Same object when nothing arrived, so an idle poll re-renders nothing.
      if (previous && fresh.length === 0 && previous.hasMore === hasMore) return previous;
      return { events: previous ? [...previous.events, ...fresh] : fresh, cursor, hasMore, notFound: null };
    },
    staleTime: Infinity,
    structuralSharing: false,
    refetchInterval: (q) => (q.state.data?.hasMore ? 50 : live ? 1_000 : false),
  });

  // The run may finish between two polls: fetch once more so the final events land.
  const { refetch } = query;
  useEffect(() => {
    if (!live) void refetch();
  }, [live, refetch]);

  return query;
}
