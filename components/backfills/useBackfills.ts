// Backfill reads: the list (paged by cursor) and one backfill with its assets and runs; both poll while a backfill moves.
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type {
  BackfillListFieldsFragment,
  BackfillOrErrorQuery,
  BackfillsQuery,
} from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import { IN_PROGRESS_BACKFILL_STATUSES } from "./backfillStatus";

/** What a row of the backfills list shows. */
export type BackfillListItem = BackfillListFieldsFragment;
export type BackfillProgress = BackfillListItem["progress"];
export type BackfillDetail = Extract<BackfillOrErrorQuery["backfillOrError"], { __typename: "Backfill" }>;
export type BackfillAssetStatus = BackfillDetail["assetStatuses"][number];
export type BackfillPartitionStatus = BackfillAssetStatus["partitions"][number];
/** A run the backfill launched: for one partition, a range of partitions, or (unpartitioned assets) none. */
export type BackfillRun = BackfillDetail["runs"][number];
type BackfillConnection = BackfillsQuery["backfills"];

graphql(`
  fragment BackfillListFields on Backfill {
    id
    backfillId
    status
    strategy
    onlyMissingOrFailed
    createdTime
    endTime
    launchedBy
    tags { key value }
    error
    assetSelection { path }
    partitionSelection
    numPartitions
    numRuns
    numSubmitted
    progress { numRuns numQueued numInProgress numSucceeded numFailed numCanceled numSkipped numNotSubmitted }
  }
`);

const BackfillsQueryDocument = graphql(`
  query Backfills($limit: Int, $cursor: String) {
    backfills(limit: $limit, cursor: $cursor) {
      results { ...BackfillListFields }
      nextCursor
    }
  }
`);

/** Exported for the benchmarks. */
export const BackfillOrErrorQueryDocument = graphql(`
  query BackfillOrError($backfillId: String!, $runsLimit: Int) {
    backfillOrError(backfillId: $backfillId) {
      __typename
      ... on Backfill {
        ...BackfillListFields
        assetStatuses {
          assetKey { path }
          numTargeted
          numMaterialized
          numFailed
          numInProgress
          numSkipped
          numQueued
          numCanceled
          numNotSubmitted
          partitions { partitionKey status runId }
        }
        runs(limit: $runsLimit) {
          id
          runId
          status
          partitionKey
          partitionRangeStart
          partitionRangeEnd
          assetSelection { path }
          creationTime
          startTime
          endTime
        }
      }
      ... on BackfillNotFoundError { message }
    }
  }
`);

export const BACKFILLS_PAGE_SIZE = 30;

export function useBackfills() {
  return useInfiniteQuery({
    queryKey: queryKeys.backfills,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      fetchGraphQL(BackfillsQueryDocument, { limit: BACKFILLS_PAGE_SIZE, cursor: pageParam }, { signal }).then(
        (d) => d.backfills,
      ),
    getNextPageParam: (last: BackfillConnection) => last.nextCursor,
    refetchInterval: (query) => {
      const live = (query.state.data?.pages ?? []).some((p) =>
        p.results.some((b) => IN_PROGRESS_BACKFILL_STATUSES.includes(b.status)),
      );
      // Idle lists still refresh now and then so backfills launched elsewhere appear.
      return live ? 2_000 : 10_000;
    },
  });
}

export function useBackfill(backfillId: string, runsLimit = 200) {
  return useQuery({
    queryKey: queryKeys.backfill(backfillId),
    queryFn: ({ signal }) =>
      fetchGraphQL(BackfillOrErrorQueryDocument, { backfillId, runsLimit }, { signal }).then((d) => d.backfillOrError),
    staleTime: 0,
    refetchInterval: (query) => {
      const backfill = query.state.data;
      return backfill?.__typename === "Backfill" && IN_PROGRESS_BACKFILL_STATUSES.includes(backfill.status)
        ? 1_500
        : false;
    },
  });
}
