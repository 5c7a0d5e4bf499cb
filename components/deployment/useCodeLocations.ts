// Code locations for the deployment page and the shell's load-error banner, polled so a location that is still
// loading settles on its own; and the reload mutation, which refreshes everything its definitions feed.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { CodeLocationFieldsFragment } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";

export type CodeLocation = CodeLocationFieldsFragment;

graphql(`
  fragment CodeLocationFields on CodeLocation {
    id
    name
    modulePath
    loadStatus
    loadError { message stack }
    updatedTimestamp
    assetCount
    codeHash
  }
`);

const CodeLocationsQueryDocument = graphql(`
  query CodeLocations {
    codeLocations { ...CodeLocationFields }
  }
`);

const ReloadCodeLocationMutationDocument = graphql(`
  mutation ReloadCodeLocation($name: String!) {
    reloadCodeLocation(name: $name) {
      __typename
      ... on CodeLocation { ...CodeLocationFields lastReloadChange }
      ... on CodeLocationNotFoundError { message }
      ... on UnauthorizedError { message permission }
    }
  }
`);

export function useCodeLocations() {
  return useQuery({
    queryKey: queryKeys.codeLocations,
    queryFn: ({ signal }) => fetchGraphQL(CodeLocationsQueryDocument, {}, { signal }).then((d) => d.codeLocations),
    // Poll faster while anything is loading; otherwise a slow refresh keeps the error banner honest.
    refetchInterval: (query) => (query.state.data?.some((l) => l.loadStatus === "LOADING") ? 2_000 : 30_000),
  });
}

export function useReloadCodeLocation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      fetchGraphQL(ReloadCodeLocationMutationDocument, { name }).then((d) => d.reloadCodeLocation),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.codeLocations }),
        queryClient.invalidateQueries({ queryKey: queryKeys.allAssetNodes }),
        queryClient.invalidateQueries({ queryKey: queryKeys.allAssetNode }),
        queryClient.invalidateQueries({ queryKey: queryKeys.jobs }),
        queryClient.invalidateQueries({ queryKey: queryKeys.allJob }),
      ]);
    },
  });
}
