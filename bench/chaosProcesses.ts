// Starts `strata worker` and `strata daemon` as the separate processes a deployment runs, so the chaos suite can
// SIGKILL them for real, and stops whatever is left at the end, each wait bounded.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export interface StrataProcessEnv {
  databaseUrl: string;
  strataHome: string;
  configPath: string;
}

export interface StrataProcess {
  kind: "worker" | "daemon";
  child: ChildProcess;
  /** The last lines it printed, for a failure message. */
  output(): string;
}

const READY = { worker: /is waiting for runs/, daemon: /Daemon running/ } as const;
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

/** Spawns `strata <kind>` and resolves once it says it is ready; rejects if it exits or stays silent for a minute. */
export async function startStrataProcess(
  kind: StrataProcess["kind"],
  env: StrataProcessEnv,
  log: (line: string) => void = () => {},
): Promise<StrataProcess> {
  const args = kind === "worker" ? ["worker", "--concurrency", "2"] : ["daemon"];
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("lib/cli/main.ts"), ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: env.databaseUrl, STRATA_HOME: env.strataHome, STRATA_CONFIG: env.configPath },
  });
  let output = "";
  const handle: StrataProcess = { kind, child, output: () => output };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`strata ${kind} was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output}`)),
      READY_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output = (output + text).slice(-8_000);
      for (const line of text.split("\n")) if (line.trim()) log(`[${kind} ${child.pid}] ${line}`);
      if (READY[kind].test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`strata ${kind} exited (${signal ?? code}) before it was ready:\n${output}`));
    });
  });
  return handle;
}

/** SIGKILL: no shutdown code runs, as when a machine is lost; resolves once the process is gone. */
export async function killStrataProcess(handle: StrataProcess): Promise<void> {
  if (handle.child.exitCode !== null || handle.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => handle.child.once("exit", () => resolve()));
  handle.child.kill("SIGKILL");
  await exited;
}

/** SIGTERM, then SIGKILL if it has not stopped within ten seconds. */
export async function stopStrataProcess(handle: StrataProcess): Promise<void> {
  if (handle.child.exitCode !== null || handle.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => handle.child.once("exit", () => resolve()));
  handle.child.kill("SIGTERM");
  const timer = setTimeout(() => handle.child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
