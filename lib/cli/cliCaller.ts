// Who runs a `strata` command: with sign-in on, the API token in STRATA_TOKEN, checked like any API call; without it,
// the machine's own user, as on the console over loopback.
import { principalOfToken } from "../auth/requestPrincipal";
import { decideAccess } from "../core/auth/access";
import { LOCAL_ADMIN, type Principal } from "../core/auth/principal";
import type { Permission } from "../core/auth/roles";
import type { AuthConfig } from "../core/consoleSettings";
import { type AuditEntry, recordAuditEvent } from "../store/auditLog";
import type { Database } from "../store/database";

export interface CliCaller {
  principal: Principal;
  /** Throws a CliRefusal naming the permission when the caller lacks it. */
  require(permission: Permission): void;
  /** Notes a change in the audit log under the caller's name. */
  audit(db: Database, entry: Omit<AuditEntry, "actor">): Promise<void>;
}

/** A refused command: main prints its message and exits 1. */
export class CliRefusal extends Error {}

function callerOf(principal: Principal): CliCaller {
  return {
    principal,
    require(permission) {
      const decision = decideAccess(principal, permission);
      if (!decision.allowed) throw new CliRefusal(decision.message);
    },
    audit: (db, entry) => recordAuditEvent(db, { actor: principal.name, ...entry }),
  };
}

/** The command line of an instance without sign-in: an admin, recorded as "cli". */
export const LOCAL_CLI_CALLER: CliCaller = callerOf({ ...LOCAL_ADMIN, name: "cli" });

export const TOKEN_ENV = "STRATA_TOKEN";

const TOKEN_NEEDED = `Sign-in is on for this instance (auth in strata.config.ts), so the command line needs an API token: set ${TOKEN_ENV} to one created under Admin › API tokens in the console or with \`strata tokens create <name> --role LAUNCHER\`.`;

/** No token with sign-in on: allowed only where a command makes its own exception (the first user); anything else is refused. */
const TOKENLESS_CALLER: CliCaller = {
  principal: { kind: "anonymous", name: "cli", role: null, grants: [] },
  require() {
    throw new CliRefusal(TOKEN_NEEDED);
  },
  audit: (db, entry) => recordAuditEvent(db, { actor: "cli", ...entry }),
};

/**
 * The caller of a command. With sign-in on, STRATA_TOKEN must name a live token, except where `tokenOptional` lets a
 * command decide (adding the first user).
 */
export async function cliCaller(
  db: Database,
  auth: AuthConfig | null,
  env: Record<string, string | undefined> = process.env,
  options: { tokenOptional?: boolean } = {},
): Promise<CliCaller> {
  if (!auth) return LOCAL_CLI_CALLER;
  const token = env[TOKEN_ENV]?.trim();
  if (!token) {
    if (options.tokenOptional) return TOKENLESS_CALLER;
    throw new CliRefusal(TOKEN_NEEDED);
  }
  const principal = await principalOfToken(db, token);
  if (!principal)
    throw new CliRefusal(`${TOKEN_ENV} is not a live API token: it was revoked, it expired, or it is mistyped.`);
  return callerOf(principal);
}
