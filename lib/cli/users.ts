// `strata users add|list|set-role|grant|disable|enable|remove`: console users from the command line; `add` creates the first admin.
import { parseArgs } from "node:util";
import { hashPassword } from "../auth/passwords";
import { newSecret } from "../auth/secrets";
import { checkEmail, checkGrants, checkPassword, checkRole } from "../auth/userInput";
import type { Database } from "../store/database";
import {
  countUsers,
  createUser,
  deleteUser,
  findUserByEmail,
  listUsers,
  setRoleGrants,
  type UserRecord,
  updateUser,
} from "../store/users";
import type { CliCaller } from "./cliCaller";

export const usersUsage = `usage: strata users                                         list users with their roles and grants
       strata users add <email> --role <role> [--password-stdin | --oidc-only]
                                                           add a user (a generated password is printed once unless given)
       strata users set-role <email> <role>                VIEWER, LAUNCHER, EDITOR or ADMIN
       strata users grant <email> <role> <selection>       a role for some assets only, e.g. LAUNCHER 'group:finance'
       strata users revoke-grants <email>                  remove every grant
       strata users disable|enable <email>                 a disabled user cannot sign in (their sessions end)
       strata users remove <email>`;

export interface UsersIo {
  log: (line: string) => void;
  /** The first line of standard input, for --password-stdin. */
  readStdin: () => Promise<string>;
}

const describe = (user: UserRecord) => {
  const how =
    [user.hasPassword ? "password" : null, user.signsInWithOidc ? "OIDC" : null].filter(Boolean).join(" + ") ||
    "no sign-in yet";
  const grants = user.grants.map((g) => `${g.role} on ${g.selection}`).join(", ");
  return `${user.email}  ${user.role}${user.disabled ? "  DISABLED" : ""}  (${how})${grants ? `  grants: ${grants}` : ""}`;
};

export async function usersFromCli(db: Database, args: string[], io: UsersIo, caller: CliCaller): Promise<number> {
  const { log } = io;
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { role: { type: "string" }, "password-stdin": { type: "boolean" }, "oidc-only": { type: "boolean" } },
    });
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\n${usersUsage}`);
    return 2;
  }
  const [action, email, ...rest] = parsed.positionals;
  // The very first user can be added by whoever holds the database; after that, users are an admin's to manage.
  if (!(action === "add" && (await countUsers(db)) === 0)) caller.require("MANAGE_USERS");
  if (action === undefined || action === "list") {
    const users = await listUsers(db);
    if (users.length === 0) log("No users yet. Add the first admin with `strata users add <email> --role ADMIN`.");
    for (const user of users) log(describe(user));
    return 0;
  }
  if (!email) {
    log(usersUsage);
    return 2;
  }
  const checkedEmail = checkEmail(email);
  if (!checkedEmail.ok) {
    log(checkedEmail.message);
    return 2;
  }
  if (action === "add") {
    const role = checkRole(parsed.values.role ?? "");
    if (!role.ok) {
      log(`${role.message}\n${usersUsage}`);
      return 2;
    }
    let password: string | null = null;
    let generated = false;
    if (parsed.values["password-stdin"]) password = (await io.readStdin()).replace(/\r?\n$/, "");
    else if (!parsed.values["oidc-only"]) {
      password = newSecret().slice(0, 20);
      generated = true;
    }
    if (password !== null) {
      const checked = checkPassword(password);
      if (!checked.ok) {
        log(checked.message);
        return 2;
      }
    }
    const created = await createUser(db, {
      email: checkedEmail.value,
      role: role.value,
      passwordHash: password === null ? null : await hashPassword(password),
    });
    if (created.kind === "exists") {
      log(created.message);
      return 1;
    }
    await caller.audit(db, { action: "user.create", target: checkedEmail.value, details: { role: role.value } });
    log(`Added ${describe(created.user)}.`);
    if (generated) log(`Password (shown once; they can sign in with it now): ${password}`);
    return 0;
  }
  const user = await findUserByEmail(db, checkedEmail.value);
  if (!user) {
    log(`No user ${checkedEmail.value}. \`strata users\` lists them.`);
    return 1;
  }
  switch (action) {
    case "set-role": {
      const role = checkRole(rest[0] ?? "");
      if (!role.ok) {
        log(role.message);
        return 2;
      }
      await updateUser(db, user.id, { role: role.value });
      await caller.audit(db, { action: "user.update", target: user.email, details: { role: role.value } });
      log(`${user.email} is now ${role.value}.`);
      return 0;
    }
    case "grant": {
      const grants = checkGrants([...user.grants, { role: rest[0] ?? "", selection: rest.slice(1).join(" ") }]);
      if (!grants.ok) {
        log(grants.message);
        return 2;
      }
      await setRoleGrants(db, user.id, grants.value);
      await caller.audit(db, { action: "user.grants", target: user.email, details: { grants: grants.value } });
      log(`${user.email} holds ${grants.value.map((g) => `${g.role} on ${g.selection}`).join(", ")}.`);
      return 0;
    }
    case "revoke-grants":
      await setRoleGrants(db, user.id, []);
      await caller.audit(db, { action: "user.grants", target: user.email, details: { grants: [] } });
      log(`${user.email} holds no grants.`);
      return 0;
    case "disable":
    case "enable":
      await updateUser(db, user.id, { disabled: action === "disable" });
      await caller.audit(db, {
        action: "user.update",
        target: user.email,
        details: { disabled: action === "disable" },
      });
      log(`${user.email} is ${action === "disable" ? "disabled" : "enabled"}.`);
      return 0;
    case "remove":
      await deleteUser(db, user.id);
      await caller.audit(db, { action: "user.delete", target: user.email });
      log(`Removed ${user.email}.`);
      return 0;
    default:
      log(usersUsage);
      return 2;
  }
}
