// Random secrets for sessions and API tokens, stored only as their SHA-256: a leaked table signs nobody in.
import { createHash, randomBytes } from "node:crypto";

export const API_TOKEN_PREFIX = "strata_";

/** 256 random bits, URL-safe. */
export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** A fast hash is right here: the secrets are random and long, so nothing can be guessed from it. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
