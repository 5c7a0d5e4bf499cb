// Starting and ending sign-in sessions: password checks, and the session row behind each cookie.
import type { AuthConfig } from "../core/consoleSettings";
import type { PrismaClient } from "../store/prisma";
import { recordAuditEvent } from "../store/auditLog";
import { createUserSession, deleteUserSession } from "../store/userSessions";
import { passwordHashOf, recordSignIn } from "../store/users";
import { dummyPasswordHash, verifyPassword } from "./passwords";
import { hashSecret, newSecret } from "./secrets";

export interface StartedSession {
  /** The cookie's value: the only copy of the secret. */
  secret: string;
  expiresAt: Date;
}

export async function startSession(db: PrismaClient, auth: AuthConfig, userId: string, now = new Date()): Promise<StartedSession> {
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + auth.sessionMaxAgeHours * 3_600_000);
  await createUserSession(db, { tokenHash: hashSecret(secret), userId, expiresAt });
  await recordSignIn(db, userId, now);
  return { secret, expiresAt };
}

export async function endSession(db: PrismaClient, secret: string): Promise<void> {
  await deleteUserSession(db, hashSecret(secret));
}

export type PasswordSignIn = { kind: "success"; userId: string } | { kind: "refused"; message: string };

/** One message for an unknown email, a wrong password and a disabled user, so sign-in reveals nobody. */
const REFUSED = "Wrong email or password.";

export async function checkPassword(db: PrismaClient, email: string, password: string): Promise<PasswordSignIn> {
  const user = await passwordHashOf(db, email);
  if (!user?.passwordHash) {
    await verifyPassword(await dummyPasswordHash(), password);
    return { kind: "refused", message: REFUSED };
  }
  if (!(await verifyPassword(user.passwordHash, password)) || user.disabled) return { kind: "refused", message: REFUSED };
  return { kind: "success", userId: user.userId };
}

export async function signInWithPassword(db: PrismaClient, auth: AuthConfig, email: string, password: string): Promise<(StartedSession & { kind: "success" }) | { kind: "refused"; message: string }> {
  const checked = await checkPassword(db, email, password);
  if (checked.kind === "refused") {
    await recordAuditEvent(db, { actor: email.slice(0, 320), action: "user.sign_in_refused", target: email.slice(0, 320) });
    return checked;
  }
  const session = await startSession(db, auth, checked.userId);
  await recordAuditEvent(db, { actor: email.trim().toLowerCase(), action: "user.sign_in", target: "password" });
  return { kind: "success", ...session };
}
