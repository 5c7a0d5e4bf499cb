// A run's page (/runs/<id>) in headless Chromium against the built console: a run of 100,000 events and a step that
// wrote 1,000,000 lines to stdout, each next to the same page for a small run. Prints the time to the first drawn
// rows and to the whole log loaded, the time a filter (step, level, event type) or a search takes to answer, and the
// longest main-thread task while a compute log opens at its end and while earlier output is read by scrolling up.
//
// Definitions (every time is from the page's own clock, so the test driver's round trips are not counted):
// - first rows: from the navigation start to the animation frame after the event log's first row is in the DOM.
// - all events: from the navigation start until the count beside the filters says every event is loaded.
// - a filter answers: from the change (a select's value, a level toggled, text typed) to the animation frame after
//   the first row shown matches it and the count shows the filtered figure; once with the whole log loaded, and once
//   right after the first rows, while the rest is still loading.
// - long tasks: main-thread tasks over 50 ms, seen by a PerformanceObserver installed before the page's own scripts.
import type { Page } from "@playwright/test";
import { type Database } from "../lib/store/database";
import { newBenchPage, openConsoleInBrowser } from "./consoleInBrowser";
import { type BenchContext, createBenchDatabase } from "./context";

const EVENTS = 100_000;
const STEPS = 20;
const LINES = 1_000_000;
const SMALL_LINES = 1_000;
const SEARCH_NEEDLE = "checksum mismatch";
/** Generous: a slow page should print a slow figure, not abort the bench. */
const STEP_TIMEOUT = 120_000;

const stepKey = (index: number) => `step_${String(index).padStart(2, "0")}`;

/** A finished run with `steps` steps (each started and succeeded); returns its id. */
export async function createRun(db: Database, steps: number): Promise<string> {
  const started = new Date(Date.now() - 3_600_000);
  const run = await db.run.create({
    data: {
      codeLocationName: "run-page-bench",
      assetSelection: Array.from({ length: steps }, (_, i) => stepKey(i)),
      status: "SUCCESS",
      startTime: started,
      endTime: new Date(started.getTime() + 600_000),
      steps: {
        create: Array.from({ length: steps }, (_, i) => ({
          stepKey: stepKey(i),
          assetKey: stepKey(i),
          status: "SUCCESS" as const,
          startTime: new Date(started.getTime() + i * 30_000),
          endTime: new Date(started.getTime() + (i + 1) * 30_000),
        })),
      },
    },
  });
  return run.id;
}

/**
 * `count` events over `steps` steps, written by one INSERT … SELECT: each step starts, logs (mostly INFO, some DEBUG,
 * WARN and ERROR; one line in each step names a checksum mismatch), materializes its asset with metadata and succeeds.
 */
export async function seedEvents(db: Database, runId: string, count: number, steps: number): Promise<void> {
  const perStep = count / steps;
  await db.$executeRawUnsafe(
    `INSERT INTO "Event" ("runId", "stepKey", "assetKey", "eventType", "level", "message", "data", "timestamp")
     SELECT $1::uuid, s.key, s.key,
       CASE WHEN j = 0 THEN 'STEP_START' WHEN j = $2 - 1 THEN 'STEP_SUCCESS' WHEN j = $2 - 2 THEN 'ASSET_MATERIALIZATION'
            ELSE 'LOG' END,
       CASE WHEN j = 0 OR j >= $2 - 2 THEN 'INFO' WHEN j % 1000 = 25 THEN 'ERROR' WHEN j % 97 = 0 THEN 'WARN'
            WHEN j % 10 = 3 THEN 'DEBUG' ELSE 'INFO' END,
       CASE WHEN j = 0 THEN format('Started execution of step "%s".', s.key)
            WHEN j = $2 - 1 THEN format('Finished execution of step "%s".', s.key)
            WHEN j = $2 - 2 THEN format('Materialized value %s.', s.key)
            WHEN j = $2 / 2 THEN format('${SEARCH_NEEDLE} in batch %s of %s: re-reading it', j, s.key)
            ELSE format('Processed batch %s of %s: %s rows written to the warehouse', j, s.key, (i * 7919) % 100000) END,
       CASE WHEN j = $2 - 2 THEN jsonb_build_object('metadata', jsonb_build_object(
              'rows', jsonb_build_object('type', 'int', 'value', i), 'path', jsonb_build_object('type', 'path', 'value', '/warehouse/' || s.key)))
            WHEN j % 1000 = 25 THEN jsonb_build_object('error', jsonb_build_object('message', 'Batch rejected', 'stack', 'at load (load.ts:1)'))
       END,
       now() - interval '1 hour' + i * interval '1 millisecond'
     FROM generate_series(0, $3 - 1) AS i,
       LATERAL (SELECT i % $2 AS j, format('step_%s', lpad((i / $2)::text, 2, '0')) AS key) AS s`,
    runId,
    perStep,
    count,
  );
}

