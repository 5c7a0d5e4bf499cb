// Builds the console when its sources changed since the last build, then serves it with `next start`.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { DEFAULT_CONSOLE_HOST } from "./consoleHost";

const SOURCE_ROOTS = [
  "app",
  "components",
  "graphql",
  "lib",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    if (child === "node_modules" || child === "generated" || child.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

function nextBin(root: string): string {
  return path.join(root, "node_modules/next/dist/bin/next");
}

export function buildConsoleIfStale(root: string, log: (line: string) => void): void {
  const buildId = path.join(root, ".next/BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  // A second instance serving the same checkout (another port, another STRATA_HOME) must not rebuild .next under the
  // console that is already serving it: the running console would lose the chunks its pages ask for.
  if (builtAt && process.env.STRATA_REUSE_BUILD === "1") return;
  const changedAt = Math.max(...SOURCE_ROOTS.map((p) => newestMtime(path.join(root, p))));
  if (builtAt > changedAt) return;
  log(
    builtAt
      ? "Sources changed since the last build; rebuilding the console…"
      : "Building the console (first start only)…",
  );
  const result = spawnSync(process.execPath, [nextBin(root), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("The console failed to build (see the output above).");
}

export interface StartConsoleOptions {
  /** The address to listen on (default 127.0.0.1: this machine only; Next's own default is every interface). */
  host?: string;
}

export function startConsole(
  root: string,
  port: number,
  env: Record<string, string>,
  options: StartConsoleOptions = {},
): ChildProcess {
  const host = options.host ?? DEFAULT_CONSOLE_HOST;
  return spawn(process.execPath, [nextBin(root), "start", "-p", String(port), "-H", host], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}
