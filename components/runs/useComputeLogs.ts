// One stream of a step's stdout/stderr, a window at a time (as lines): it opens at the end of the output, reads earlier windows on
// request, and while the step may still be writing, asks every second for what was written after the last window.
import { type InfiniteData, useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { ComputeLogStream, ComputeLogsQuery } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import { computeLogLines } from "./computeLogLines";

export type { ComputeLogStream };

const ComputeLogsQueryDocument = graphql(`
  query ComputeLogs($runId: ID!, $stepKey: String!, $stream: ComputeLogStream!, $beforeCursor: String, $afterCursor: String) {
    computeLogs(runId: $runId, stepKey: $stepKey, stream: $stream, beforeCursor: $beforeCursor, afterCursor: $afterCursor) {
      __typename
      ... on ComputeLogs { stepKey stream text startCursor endCursor hasEarlier hasLater streamsWithOutput }
      ... on RunNotFoundError { message }
      ... on InvalidCursorError { message }
    }
  }
`);

/** One window of a step's stdout or stderr; the console joins windows as it reads earlier or later output. */
type ComputeLogs = Extract<ComputeLogsQuery["computeLogs"], { __typename: "ComputeLogs" }>;

/** Where a window starts reading: the end of the output, before a cursor, or after one. */
type PageParam = { beforeCursor?: string; afterCursor?: string };

async function fetchWindow(
  runId: string,
  stepKey: string,
  stream: ComputeLogStream,
  param: PageParam,
  signal: AbortSignal,
): Promise<ComputeLogs> {
  const data = await fetchGraphQL(ComputeLogsQueryDocument, { runId, stepKey, stream, ...param }, { signal });
  if (data.computeLogs.__typename !== "ComputeLogs") throw new Error(data.computeLogs.message);
  return data.computeLogs;
}

/**
 * Reads what was written after the last loaded window and appends it, or only updates which streams have output: a
 * running step polled every second would otherwise pile up one empty window per second.
 */
async function appendNewOutput(
  client: ReturnType<typeof useQueryClient>,
  key: readonly unknown[],
  read: (param: PageParam) => Promise<ComputeLogs>,
): Promise<void> {
  const last = client.getQueryData<InfiniteData<ComputeLogs, PageParam>>(key)?.pages.at(-1);
  if (!last) return;
  const param: PageParam = { afterCursor: last.endCursor };
  const next = await read(param);
  client.setQueryData<InfiniteData<ComputeLogs, PageParam>>(key, (data) => {
    if (!data || data.pages.at(-1)?.endCursor !== last.endCursor) return data;
    if (next.text) return { pages: [...data.pages, next], pageParams: [...data.pageParams, param] };
    return {
      ...data,
      pages: [
        ...data.pages.slice(0, -1),
        { ...data.pages.at(-1)!, streamsWithOutput: next.streamsWithOutput, hasLater: next.hasLater },
      ],
    };
  });
}

export function useComputeLogs(
  runId: string,
  stepKey: string | null,
  stream: ComputeLogStream,
  { live }: { live: boolean },
) {
  const client = useQueryClient();
  const key = queryKeys.computeLogs(runId, stepKey ?? "", stream);
  const query = useInfiniteQuery({
    queryKey: key,
    enabled: stepKey !== null,
    initialPageParam: {} as PageParam,
    queryFn: ({ pageParam, signal }) => fetchWindow(runId, stepKey ?? "", stream, pageParam, signal),
    getPreviousPageParam: (first): PageParam | undefined =>
      first.hasEarlier ? { beforeCursor: first.startCursor } : undefined,
    // There is always a next window to ask for: a running step may write more.
    getNextPageParam: (last): PageParam => ({ afterCursor: last.endCursor }),
    // A refetch would read every loaded window again; new output arrives through fetchNextPage instead.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const { isSuccess } = query;
  const wasLive = useRef(live);
  useEffect(() => {
    if (!isSuccess || stepKey === null) return;
    const controller = new AbortController();
    const poll = () =>
      void appendNewOutput(client, queryKeys.computeLogs(runId, stepKey, stream), (param) =>
        fetchWindow(runId, stepKey, stream, param, controller.signal),
      ).catch(() => {
        // A failed poll is retried by the next one; the loaded windows stay as they are.
      });
    if (!live) {
      // One more read when the step stops, for what it wrote last.
      if (wasLive.current) poll();
      wasLive.current = false;
      return () => controller.abort();
    }
    wasLive.current = true;
    const timer = setInterval(poll, 1_000);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [live, isSuccess, client, runId, stepKey, stream]);
  const pages = query.data?.pages;
  const lines = useMemo(() => computeLogLines(pages ?? []), [pages]);
  return {
    query,
    lines,
    /** The first window loaded: it changes when earlier output is read in above the rest. */
    firstWindow: pages?.[0] ?? null,
    hasEarlier: pages?.[0]?.hasEarlier ?? false,
    streamsWithOutput: pages?.at(-1)?.streamsWithOutput ?? [],
  };
}
