// Keeps the console process up while `strata dev` runs: when it exits or is killed, says why and starts it again after
// a backoff, leaving the worker, the daemon and the database alone; stop() ends it for good.
import type { ChildProcess } from "node:child_process";
import { CONSOLE_RESTART_BACKOFF, nextRestartDelay, type RestartBackoffPolicy } from "./restartBackoff";

export interface ConsoleSupervisorOptions {
  /** Starts one console process. */
  start: () => ChildProcess;
  log: (line: string) => void;
  policy?: RestartBackoffPolicy;
  /** How long stop() lets the console shut down after SIGTERM before it sends SIGKILL (default 10 s). */
  stopGraceMs?: number;
}

export interface ConsoleSupervisor {
  /** The pid of the console process running now; undefined while it waits to restart or once stopped. */
  readonly pid: number | undefined;
  /** Stops restarting, then stops the console: SIGTERM, and SIGKILL if it is still up after the grace period. */
  stop(): Promise<void>;
}

export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1_000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  return `${Math.round(ms / 60_000)} min`;
}

export function superviseConsole(options: ConsoleSupervisorOptions): ConsoleSupervisor {
  const policy = options.policy ?? CONSOLE_RESTART_BACKOFF;
  let current: ChildProcess | null = null;
  let restartTimer: NodeJS.Timeout | null = null;
  let delay: number | null = null;
  let stopping = false;

  const launch = () => {
    restartTimer = null;
    const child = options.start();
    const startedAt = Date.now();
    current = child;
    if (child.pid !== undefined) options.log(`Console started (pid ${child.pid})`);
    let ended = false;
    const onEnd = (why: string) => {
      if (ended) return;
      ended = true;
      if (current === child) current = null;
      if (stopping) return;
      const uptime = Date.now() - startedAt;
      delay = nextRestartDelay(delay, uptime, policy);
      // A Ctrl-C in a terminal reaches the console too and may end it before our own SIGINT handler runs; the
      // restart waits at least policy.initialMs, and stop() cancels it, so the console is not started again then.
      options.log(
        `The console${child.pid === undefined ? "" : ` (pid ${child.pid})`} ${why} after ${formatDuration(uptime)}; restarting it in ${formatDuration(delay)}. ` +
          "The worker, the daemon and the database keep running.",
      );
      restartTimer = setTimeout(launch, delay);
    };
    child.once("exit", (code, signal) => onEnd(signal ? `was killed by ${signal}` : `exited with code ${code}`));
    // 'error' also reports a failed kill of a live process; only a process that never started ends here.
    child.on("error", (error) => {
      if (child.pid === undefined) onEnd(`could not start (${error.message})`);
    });
  };

  launch();

  return {
    get pid() {
      return current?.pid;
    },
    async stop() {
      stopping = true;
      if (restartTimer) clearTimeout(restartTimer);
      restartTimer = null;
      const child = current;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        const escalate = setTimeout(() => child.kill("SIGKILL"), options.stopGraceMs ?? 10_000);
        child.once("exit", () => {
          clearTimeout(escalate);
          resolve();
        });
        child.kill("SIGTERM");
      });
    },
  };
}
