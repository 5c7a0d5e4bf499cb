// What a backfill would launch, for the launch dialog: refetched as its input changes, the previous answer kept meanwhile.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  PARTITION_BACKFILL_PREVIEW_QUERY,
  type LaunchPartitionBackfillInput,
  type LaunchPartitionBackfillVariables,
  type PartitionBackfillPreviewQueryData,
  type PartitionBackfillPreviewResult,
} from "./backfills";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";

export function usePartitionBackfillPreview(input: LaunchPartitionBackfillInput | null) {
  return useQuery<PartitionBackfillPreviewResult>({
    queryKey: queryKeys.partitionBackfillPreview(input ?? {}),
    enabled: input !== null,
    queryFn: ({ signal }) =>
      fetchGraphQL<PartitionBackfillPreviewQueryData, LaunchPartitionBackfillVariables>(
        PARTITION_BACKFILL_PREVIEW_QUERY,
        { input: input ?? {} },
        { signal },
      ).then((d) => d.partitionBackfillPreview),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
    retry: false,
  });
}
