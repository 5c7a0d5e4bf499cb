// One job by name, or JobNotFoundError when no loaded code location defines it.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { JOB_OR_ERROR_QUERY, type JobOrErrorQueryData, type JobOrErrorQueryVariables } from "./jobs";
import { queryKeys } from "./queryKeys";

export function useJob(jobName: string) {
  return useQuery({
    queryKey: queryKeys.job(jobName),
    queryFn: ({ signal }) =>
      fetchGraphQL<JobOrErrorQueryData, JobOrErrorQueryVariables>(JOB_OR_ERROR_QUERY, { jobName }, { signal }).then((d) => d.jobOrError),
  });
}
