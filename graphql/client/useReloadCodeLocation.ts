// Reloads a code location, then refreshes everything its definitions feed (locations, assets, jobs).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RELOAD_CODE_LOCATION_MUTATION, type ReloadCodeLocationData, type ReloadCodeLocationVariables } from "./codeLocations";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";

export function useReloadCodeLocation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      fetchGraphQL<ReloadCodeLocationData, ReloadCodeLocationVariables>(RELOAD_CODE_LOCATION_MUTATION, { name }).then(
        (d) => d.reloadCodeLocation,
      ),
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
