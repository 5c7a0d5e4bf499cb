// Jobs: every job of the loaded code locations, and one job by name (or JobNotFoundError), with its assets, presets
// and default run config.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { JobFieldsFragment } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";

/** Everything a job's row and its page show; jobs are few and small, so both read the same fields. */
export type Job = JobFieldsFragment;
export type JobPreset = Job["presets"][number];

graphql(`
  fragment JobFields on Job {
    name
    description
    codeLocationName
    selection
    assetKeys { path }
    tags { key value }
    runConfigYaml
    partitionsDefinition { kind description }
    presets { name description runConfigYaml tags { key value } }
  }
`);

const JobsQueryDocument = graphql(`
  query Jobs {
    jobs { ...JobFields }
  }
`);

const JobOrErrorQueryDocument = graphql(`
  query JobOrError($jobName: String!) {
    jobOrError(jobName: $jobName) {
      __typename
      ... on Job { ...JobFields }
      ... on JobNotFoundError { message }
    }
  }
`);

export function useJobs() {
  return useQuery({
    queryKey: queryKeys.jobs,
    queryFn: ({ signal }) => fetchGraphQL(JobsQueryDocument, {}, { signal }).then((d) => d.jobs),
    // A slow refresh picks up jobs added or removed by a code location reload elsewhere.
    refetchInterval: 30_000,
  });
}

export function useJob(jobName: string) {
  return useQuery({
    queryKey: queryKeys.job(jobName),
    queryFn: ({ signal }) => fetchGraphQL(JobOrErrorQueryDocument, { jobName }, { signal }).then((d) => d.jobOrError),
  });
}