/** `lines` numbered lines of stdout for one step, in rows of about 16 KB, as the executor writes them. */
export async function seedComputeLog(db: Database, runId: string, step: string, lines: number): Promise<void> {
  await db.$executeRawUnsafe(
    `INSERT INTO "ComputeLog" ("runId", "stepKey", "stream", "chunk")
     SELECT $1::uuid, $2, 'STDOUT', string_agg(format('%s INFO line %s of %s: processed batch, %s rows', to_char(now() - interval '1 hour' + i * interval '1 millisecond', 'HH24:MI:SS.MS'), i, $3::int, (i::bigint * 7919) % 100000), E'\\n' ORDER BY i) || E'\\n'
     FROM generate_series(1, $3::int) AS i
     GROUP BY (i - 1) / 250
     ORDER BY (i - 1) / 250`,
    runId,
    step,
    lines,
  );
}

// In the page: the event log's first data row, the count beside the filters.
const FIRST_ROW = '[role="table"][aria-label="Event log"] [role="row"][aria-rowindex="2"]';
const COUNT = 'section[aria-label="Run details"] [aria-live="polite"]';

/** The navigation to the run page, then the page's clock at the frame after the first row shows and when all loaded. */
async function openRunPage(page: Page, url: string, total: number): Promise<{ firstRows: number; all: number }> {
  await page.goto(url, { waitUntil: "commit" });
  const firstRows = await page
    .waitForFunction((selector) => (document.querySelector(selector) ? performance.now() : false), FIRST_ROW, {
      polling: "raf",
      timeout: STEP_TIMEOUT,
    })
    .then((handle) => handle.jsonValue() as Promise<number>);
  const all = await page
    .waitForFunction(
      ({ selector, total }) => {
        const text = document.querySelector(selector)?.textContent?.replace(/[,\s]/g, "") ?? "";
        return text === `${total}events` ? performance.now() : false;
      },
      { selector: COUNT, total },
      { polling: "raf", timeout: STEP_TIMEOUT },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);
  return { firstRows, all };
}

type FilterChange =
  | { kind: "select"; label: string; value: string }
  | { kind: "level"; level: string }
  | { kind: "search"; text: string };

/** Applies a change to the filters and waits, frame by frame, until the first row matches it and the count moved. */
async function filterInPage({
  change,
  cell,
  expected,
}: {
  change: FilterChange;
  /** Which cell of the first row shows the filtered value (0 time, 1 step, 2 type, 3 level, 4 message). */
  cell: number;
  expected: string;
}): Promise<number> {
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const count = document.querySelector('section[aria-label="Run details"] [aria-live="polite"]');
  if (!count) throw new Error("No event count on the page");
  const before = count.textContent;
  const matches = () => {
    const row = document.querySelector('[role="table"][aria-label="Event log"] [role="row"][aria-rowindex="2"]');
    const text = row?.querySelectorAll('[role="cell"]')[cell]?.textContent ?? "";
    return count.textContent !== before && text.includes(expected);
  };
  const started = performance.now();
  if (change.kind === "select") {
    const labelled = [...document.querySelectorAll("label")].find((l) => l.textContent?.trim() === change.label);
    const select = labelled ? document.getElementById(labelled.htmlFor) : null;
    if (!(select instanceof HTMLSelectElement)) throw new Error(`No select labelled ${change.label}`);
    select.value = change.value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  } else if (change.kind === "level") {
    const button = [...document.querySelectorAll<HTMLButtonElement>('[aria-label="Filter by level"] button')].find(
      (b) => b.textContent === change.level,
    );
    if (!button) throw new Error(`No level toggle ${change.level}`);
    button.click();
  } else {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) throw new Error("No search box");
    // React reads the value through the native setter's tracker: set it as typing would.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, change.text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
  const deadline = started + 60_000;
  while (!matches()) {
    if (performance.now() > deadline) throw new Error(`The filter did not answer: ${JSON.stringify(change)}`);
    await nextFrame();
  }
  await nextFrame();
  return performance.now() - started;
}

/** Undoes a filter change and waits until the count says every event shows again. */
async function resetInPage(change: FilterChange): Promise<void> {
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  if (change.kind === "select") {
    const labelled = [...document.querySelectorAll("label")].find((l) => l.textContent?.trim() === change.label);
    const select = labelled ? document.getElementById(labelled.htmlFor) : null;
    if (!(select instanceof HTMLSelectElement)) return;
    select.value = "";
    select.dispatchEvent(new Event("change", { bubbles: true }));
  } else if (change.kind === "level") {
    [...document.querySelectorAll<HTMLButtonElement>('[aria-label="Filter by level"] button')]
      .find((b) => b.textContent === change.level)
      ?.click();
  } else {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) return;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, "");
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
  const count = document.querySelector('section[aria-label="Run details"] [aria-live="polite"]');
  while (/ of |matching|…/.test(count?.textContent ?? "")) await nextFrame();
}

