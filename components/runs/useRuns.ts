// The runs list, newest first, paged by cursor ("Load more"); polls while any loaded run is unfinished.
import { useInfiniteQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { RunListFieldsFragment, RunsFilter, RunsOrErrorQuery } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import { IN_PROGRESS_BACKFILL_STATUSES } from "../backfills/backfillStatus";
import { IN_PROGRESS_RUN_STATUSES } from "./runStatus";

export type { RunsFilter };
/** What a row of the runs list shows. */
export type RunListItem = RunListFieldsFragment;
export type RunTag = RunListItem["tags"][number];
type RunsOrError = RunsOrErrorQuery["runsOrError"];

graphql(`
  fragment RunListFields on Run {
    id
    runId
    status
    assetSelection { path }
    partitionKey
    jobName
    tags { key value }
    launchedBy
    creationTime
    startTime
    endTime
  }
`);

const RunsOrErrorQueryDocument = graphql(`
  query RunsOrError($filter: RunsFilter, $cursor: String, $limit: Int) {
    runsOrError(filter: $filter, cursor: $cursor, limit: $limit) {
      __typename
      ... on Runs {
        results { ...RunListFields }
        nextCursor
        backfills { ...BackfillListFields }
      }
      ... on InvalidRunsFilterError { message }
    }
  }
`);

export const RUNS_PAGE_SIZE = 30;

export function useRuns(filter: RunsFilter) {
  return useInfiniteQuery({
    queryKey: queryKeys.runs(filter),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      fetchGraphQL(RunsOrErrorQueryDocument, { filter, cursor: pageParam, limit: RUNS_PAGE_SIZE }, { signal }).then(
        (d) => d.runsOrError,
      ),
    getNextPageParam: (last: RunsOrError) => (last.__typename === "Runs" ? last.nextCursor : null),
    refetchInterval: (query) => {
      const pages = query.state.data?.pages ?? [];
      const live = pages.some(
        (p) =>
          p.__typename === "Runs" &&
          (p.results.some((r) => IN_PROGRESS_RUN_STATUSES.includes(r.status)) ||
            p.backfills.some((b) => IN_PROGRESS_BACKFILL_STATUSES.includes(b.status))),
      );
      // Idle lists still refresh now and then so runs launched elsewhere appear.
      return live ? 2_000 : 10_000;
    },
  });
}
