// Daemons and workers with their heartbeats, refreshed every 5 s like the heartbeats themselves.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { INSTANCE_PROCESSES_QUERY, type InstanceProcessesQueryData } from "./instance";
import { queryKeys } from "./queryKeys";

export function useInstanceProcesses() {
  return useQuery({
    queryKey: queryKeys.instanceProcesses,
    queryFn: ({ signal }) => fetchGraphQL<InstanceProcessesQueryData>(INSTANCE_PROCESSES_QUERY, undefined, { signal }).then((d) => d.instanceProcesses),
    refetchInterval: 5_000,
  });
}
