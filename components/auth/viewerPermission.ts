// "May the viewer do P, and if not, why": what the console disables, and the sentence it shows on it.

import type { ViewerQuery } from "../../graphql/client/generated/graphql";
import { ASSET_PERMISSIONS, type Permission, roleHolds } from "../../lib/core/auth/roles";

type Viewer = ViewerQuery["viewer"];

/**
 * `refusal` is the API's sentence when the viewer may not do P anywhere; null when they may, or when a grant may
 * allow it for some assets (then the API decides per launch and answers an UnauthorizedError).
 */
export interface PermissionAnswer {
  allowed: boolean;
  /** Held only through grants on asset selections: allowed for some assets, not necessarily these. */
  throughGrants: boolean;
  refusal: string | null;
}

const ALLOWED: PermissionAnswer = { allowed: true, throughGrants: false, refusal: null };

/** Until the viewer is known everything stays enabled: the API still checks every call. */
export function viewerMay(viewer: Viewer | undefined | null, permission: Permission): PermissionAnswer {
  if (!viewer || viewer.permissions.includes(permission)) return ALLOWED;
  if (ASSET_PERMISSIONS.has(permission) && viewer.grants.some((grant) => roleHolds(grant.role, permission))) {
    return { allowed: true, throughGrants: true, refusal: null };
  }
  const refusal =
    viewer.refusals.find((r) => r.permission === permission)?.message ??
    `You do not have the ${permission} permission.`;
  return { allowed: false, throughGrants: false, refusal };
}

/** Props for a control the viewer may not use: it stays focusable and says why (title is its accessible description). */
export function refusedControlProps(refusal: string | null): { "aria-disabled"?: true; title?: string } {
  return refusal ? { "aria-disabled": true, title: refusal } : {};
}
