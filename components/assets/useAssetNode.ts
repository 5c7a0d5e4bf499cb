// One asset with everything its page and the graph's side panel show, or the AssetNotFoundError value.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { AssetNodeOrErrorQuery } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import { awaitsLaunch, LAUNCH_PENDING_POLL_MS } from "../automation/launchPending";
import { useLiveAssetRefetchInterval } from "../runs/useRunsInProgress";

export type AssetNodeDetail = Extract<AssetNodeOrErrorQuery["assetNodeOrError"], { __typename: "AssetNode" }>;
export type FreshnessPolicy = NonNullable<AssetNodeDetail["freshnessPolicy"]>;
export type AutomationEvaluation = AssetNodeDetail["automationEvaluations"][number];

const AssetNodeOrErrorQueryDocument = graphql(`
  query AssetNodeOrError($assetKey: AssetKeyInput!) {
    assetNodeOrError(assetKey: $assetKey) {
      __typename
      ... on AssetNode {
        id
        assetKey { path }
        groupName
        description
        owners
        kinds
        tags { key value }
        metadataEntries { ...MetadataEntryFields }
        codeVersion
        isSource
        observeIntervalMinutes
        codeLocationName
        dependencyKeys { path }
        dependedByKeys { path }
        assetLatestInfo { ...AssetLatestInfoFields }
        freshnessPolicy { maximumLagMinutes warnAfterMinutes cronSchedule cronScheduleTimezone }
        freshnessInfo { status minutesLate reason }
        ...StaleStatusFields
        partitionCount
        unsyncedCauses: staleCauses { key { path } reason dependency { path } partitionCount }
        automationCondition { type label }
        automationEvaluations(limit: 8) { id evaluatedAt requested reasons runId partitionKey error }
      }
      ... on AssetNotFoundError { message }
    }
  }
`);

export function useAssetNode(path: readonly string[] | null) {
  const refetchInterval = useLiveAssetRefetchInterval();
  return useQuery({
    queryKey: queryKeys.assetNode(path ?? []),
    enabled: path !== null && path.length > 0,
    queryFn: ({ signal }) =>
      fetchGraphQL(AssetNodeOrErrorQueryDocument, { assetKey: { path: [...(path ?? [])] } }, { signal }).then(
        (d) => d.assetNodeOrError,
      ),
    // Live while runs are in progress, and while an automation request waits for its run (see launchPending.ts).
    refetchInterval: (query) => {
      const asset = query.state.data;
      const evaluations = asset?.__typename === "AssetNode" ? asset.automationEvaluations : [];
      return awaitsLaunch(evaluations, Date.now()) ? LAUNCH_PENDING_POLL_MS : refetchInterval;
    },
  });
}
