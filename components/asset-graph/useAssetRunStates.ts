"use client";
// Which assets a Strata run is about to write (queued) or writing now (running), for the graph's nodes: the runs in
// progress with their assets, fetched only while something is in progress (useRunsInProgress polls for that).
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import { queryKeys } from "../../graphql/client/queryKeys";
import { toAssetKeyString } from "../../lib/core/assetKey";
import { IN_PROGRESS_RUN_STATUSES } from "../runs/runStatus";
import { useRunsInProgress } from "../runs/useRunsInProgress";
import { type AssetRunState, assetRunStates } from "./assetRunState";

const AssetRunStatesQueryDocument = graphql(`
  query AssetRunStates($filter: RunsFilter, $limit: Int) {
    runsOrError(filter: $filter, limit: $limit) {
      __typename
      ... on Runs {
        results {
          id
          runId
          status
          assetSelection { path }
          steps { assetKey { path } status }
        }
      }
    }
  }
`);

/** Enough for any console's queue; a deeper queue shows the newest runs' assets. */
const RUNS_LIMIT = 200;
const POLL_MS = 2_000;

/** Asset key string → queued or running, with the run. */
export function useAssetRunStates(): ReadonlyMap<string, AssetRunState> {
  const inProgress = useRunsInProgress();
  const runs = useQuery({
    queryKey: [...queryKeys.runsInProgress, "assets"],
    queryFn: ({ signal }) =>
      fetchGraphQL(
        AssetRunStatesQueryDocument,
        { filter: { statuses: [...IN_PROGRESS_RUN_STATUSES] }, limit: RUNS_LIMIT },
        { signal },
      ).then((d) => (d.runsOrError.__typename === "Runs" ? d.runsOrError.results : [])),
    enabled: inProgress,
    refetchInterval: inProgress ? POLL_MS : false,
    retry: false,
  });
  const results = inProgress ? runs.data : undefined;
  return useMemo(
    () =>
      assetRunStates(
        (results ?? []).map((run) => ({
          runId: run.runId,
          status: run.status,
          assetKeys: run.assetSelection.map((k) => toAssetKeyString(k.path)),
          steps: run.steps.flatMap((s) =>
            s.assetKey ? [{ assetKey: toAssetKeyString(s.assetKey.path), status: s.status }] : [],
          ),
        })),
      ),
    [results],
  );
}
