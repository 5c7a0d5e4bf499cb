// Who is calling: a signed-in user, an API token, the local user of an instance without sign-in, or nobody.
import type { Role } from "./roles";

/** A role held only for the assets a selection names (`group:finance` → LAUNCHER). */
export interface RoleGrant {
  role: Role;
  selection: string;
}

export interface Principal {
  kind: "user" | "token" | "local" | "anonymous";
  /** What the audit log and "Launched by" show: an email, `token:<name>`, or `local`. */
  name: string;
  /** The role held everywhere; null for nobody. */
  role: Role | null;
  /** Roles held for some assets only. */
  grants: RoleGrant[];
  /** The user's id, for users. */
  userId?: string;
}

export const ANONYMOUS: Principal = { kind: "anonymous", name: "anonymous", role: null, grants: [] };
/** The one user of an instance without sign-in, reachable on loopback only: an admin, as with `dagster dev`. */
export const LOCAL_ADMIN: Principal = { kind: "local", name: "local", role: "ADMIN", grants: [] };
