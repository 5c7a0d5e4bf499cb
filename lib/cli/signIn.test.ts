// The command line with sign-in on: API tokens decide what a command may do, `users` bootstraps the first admin,
// `tokens` prints a secret once, and every change names its actor in the audit log.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueApiToken } from "../auth/apiTokens";
import { verifyPassword } from "../auth/passwords";
import { listAuditEvents } from "../store/auditLog";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { findUserByEmail, passwordHashOf } from "../store/users";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

function strata(args: string[], options: { token?: string; input?: string } = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    STRATA_CONFIG: path.resolve("lib/cli/testdata/signIn.config.ts"),
  };
  delete env.STRATA_TOKEN;
  if (options.token) env.STRATA_TOKEN = options.token;
  const result = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", ...args], {
    encoding: "utf8",
    env,
    input: options.input ?? "",
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

async function token(name: string, role: "VIEWER" | "LAUNCHER" | "EDITOR" | "ADMIN") {
  const issued = await issueApiToken(database.db, { name, role, createdBy: "test" });
  if (issued.kind !== "success") throw new Error(issued.message);
  return issued.secret;
}

describe("users", () => {
  it("adds the first admin without a token, and nobody after that", async () => {
    const first = strata(["users", "add", "Alice@Example.com", "--role", "ADMIN", "--password-stdin"], {
      input: "correct horse battery\n",
    });
    expect(first).toMatchObject({
      code: 0,
      output: expect.stringContaining("Added alice@example.com  ADMIN  (password)"),
    });
    const stored = await passwordHashOf(database.db, "alice@example.com");
    expect(await verifyPassword(stored!.passwordHash!, "correct horse battery")).toBe(true);

    const second = strata(["users", "add", "bob@example.com", "--role", "VIEWER"]);
    expect(second.code).toBe(1);
    expect(second.output).toContain("set STRATA_TOKEN to one created under Admin › API tokens in the console");
    expect(await findUserByEmail(database.db, "bob@example.com")).toBeNull();
  }, 60_000);

  it("an admin token adds users with a generated password, grants roles on selections and refuses bad input by name", async () => {
    const admin = await token("cli-admin", "ADMIN");
    const added = strata(["users", "add", "bob@example.com", "--role", "VIEWER"], { token: admin });
    expect(added.code).toBe(0);
    expect(added.output).toMatch(/Password \(shown once; they can sign in with it now\): \S{20}/);
    expect(strata(["users", "grant", "bob@example.com", "LAUNCHER", "group:finance"], { token: admin })).toMatchObject({
      code: 0,
      output: expect.stringContaining("bob@example.com holds LAUNCHER on group:finance."),
    });
    expect(strata(["users", "grant", "bob@example.com", "LAUNCHER", "group:("], { token: admin })).toMatchObject({
      code: 2,
      output: expect.stringContaining("grants.1.selection:"),
    });
    expect(strata(["users", "add", "carol@example.com", "--role", "OWNER"], { token: admin })).toMatchObject({
      code: 2,
      output: expect.stringContaining('role: one of VIEWER, LAUNCHER, EDITOR, ADMIN, got "OWNER"'),
    });
    expect(
      strata(["users", "add", "dave@example.com", "--role", "VIEWER", "--password-stdin"], {
        token: admin,
        input: "short\n",
      }),
    ).toMatchObject({
      code: 2,
      output: expect.stringContaining("password: at least 12 characters, got 5"),
    });
    const listed = strata(["users"], { token: admin });
    expect(listed.output).toContain("bob@example.com  VIEWER  (password)  grants: LAUNCHER on group:finance");
    const events = await listAuditEvents(database.db, { limit: 20 });
    expect(events.map((e) => [e.actor, e.action, e.target])).toContainEqual([
      "token:cli-admin",
      "user.grants",
      "bob@example.com",
    ]);
    expect(events.map((e) => [e.actor, e.action, e.target])).toContainEqual([
      "cli",
      "user.create",
      "alice@example.com",
    ]);
  }, 60_000);

  it("a token without the admin role manages no users", async () => {
    const editor = await token("cli-editor", "EDITOR");
    const refused = strata(["users", "remove", "bob@example.com"], { token: editor });
    expect(refused).toMatchObject({
      code: 1,
      output: expect.stringContaining(
        "Managing users needs the Admin role (permission MANAGE_USERS); token:cli-editor is an Editor.",
      ),
    });
  }, 60_000);
});

describe("tokens", () => {
  it("creates a token shown once, lists it without its secret, and revokes it", async () => {
    const admin = await token("tokens-admin", "ADMIN");
    const created = strata(["tokens", "create", "ci", "--role", "LAUNCHER", "--expires-in-days", "30"], {
      token: admin,
    });
    expect(created.code).toBe(0);
    const secret = created.output.trim().split("\n").at(-1)!;
    expect(secret).toMatch(/^strata_[\w-]{43}$/);
    const listed = strata(["tokens"], { token: admin });
    expect(listed.output).toMatch(
      /^ci {2}LAUNCHER {2}live {2}expires \d{4}-\d\d-\d\d {2}never used {2}\(by token:tokens-admin\)$/m,
    );
    expect(listed.output).not.toContain(secret);
    expect(strata(["tokens", "create", "ci", "--role", "VIEWER"], { token: admin })).toMatchObject({
      code: 2,
      output: expect.stringContaining('a token named "ci" already exists'),
    });
    expect(
      strata(["tokens", "create", "x", "--role", "VIEWER", "--expires-in-days", "0"], { token: admin }),
    ).toMatchObject({
      code: 2,
      output: expect.stringContaining("--expires-in-days: a whole number of days from 1 to 3650, got 0"),
    });
    expect(strata(["tokens", "revoke", "ci"], { token: admin })).toMatchObject({
      code: 0,
      output: expect.stringContaining("Revoked ci"),
    });
    expect(strata(["jobs"], { token: secret })).toMatchObject({
      code: 1,
      output: expect.stringContaining("STRATA_TOKEN is not a live API token"),
    });
  }, 90_000);
});

describe("launching with a token", () => {
  it("fails clearly without a token, and launches as the token with one that allows it", async () => {
    const refused = strata(["materialize", "--select", "test/total", "--no-wait"]);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(
      "Sign-in is on for this instance (auth in strata.config.ts), so the command line needs an API token",
    );
    expect(await database.db.run.count()).toBe(0);

    const viewer = await token("cli-viewer", "VIEWER");
    expect(strata(["materialize", "--select", "test/total", "--no-wait"], { token: viewer })).toMatchObject({
      code: 1,
      output: expect.stringContaining(
        "Launching runs needs the Launcher role (permission LAUNCH_RUNS); token:cli-viewer is a Viewer.",
      ),
    });
    expect(await database.db.run.count()).toBe(0);

    const launcher = await token("cli-launcher", "LAUNCHER");
    expect(strata(["materialize", "--select", "test/total", "--no-wait"], { token: launcher }).code).toBe(0);
    const runs = await database.db.run.findMany({ select: { launchedBy: true } });
    expect(runs).toEqual([{ launchedBy: "token:cli-launcher" }]);
  }, 90_000);
});
