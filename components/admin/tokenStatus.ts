// Whether a token still works: revoked, expired or live, as of `now`.
import type { ApiToken } from "./useApiTokens";

export type TokenStatus = "LIVE" | "EXPIRED" | "REVOKED";

export function tokenStatus(token: Pick<ApiToken, "revokedAt" | "expiresAt">, now: number): TokenStatus {
  if (token.revokedAt) return "REVOKED";
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return "EXPIRED";
  return "LIVE";
}

/** "in 30 days" / "2026-03-01": how an expiry reads in the table. */
export function formatExpiry(expiresAt: string, now: number): string {
  const days = Math.ceil((Date.parse(expiresAt) - now) / 86_400_000);
  if (days > 0 && days <= 90) return `in ${days} day${days === 1 ? "" : "s"}`;
  return new Date(expiresAt).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
}
