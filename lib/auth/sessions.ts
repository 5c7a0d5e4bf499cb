// Starting and ending sign-in sessions: password checks, and the session row behind each cookie.
import "server-only";
import type { AuthConfig } from "../core/consoleSettings";
import { recordAuditEvent } from "../store/auditLog";
import type { Database } from "../store/database";
import { createUserSession, deleteUserSession } from "../store/userSessions";
import { passwordHashOf, recordSignIn } from "../store/users";
import { dummyPasswordHash, verifyPassword } from "./passwords";
import { hashSecret, newSecret } from "./secrets";
import { BUSY, SignInThrottle } from "./signInThrottle";

export interface StartedSession {
  /** The cookie's value: the only copy of the secret. */
  secret: string;
  expiresAt: Date;
}

export async function startSession(
  db: Database,
  auth: AuthConfig,
  userId: string,
  now = new Date(),
): Promise<StartedSession> {
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + auth.sessionMaxAgeHours * 3_600_000);
  await createUserSession(db, { tokenHash: hashSecret(secret), userId, expiresAt });
  await recordSignIn(db, userId, now);
  return { secret, expiresAt };
}

export async function endSession(db: Database, secret: string): Promise<void> {
  await deleteUserSession(db, hashSecret(secret));
}

export type PasswordSignIn = { kind: "success"; userId: string } | { kind: "refused"; message: string } | Throttled;

/** Too many sign-ins at once, or too many failures for this email lately: try again after `retryAfterSeconds`. */
export interface Throttled {
  kind: "throttled";
  message: string;
  retryAfterSeconds: number;
}

/** One per console process: the limits are on this process's memory and CPU. */
const throttle = new SignInThrottle();

/** One message for an unknown email, a wrong password and a disabled user, so sign-in reveals nobody. */
const REFUSED = "Wrong email or password.";

export async function verifyCredentials(
  db: Database,
  email: string,
  password: string,
  limits: SignInThrottle = throttle,
): Promise<PasswordSignIn> {
  const key = email.trim().toLowerCase();
  const wait = limits.waitFor(key);
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    return {
      kind: "throttled",
      message: `Too many failed sign-ins for this email; try again in ${seconds} s.`,
      retryAfterSeconds: seconds,
    };
  }
  const user = await passwordHashOf(db, email);
  const verified = await limits.withSlot(async () => {
    if (!user?.passwordHash) {
      await verifyPassword(await dummyPasswordHash(), password);
      return false;
    }
    return (await verifyPassword(user.passwordHash, password)) && !user.disabled;
  });
  if (verified === BUSY)
    return { kind: "throttled", message: "Too many sign-ins at once; try again in a moment.", retryAfterSeconds: 1 };
  if (!verified || !user) {
    limits.noteFailure(key);
    return { kind: "refused", message: REFUSED };
  }
  limits.noteSuccess(key);
  return { kind: "success", userId: user.userId };
}

export async function signInWithPassword(
  db: Database,
  auth: AuthConfig,
  email: string,
  password: string,
  limits?: SignInThrottle,
): Promise<(StartedSession & { kind: "success" }) | { kind: "refused"; message: string } | Throttled> {
  const checked = await verifyCredentials(db, email, password, limits);
  if (checked.kind === "throttled") return checked;
  if (checked.kind === "refused") {
    await recordAuditEvent(db, {
      actor: email.slice(0, 320),
      action: "user.sign_in_refused",
      target: email.slice(0, 320),
    });
    return checked;
  }
  const session = await startSession(db, auth, checked.userId);
  await recordAuditEvent(db, { actor: email.trim().toLowerCase(), action: "user.sign_in", target: "password" });
  return { kind: "success", ...session };
}
