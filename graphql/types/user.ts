// Users and their roles, for admins: list, add, change role or password, disable, grant roles on selections, delete.
import "server-only";
import { hashPassword } from "../../lib/auth/passwords";
import { checkEmail, checkGrants, checkPassword } from "../../lib/auth/userInput";
import {
  createUser,
  deleteUser,
  findUserById,
  listUsers,
  setRoleGrants,
  type UserRecord,
  updateUser,
} from "../../lib/store/users";
import { audit, refusal, UnauthorizedError, type UnauthorizedValue } from "../authorization";
import { builder } from "../builder";
import { RoleEnum, RoleGrantRef } from "./viewer";

export const UserRef = builder.objectRef<UserRecord>("User").implement({
  fields: (t) => ({
    id: t.exposeString("id"),
    email: t.exposeString("email"),
    displayName: t.exposeString("displayName", { nullable: true }),
    role: t.field({ type: RoleEnum, resolve: (u) => u.role }),
    grants: t.field({ type: [RoleGrantRef], resolve: (u) => u.grants }),
    disabled: t.exposeBoolean("disabled"),
    hasPassword: t.exposeBoolean("hasPassword"),
    signsInWithOidc: t.exposeBoolean("signsInWithOidc"),
    createdAt: t.string({ resolve: (u) => u.createdAt.toISOString() }),
    lastSignInAt: t.string({ nullable: true, resolve: (u) => u.lastSignInAt?.toISOString() ?? null }),
  }),
});

type InvalidInput = { kind: "invalidInput"; field: string; message: string };
export const InvalidInputError = builder.objectRef<InvalidInput>("InvalidInputError").implement({
  description: "An argument that was refused: its name (a path for nested input) and why.",
  fields: (t) => ({ field: t.exposeString("field"), message: t.exposeString("message") }),
});
const UserNotFoundError = builder.objectRef<{ kind: "notFound"; message: string }>("UserNotFoundError").implement({
  fields: (t) => ({ message: t.exposeString("message") }),
});
const UserList = builder.objectRef<{ kind: "list"; users: UserRecord[] }>("UserList").implement({
  fields: (t) => ({ users: t.field({ type: [UserRef], resolve: (l) => l.users }) }),
});
const DeleteUserSuccess = builder.objectRef<{ kind: "deleted"; userId: string }>("DeleteUserSuccess").implement({
  fields: (t) => ({ userId: t.exposeString("userId") }),
});

type UserResult = UserRecord | InvalidInput | UnauthorizedValue | { kind: "notFound"; message: string };
const kindOf = (value: unknown) => (value as { kind?: string }).kind;

const UsersOrError = builder.unionType("UsersOrError", {
  types: [UserList, UnauthorizedError],
  resolveType: (value) => (kindOf(value) === "list" ? UserList : UnauthorizedError),
});
const UserResultUnion = builder.unionType("UserResult", {
  types: [UserRef, UserNotFoundError, InvalidInputError, UnauthorizedError],
  resolveType: (value) => {
    const kind = kindOf(value);
    return kind === "notFound"
      ? UserNotFoundError
      : kind === "invalidInput"
        ? InvalidInputError
        : kind === "unauthorized"
          ? UnauthorizedError
          : UserRef;
  },
});
const DeleteUserResult = builder.unionType("DeleteUserResult", {
  types: [DeleteUserSuccess, UserNotFoundError, InvalidInputError, UnauthorizedError],
  resolveType: (value) => {
    const kind = kindOf(value);
    return kind === "deleted"
      ? DeleteUserSuccess
      : kind === "notFound"
        ? UserNotFoundError
        : kind === "invalidInput"
          ? InvalidInputError
          : UnauthorizedError;
  },
});

