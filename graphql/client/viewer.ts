// Who the console is acting for and what they may do: the viewer query and its hand-written result type.
import type { Permission, Role } from "../../lib/core/auth/roles";

export const VIEWER_QUERY = /* GraphQL */ `
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
`;

export type ViewerKind = "USER" | "TOKEN" | "LOCAL" | "ANONYMOUS";

/** A role held only for the assets a selection names (e.g. LAUNCHER on `group:finance`). */
export interface RoleGrant {
  role: Role;
  selection: string;
}

/** A permission not held everywhere, with the sentence the console shows on what it disables. */
export interface PermissionRefusal {
  permission: Permission;
  message: string;
}

export interface Viewer {
  name: string;
  kind: ViewerKind;
  role: Role | null;
  grants: RoleGrant[];
  /** Held everywhere. */
  permissions: Permission[];
  refusals: PermissionRefusal[];
  signInEnabled: boolean;
}

export interface ViewerQueryData {
  viewer: Viewer;
}

/** The member every mutation's result union gained: the caller's role lacks `permission`. */
export interface UnauthorizedError {
  __typename: "UnauthorizedError";
  message: string;
  permission: string | null;
}
