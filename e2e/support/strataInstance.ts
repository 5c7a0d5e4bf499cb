// A `strata dev` of its own for tests that need their own config (sign-in, code locations written by the test): its
// own embedded Postgres and home under .strata/, the console build the main e2e server already made.
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export interface StrataInstance {
  /** http://localhost:<port>. */
  url: string;
  databaseUrl: string;
  /** The instance's own directory under .strata/, removed when it stops: room for files a test writes. */
  home: string;
  stop(): Promise<void>;
}

export const ROOT = process.cwd();

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
      // Any HTTP answer will do: with sign-in on, the API answers an anonymous request with 401.
      await fetch(url.replace("localhost", "127.0.0.1") + "/api/graphql?query=%7B__typename%7D");
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`strata dev did not answer at ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

/**
 * Starts `strata dev` on `port` with `config` (strata.config.ts's object, as JSON: module paths are relative to
 * .strata/); `prepare` runs first with the instance's home, to write the files the config names.
 */
export async function startStrataInstance(options: {
  port: number;
  /** Names the home directory and the config file: .strata/e2e-<prefix>-<id>. */
  prefix: string;
  config: (home: string) => object;
  prepare?: (home: string) => void;
}): Promise<StrataInstance> {
  const id = randomUUID().slice(0, 8);
  const home = path.join(ROOT, ".strata", `e2e-${options.prefix}-${id}`);
  const configFile = path.join(ROOT, ".strata", `e2e-${options.prefix}-${id}.config.ts`);
  const url = `http://localhost:${options.port}`;
  const pgPort = await freePort();
  mkdirSync(home, { recursive: true });
  options.prepare?.(home);
  writeFileSync(
    configFile,
    `// Written by e2e/support/strataInstance.ts for one test run.\nexport default ${JSON.stringify(options.config(home), null, 2)};\n`,
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
  return { url, databaseUrl: `postgresql://postgres:postgres@127.0.0.1:${pgPort}/strata`, home, stop };
}
