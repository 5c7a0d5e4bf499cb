// Issuing API tokens: the secret is returned once and only its hash is kept.
import type { Role } from "../core/auth/roles";
import { type ApiTokenRecord, createApiToken } from "../store/apiTokens";
import type { Database } from "../store/database";
import { API_TOKEN_PREFIX, hashSecret, newSecret } from "./secrets";

export const TOKEN_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const MAX_TOKEN_DAYS = 3650;

export type IssueTokenResult =
  | { kind: "success"; token: ApiTokenRecord; secret: string }
  | { kind: "invalid"; field: string; message: string };

export async function issueApiToken(
  db: Database,
  input: { name: string; role: Role; expiresInDays?: number | null; createdBy: string },
  now = new Date(),
): Promise<IssueTokenResult> {
  if (!TOKEN_NAME_PATTERN.test(input.name))
    return {
      kind: "invalid",
      field: "name",
      message: "name: 1–64 letters, digits, _, . or -, starting with a letter or digit",
    };
  const days = input.expiresInDays ?? null;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)) {
    return {
      kind: "invalid",
      field: "expiresInDays",
      message: `expiresInDays: a whole number of days from 1 to ${MAX_TOKEN_DAYS}, got ${days}`,
    };
  }
  const secret = newSecret(API_TOKEN_PREFIX);
  const created = await createApiToken(db, {
    name: input.name,
    tokenHash: hashSecret(secret),
    role: input.role,
    createdBy: input.createdBy,
    expiresAt: days === null ? null : new Date(now.getTime() + days * 86_400_000),
  });
  if (created.kind === "exists") return { kind: "invalid", field: "name", message: created.message };
  return { kind: "success", token: created.token, secret };
}
