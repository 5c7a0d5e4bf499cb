// The instance's daemons and workers with their heartbeats, refreshed every 5 s like the heartbeats themselves.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { InstanceProcessesQuery } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";

export type InstanceProcess = InstanceProcessesQuery["instanceProcesses"][number];

const InstanceProcessesQueryDocument = graphql(`
  query InstanceProcesses {
    instanceProcesses {
      id
      kind
      host
      pid
      startedAt
      heartbeatAt
      health
      loops { name intervalMs lastTickAt lastError }
      concurrency
      runIds
    }
  }
`);

export function useInstanceProcesses() {
  return useQuery({
    queryKey: queryKeys.instanceProcesses,
    queryFn: ({ signal }) =>
      fetchGraphQL(InstanceProcessesQueryDocument, {}, { signal }).then((d) => d.instanceProcesses),
    refetchInterval: 5_000,
  });
}
