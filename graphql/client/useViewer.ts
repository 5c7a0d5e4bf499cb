// The viewer, asked once and kept: it changes only by signing in or out or an admin changing the role, so it is
// refetched when the window regains focus rather than polled.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { VIEWER_QUERY, type Viewer, type ViewerQueryData } from "./viewer";

export function useViewer() {
  return useQuery({
    queryKey: queryKeys.viewer,
    queryFn: ({ signal }): Promise<Viewer> => fetchGraphQL<ViewerQueryData>(VIEWER_QUERY, undefined, { signal }).then((d) => d.viewer),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: true,
    retry: false,
  });
}
