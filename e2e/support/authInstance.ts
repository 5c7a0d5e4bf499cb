// A second `strata dev` with sign-in configured, for the sign-in tests: its own embedded Postgres under .strata/,
// its own config file, the console build the main e2e server already made, and a way to create users in it.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";

export interface AuthInstanceOptions {
  /** The console's port, chosen before the provider starts so its redirect URI can name it. */
  port: number;
  oidc?: { issuer: string; clientId: string; clientSecret: string; displayName: string };
}

export interface AuthInstance {
  /** http://localhost:<port>, also the configured public URL. */
  url: string;
  databaseUrl: string;
  addUser(email: string, role: "VIEWER" | "LAUNCHER" | "EDITOR" | "ADMIN", password: string): Promise<void>;
  stop(): Promise<void>;
}

const ROOT = process.cwd();

/** A port nothing listens on right now (the system's pick). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForConsole(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`strata dev exited with code ${child.exitCode}:\n${output()}`);
    try {
      // By address, as the console listens on 127.0.0.1 and Node may try ::1 for localhost first.
      // Any HTTP answer will do: without a session the API answers 401, which is what sign-in is about.
      await fetch(url.replace("localhost", "127.0.0.1") + "/api/graphql?query=%7B__typename%7D");
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`strata dev did not answer at ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

export async function startAuthInstance(options: AuthInstanceOptions): Promise<AuthInstance> {
  const id = randomUUID().slice(0, 8);
  const home = path.join(ROOT, ".strata", `e2e-auth-${id}`);
  const configFile = path.join(ROOT, ".strata", `e2e-auth-${id}.config.ts`);
  const url = `http://localhost:${options.port}`;
  const pgPort = await freePort();
  mkdirSync(home, { recursive: true });
  const config = {
    codeLocations: [{ name: "user-events", module: "../examples/user-events/definitions.ts" }],
    auth: { publicUrl: url, ...(options.oidc ? { oidc: options.oidc } : {}) },
  };
  writeFileSync(
    configFile,
    `// Written by e2e/support/authInstance.ts for one test run.\nexport default ${JSON.stringify(config, null, 2)};\n`,
  );

  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/main.ts", "dev"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(options.port),
      STRATA_HOME: home,
      STRATA_CONFIG: configFile,
      STRATA_PG_PORT: String(pgPort),
      DATABASE_URL: "",
      HOST: "",
      STRATA_REUSE_BUILD: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${pgPort}/strata`;

  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      const killed = await Promise.race([
        exited.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
      ]);
      if (!killed) child.kill("SIGKILL");
    }
    rmSync(configFile, { force: true });
    rmSync(home, { recursive: true, force: true });
  };

  try {
    await waitForConsole(url, child, () => output, 240_000);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url,
    databaseUrl,
    async addUser(email, role, password) {
      await promisify(execFile)(
        process.execPath,
        ["--import", "tsx", "e2e/support/addUser.ts", email, role, password],
        { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl } },
      );
    },
    stop,
  };
}
