// One run with its steps, or RunNotFoundError; polled every second until the run is finished.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { RunDetailFieldsFragment } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import { IN_PROGRESS_RUN_STATUSES } from "./runStatus";

/** The run page adds config, lineage of re-executions and the steps to what a row of the list shows. */
export type RunDetail = RunDetailFieldsFragment;
export type RunStep = RunDetail["steps"][number];

graphql(`
  fragment RunDetailFields on Run {
    ...RunListFields
    runConfig
    runConfigYaml
    partitionRangeStart
    partitionRangeEnd
    parentRunId
    rootRunId
    parentRun { runId status }
    reexecutions { runs { runId status creationTime } hasMore }
    codeHash
    canTerminate
    queuedReason
    steps { stepKey assetKey { path } status attempt startTime endTime }
  }
`);

const RunOrErrorQueryDocument = graphql(`
  query RunOrError($runId: ID!) {
    runOrError(runId: $runId) {
      __typename
      ... on Run { ...RunDetailFields }
      ... on RunNotFoundError { message }
    }
  }
`);

export function useRun(runId: string) {
  return useQuery({
    queryKey: queryKeys.run(runId),
    queryFn: ({ signal }) => fetchGraphQL(RunOrErrorQueryDocument, { runId }, { signal }).then((d) => d.runOrError),
    staleTime: 0,
    refetchInterval: (query) => {
      const run = query.state.data;
      return run?.__typename === "Run" && IN_PROGRESS_RUN_STATUSES.includes(run.status) ? 1_000 : false;
    },
  });
}
