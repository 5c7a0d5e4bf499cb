// Warm run processes for one worker. A run process loads a code location once (Node, tsx, Prisma and the user's module)
// and then executes runs one at a time, so a launched run starts in milliseconds instead of paying a process start.
// Processes are keyed by module, code version (the snapshot) and code hash (the files' content): a run always executes
// the code it was launched against, a reload that changed only a compute body still gets fresh processes, and idle
// processes of a location's old code are retired as soon as a run of its new code asks for one. Each process is retired after a number of runs or once its memory passes a
// ceiling, and a replacement is started in the background, so user code cannot accumulate state or leak for ever.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ExecutableRun, FinishedRunStatus } from "../store/runs";
import { packageRoot } from "./callChildProcess";
import { isRunProcessReport, type RunProcessRequest } from "./runProcessProtocol";

export interface RunProcessKey {
  modulePath: string;
  codeVersion: string;
  /** The location's code hash when the run was picked up; null for a location loaded before code hashes existed. */
  codeHash: string | null;
}

/** How a run in a process ended: reported, with the status the process gave the run (null: read it), or the process died. */
export type RunProcessOutcome =
  | { kind: "finished"; status: FinishedRunStatus | null }
  | { kind: "exited"; code: number | null; signal: NodeJS.Signals | null; computedSteps?: ReadonlySet<string> };

type Exit = { kind: "exited"; code: number | null; signal: NodeJS.Signals | null };

export interface RunProcessPoolOptions {
  databaseUrl: string;
  storageDir: string;
  /** Idle processes kept at most: the worker's concurrency, so every slot can start its next run warm. */
  maxIdle: number;
  /** Runs a process executes before it is replaced; 1 gives every run a fresh process (still started ahead). */
  runsPerProcess: number;
  /** A process whose resident memory passed this many megabytes after a run is replaced (where the OS reports it). */
  maxRssMb: number;
  log: (line: string) => void;
}

