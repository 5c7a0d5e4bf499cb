// The built console served against a bench database and a headless Chromium to drive it: what every in-browser bench
// section starts from. Builds the console first when its sources changed, and finds the process that serves it, so a
// section can read that process's memory.

import { type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { type Browser, chromium, type Page } from "@playwright/test";
import { buildConsoleIfStale, startConsole } from "../lib/cli/nextServer";
import { pidHoldingPort } from "../lib/cli/portHolder";
import { freePort } from "../lib/store/embeddedPostgres";

export interface ConsoleInBrowser {
  /** The console's origin, e.g. http://localhost:41234. */
  base: string;
  browser: Browser;
  /** A 1440 × 900 page, ready for functions sent from this process (see `newBenchPage`). */
  page: Page;
  /** The process that listens on the console's port: the Node process running Next, whose memory is the server's. */
  webPid: number;
  close(): Promise<void>;
}

export interface OpenConsoleOptions {
  /** Extra environment for the console process. */
  env?: Record<string, string>;
}

export async function waitForServer(url: string, web: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (web.exitCode !== null) throw new Error(`The console exited with code ${web.exitCode}.`);
    try {
      if ((await fetch(url, { headers: { "x-graphql-yoga-csrf": "1" } })).ok) return; // a GET query needs the CSRF header
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The console did not answer at ${url}.`);
}

/** `pid` and every process below it, read from /proc (Linux only, as the bench is). */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${tree[i]}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${tree[i]}/task/${task}/children`, "utf8").trim();
        if (children) tree.push(...children.split(/\s+/).map(Number));
      } catch {
        // the task ended meanwhile
      }
    }
  }
  return tree;
}

/**
 * The process in `root`'s tree that holds the listening socket on `port`. Whatever wraps Next (npx, a CLI that
 * forks a server child), this is the process whose memory is the web server's.
 */
export function listeningPid(root: number, port: number): number {
  const pid = pidHoldingPort(port, processTree(root));
  if (pid === null) throw new Error(`No process under ${root} listens on port ${port}.`);
  return pid;
}

/** A field of /proc/<pid>/status in MB, e.g. "VmHWM" (peak resident set) or "VmRSS". */
export function processMemoryMb(pid: number, field: "VmHWM" | "VmRSS"): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match) throw new Error(`No ${field} in /proc/${pid}/status.`);
  return Number(match[1]) / 1024;
}

/** A fresh page in `browser`, sized like the e2e tests' viewport. */
export async function newBenchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // tsx keeps function names with an `__name` helper that the functions sent to the page would otherwise lack.
  await page.addInitScript({ content: "globalThis.__name = (fn) => fn;" });
  return page;
}

/** Builds the console if stale, serves it on a free port against `databaseUrl` and opens Chromium on a blank page. */
export async function openConsoleInBrowser(
  databaseUrl: string,
  options: OpenConsoleOptions = {},
): Promise<ConsoleInBrowser> {
  const root = process.cwd();
  buildConsoleIfStale(root, (line) => console.log(`  ${line}`));
  const port = await freePort();
  const web = startConsole(root, port, { ...options.env, DATABASE_URL: databaseUrl, PORT: String(port) });
  let browser: Browser | null = null;
  try {
    const base = `http://localhost:${port}`;
    await waitForServer(`${base}/api/graphql?query=%7B__typename%7D`, web);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
    });
    const page = await newBenchPage(browser);
    const opened = browser;
    return {
      base,
      browser: opened,
      page,
      webPid: listeningPid(web.pid!, port),
      close: async () => {
        await opened.close();
        await stopProcess(web);
      },
    };
  } catch (error) {
    await browser?.close();
    await stopProcess(web);
    throw error;
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timeout = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timeout);
}
