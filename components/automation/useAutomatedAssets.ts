// The assets that have an automation condition, each with the daemon's latest evaluation; polled, as the daemon
// evaluates every few seconds.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { AutomatedAssetsQuery } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";

export type AutomatedAsset = AutomatedAssetsQuery["automatedAssetNodes"][number];

const AutomatedAssetsQueryDocument = graphql(`
  query AutomatedAssets {
    automatedAssetNodes {
      id
      assetKey { path }
      automationCondition { type label }
      automationEvaluations(limit: 1) { id evaluatedAt requested reasons runId partitionKey error }
    }
  }
`);

export function useAutomatedAssets() {
  return useQuery({
    queryKey: queryKeys.automatedAssets,
    queryFn: ({ signal }) =>
      fetchGraphQL(AutomatedAssetsQueryDocument, {}, { signal }).then((d) => ({ results: d.automatedAssetNodes })),
    refetchInterval: 5_000,
  });
}
