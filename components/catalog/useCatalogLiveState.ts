"use client";
// What the catalog's Status and Checks columns need beyond the asset list: which assets a Strata run is writing now,
// and which assets have checks at all (so a check that never ran reads "not run yet" rather than nothing).
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import { queryKeys } from "../../graphql/client/queryKeys";
import { toAssetKeyString } from "../../lib/core/assetKey";
import { IN_PROGRESS_RUN_STATUSES } from "../runs/runStatus";
import { useLiveRefetchInterval } from "../runs/useRunsInProgress";

/** Enough for a busy instance; an asset in an older in-progress run still shows its last state. */
const IN_PROGRESS_LIMIT = 200;

const AssetRunsInProgressQueryDocument = graphql(`
  query AssetRunsInProgress($filter: RunsFilter, $limit: Int) {
    runsOrError(filter: $filter, limit: $limit) {
      __typename
      ... on Runs { results { id runId status assetSelection { path } } }
      ... on InvalidRunsFilterError { message }
    }
  }
`);

const AssetCheckNamesQueryDocument = graphql(`
  query AssetCheckNames {
    assetNodes { id assetKey { path } checkNames }
  }
`);

/** Asset key string → the id of a queued or running Strata run that materializes it. */
export function useAssetRunsInProgress(): ReadonlyMap<string, string> {
  const runs = useQuery({
    queryKey: queryKeys.assetsInProgress,
    queryFn: ({ signal }) =>
      fetchGraphQL(
        AssetRunsInProgressQueryDocument,
        { filter: { statuses: [...IN_PROGRESS_RUN_STATUSES] }, limit: IN_PROGRESS_LIMIT },
        { signal },
      ).then((d) => (d.runsOrError.__typename === "Runs" ? d.runsOrError.results : [])),
    // Fast while something runs, slowly otherwise so a run launched elsewhere still shows.
    refetchInterval: (q) => ((q.state.data?.length ?? 0) > 0 ? 2_000 : 10_000),
    retry: false,
  });
  return useMemo(() => {
    const byKey = new Map<string, string>();
    for (const run of runs.data ?? [])
      for (const key of run.assetSelection) byKey.set(toAssetKeyString(key.path), run.runId);
    return byKey;
  }, [runs.data]);
}

/** Asset key string → how many checks the asset defines; assets without checks are absent. */
export function useCheckCountByKey(): ReadonlyMap<string, number> {
  const refetchInterval = useLiveRefetchInterval([queryKeys.assetCheckNames]);
  const nodes = useQuery({
    queryKey: queryKeys.assetCheckNames,
    queryFn: ({ signal }) => fetchGraphQL(AssetCheckNamesQueryDocument, {}, { signal }).then((d) => d.assetNodes),
    refetchInterval: refetchInterval === false ? false : 10_000,
  });
  return useMemo(() => {
    const counts = new Map<string, number>();
    for (const node of nodes.data ?? [])
      if (node.checkNames.length > 0) counts.set(toAssetKeyString(node.assetKey.path), node.checkNames.length);
    return counts;
  }, [nodes.data]);
}
