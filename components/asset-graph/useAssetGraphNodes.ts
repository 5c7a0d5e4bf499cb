// The global graph's assets in two steps: the structure first (AssetGraphStructure), then, once the caller
// asks for it (after the graph is drawn), the full asset list with statuses, the same cached query the catalog uses.
// When the full list is already cached it is used at once and the structure is not fetched.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { queryKeys } from "../../graphql/client/queryKeys";
import { type AssetNodeListItem, useAssetNodes } from "../assets/useAssetNodes";
import {
  type AssetGraphStructureItem,
  AssetGraphStructureQueryDocument,
  takeEarlyAssetGraphStructure,
} from "./assetGraphStructure";

/** Under the asset list's key prefix, so whatever refreshes the asset list refreshes this too. */
const STRUCTURE_KEY = [...queryKeys.allAssetNodes, { part: "graph structure" }] as const;

export interface AssetGraphNodes {
  /** Every asset; until the statuses arrive, status fields hold neutral placeholders and `statusPending` is true. */
  data: AssetNodeListItem[] | undefined;
  statusPending: boolean;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => void;
}

/** A structure-only asset as a list item whose status is not known yet (drawn as loading, never as a state). */
export function withPendingStatus(item: AssetGraphStructureItem): AssetNodeListItem {
  return {
    ...item,
    assetLatestInfo: {
      state: item.isSource ? "SOURCE" : "NEVER_MATERIALIZED",
      lastMaterializationTimestamp: null,
      lastMaterializationRunId: null,
      lastFailureTimestamp: null,
      lastFailureRunId: null,
      lastFailureMessage: null,
    },
    freshnessInfo: null,
    staleStatus: "UP_TO_DATE",
    staleCauses: [],
    unsyncedPartitionCount: null,
  };
}

export function useAssetGraphNodes({ fetchStatus }: { fetchStatus: boolean }): AssetGraphNodes {
  const queryClient = useQueryClient();
  const fullCached = queryClient.getQueryData(queryKeys.assetNodes(null)) !== undefined;
  const structure = useQuery({
    queryKey: STRUCTURE_KEY,
    queryFn: async ({ signal }) =>
      // The request the page's HTML sent early, when there is one and it succeeded; else a request of our own.
      (await takeEarlyAssetGraphStructure()) ??
      fetchGraphQL(AssetGraphStructureQueryDocument, {}, { signal }).then((d) => d.assetNodes),
    enabled: !fullCached,
  });
  // Without a structure (an error) the full list is the way to the graph: fetch it at once.
  const full = useAssetNodes(null, { enabled: fullCached || fetchStatus || structure.isError });
  const placeholders = useMemo(() => structure.data?.map(withPendingStatus), [structure.data]);

  const data = full.data ?? placeholders;
  // Only a failed full list leaves nothing to draw: a failed structure request falls back to it.
  const isError = data === undefined && full.isError;
  return {
    data,
    statusPending: full.data === undefined,
    isPending: data === undefined && !isError,
    isError,
    error: full.error ?? structure.error,
    refetch: () => {
      void structure.refetch();
      void full.refetch();
    },
  };
}
