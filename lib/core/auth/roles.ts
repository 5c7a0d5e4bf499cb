// Roles and the permissions each one holds: pure, shared by the API, the CLI and the console.

/** From least to most: each role holds every permission of the roles before it. */
export const ROLES = ["VIEWER", "LAUNCHER", "EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

/** Every permission the API checks, with the least role that holds it. */
export const PERMISSION_ROLES = {
  READ_METRICS: "VIEWER",
  LAUNCH_RUNS: "LAUNCHER",
  TERMINATE_RUNS: "LAUNCHER",
  LAUNCH_BACKFILLS: "LAUNCHER",
  CANCEL_BACKFILLS: "LAUNCHER",
  EDIT_SCHEDULES: "EDITOR",
  EDIT_SENSORS: "EDITOR",
  EDIT_SENSOR_CURSORS: "EDITOR",
  EDIT_DYNAMIC_PARTITIONS: "EDITOR",
  RELOAD_CODE_LOCATIONS: "EDITOR",
  REPORT_ASSET_EVENTS: "LAUNCHER",
  MANAGE_USERS: "ADMIN",
  MANAGE_TOKENS: "ADMIN",
  VIEW_AUDIT_LOG: "ADMIN",
  PRUNE_HISTORY: "ADMIN",
} as const satisfies Record<string, Role>;
export type Permission = keyof typeof PERMISSION_ROLES;
export const PERMISSIONS = Object.keys(PERMISSION_ROLES) as Permission[];

/** Permissions that act on assets, so a grant for an asset selection can hold them. */
export const ASSET_PERMISSIONS: ReadonlySet<Permission> = new Set([
  "LAUNCH_RUNS",
  "TERMINATE_RUNS",
  "LAUNCH_BACKFILLS",
  "CANCEL_BACKFILLS",
]);

export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

export function roleHolds(role: Role, permission: Permission): boolean {
  return roleRank(role) >= roleRank(PERMISSION_ROLES[permission]);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** "Launcher", for messages and labels. */
export function roleLabel(role: Role): string {
  return role.charAt(0) + role.slice(1).toLowerCase();
}