interface FilterCase {
  name: string;
  change: FilterChange;
  cell: number;
  expected: string;
}

const FILTERS: FilterCase[] = [
  {
    name: "by step",
    change: { kind: "select", label: "Filter by step", value: "step_01" },
    cell: 1,
    expected: "step_01",
  },
  { name: "by level (ERROR)", change: { kind: "level", level: "ERROR" }, cell: 3, expected: "ERROR" },
  {
    name: "by event type (ASSET_MATERIALIZATION)",
    change: { kind: "select", label: "Filter by event type", value: "ASSET_MATERIALIZATION" },
    cell: 2,
    expected: "ASSET_MATERIALIZATION",
  },
  { name: "search the text", change: { kind: "search", text: SEARCH_NEEDLE }, cell: 4, expected: SEARCH_NEEDLE },
];

async function filterSamples(page: Page, filter: FilterCase, runs: number): Promise<number[]> {
  const values: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const took = await page.evaluate(filterInPage, filter);
    await page.evaluate(resetInPage, filter.change);
    if (i > 0) values.push(took); // the first is a warm-up
  }
  return values;
}

declare global {
  interface Window {
    __longTasks?: number[];
  }
}

/** Records every long task of every page from before its scripts run. */
const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: "longtask", buffered: true });
`;

const PANE = "[aria-label^='stdout of']";

/**
 * Opens a step's compute log and waits until its last line is drawn; then waits a second more for any work the page
 * does after. Returns the time to the last line and the longest main-thread task of the whole visit.
 */
async function openComputeLog(page: Page, url: string, lastLine: string): Promise<{ shown: number; longest: number }> {
  await page.goto(url, { waitUntil: "commit" });
  const shown = await page
    .waitForFunction(
      ({ pane, lastLine }) => {
        const element = document.querySelector(pane);
        if (!element || !element.textContent?.includes(lastLine)) return false;
        // Drawn at the end: the last line is inside the visible part of the pane.
        const box = element.getBoundingClientRect();
        const line = [...element.querySelectorAll("*")].reverse().find((e) => e.textContent?.includes(lastLine));
        const lineBox = (line ?? element).getBoundingClientRect();
        return lineBox.bottom <= box.bottom + 1 && lineBox.bottom > box.top && element.scrollTop > 0
          ? performance.now()
          : false;
      },
      { pane: PANE, lastLine },
      { polling: "raf", timeout: STEP_TIMEOUT },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);
  await page.waitForTimeout(1_000);
  const longest = await page.evaluate(() => Math.max(0, ...(window.__longTasks ?? [])));
  return { shown, longest };
}

/** Scrolls the compute log pane to its top `times` times, waiting for earlier output each time; the longest task. */
async function scrollUpThroughEarlier(page: Page, times: number): Promise<number> {
  await page.evaluate(() => {
    window.__longTasks = [];
  });
  for (let i = 0; i < times; i++) {
    const height = await page.evaluate((pane) => {
      const element = document.querySelector<HTMLElement>(pane);
      if (!element) throw new Error("No compute log pane");
      const before = element.scrollHeight;
      element.scrollTop = 0;
      // The page before the button-based reader: a "Load earlier output" button at the top.
      [...element.querySelectorAll("button")].find((b) => b.textContent === "Load earlier output")?.click();
      return before;
    }, PANE);
    await page.waitForFunction(
      ({ pane, height }) => (document.querySelector(pane)?.scrollHeight ?? 0) > height,
      { pane: PANE, height },
      { polling: "raf", timeout: STEP_TIMEOUT },
    );
    await page.waitForTimeout(300);
  }
  return page.evaluate(() => Math.max(0, ...(window.__longTasks ?? [])));
}

export async function benchRunPage(ctx: BenchContext): Promise<void> {
  const { report } = ctx;
  const { url, db } = await createBenchDatabase(ctx, "bench_run_page");
  let seeding = performance.now();
  const bigRun = await createRun(db, STEPS);
  await seedEvents(db, bigRun, EVENTS, STEPS);
  const smallRun = await createRun(db, 2);
  await seedEvents(db, smallRun, 100, 2);
  console.log(`  seeded runs of 100,000 and 100 events in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
  seeding = performance.now();
  const bigLogRun = await createRun(db, 1);
  await seedComputeLog(db, bigLogRun, stepKey(0), LINES);
  const smallLogRun = await createRun(db, 1);
  await seedComputeLog(db, smallLogRun, stepKey(0), SMALL_LINES);
  console.log(`  seeded 1,000,000 and 1,000 lines of stdout in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
  await db.$disconnect();

  const { base, browser, page, close } = await openConsoleInBrowser(url);
  try {
    // The raw API: the first page of the big run's log, as the page asks for it.
    const firstPage = async () => {
      const response = await fetch(`${base}/api/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-graphql-yoga-csrf": "1" },
        body: JSON.stringify({
          query: `query ($runId: ID!) { logsForRun(runId: $runId, limit: 1000) { ... on EventConnection { events { id message } } } }`,
          variables: { runId: bigRun },
        }),
      });
      await response.text();
    };
    await report.time("GraphQL logsForRun: first 1,000 events of 100,000 (raw response)", 10, firstPage);

    const open = async (runId: string, total: number) => {
      const first: number[] = [];
      const all: number[] = [];
      await openRunPage(page, `${base}/runs/${runId}`, total); // warm-up: scripts cached, as for a returning user
      for (let i = 0; i < 3; i++) {
        const times = await openRunPage(page, `${base}/runs/${runId}`, total);
        first.push(times.firstRows);
        all.push(times.all);
      }
      return { first, all };
    };
    const small = await open(smallRun, 100);
    report.record("100-event run: open to first rows", "ms", small.first);
    const big = await open(bigRun, EVENTS);
    report.record("100,000-event run: open to first rows", "ms", big.first, {
      baseline: "100-event run: open to first rows",
      target: "< 500 ms",
    });
    report.record("100,000-event run: open to every event loaded", "ms", big.all, {
      baseline: "100-event run: open to first rows",
    });

    for (const filter of FILTERS) {
      await openRunPage(page, `${base}/runs/${smallRun}`, 100);
      const smallSamples = await filterSamples(page, filter, 5);
      report.record(`100-event run: filter ${filter.name}`, "ms", smallSamples);
    }
    for (const filter of FILTERS) {
      await openRunPage(page, `${base}/runs/${bigRun}`, EVENTS);
      const bigSamples = await filterSamples(page, filter, 5);
      report.record(`100,000-event run: filter ${filter.name}`, "ms", bigSamples, {
        baseline: `100-event run: filter ${filter.name}`,
        target: "< 200 ms",
      });
    }

    // The same filters asked right after the first rows show, while the rest of the log is still loading: the server
    // answers them (the loaded part alone would give a partial answer).
    const waitFirstRows = async () => {
      await page.goto(`${base}/runs/${bigRun}`, { waitUntil: "commit" });
      await page.waitForSelector(FIRST_ROW, { timeout: STEP_TIMEOUT });
    };
    for (const filter of FILTERS.filter((f) => f.name === "by step" || f.name === "search the text")) {
      const whileLoading: number[] = [];
      for (let i = 0; i <= 3; i++) {
        await waitFirstRows();
        const took = await page.evaluate(filterInPage, filter);
        if (i > 0) whileLoading.push(took);
      }
      report.record(`100,000-event run, log still loading: filter ${filter.name}`, "ms", whileLoading, {
        baseline: `100-event run: filter ${filter.name}`,
        target: "< 200 ms",
      });
    }

    // Compute logs, each visit in a fresh page observing long tasks from its start.
    const logPage = await newBenchPage(browser);
    await logPage.addInitScript({ content: LONG_TASK_OBSERVER });
    try {
      const visit = async (runId: string, lines: number, runs: number) => {
        const shown: number[] = [];
        const longest: number[] = [];
        const lastLine = `line ${lines} of ${lines}:`;
        await openComputeLog(logPage, `${base}/runs/${runId}?view=compute`, lastLine);
        for (let i = 0; i < runs; i++) {
          const result = await openComputeLog(logPage, `${base}/runs/${runId}?view=compute`, lastLine);
          shown.push(result.shown);
          longest.push(result.longest);
        }
        return { shown, longest };
      };
      const smallLog = await visit(smallLogRun, SMALL_LINES, 3);
      report.record("1,000-line compute log: open to its last line drawn", "ms", smallLog.shown);
      report.record("1,000-line compute log: longest main-thread task while opening", "ms", smallLog.longest);
      const bigLog = await visit(bigLogRun, LINES, 3);
      report.record("1,000,000-line compute log: open to its last line drawn", "ms", bigLog.shown, {
        baseline: "1,000-line compute log: open to its last line drawn",
      });
      report.record("1,000,000-line compute log: longest main-thread task while opening", "ms", bigLog.longest, {
        baseline: "1,000-line compute log: longest main-thread task while opening",
        target: "no task > 100 ms",
      });
      report.record(
        "1,000,000-line compute log: longest main-thread task, scrolling up 5 windows",
        "ms",
        [await scrollUpThroughEarlier(logPage, 5)],
        { target: "no task > 100 ms" },
      );
    } finally {
      await logPage.close();
    }
  } finally {
    await close();
  }
}
