// Every job of the loaded code locations; they change only when a code location reloads.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { JOBS_QUERY, type JobsQueryData } from "./jobs";
import { queryKeys } from "./queryKeys";

export function useJobs() {
  return useQuery({
    queryKey: queryKeys.jobs,
    queryFn: ({ signal }) => fetchGraphQL<JobsQueryData>(JOBS_QUERY, undefined, { signal }).then((d) => d.jobs),
    // A slow refresh picks up jobs added or removed by a code location reload elsewhere.
    refetchInterval: 30_000,
  });
}
