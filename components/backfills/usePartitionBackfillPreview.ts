// What a backfill would launch, for the launch dialog: refetched as its input changes, the previous answer kept meanwhile.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type {
  LaunchPartitionBackfillInput,
  PartitionBackfillPreviewQuery,
} from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";

export type PartitionBackfillPreviewResult = PartitionBackfillPreviewQuery["partitionBackfillPreview"];
export type PartitionBackfillPreview = Extract<
  PartitionBackfillPreviewResult,
  { __typename: "PartitionBackfillPreview" }
>;
/** The errors launch and preview share; each names what is wrong so the dialog can show it by its field. */
export type PartitionBackfillProblem = Exclude<
  PartitionBackfillPreviewResult,
  { __typename: "PartitionBackfillPreview" }
>;

/** Exported for the benchmarks. */
export const PartitionBackfillPreviewQueryDocument = graphql(`
  query PartitionBackfillPreview($input: LaunchPartitionBackfillInput!) {
    partitionBackfillPreview(input: $input) {
      __typename
      ... on PartitionBackfillPreview {
        numPartitions
        numRuns
        assets { assetKey { path } numPartitions partitionSelection }
        limitError
        upstreamGaps {
          numPartitions
          numWithMissingUpstream
          upstreams { assetKey { path } numPartitions }
        }
      }
      ... on AssetNotFoundError { message }
      ... on InvalidSelectionError { message position }
      ... on InvalidPartitionSelectionError { message }
      ... on LaunchRunError { message }
    }
  }
`);

export function usePartitionBackfillPreview(input: LaunchPartitionBackfillInput | null) {
  return useQuery<PartitionBackfillPreviewResult>({
    queryKey: queryKeys.partitionBackfillPreview(input ?? {}),
    enabled: input !== null,
    queryFn: ({ signal }) =>
      fetchGraphQL(PartitionBackfillPreviewQueryDocument, { input: input ?? {} }, { signal }).then(
        (d) => d.partitionBackfillPreview,
      ),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
    retry: false,
  });
}
