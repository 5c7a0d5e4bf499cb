// Whether the viewer may do something, for the control that does it: see viewerMay.
import type { Permission } from "../../lib/core/auth/roles";
import { useViewer } from "./useViewer";
import { viewerMay, type PermissionAnswer } from "./viewerPermission";

export function usePermission(permission: Permission): PermissionAnswer {
  const viewer = useViewer();
  return viewerMay(viewer.data, permission);
}