/** One child process; `execute` sends it a run and resolves when the run ends or the process dies. */
export class RunProcess {
  readonly key: string;
  /** The code this process was started for. */
  readonly target: RunProcessKey;
  readonly modulePath: string;
  readonly codeHash: string | null;
  runsDone = 0;
  currentRunId: string | null = null;
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  /** Resolves with the hash of the code the process loaded, once it waits for runs. */
  private readonly ready: Promise<string | null>;
  /** Set once the process waits for runs: the hash of the code it loaded. */
  private loaded: { codeHash: string | null } | null = null;
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    key: RunProcessKey,
    private readonly child: ChildProcess,
    log: (line: string) => void,
  ) {
    this.key = keyString(key);
    this.target = key;
    this.modulePath = key.modulePath;
    this.codeHash = key.codeHash;
    const prefix = () => (this.currentRunId ? `[run ${this.currentRunId.slice(0, 8)}]` : `[run process ${child.pid}]`);
    child.stdout?.on("data", (chunk: Buffer) => log(`${prefix()} ${chunk.toString().trimEnd()}`));
    child.stderr?.on("data", (chunk: Buffer) => log(`${prefix()} ${chunk.toString().trimEnd()}`));
    this.exited = new Promise((resolve) =>
      child.on("exit", (code, signal) => {
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      }),
    );
    // Starting fails like a crash would: `execute` then reports the exit.
    child.on("error", (error) => log(`[run process] could not start: ${error.message}`));
    const startedAt = Date.now();
    this.ready = new Promise((resolve) => {
      const onMessage = (message: unknown) => {
        if (isRunProcessReport(message) && message.type === "ready") {
          child.off("message", onMessage);
          log(`[run process ${child.pid}] ready: ${key.modulePath} loaded in ${Date.now() - startedAt} ms.`);
          this.loaded = { codeHash: message.codeHash };
          resolve(message.codeHash);
        }
      };
      child.on("message", onMessage);
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get alive(): boolean {
    return this.exitInfo === null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Once the process waits for runs: the hash of the code it loaded; or how it exited before that. */
  /** The code a ready process loaded, at once; null while it is still loading. */
  get loadedCode(): { codeHash: string | null } | null {
    return this.loaded;
  }

  async whenReady(): Promise<{ kind: "ready"; codeHash: string | null } | Exit> {
    const exited = this.exited.then((info): Exit => ({ kind: "exited", ...info }));
    return Promise.race([this.ready.then((codeHash) => ({ kind: "ready" as const, codeHash })), exited]);
  }

  /**
   * Sends the claimed run to the (ready) process; resolves when the run ends or the process dies, then with the steps
   * whose user code had started (the process says so before running it), which the caller fails with the run.
   */
  async execute(run: ExecutableRun): Promise<RunProcessOutcome> {
    this.currentRunId = run.id;
    const computedSteps = new Set<string>();
    let onMessage: (message: unknown) => void = () => {};
    try {
      const exited = this.exited.then((info): RunProcessOutcome => ({ kind: "exited", ...info, computedSteps }));
      const finished = new Promise<RunProcessOutcome>((resolve) => {
        onMessage = (message: unknown) => {
          if (!isRunProcessReport(message) || message.type === "ready" || message.runId !== run.id) return;
          if (message.type === "computing") computedSteps.add(message.stepKey);
          else resolve({ kind: "finished", status: message.status ?? null });
        };
        this.child.on("message", onMessage);
      });
      this.send({ type: "run", run });
      return await Promise.race([finished, exited]);
    } finally {
      this.child.off("message", onMessage);
      this.runsDone++;
      this.currentRunId = null;
    }
  }

  cancel(runId: string): void {
    this.send({ type: "cancel", runId });
  }

  kill(): void {
    if (this.alive) this.child.kill("SIGKILL");
  }

  /** Resident memory in megabytes, from /proc (Linux); null where that cannot be read. */
  rssMb(): number | null {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.child.pid}/status`, "utf8"))?.[1];
      return kb === undefined ? null : Number(kb) / 1024;
    } catch {
      return null;
    }
  }

  private send(message: RunProcessRequest): void {
    if (this.alive && this.child.connected) this.child.send(message);
  }
}

function keyString(key: RunProcessKey): string {
  return `${key.modulePath}\n${key.codeVersion}\n${key.codeHash ?? ""}`;
}

export class RunProcessPool {
  private idle: RunProcess[] = [];
  private stopped = false;

  constructor(private readonly options: RunProcessPoolOptions) {}

  /** Starts idle processes for `key` ahead of its runs until `count` wait (at most the pool's size), replacing the oldest others. */
  prewarm(key: RunProcessKey, count = 1): void {
    this.dropDead();
    this.retireOldCode(key);
    const wanted = Math.min(count, this.options.maxIdle);
    while (!this.stopped && this.idle.filter((p) => p.key === keyString(key)).length < wanted) {
      if (this.idle.length >= this.options.maxIdle) {
        const other = this.idle.findIndex((p) => p.key !== keyString(key));
        this.idle.splice(other, 1)[0]?.kill();
      }
      this.idle.push(this.start(key));
    }
  }

  /**
   * A warm process for `key` if one is idle (the one released last: its code is the most recently run and compiled),
   * else a new one. The caller hands it back with `release`.
   */
  acquire(key: RunProcessKey): RunProcess {
    this.dropDead();
    this.retireOldCode(key);
    const index = this.idle.findLastIndex((p) => p.key === keyString(key));
    if (index >= 0) return this.idle.splice(index, 1)[0]!;
    return this.start(key);
  }

  /**
   * The warm idle process released last, if any: the code the next run most likely executes (a backfill's runs all
   * run one code). The caller offers it to the run's claim, and hands it back with `release` if the run's code differs.
   */
  acquireLastWarm(): RunProcess | null {
    this.dropDead();
    const index = this.idle.findLastIndex((p) => p.loadedCode !== null);
    return index >= 0 ? this.idle.splice(index, 1)[0]! : null;
  }

  /** Keeps the process for the next run of its key, or retires it (and starts its replacement) when it has done its share. */
  release(process: RunProcess, key: RunProcessKey, reusable: boolean): void {
    if (
      this.stopped ||
      !reusable ||
      !process.alive ||
      process.runsDone >= this.options.runsPerProcess ||
      (process.rssMb() ?? 0) > this.options.maxRssMb
    ) {
      process.kill();
      this.prewarm(key);
      return;
    }
    if (this.idle.length >= this.options.maxIdle) this.idle.shift()?.kill();
    this.idle.push(process);
  }

  stop(): void {
    this.stopped = true;
    for (const process of this.idle) process.kill();
    this.idle = [];
  }

  private dropDead(): void {
    this.idle = this.idle.filter((p) => p.alive);
  }

  /** Every run of the module now executes `key`'s code (the location's current hash), so no idle process of other code is wanted. */
  private retireOldCode(key: RunProcessKey): void {
    const old = this.idle.filter((p) => p.modulePath === key.modulePath && p.codeHash !== key.codeHash);
    if (old.length === 0) return;
    for (const process of old) process.kill();
    this.idle = this.idle.filter((p) => !old.includes(p));
    this.options.log(`Retired ${old.length} idle run process(es) of ${key.modulePath}: its code changed.`);
  }

  private start(key: RunProcessKey): RunProcess {
    const root = packageRoot();
    // spawn rather than fork: bundlers try to resolve a forked module at build time.
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "lib/executor/runProcessEntry.ts")], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      env: {
        ...process.env,
        DATABASE_URL: this.options.databaseUrl,
        STRATA_MODULE_PATH: key.modulePath,
        STRATA_STORAGE_DIR: this.options.storageDir,
      },
    });
    return new RunProcess(key, child, this.options.log);
  }
}
