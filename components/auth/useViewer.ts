// Who the console is signed in as, for the user menu; asked once per page load, since it changes only by signing out.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import type { Role } from "../../lib/core/auth/roles";

export const VIEWER_QUERY = /* GraphQL */ `
  query Viewer {
    viewer { name kind role permissions }
  }
`;

export type ViewerKind = "USER" | "TOKEN" | "LOCAL" | "ANONYMOUS";

export interface Viewer {
  name: string;
  kind: ViewerKind;
  role: Role | null;
  permissions: string[];
}

export function useViewer() {
  return useQuery({
    queryKey: ["viewer"],
    queryFn: ({ signal }) => fetchGraphQL<{ viewer: Viewer }>(VIEWER_QUERY, undefined, { signal }).then((d) => d.viewer),
    staleTime: Infinity,
    retry: false,
  });
}
