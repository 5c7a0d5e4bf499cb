// The caller of one HTTP request: its bearer token or session cookie when sign-in is on, else the local admin.
import { ANONYMOUS, LOCAL_ADMIN, type Principal } from "../core/auth/principal";
import type { ConsoleSettings } from "../core/consoleSettings";
import { findActiveApiToken } from "../store/apiTokens";
import type { Database } from "../store/database";
import { findSessionUser } from "../store/userSessions";
import { hashSecret } from "./secrets";
import { readCookie, SESSION_COOKIE } from "./sessionCookie";

export function tokenPrincipal(token: { name: string; role: Principal["role"] }): Principal {
  return { kind: "token", name: `token:${token.name}`, role: token.role, grants: [] };
}

/** The principal an API token secret names, or null. Shared by the API and the CLI. */
export async function principalOfToken(db: Database, secret: string): Promise<Principal | null> {
  if (secret.length > 200) return null;
  const token = await findActiveApiToken(db, hashSecret(secret));
  return token && tokenPrincipal(token);
}

export async function principalOfSession(db: Database, secret: string): Promise<Principal | null> {
  if (secret.length > 200) return null;
  const user = await findSessionUser(db, hashSecret(secret));
  return user && { kind: "user", name: user.email, role: user.role, grants: user.grants, userId: user.userId };
}

export async function principalOfRequest(
  db: Database,
  request: Request,
  settings: ConsoleSettings,
): Promise<Principal> {
  // Without sign-in the console binds loopback only and answers loopback Host names only: whoever reaches it is local.
  if (!settings.auth) return LOCAL_ADMIN;
  const authorization = request.headers.get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer "))
    return (await principalOfToken(db, authorization.slice(7).trim())) ?? ANONYMOUS;
  const session = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  return (session && (await principalOfSession(db, session))) || ANONYMOUS;
}
