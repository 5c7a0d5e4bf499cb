// Runs a TypeScript entry in a child process and waits for the one message it sends back: how code locations are
// loaded and sensors evaluated, so user code never runs in the web server or daemon, and a hang or crash becomes a
// result instead of taking them down.
import { spawn } from "node:child_process";
import path from "node:path";

export interface ChildProcessCall<T> {
  /** The entry, relative to the package root, e.g. "lib/executor/loadDefinitionsEntry.ts". */
  entry: string;
  args: readonly string[];
  env?: Readonly<Record<string, string>>;
  timeoutMs: number;
  /** The result when the child runs too long (it is killed). */
  onTimeout: () => T;
  /** The result when the child fails to start or exits without a message; `stderr` is its last output. */
  onFailure: (reason: string, stderr: string) => T;
}

export function packageRoot(): string {
  return process.env.STRATA_PACKAGE_ROOT ?? process.cwd();
}

export function callChildProcess<T>(call: ChildProcessCall<T>): Promise<T> {
  const root = packageRoot();
  return new Promise((resolve) => {
    let settled = false;
    let stderr = "";
    const finish = (result: T) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      resolve(result);
    };
    // spawn rather than fork: bundlers try to resolve a forked module at build time.
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, call.entry), ...call.args], {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env: { ...process.env, ...call.env },
    });
    const timer = setTimeout(() => finish(call.onTimeout()), call.timeoutMs);
    child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
    child.on("message", (message) => finish(message as T));
    child.on("error", (error) => finish(call.onFailure(error.message, stderr)));
    child.on("exit", (code) => finish(call.onFailure(`exited with code ${code} before reporting`, stderr)));
  });
}
