// A second `strata dev` with sign-in configured, for the sign-in tests, and a way to create users in it.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ROOT, type StrataInstance, startStrataInstance } from "./strataInstance";

export { freePort } from "./strataInstance";

export interface AuthInstanceOptions {
  /** The console's port, chosen before the provider starts so its redirect URI can name it. */
  port: number;
  oidc?: { issuer: string; clientId: string; clientSecret: string; displayName: string };
}

export interface AuthInstance extends StrataInstance {
  addUser(email: string, role: "VIEWER" | "LAUNCHER" | "EDITOR" | "ADMIN", password: string): Promise<void>;
}

export async function startAuthInstance(options: AuthInstanceOptions): Promise<AuthInstance> {
  const url = `http://localhost:${options.port}`;
  const instance = await startStrataInstance({
    port: options.port,
    prefix: "auth",
    config: () => ({
      codeLocations: [{ name: "user-events", module: "../examples/user-events/definitions.ts" }],
      auth: { publicUrl: url, ...(options.oidc ? { oidc: options.oidc } : {}) },
    }),
  });
  return {
    ...instance,
    async addUser(email, role, password) {
      await promisify(execFile)(
        process.execPath,
        ["--import", "tsx", "e2e/support/addUser.ts", email, role, password],
        { cwd: ROOT, env: { ...process.env, DATABASE_URL: instance.databaseUrl } },
      );
    },
  };
}
