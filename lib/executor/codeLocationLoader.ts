// Loads a code location in a child process and returns its definitions snapshot or its load error.
// User code never runs inside the web server or daemon: a broken module cannot take them down.
import path from "node:path";
import type { DefinitionsSnapshot } from "../core/definitionsSnapshot";
import { callChildProcess, packageRoot } from "./callChildProcess";

export type LoadResult =
  | {
      ok: true;
      snapshot: DefinitionsSnapshot /** The module graph's hash, read just before the import. */;
      codeHash: string;
    }
  | { ok: false; error: { message: string; stack: string | null } };

const LOAD_TIMEOUT_MS = 60_000;

export function loadCodeLocation(modulePath: string): Promise<LoadResult> {
  return callChildProcess<LoadResult>({
    entry: "lib/executor/loadDefinitionsEntry.ts",
    args: [path.resolve(packageRoot(), modulePath)],
    timeoutMs: LOAD_TIMEOUT_MS,
    onTimeout: () => ({
      ok: false,
      error: {
        message: `Loading ${modulePath} took longer than ${LOAD_TIMEOUT_MS / 1000} s; is something at module top level waiting forever?`,
        stack: null,
      },
    }),
    onFailure: (reason, stderr) => ({
      ok: false,
      error: { message: `The loader for ${modulePath} ${reason}.`, stack: stderr || null },
    }),
  });
}
