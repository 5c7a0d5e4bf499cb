// The console under a storm of heavy and refused GraphQL requests: a few hundred distinct documents (thousands of
// aliases, 20,000-deep nesting, hundreds of thousands of tokens, many alias-heavy documents that each miss every
// document cache), oversized bodies and cross-site form posts, in three storms. Prints the console process's memory
// before and after each (resident memory from /proc, and the V8 heap after a full collection from diagnostics Node
// writes on signals: nothing new is exposed on the network to read either), the responses by status, and how a normal
// query answers after the storms. It reports what it sees, whatever limits the API has.
import type { ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { AssetNodesQueryDocument } from "../components/assets/useAssetNodes";
import { buildConsoleIfStale, startConsole } from "../lib/cli/nextServer";
import { consoleSettingsToEnv, DEFAULT_CONSOLE_SETTINGS } from "../lib/core/consoleSettings";
import { freePort } from "../lib/store/embeddedPostgres";
import { listeningPid } from "./consoleInBrowser";
import { type BenchContext, createBenchDatabase, storeSyntheticLocation } from "./context";
import { percentile } from "./report";

const ASSET_NODES_QUERY = AssetNodesQueryDocument.toString();

const ASSETS = 50;
/** Requests in flight at once: a storm, but one that a 2-core machine finishes in minutes. */
const CONCURRENCY = 4;
/** A request still unanswered after this counts as "timeout"; the server may still be working on it. */
const REQUEST_TIMEOUT_MS = 60_000;
const LATENCY_SAMPLES = 100;
/** Storms in a row: a heap that stays bounded grows in the first and stops growing in the next ones. */
const ROUNDS = 3;
/** A page loaded from elsewhere, posting a form at the console. */
const CROSS_SITE = {
  origin: "https://attacker.example",
  referer: "https://attacker.example/",
  "sec-fetch-site": "cross-site",
  "sec-fetch-mode": "navigate",
  "sec-fetch-dest": "document",
};

interface Attack {
  category: string;
  init: RequestInit & { method: "GET" | "POST" };
  /** Appended to /api/graphql (for GET). */
  query?: string;
}

const json = (body: unknown): Pick<RequestInit, "headers" | "body"> => ({
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});
const post = (category: string, query: string): Attack => ({ category, init: { method: "POST", ...json({ query }) } });

/**
 * Each document differs from every other, in this round and the others (operation names, alias prefixes), so no parse,
 * validation or compile cache helps.
 */
function attacks(round: number): Attack[] {
  const list: Attack[] = [];
  const aliases = (i: number, count: number, field: string) =>
    Array.from({ length: count }, (_, j) => `r${round}a${i}_${j}: ${field}`).join(" ");
  for (let i = 0; i < 10; i++)
    list.push(
      post("2,000 aliases of assetNodes", `query AliasesR${round}_${i} { ${aliases(i, 2_000, "assetNodes { id }")} }`),
    );
  for (let i = 0; i < 10; i++)
    list.push(
      post("2,000 aliases of __typename", `query TypenamesR${round}_${i} { ${aliases(i, 2_000, "__typename")} }`),
    );
  for (let i = 0; i < 10; i++) {
    const depth = 20_000;
    list.push(
      post(
        "20,000-deep nesting",
        `query DeepR${round}_${i} { assetNodes { ${`d${i} { `.repeat(depth)}id${" }".repeat(depth)} } }`,
      ),
    );
  }
  // A list literal of 100,000 items: about 200,000 tokens, without the quadratic field-merging check that many
  // identical fields would add, so what is measured is the parser.
  for (let i = 0; i < 10; i++)
    list.push(
      post(
        "200,000 tokens",
        `query TokensR${round}_${i} { assetNodes(selection: "t${i}", pad: [${"0,".repeat(100_000)}]) { id } }`,
      ),
    );
  for (let i = 0; i < 200; i++)
    list.push(
      post(
        "200 distinct alias-heavy documents",
        `query DistinctR${round}_${i} { ${aliases(i, 100, "codeLocations { name }")} }`,
      ),
    );
  for (let i = 0; i < 10; i++) {
    list.push({
      category: "10 MB bodies",
      init: {
        method: "POST",
        ...json({ query: `query BigR${round}_${i} { __typename }`, variables: { pad: "x".repeat(10 * 1024 * 1024) } }),
      },
    });
  }
  for (let i = 0; i < 20; i++) {
    const body = new URLSearchParams({ query: `mutation CrossSiteFormR${round}_${i} { __typename }` }).toString();
    list.push({
      category: "cross-site form posts",
      init: { method: "POST", headers: { ...CROSS_SITE, "content-type": "application/x-www-form-urlencoded" }, body },
    });
  }
  for (let i = 0; i < 15; i++) {
    const body = JSON.stringify({ query: `mutation CrossSiteTextR${round}_${i} { __typename }` });
    list.push({
      category: "cross-site form posts",
      init: { method: "POST", headers: { ...CROSS_SITE, "content-type": "text/plain" }, body },
    });
  }
  for (let i = 0; i < 15; i++) {
    const form = new FormData();
    form.set("operations", JSON.stringify({ query: `mutation CrossSiteMultipartR${round}_${i} { __typename }` }));
    form.set("map", "{}");
    list.push({ category: "cross-site form posts", init: { method: "POST", headers: CROSS_SITE, body: form } });
  }
  for (let i = 0; i < 10; i++) {
    list.push({
      category: "cross-site GET (no CSRF header)",
      init: { method: "GET", headers: CROSS_SITE },
      query: `?query=${encodeURIComponent(`query CrossSiteGetR${round}_${i} { __typename }`)}`,
    });
  }
  return list;
}

interface Outcome {
  category: string;
  /** The HTTP status, with " errors" when the body is GraphQL errors without data (GraphQL refusals often come as 200); "timeout" or "closed" without an answer. */
  status: string;
  /** The first GraphQL error's message, if any: says which limit, if any, refused the request. */
  message?: string;
  ms: number;
}

async function send(base: string, attack: Attack): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}/api/graphql${attack.query ?? ""}`, {
      ...attack.init,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    let body: { data?: unknown; errors?: { message?: string }[] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // not JSON: an HTML error page or an empty body
    }
    const refused = body.errors !== undefined && (body.data === undefined || body.data === null);
    return {
      category: attack.category,
      status: `${response.status}${refused ? " errors" : ""}`,
      message: body.errors?.[0]?.message,
      ms: performance.now() - started,
    };
  } catch (error) {
    const status =
      error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError") ? "timeout" : "closed";
    return { category: attack.category, status, ms: performance.now() - started };
  }
}

/** The most frequent error message among `outcomes`, shortened. */
function commonMessage(outcomes: readonly Outcome[]): string {
  const counts = new Map<string, number>();
  for (const { message } of outcomes) if (message) counts.set(message, (counts.get(message) ?? 0) + 1);
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return top ? (top[0].length > 90 ? `${top[0].slice(0, 87)}...` : top[0]) : "";
}

async function inPool<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await fn(items[index]!);
      }
    }),
  );
  return results;
}

interface Memory {
  rss: number;
  peak: number;
  anon: number;
}

/** VmRSS, VmHWM (peak resident) and RssAnon (heap and other anonymous memory) from /proc/<pid>/status, in MB. */
function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) / 1024;
  return { rss: field("VmRSS"), peak: field("VmHWM"), anon: field("RssAnon") };
}

/** Written by the console on these signals (see NODE_OPTIONS below); SIGUSR1 is left alone, since it opens the inspector. */
const REPORT_SIGNAL = "SIGUSR2";
const HEAP_SNAPSHOT_SIGNAL = "SIGTTIN";

/** A file the console writes into `dir` on `signal`, once it has stopped growing. */
async function writtenOnSignal(
  pid: number,
  dir: string,
  signal: NodeJS.Signals,
  suffix: string,
): Promise<string | null> {
  const before = new Set(readdirSync(dir));
  process.kill(pid, signal);
  const deadline = Date.now() + 60_000;
  let lastSize = -1;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const name = readdirSync(dir).find((file) => !before.has(file) && file.endsWith(suffix));
    if (!name) continue;
    const size = statSync(path.join(dir, name)).size;
    if (size > 0 && size === lastSize) return path.join(dir, name);
    lastSize = size;
  }
  return null;
}

/**
 * The V8 heap in use, in MB, from the diagnostic report Node writes on a signal. A heap snapshot is taken first and
 * thrown away: taking one runs a full garbage collection, so what is left in use is what the console keeps, not
 * garbage V8 has not collected yet.
 */
async function heapOf(pid: number, reportDir: string): Promise<{ used: number; total: number } | null> {
  const snapshot = await writtenOnSignal(pid, reportDir, HEAP_SNAPSHOT_SIGNAL, ".heapsnapshot");
  if (snapshot) rmSync(snapshot);
  const before = new Set(readdirSync(reportDir));
  process.kill(pid, REPORT_SIGNAL);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const written = readdirSync(reportDir).find((name) => !before.has(name) && name.endsWith(".json"));
    if (written) {
      try {
        const report = JSON.parse(readFileSync(path.join(reportDir, written), "utf8")) as {
          javascriptHeap: { usedMemory: number; totalMemory: number };
        };
        return { used: report.javascriptHeap.usedMemory / 2 ** 20, total: report.javascriptHeap.totalMemory / 2 ** 20 };
      } catch {
        // still being written
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

async function waitForConsole(base: string, web: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (web.exitCode !== null) throw new Error(`The console exited with code ${web.exitCode}.`);
    if (
      await normalQuery(base).then(
        (ok) => ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The console did not answer at ${base}.`);
}

