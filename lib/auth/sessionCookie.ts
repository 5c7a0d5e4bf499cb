// The session cookie: its name, its attributes, and reading it from a request.
import type { AuthConfig } from "../core/consoleSettings";

export const SESSION_COOKIE = "strata_session";

/** HttpOnly so page scripts never see it; SameSite=Lax so no cross-site request carries it on a POST. */
export function sessionCookieHeader(auth: AuthConfig, value: string, expiresAt: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  const secure = auth.publicUrl.startsWith("https:") ? "; Secure" : "";
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure}`;
}

export function clearedSessionCookieHeader(auth: AuthConfig | null): string {
  const secure = auth?.publicUrl.startsWith("https:") ? "; Secure" : "";
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`;
}

/** One cookie's value from a Cookie header, or null. */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}
