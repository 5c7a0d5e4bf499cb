// `strata dev` keeps going when its console dies: a second `strata dev` of this spec's own (its own port, home and
// embedded Postgres, reusing the console build), its console SIGKILLed, back within seconds, and the worker, the
// daemon and Postgres never stopped.

import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { expect, test } from "@playwright/test";

const HOME = ".strata/e2e-supervisor";
/** Starting a fresh embedded Postgres, migrating and loading the example take a while on a busy machine. */
const START_TIMEOUT = 120_000;
/** A console killed now answers again well within this: 0.5 s of backoff and `next start` over a ready build. */
const RESTART_TIMEOUT = 30_000;
const RUN_TIMEOUT = 60_000;

interface InstanceProcess {
  id: string;
  kind: "DAEMON" | "WORKER";
  pid: number;
  startedAt: string;
  heartbeatAt: string;
  health: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port")),
      );
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** `strata dev` as a user runs it, with its output kept for the assertions (and shown when a test fails). */
class StrataDev {
  readonly output: string[] = [];
  private readonly child: ChildProcess;
  readonly exited: Promise<number | null>;

  constructor(readonly port: number) {
    this.child = spawn(process.execPath, ["--import", "tsx", "lib/cli/main.ts", "dev"], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "",
        STRATA_HOME: HOME,
        STRATA_CONFIG: "e2e/strata.e2e.config.ts",
        DATABASE_URL: "",
        STRATA_REUSE_BUILD: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let partial = "";
    const collect = (chunk: Buffer) => {
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = lines.pop() ?? "";
      this.output.push(...lines);
    };
    this.child.stdout!.on("data", collect);
    this.child.stderr!.on("data", collect);
    this.exited = new Promise((resolve) => this.child.once("exit", (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Every console pid `strata dev` logged, oldest first. */
  consolePids(): number[] {
    return this.output.flatMap((line) => /Console started \(pid (\d+)\)/.exec(line)?.[1] ?? []).map(Number);
  }

  url(pathAndQuery: string): string {
    return `http://127.0.0.1:${this.port}${pathAndQuery}`;
  }

  async answers(): Promise<boolean> {
    try {
      const response = await fetch(this.url("/api/graphql?query=%7B__typename%7D"), {
        headers: { "x-graphql-yoga-csrf": "1" },
      });
      return (
        response.ok && ((await response.json()) as { data?: { __typename?: string } }).data?.__typename === "Query"
      );
    } catch {
      return false;
    }
  }

  async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(this.url("/api/graphql"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (!body.data) throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async instanceProcesses(): Promise<InstanceProcess[]> {
    const data = await this.graphql<{ instanceProcesses: InstanceProcess[] }>(
      "{ instanceProcesses { id kind pid startedAt heartbeatAt health } }",
    );
    return data.instanceProcesses.filter((p) => p.pid === this.pid);
  }

  /** SIGTERM, as a terminal's Ctrl-C or a service manager sends; SIGKILL if it has not stopped after 30 s. */
  async stop(): Promise<number | null> {
    if (!this.running) return this.exited;
    this.child.kill("SIGTERM");
    const timeout = setTimeout(() => this.child.kill("SIGKILL"), 30_000);
    const code = await this.exited;
    clearTimeout(timeout);
    return code;
  }
}

function postmasterPid(): number {
  // The first line of postmaster.pid is the postmaster's pid; the file goes away when the server stops.
  return Number(readFileSync(`${HOME}/postgres/postmaster.pid`, "utf8").split("\n")[0]);
}

/** Stops `dev` and any console it left behind (which would hold its port); shows its output when the test failed. */
async function cleanUp(dev: StrataDev, failed: boolean): Promise<void> {
  const pids = dev.consolePids();
  await dev.stop();
  for (const pid of pids) if (alive(pid)) process.kill(pid, "SIGKILL");
  if (failed) await test.info().attach("strata dev output", { body: dev.output.join("\n"), contentType: "text/plain" });
}

test("strata dev restarts a killed console while the worker, the daemon and Postgres keep running", async () => {
  test.setTimeout(START_TIMEOUT + RESTART_TIMEOUT + RUN_TIMEOUT + 60_000);
  rmSync(HOME, { recursive: true, force: true });
  const strata = new StrataDev(await freePort());
  let failed = true;
  try {
    await restartsKilledConsole(strata);
    failed = false;
  } finally {
    await cleanUp(strata, failed);
  }
});

async function restartsKilledConsole(strata: StrataDev): Promise<void> {
  await expect.poll(() => strata.answers(), { timeout: START_TIMEOUT, intervals: [500] }).toBe(true);
  expect(strata.output).toContainEqual(expect.stringContaining(`Console: http://127.0.0.1:${strata.port}`));
  const [consolePid] = strata.consolePids();
  expect(consolePid).toBeGreaterThan(0);
  const postmaster = postmasterPid();
  await expect
    .poll(
      async () =>
        (await strata.instanceProcesses())
          .filter((p) => p.health === "HEALTHY")
          .map((p) => p.kind)
          .sort(),
      { timeout: 15_000 },
    )
    .toEqual(["DAEMON", "WORKER"]);
  const before = await strata.instanceProcesses();

  process.kill(consolePid!, "SIGKILL");
  const killedAt = Date.now();
  await expect.poll(() => strata.consolePids().length, { timeout: RESTART_TIMEOUT }).toBe(2);
  await expect.poll(() => strata.answers(), { timeout: RESTART_TIMEOUT, intervals: [100] }).toBe(true);
  test.info().annotations.push({ type: "console back after", description: `${Date.now() - killedAt} ms` });

  const restartedPid = strata.consolePids()[1]!;
  expect(restartedPid).not.toBe(consolePid);
  expect(alive(consolePid!)).toBe(false);
  expect(strata.output).toContainEqual(
    expect.stringMatching(
      new RegExp(`The console \\(pid ${consolePid}\\) was killed by SIGKILL after .*; restarting it in 500 ms`),
    ),
  );
  // The dev process, and with it the worker and the daemon, never stopped, nor did Postgres.
  expect(strata.running).toBe(true);
  expect(postmasterPid()).toBe(postmaster);
  expect(alive(postmaster)).toBe(true);
  expect(strata.output.filter((line) => line.includes("Embedded Postgres on port"))).toHaveLength(1);

  // A run launched through the restarted console is executed by the same worker.
  const launched = await strata.graphql<{ launchRun: { __typename: string; run?: { runId: string } } }>(
    `mutation { launchRun(input: { jobName: "daily_events", presetName: "small_sample", partitionKey: "2026-01-05" }) {
      __typename ... on LaunchRunSuccess { run { runId } } } }`,
  );
  expect(launched.launchRun.__typename).toBe("LaunchRunSuccess");
  const runId = launched.launchRun.run!.runId;
  await expect
    .poll(
      async () =>
        (
          await strata.graphql<{ runOrError: { status?: string } }>(
            "query ($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }",
            { id: runId },
          )
        ).runOrError.status,
      {
        timeout: RUN_TIMEOUT,
      },
    )
    .toBe("SUCCESS");

  // The same worker and daemon (same ids, started at the same time) have kept heartbeating since the kill.
  await expect
    .poll(
      async () => {
        const now = await strata.instanceProcesses();
        return before.every((p) => {
          const same = now.find((q) => q.id === p.id);
          return (
            same !== undefined &&
            same.startedAt === p.startedAt &&
            same.health === "HEALTHY" &&
            Date.parse(same.heartbeatAt) > killedAt
          );
        });
      },
      { timeout: 15_000 },
    )
    .toBe(true);

  const exitCode = await strata.stop();
  expect(exitCode).toBe(0);
  expect(alive(restartedPid)).toBe(false);
  await expect.poll(() => alive(postmaster)).toBe(false);
}
