// One step's stdout/stderr, refreshed every second while the step may still be writing.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { COMPUTE_LOGS_QUERY, type ComputeLogsQueryData, type ComputeLogsQueryVariables } from "./runs";

export function useComputeLogs(runId: string, stepKey: string | null, { live }: { live: boolean }) {
  return useQuery({
    queryKey: queryKeys.computeLogs(runId, stepKey ?? ""),
    enabled: stepKey !== null,
    queryFn: ({ signal }) =>
      fetchGraphQL<ComputeLogsQueryData, ComputeLogsQueryVariables>(COMPUTE_LOGS_QUERY, { runId, stepKey: stepKey ?? "" }, { signal }).then(
        (d) => d.computeLogs,
      ),
    staleTime: live ? 0 : Infinity,
    refetchInterval: live ? 1_000 : false,
  });
}
