// Console users, their roles and selection-scoped grants.
import type { Role } from "../core/auth/roles";
import type { Prisma } from "./generated/prisma/client";
import type { PrismaClient } from "./prisma";

export interface UserRecord {
  id: string;
  email: string;
  displayName: string | null;
  role: Role;
  disabled: boolean;
  hasPassword: boolean;
  signsInWithOidc: boolean;
  createdAt: Date;
  lastSignInAt: Date | null;
  grants: { role: Role; selection: string }[];
}

const userWithGrants = { grants: { orderBy: { createdAt: "asc" } } } satisfies Prisma.UserInclude;
type UserRow = Prisma.UserGetPayload<{ include: typeof userWithGrants }>;

function toRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    disabled: row.disabled,
    hasPassword: row.passwordHash !== null,
    signsInWithOidc: row.oidcSubject !== null,
    createdAt: row.createdAt,
    lastSignInAt: row.lastSignInAt,
    grants: row.grants.map((g) => ({ role: g.role, selection: g.selection })),
  };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function countUsers(db: PrismaClient): Promise<number> {
  return db.user.count();
}

export async function listUsers(db: PrismaClient): Promise<UserRecord[]> {
  return (await db.user.findMany({ include: userWithGrants, orderBy: { email: "asc" } })).map(toRecord);
}

export async function findUserById(db: PrismaClient, id: string): Promise<UserRecord | null> {
  const row = await db.user.findUnique({ where: { id }, include: userWithGrants });
  return row && toRecord(row);
}

export async function findUserByEmail(db: PrismaClient, email: string): Promise<UserRecord | null> {
  const row = await db.user.findUnique({ where: { email: normalizeEmail(email) }, include: userWithGrants });
  return row && toRecord(row);
}

/** The stored password hash, for sign-in only. */
export async function passwordHashOf(
  db: PrismaClient,
  email: string,
): Promise<{ userId: string; passwordHash: string | null; disabled: boolean } | null> {
  const row = await db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, passwordHash: true, disabled: true },
  });
  return row && { userId: row.id, passwordHash: row.passwordHash, disabled: row.disabled };
}

export type CreateUserResult = { kind: "success"; user: UserRecord } | { kind: "exists"; message: string };

export async function createUser(
  db: PrismaClient,
  input: {
    email: string;
    role: Role;
    passwordHash?: string | null;
    displayName?: string | null;
    oidcSubject?: string | null;
  },
): Promise<CreateUserResult> {
  const email = normalizeEmail(input.email);
  const created = await db.user.createManyAndReturn({
    data: [
      {
        email,
        role: input.role,
        passwordHash: input.passwordHash ?? null,
        displayName: input.displayName ?? null,
        oidcSubject: input.oidcSubject ?? null,
      },
    ],
    skipDuplicates: true,
  });
  if (created.length === 0) return { kind: "exists", message: `email: a user ${email} already exists.` };
  return { kind: "success", user: (await findUserById(db, created[0]!.id))! };
}

export async function updateUser(
  db: PrismaClient,
  id: string,
  change: { role?: Role; disabled?: boolean; passwordHash?: string; displayName?: string | null },
): Promise<UserRecord | null> {
  const updated = await db.user.updateMany({ where: { id }, data: change });
  if (updated.count === 0) return null;
  if (change.disabled || change.passwordHash) await db.userSession.deleteMany({ where: { userId: id } });
  return findUserById(db, id);
}

/** Replaces every grant of a user at once. */
export async function setRoleGrants(
  db: PrismaClient,
  userId: string,
  grants: { role: Role; selection: string }[],
): Promise<UserRecord | null> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) return null;
    await tx.roleGrant.deleteMany({ where: { userId } });
    if (grants.length)
      await tx.roleGrant.createMany({ data: grants.map((g) => ({ userId, role: g.role, selection: g.selection })) });
    const row = await tx.user.findUniqueOrThrow({ where: { id: userId }, include: userWithGrants });
    return toRecord(row);
  });
}

export async function deleteUser(db: PrismaClient, id: string): Promise<boolean> {
  return (await db.user.deleteMany({ where: { id } })).count > 0;
}

/**
 * The user an OIDC sign-in names: the one linked to the subject, else the one with the verified email (linked now),
 * else a new user with the default role.
 */
export async function userForOidcSignIn(
  db: PrismaClient,
  claims: { subject: string; email: string; displayName: string | null },
  defaultRole: Role,
): Promise<UserRecord> {
  const email = normalizeEmail(claims.email);
  const bySubject = await db.user.findUnique({ where: { oidcSubject: claims.subject }, include: userWithGrants });
  if (bySubject) return toRecord(bySubject);
  const byEmail = await db.user.findUnique({ where: { email }, include: userWithGrants });
  if (byEmail) {
    const linked = await db.user.update({
      where: { id: byEmail.id },
      data: { oidcSubject: claims.subject, displayName: byEmail.displayName ?? claims.displayName },
      include: userWithGrants,
    });
    return toRecord(linked);
  }
  const created = await createUser(db, {
    email,
    role: defaultRole,
    displayName: claims.displayName,
    oidcSubject: claims.subject,
  });
  if (created.kind === "success") return created.user;
  // Created by a concurrent sign-in of the same person.
  return (await findUserByEmail(db, email))!;
}

export async function recordSignIn(db: PrismaClient, userId: string, at = new Date()): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { lastSignInAt: at } });
}
