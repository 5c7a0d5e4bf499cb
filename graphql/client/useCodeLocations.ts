// Code locations with their load status; polled so a location that is still loading settles on its own.
import { useQuery } from "@tanstack/react-query";
import { CODE_LOCATIONS_QUERY, type CodeLocationsQueryData } from "./codeLocations";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";

export function useCodeLocations() {
  return useQuery({
    queryKey: queryKeys.codeLocations,
    queryFn: ({ signal }) => fetchGraphQL<CodeLocationsQueryData>(CODE_LOCATIONS_QUERY, undefined, { signal }).then((d) => d.codeLocations),
    // Poll faster while anything is loading; otherwise a slow refresh keeps the error banner honest.
    refetchInterval: (query) => (query.state.data?.some((l) => l.loadStatus === "LOADING") ? 2_000 : 30_000),
  });
}
