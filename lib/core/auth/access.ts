// Whether a principal holds a permission, everywhere or for every asset an action touches, and why not.
import type { Principal } from "./principal";
import { ASSET_PERMISSIONS, PERMISSION_ROLES, type Permission, roleHolds, roleLabel } from "./roles";

export type AccessDecision = { allowed: true } | { allowed: false; message: string };

const ALLOWED: AccessDecision = { allowed: true };

/** "Launching runs", for messages: what the permission lets one do. */
export const PERMISSION_ACTIONS: Record<Permission, string> = {
  READ_METRICS: "Reading metrics",
  LAUNCH_RUNS: "Launching runs",
  TERMINATE_RUNS: "Terminating runs",
  LAUNCH_BACKFILLS: "Launching backfills",
  CANCEL_BACKFILLS: "Canceling backfills",
  EDIT_SCHEDULES: "Turning schedules on and off",
  EDIT_SENSORS: "Turning sensors on and off",
  EDIT_SENSOR_CURSORS: "Editing sensor cursors",
  EDIT_DYNAMIC_PARTITIONS: "Adding and deleting dynamic partitions",
  RELOAD_CODE_LOCATIONS: "Reloading code locations",
  REPORT_ASSET_EVENTS: "Reporting asset events",
  MANAGE_USERS: "Managing users",
  MANAGE_TOKENS: "Managing API tokens",
  VIEW_AUDIT_LOG: "Reading the audit log",
  PRUNE_HISTORY: "Pruning old runs and logs",
};

function heldAs(principal: Principal): string {
  if (principal.kind === "anonymous") return "you are not signed in";
  if (!principal.role) return `${principal.name} has no role`;
  const label = roleLabel(principal.role);
  return `${principal.name} is ${/^[AEIOU]/.test(label) ? "an" : "a"} ${label}`;
}

/**
 * Everywhere when no assets are named; otherwise the role held everywhere, or grants whose selections together cover
 * every asset. `select` resolves a grant's selection to asset keys (null when it no longer parses).
 */
export function decideAccess(
  principal: Principal,
  permission: Permission,
  assets?: { keys: readonly string[]; select: (selection: string) => ReadonlySet<string> | null },
): AccessDecision {
  if (principal.role && roleHolds(principal.role, permission)) return ALLOWED;
  const needed = roleLabel(PERMISSION_ROLES[permission]);
  const refusal = `${PERMISSION_ACTIONS[permission]} needs the ${needed} role (permission ${permission}); ${heldAs(principal)}.`;
  if (!assets || !ASSET_PERMISSIONS.has(permission)) return { allowed: false, message: refusal };
  const grants = principal.grants.filter((grant) => roleHolds(grant.role, permission));
  if (grants.length === 0) return { allowed: false, message: refusal };
  const covered = new Set<string>();
  for (const grant of grants) for (const key of assets.select(grant.selection) ?? []) covered.add(key);
  const outside = assets.keys.filter((key) => !covered.has(key));
  if (outside.length === 0 && assets.keys.length > 0) return ALLOWED;
  const scopes = grants.map((g) => g.selection).join(", ");
  const named = outside.slice(0, 5).join(", ") + (outside.length > 5 ? ` and ${outside.length - 5} more` : "");
  return {
    allowed: false,
    message: `${PERMISSION_ACTIONS[permission]} needs the ${needed} role (permission ${permission}) for every asset it touches; ${principal.name} holds it only for ${scopes}, which does not include ${named}.`,
  };
}

/** Every permission the principal holds everywhere: what the console enables. */
export function permissionsHeld(principal: Principal): Permission[] {
  return principal.role
    ? (Object.keys(PERMISSION_ROLES) as Permission[]).filter((p) => roleHolds(principal.role!, p))
    : [];
}
