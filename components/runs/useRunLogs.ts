// A run's event log (or what a filter lets through of it), fetched by cursor: the first poll asks for one screenful so
// rows show at once, later polls fill in the rest a few pages at a time and then ask only for events after the last
// one. A filter asked here is answered by the server, so a filtered view never waits for the whole log.
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { RunEventFieldsFragment } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import { isEmptyRunEventFilter, type RunEventFilter } from "./runEventFilters";

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
  query LogsForRun($runId: ID!, $afterCursor: String, $limit: Int, $filter: RunEventFilter) {
    logsForRun(runId: $runId, afterCursor: $afterCursor, limit: $limit, filter: $filter) {
      __typename
      ... on EventConnection {
        events { ...RunEventFields }
        cursor
        hasMore
      }
      ... on RunNotFoundError { message }
      ... on InvalidCursorError { message }
      ... on InvalidInputError { field message }
    }
  }
`);

const RunEventTypesQueryDocument = graphql(`
  query RunEventTypes($runId: ID!) {
    runOrError(runId: $runId) { __typename ... on Run { eventTypes } }
  }
`);

/** The first page: a screenful and some, so the first rows show without waiting for a big response. */
const FIRST_PAGE_SIZE = 100;
const PAGE_SIZE = 1_000;
/** Pages fetched per later poll; a long log then fills in over a few polls instead of blocking one request. */
const PAGES_PER_FETCH = 3;

export interface RunLogs {
  events: RunEvent[];
  cursor: string | null;
  hasMore: boolean;
  notFound: string | null;
}

function filterVariable(filter: RunEventFilter) {
  if (isEmptyRunEventFilter(filter)) return null;
  return {
    stepKeys: [...filter.steps],
    levels: [...filter.levels],
    eventType: filter.eventType,
    text: filter.text.trim() || null,
  };
}

export function useRunLogs(
  runId: string,
  filter: RunEventFilter,
  { live, enabled = true }: { live: boolean; enabled?: boolean },
) {
  const queryClient = useQueryClient();
  const variable = filterVariable(filter);
  const key = queryKeys.runLogs(runId, variable ? JSON.stringify(variable) : "");
  const query = useQuery({
    queryKey: key,
    enabled,
    queryFn: async ({ signal }): Promise<RunLogs> => {
      const previous = queryClient.getQueryData<RunLogs>(key);
      let cursor = previous?.cursor ?? null;
      const fresh: RunEvent[] = [];
      let hasMore = false;
      const pages = previous ? PAGES_PER_FETCH : 1;
      for (let page = 0; page < pages; page++) {
        const result = await fetchGraphQL(
          LogsForRunQueryDocument,
          { runId, afterCursor: cursor, limit: previous ? PAGE_SIZE : FIRST_PAGE_SIZE, filter: variable },
          { signal },
        ).then((d) => d.logsForRun);
        if (result.__typename === "RunNotFoundError")
          return { events: [], cursor: null, hasMore: false, notFound: result.message };
        if (result.__typename === "InvalidCursorError") throw new Error(result.message);
        if (result.__typename === "InvalidInputError") throw new Error(`${result.field}: ${result.message}`);
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
    // While a new filter's first page loads, the rows of the last one stay rather than blank the table.
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.hasMore ? 50 : live ? 1_000 : false),
  });

  // The run may finish between two polls: fetch once more so the final events land.
  const { refetch } = query;
  useEffect(() => {
    if (!live && enabled) void refetch();
  }, [live, enabled, refetch]);

  return query;
}

/** The event types in a run's log, for the filter by type: refreshed while the run is live. */
export function useRunEventTypes(runId: string, { live }: { live: boolean }) {
  const query = useQuery({
    queryKey: queryKeys.runEventTypes(runId),
    queryFn: async ({ signal }) => {
      const data = await fetchGraphQL(RunEventTypesQueryDocument, { runId }, { signal });
      return data.runOrError.__typename === "Run" ? data.runOrError.eventTypes : [];
    },
    refetchInterval: live ? 2_000 : false,
  });
  const { refetch } = query;
  useEffect(() => {
    if (!live) void refetch();
  }, [live, refetch]);
  return query.data ?? [];
}
