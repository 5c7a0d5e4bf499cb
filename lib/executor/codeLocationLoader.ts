// Loads a code location in a child process and returns its definitions snapshot or its load error.
// User code never runs inside the web server or daemon: a broken module cannot take them down.
import { spawn } from "node:child_process";
import path from "node:path";
import type { DefinitionsSnapshot } from "../core/definitionsSnapshot";

export type LoadResult =
  | { ok: true; snapshot: DefinitionsSnapshot }
  | { ok: false; error: { message: string; stack: string | null } };

const LOAD_TIMEOUT_MS = 60_000;

function packageRoot(): string {
  return process.env.STRATA_PACKAGE_ROOT ?? process.cwd();
}

export function loadCodeLocation(modulePath: string): Promise<LoadResult> {
  const root = packageRoot();
  const entry = path.join(root, "lib/executor/loadDefinitionsEntry.ts");
  return new Promise((resolve) => {
    let settled = false;
    let stderr = "";
    const finish = (result: LoadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      resolve(result);
    };
    // spawn rather than fork: bundlers try to resolve a forked module at build time.
    const child = spawn(process.execPath, ["--import", "tsx", entry, path.resolve(root, modulePath)], {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    const timer = setTimeout(
      () => finish({ ok: false, error: { message: `Loading ${modulePath} took longer than ${LOAD_TIMEOUT_MS / 1000} s; is something at module top level waiting forever?`, stack: null } }),
      LOAD_TIMEOUT_MS,
    );
    child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
    child.on("message", (message) => finish(message as LoadResult));
    child.on("error", (error) => finish({ ok: false, error: { message: error.message, stack: error.stack ?? null } }));
    child.on("exit", (code) =>
      finish({ ok: false, error: { message: `The loader for ${modulePath} exited with code ${code} before reporting.`, stack: stderr || null } }),
    );
  });
}
