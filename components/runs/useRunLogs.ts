// A run's event log, fetched by cursor: each poll asks only for events after the last one and appends them.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { RunEventFieldsFragment } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";

export type RunEvent = RunEventFieldsFragment;

graphql(`
  fragment RunEventFields on RunEvent {
    id
    runId
    stepKey
    assetKey { path }
    partitionKey
    eventType
    level
    message
    timestamp
    metadataEntries { ...MetadataEntryFields }
    error { message stack }
  }
`);

const LogsForRunQueryDocument = graphql(`
  query LogsForRun($runId: ID!, $afterCursor: String, $limit: Int) {
    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit) {
      __typename
      ... on EventConnection {
        events { ...RunEventFields }
        cursor
        hasMore
      }
      ... on RunNotFoundError { message }
      ... on InvalidCursorError { message }
    }
  }
`);

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
        const result = await fetchGraphQL(
          LogsForRunQueryDocument,
          { runId, afterCursor: cursor, limit: PAGE_SIZE },
          { signal },
        ).then((d) => d.logsForRun);
        if (result.__typename === "RunNotFoundError")
          return { events: [], cursor: null, hasMore: false, notFound: result.message };
        if (result.__typename === "InvalidCursorError") throw new Error(result.message);
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