const RoleGrantInput = builder.inputType("RoleGrantInput", {
  fields: (t) => ({ role: t.field({ type: RoleEnum, required: true }), selection: t.string({ required: true }) }),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = (userId: string) => ({
  kind: "notFound" as const,
  message: `No user with id ${userId.slice(0, 80)}.`,
});
const invalid = (field: string, message: string): InvalidInput => ({ kind: "invalidInput", field, message });

builder.queryFields((t) => ({
  usersOrError: t.field({
    type: UsersOrError,
    resolve: async (_root, _args, ctx) =>
      (await refusal(ctx, "MANAGE_USERS")) ?? { kind: "list" as const, users: await listUsers(ctx.db) },
  }),
}));

builder.mutationFields((t) => ({
  createUser: t.field({
    type: UserResultUnion,
    description: "Adds a user who signs in with a password (leave it out for one who signs in through OIDC only).",
    args: {
      email: t.arg.string({ required: true }),
      role: t.arg({ type: RoleEnum, required: true }),
      password: t.arg.string(),
      displayName: t.arg.string(),
    },
    resolve: async (_root, args, ctx): Promise<UserResult> => {
      const refused = await refusal(ctx, "MANAGE_USERS");
      if (refused) return refused;
      const email = checkEmail(args.email);
      if (!email.ok) return invalid(email.field, email.message);
      if (args.displayName && args.displayName.length > 200)
        return invalid("displayName", "displayName: at most 200 characters");
      let passwordHash: string | null = null;
      if (args.password != null) {
        const password = checkPassword(args.password);
        if (!password.ok) return invalid(password.field, password.message);
        passwordHash = await hashPassword(password.value);
      }
      const created = await createUser(ctx.db, {
        email: email.value,
        role: args.role,
        passwordHash,
        displayName: args.displayName ?? null,
      });
      if (created.kind === "exists") return invalid("email", created.message);
      await audit(ctx, { action: "user.create", target: email.value, details: { role: args.role } });
      return created.user;
    },
  }),
  updateUser: t.field({
    type: UserResultUnion,
    description: "Changes a user's role, password or disabled flag; a new password or disabling ends their sessions.",
    args: {
      userId: t.arg.string({ required: true }),
      role: t.arg({ type: RoleEnum }),
      password: t.arg.string(),
      disabled: t.arg.boolean(),
    },
    resolve: async (_root, args, ctx): Promise<UserResult> => {
      const refused = await refusal(ctx, "MANAGE_USERS");
      if (refused) return refused;
      if (!UUID.test(args.userId)) return notFound(args.userId);
      const principal = await ctx.principal();
      if (principal.userId === args.userId && ((args.role && args.role !== "ADMIN") || args.disabled)) {
        return invalid(
          args.disabled ? "disabled" : "role",
          "You cannot demote or disable yourself; ask another admin.",
        );
      }
      const change: Parameters<typeof updateUser>[2] = {};
      if (args.role) change.role = args.role;
      if (args.disabled != null) change.disabled = args.disabled;
      if (args.password != null) {
        const password = checkPassword(args.password);
        if (!password.ok) return invalid(password.field, password.message);
        change.passwordHash = await hashPassword(password.value);
      }
      const user = await updateUser(ctx.db, args.userId, change);
      if (!user) return notFound(args.userId);
      await audit(ctx, {
        action: "user.update",
        target: user.email,
        details: {
          role: args.role ?? undefined,
          disabled: args.disabled ?? undefined,
          passwordChanged: args.password != null,
        },
      });
      return user;
    },
  }),
  setUserRoleGrants: t.field({
    type: UserResultUnion,
    description:
      "Replaces a user's grants: roles held only for the assets each selection names (e.g. LAUNCHER on group:finance).",
    args: { userId: t.arg.string({ required: true }), grants: t.arg({ type: [RoleGrantInput], required: true }) },
    resolve: async (_root, args, ctx): Promise<UserResult> => {
      const refused = await refusal(ctx, "MANAGE_USERS");
      if (refused) return refused;
      if (!UUID.test(args.userId)) return notFound(args.userId);
      const grants = checkGrants(args.grants);
      if (!grants.ok) return invalid(grants.field, grants.message);
      const user = await setRoleGrants(ctx.db, args.userId, grants.value);
      if (!user) return notFound(args.userId);
      await audit(ctx, { action: "user.grants", target: user.email, details: { grants: grants.value } });
      return user;
    },
  }),
  deleteUser: t.field({
    type: DeleteUserResult,
    args: { userId: t.arg.string({ required: true }) },
    resolve: async (_root, { userId }, ctx) => {
      const refused = await refusal(ctx, "MANAGE_USERS");
      if (refused) return refused;
      if (!UUID.test(userId)) return notFound(userId);
      if ((await ctx.principal()).userId === userId)
        return invalid("userId", "You cannot delete yourself; ask another admin.");
      const user = await findUserById(ctx.db, userId);
      if (!user || !(await deleteUser(ctx.db, userId))) return notFound(userId);
      await audit(ctx, { action: "user.delete", target: user.email });
      return { kind: "deleted" as const, userId };
    },
  }),
}));