/** The catalog's query, as the console sends it; true when it answered with data. */
async function normalQuery(base: string): Promise<boolean> {
  const response = await fetch(`${base}/api/graphql`, {
    method: "POST",
    ...json({ query: ASSET_NODES_QUERY, variables: {} }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body = (await response.json()) as { data?: { assetNodes?: unknown[] } };
  return response.ok && body.data?.assetNodes?.length === ASSETS;
}

async function latencies(base: string, samples: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    if (!(await normalQuery(base))) throw new Error("The catalog query did not answer with every asset.");
    times.push(performance.now() - started);
  }
  return times;
}

function stopConsole(web: ChildProcess): Promise<void> {
  if (web.exitCode !== null || web.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const escalate = setTimeout(() => web.kill("SIGKILL"), 10_000);
    web.once("exit", () => {
      clearTimeout(escalate);
      resolve();
    });
    web.kill("SIGTERM");
  });
}

export async function benchSecurity(ctx: BenchContext): Promise<void> {
  const { url, db } = await createBenchDatabase(ctx, "bench_security");
  await storeSyntheticLocation(ctx, db, "security", { assets: ASSETS });
  await db.$disconnect();

  const root = process.cwd();
  buildConsoleIfStale(root, (line) => console.log(`  ${line}`));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // As `strata dev` starts it without sign-in: loopback only, everyone who reaches it is the local admin.
  const reportDir = path.join(ctx.workDir, "security-reports");
  mkdirSync(reportDir, { recursive: true });
  const web = startConsole(root, port, {
    ...consoleSettingsToEnv(DEFAULT_CONSOLE_SETTINGS),
    DATABASE_URL: url,
    PORT: String(port),
    NODE_OPTIONS:
      `${process.env.NODE_OPTIONS ?? ""} --report-on-signal --report-signal=${REPORT_SIGNAL} --report-compact --report-directory=${reportDir} --heapsnapshot-signal=${HEAP_SNAPSHOT_SIGNAL} --diagnostic-dir=${reportDir}`.trim(),
  });
  try {
    await waitForConsole(base, web);
    const pid = listeningPid(web.pid!, port);
    const warm = await latencies(base, 30);
    // The heap first: its snapshot costs resident memory that glibc keeps, so the resident baseline is taken after it,
    // and no snapshot is taken again until the storms' resident figures are in.
    const heapBefore = await heapOf(pid, reportDir);
    const before = memoryOf(pid);
    ctx.report.record("catalog query (50 assets) before the storm", "ms", warm);
    ctx.report.record("console VmRSS before the storm", "MB", [before.rss]);
    ctx.report.record("console RssAnon (heap and other anonymous) before the storm", "MB", [before.anon]);
    if (heapBefore) ctx.report.record("console V8 heap used before the storm", "MB", [heapBefore.used]);

    const outcomes: Outcome[] = [];
    const started = performance.now();
    for (let round = 1; round <= ROUNDS; round++) {
      const storm = attacks(round);
      console.log(`  Storm ${round} of ${ROUNDS}: ${storm.length} distinct requests, ${CONCURRENCY} at a time…`);
      outcomes.push(...(await inPool(storm, CONCURRENCY, (attack) => send(base, attack))));
      ctx.report.record(`console VmRSS after storm ${round}`, "MB", [memoryOf(pid).rss], {
        baseline: "console VmRSS before the storm",
      });
    }
    const after = memoryOf(pid);
    const heapAfter = await heapOf(pid, reportDir);
    if (heapAfter)
      ctx.report.record(`console V8 heap used after storm ${ROUNDS}`, "MB", [heapAfter.used], {
        baseline: "console V8 heap used before the storm",
      });
    // One storm more once the caches are full: a bounded heap ends where it was before it.
    console.log(`  Storm ${ROUNDS + 1}: ${attacks(ROUNDS + 1).length} distinct requests more…`);
    outcomes.push(...(await inPool(attacks(ROUNDS + 1), CONCURRENCY, (attack) => send(base, attack))));
    const heapLast = await heapOf(pid, reportDir);
    if (heapLast)
      ctx.report.record(`console V8 heap used after storm ${ROUNDS + 1}`, "MB", [heapLast.used], {
        baseline: `console V8 heap used after storm ${ROUNDS}`,
      });
    const stormMs = performance.now() - started;

    const categories = [...new Set(outcomes.map((o) => o.category))];
    const statuses = [...new Set(outcomes.map((o) => o.status))].sort();
    const widths = [Math.max(...categories.map((c) => c.length)), ...statuses.map((s) => Math.max(s.length, 5)), 11];
    const row = (cells: string[], last: string) =>
      `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[i]!))).join("  ")}   ${last}`;
    const counts = (of: Outcome[]) => statuses.map((status) => String(of.filter((o) => o.status === status).length));
    console.log(`\n${row(["responses by status", ...statuses, "median time"], "most frequent error")}`);
    for (const category of categories) {
      const mine = outcomes.filter((o) => o.category === category);
      console.log(
        row(
          [
            category,
            ...counts(mine),
            `${percentile(
              mine.map((o) => o.ms),
              0.5,
            ).toFixed(0)} ms`,
          ],
          commonMessage(mine),
        ),
      );
    }
    console.log(`${row(["all", ...counts(outcomes), `${(stormMs / 1000).toFixed(1)} s`], "(the whole storm)")}\n`);

    for (const category of categories) {
      ctx.report.record(
        `request time: ${category}`,
        "ms",
        outcomes.filter((o) => o.category === category).map((o) => o.ms),
      );
    }
    for (const status of statuses)
      ctx.report.record(`responses with status ${status}`, "count", [
        outcomes.filter((o) => o.status === status).length,
      ]);

    const alive = web.exitCode === null && web.signalCode === null;
    if (alive) {
      ctx.report.record("console RssAnon after the storms", "MB", [after.anon], {
        baseline: "console RssAnon (heap and other anonymous) before the storm",
      });
      ctx.report.record("console VmHWM (peak resident) during the storms", "MB", [after.peak]);
      const times = await latencies(base, LATENCY_SAMPLES);
      ctx.report.record("catalog query (50 assets) after the storm", "ms", times, {
        baseline: "catalog query (50 assets) before the storm",
      });
      console.log(
        `  catalog query after the storm: median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms (before: median ${percentile(warm, 0.5).toFixed(1)} ms, p95 ${percentile(warm, 0.95).toFixed(1)} ms)`,
      );
      const heapSettled = await heapOf(pid, reportDir);
      if (heapSettled)
        ctx.report.record("console V8 heap used after the storms and 100 normal queries", "MB", [heapSettled.used], {
          baseline: "console V8 heap used before the storm",
        });
    } else {
      console.log(`  The console died during the storm (exit code ${web.exitCode}, signal ${web.signalCode}).`);
    }
  } finally {
    await stopConsole(web);
  }
}
