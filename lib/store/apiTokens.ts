// API tokens: a name, a role and an optional expiry; the secret itself is never stored, only its SHA-256.
import type { Role } from "../core/auth/roles";
import type { PrismaClient } from "./prisma";

export interface ApiTokenRecord {
  id: string;
  name: string;
  role: Role;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

const tokenFields = {
  id: true,
  name: true,
  role: true,
  createdBy: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
} as const;

export type CreateApiTokenResult = { kind: "success"; token: ApiTokenRecord } | { kind: "exists"; message: string };

export async function createApiToken(
  db: PrismaClient,
  input: { name: string; tokenHash: string; role: Role; createdBy: string; expiresAt: Date | null },
): Promise<CreateApiTokenResult> {
  const created = await db.apiToken.createManyAndReturn({ data: [input], skipDuplicates: true, select: tokenFields });
  if (created.length === 0)
    return {
      kind: "exists",
      message: `name: a token named "${input.name}" already exists; revoke it or choose another name.`,
    };
  return { kind: "success", token: created[0]! };
}

export async function listApiTokens(db: PrismaClient): Promise<ApiTokenRecord[]> {
  return db.apiToken.findMany({ select: tokenFields, orderBy: { createdAt: "desc" } });
}

/** The token a secret names, if it is neither revoked nor expired. Notes its use at most once a minute. */
export async function findActiveApiToken(
  db: PrismaClient,
  tokenHash: string,
  now = new Date(),
): Promise<ApiTokenRecord | null> {
  const token = await db.apiToken.findUnique({ where: { tokenHash }, select: tokenFields });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return token;
}

/** Revokes by name; false when no live token has that name. */
export async function revokeApiToken(db: PrismaClient, name: string, now = new Date()): Promise<ApiTokenRecord | null> {
  const updated = await db.apiToken.updateManyAndReturn({
    where: { name, revokedAt: null },
    data: { revokedAt: now },
    select: tokenFields,
  });
  return updated[0] ?? null;
}
