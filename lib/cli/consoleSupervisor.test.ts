import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { type ConsoleSupervisor, formatDuration, superviseConsole } from "./consoleSupervisor";

// Real child processes stand in for the console: the supervisor only sees a process that runs, exits or is killed.
const runsForever = "setInterval(() => {}, 1000)";
const fastPolicy = { initialMs: 20, maxMs: 80, resetAfterMs: 60_000 };

function startNode(script: string) {
  return () => spawn(process.execPath, ["-e", script], { stdio: "ignore" });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until<T>(probe: () => T | undefined | null | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const startedPids = (lines: string[]) =>
  lines.flatMap((line) => /^Console started \(pid (\d+)\)$/.exec(line)?.[1] ?? []).map(Number);

let supervisor: ConsoleSupervisor | null = null;
afterEach(async () => {
  await supervisor?.stop();
  supervisor = null;
});

describe("superviseConsole", () => {
  it("restarts a killed console, saying it was killed and logging the new pid", async () => {
    const lines: string[] = [];
    supervisor = superviseConsole({
      start: startNode(runsForever),
      log: (line) => lines.push(line),
      policy: fastPolicy,
    });
    const [first] = await until(() => (startedPids(lines).length === 1 ? startedPids(lines) : null));
    expect(supervisor.pid).toBe(first);

    process.kill(first!, "SIGKILL");
    const pids = await until(() => (startedPids(lines).length === 2 ? startedPids(lines) : null));
    expect(pids[1]).not.toBe(first);
    expect(supervisor.pid).toBe(pids[1]);
    expect(alive(pids[1]!)).toBe(true);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^The console \\(pid ${first}\\) was killed by SIGKILL after .*; restarting it in 20 ms\\.`),
      ),
    );
  });

  it("waits longer each time a console keeps exiting", async () => {
    const lines: string[] = [];
    supervisor = superviseConsole({
      start: startNode("process.exit(3)"),
      log: (line) => lines.push(line),
      policy: fastPolicy,
    });
    await until(() => lines.filter((line) => line.includes("exited with code 3")).length >= 4);
    const waits = lines.flatMap((line) => /restarting it in (\d+) ms/.exec(line)?.[1] ?? []).map(Number);
    expect(waits.slice(0, 4)).toEqual([20, 40, 80, 80]);
  });

  it("stops the console and does not start it again", async () => {
    const lines: string[] = [];
    supervisor = superviseConsole({
      start: startNode(runsForever),
      log: (line) => lines.push(line),
      policy: fastPolicy,
    });
    const [pid] = await until(() => (startedPids(lines).length === 1 ? startedPids(lines) : null));
    await supervisor.stop();
    expect(alive(pid!)).toBe(false);
    expect(supervisor.pid).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(startedPids(lines)).toHaveLength(1);
    expect(lines.some((line) => line.includes("restarting"))).toBe(false);
  });

  it("cancels a restart that is waiting when it stops", async () => {
    const lines: string[] = [];
    supervisor = superviseConsole({
      start: startNode("process.exit(1)"),
      log: (line) => lines.push(line),
      policy: { ...fastPolicy, initialMs: 300 },
    });
    await until(() => lines.some((line) => line.includes("restarting it in 300 ms")));
    await supervisor.stop();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(startedPids(lines)).toHaveLength(1);
  });

  it("kills a console that ignores SIGTERM once the grace period is over", async () => {
    const lines: string[] = [];
    const stubborn = `process.on("SIGTERM", () => {}); console.log("ready"); ${runsForever}`;
    let ready: Promise<void> = Promise.resolve();
    supervisor = superviseConsole({
      start: () => {
        const child = spawn(process.execPath, ["-e", stubborn], { stdio: ["ignore", "pipe", "ignore"] });
        ready = new Promise((resolve) => child.stdout.once("data", () => resolve()));
        return child;
      },
      log: (line) => lines.push(line),
      policy: fastPolicy,
      stopGraceMs: 200,
    });
    await ready;
    const pid = supervisor.pid!;
    await supervisor.stop();
    expect(alive(pid)).toBe(false);
  });
});

describe("formatDuration", () => {
  it("reads as a person would say it", () => {
    expect(formatDuration(500)).toBe("500 ms");
    expect(formatDuration(2_500)).toBe("2.5 s");
    expect(formatDuration(30_000)).toBe("30 s");
    expect(formatDuration(600_000)).toBe("10 min");
  });
});
