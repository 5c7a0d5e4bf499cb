// The graph's group overview and a group's assets as queries: cached under the asset list's key, live while runs go.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import type { AssetGraphOverviewQuery } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import { parseAssetKey } from "../../lib/core/assetKey";
import { useLiveAssetRefetchInterval } from "../runs/useRunsInProgress";
import {
  AssetGraphGroupsQueryDocument,
  type AssetGraphOverview,
  AssetGraphOverviewQueryDocument,
  AssetGroupOfQueryDocument,
  EARLY_OVERVIEW_KEY,
} from "./assetGraphGroups";

/** Under the asset list's key prefix, so whatever refreshes the asset list refreshes these too. */
const OVERVIEW_KEY = [...queryKeys.allAssetNodes, { part: "graph overview" }] as const;
const groupsKey = (names: readonly string[]) => [...queryKeys.allAssetNodes, { part: "graph groups", names }] as const;

function takeEarlyOverview(): Promise<AssetGraphOverview | null> | null {
  if (typeof window === "undefined") return null;
  const slot = window as unknown as Record<
    string,
    Promise<{ data?: AssetGraphOverviewQuery | null } | null> | undefined
  >;
  const early = slot[EARLY_OVERVIEW_KEY];
  if (!early) return null;
  delete slot[EARLY_OVERVIEW_KEY];
  return early.then((body) => body?.data?.assetGraphOverview ?? null);
}

export function useAssetGraphOverview() {
  const refetchInterval = useLiveAssetRefetchInterval();
  return useQuery({
    queryKey: OVERVIEW_KEY,
    queryFn: async ({ signal }) =>
      (await takeEarlyOverview()) ??
      fetchGraphQL(AssetGraphOverviewQueryDocument, {}, { signal }).then((d) => d.assetGraphOverview),
    refetchInterval,
  });
}

export function useAssetGraphGroups(names: readonly string[], { enabled }: { enabled: boolean }) {
  const refetchInterval = useLiveAssetRefetchInterval();
  return useQuery({
    queryKey: groupsKey(names),
    enabled: enabled && names.length > 0,
    queryFn: async ({ signal }) => {
      const answer = (await fetchGraphQL(AssetGraphGroupsQueryDocument, { groupNames: [...names] }, { signal }))
        .assetGraphGroups;
      if (answer.__typename === "InvalidInputError") throw new Error(`${answer.field}: ${answer.message}`);
      return answer;
    },
    refetchInterval,
  });
}

/** The group of the asset `key` (a key string), or null when no asset has it. */
export function useAssetGroupOf(key: string | null) {
  return useQuery({
    queryKey: [...queryKeys.allAssetNodes, { part: "group of", key }],
    enabled: key !== null,
    queryFn: async ({ signal }) => {
      const answer = (
        await fetchGraphQL(AssetGroupOfQueryDocument, { assetKey: { path: parseAssetKey(key ?? "") } }, { signal })
      ).assetNodeOrError;
      return answer.__typename === "AssetNode" ? answer.groupName : null;
    },
  });
}
