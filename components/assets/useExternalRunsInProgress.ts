"use client";
// Runs of external jobs that started writing assets and have not ended (OpenLineage START without COMPLETE or FAIL),
// by the asset key they write: the graph and the catalog show those assets as running. External events arrive with no
// Strata run to watch, so this one small query polls on its own.
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import { queryKeys } from "../../graphql/client/queryKeys";
import { toAssetKeyString } from "../../lib/core/assetKey";

const ExternalRunsInProgressQueryDocument = graphql(`
  query ExternalRunsInProgress {
    externalRunsInProgress { runId jobLabel outputKeys { path } }
  }
`);

const POLL_MS = 5_000;

/** Asset key string → the label of the external job writing it now. */
export function useExternalRunsInProgress(): ReadonlyMap<string, string> {
  const runs = useQuery({
    queryKey: queryKeys.externalRunsInProgress,
    queryFn: ({ signal }) =>
      fetchGraphQL(ExternalRunsInProgressQueryDocument, {}, { signal }).then((d) => d.externalRunsInProgress),
    refetchInterval: POLL_MS,
    retry: false,
  });
  return useMemo(() => {
    const byKey = new Map<string, string>();
    for (const run of runs.data ?? [])
      for (const key of run.outputKeys) byKey.set(toAssetKeyString(key.path), run.jobLabel);
    return byKey;
  }, [runs.data]);
}
