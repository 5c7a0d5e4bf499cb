// Who the console is acting for and what they may do. Asked once and kept: it changes only by signing in or out or an
// admin changing the role, so it is refetched when the window regains focus rather than polled.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { ViewerQuery } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import type { Permission } from "../../lib/core/auth/roles";
import { type PermissionAnswer, viewerMay } from "./viewerPermission";

export type Viewer = ViewerQuery["viewer"];

const ViewerQueryDocument = graphql(`
  query Viewer {
    viewer {
      name
      kind
      role
      grants { role selection }
      permissions
      refusals { permission message }
      signInEnabled
    }
  }
`);

export function useViewer() {
  return useQuery({
    queryKey: queryKeys.viewer,
    queryFn: ({ signal }): Promise<Viewer> => fetchGraphQL(ViewerQueryDocument, {}, { signal }).then((d) => d.viewer),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: true,
    retry: false,
  });
}

/** Whether the viewer may do something, for the control that does it: see viewerMay. */
export function usePermission(permission: Permission): PermissionAnswer {
  const viewer = useViewer();
  return viewerMay(viewer.data, permission);
}
