// Signed-in browsers: one row per session, keyed by the SHA-256 of the cookie's secret.
import type { Role } from "../core/auth/roles";
import type { PrismaClient } from "./prisma";

export interface SessionUser {
  userId: string;
  email: string;
  role: Role;
  grants: { role: Role; selection: string }[];
  expiresAt: Date;
}

export async function createUserSession(
  db: PrismaClient,
  input: { tokenHash: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db.userSession.create({ data: input });
}

/** The live session's user, or null when it is unknown, expired, or its user is disabled. */
export async function findSessionUser(
  db: PrismaClient,
  tokenHash: string,
  now = new Date(),
): Promise<SessionUser | null> {
  const row = await db.userSession.findUnique({
    where: { tokenHash },
    include: {
      user: {
        select: {
          id: true,
          email: true,
          role: true,
          disabled: true,
          grants: { select: { role: true, selection: true } },
        },
      },
    },
  });
  if (!row || row.expiresAt <= now || row.user.disabled) return null;
  return {
    userId: row.user.id,
    email: row.user.email,
    role: row.user.role,
    grants: row.user.grants,
    expiresAt: row.expiresAt,
  };
}

export async function deleteUserSession(db: PrismaClient, tokenHash: string): Promise<void> {
  await db.userSession.deleteMany({ where: { tokenHash } });
}

export async function deleteExpiredSessions(db: PrismaClient, now = new Date()): Promise<number> {
  return (await db.userSession.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
