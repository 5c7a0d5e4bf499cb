// The global asset graph (/lineage) in headless Chromium against the built console, for a synthetic warehouse of
// 1,000 and of 10,000 assets (each with a deep chain of 300 in it) and for that chain of 300 on its own. Prints the
// time to the first drawn nodes, to an interactive graph, to a drawn selection and the frame time while panning, the
// graph's GraphQL request, and the web server's peak memory.
//
// Definitions (every time is from the navigation start of /lineage, the page's own performance.now()):
// - first rendered nodes: the animation frame after the first visible React Flow node (`.react-flow__node`, an asset
//   or a group) is in the DOM, seen by a MutationObserver installed before the page's own scripts run.
// - interactive: the animation frame that draws selected an asset node clicked as soon as one is drawn. A probe in
//   the page, run from animation frames (so only when the main thread is free, as a user's click would be handled),
//   clicks the drawn asset nearest the centre of the canvas whose centre is not covered by anything else, then waits
//   frame by frame for it to be drawn selected. A click that lands on something else (the picture moved) is followed
//   by another. Nodes drawn and a click answered: the page is usable. In the page rather than from the test driver,
//   so the driver's round trips (a hundred milliseconds and more on this machine) are not counted.
// - first visit: the same, in a fresh browser profile each time (no cached scripts, compiled code or data); the other
//   figures are for returning to the page, as a user does, after one load that warms the caches.
import type { Page } from "@playwright/test";
import { AssetNodesQueryDocument } from "../components/assets/useAssetNodes";
import { newBenchPage, openConsoleInBrowser, processMemoryMb } from "./consoleInBrowser";
import { type BenchContext, createBenchDatabase, storeSyntheticLocation } from "./context";

const ASSET_NODES_QUERY = AssetNodesQueryDocument.toString();

interface GraphCase {
  /** Prefix of every label of this case. */
  name: string;
  database: string;
  assets: number;
  chainDepth: number;
  runs: number;
  /** The target of the interactive figure, when there is one. */
  interactiveTarget?: string;
  /** The label of this case's web server memory figure. */
  memoryLabel: string;
}

const CASES: GraphCase[] = [
  {
    name: "chain of 300",
    database: "bench_graph_chain_300",
    assets: 300,
    chainDepth: 300,
    runs: 5,
    memoryLabel: "chain of 300: web server peak RSS",
  },
  {
    name: "1,000 assets",
    database: "bench_graph_1k",
    assets: 1_000,
    chainDepth: 300,
    runs: 5,
    memoryLabel: "1,000 assets: web server peak RSS",
  },
  {
    name: "10,000 assets",
    database: "bench_graph_10k",
    assets: 10_000,
    chainDepth: 300,
    runs: 5,
    interactiveTarget: "< 2 s",
    // The figure the issue tracks: the largest graph's server.
    memoryLabel: "web server peak RSS",
  },
];

/** Generous: a slow graph should print a slow figure, not abort the bench. */
const STEP_TIMEOUT = 300_000;

interface ProbeResult {
  id: string;
  at: number;
}

declare global {
  interface Window {
    __graphBench?: {
      firstNode: number | null;
      /** Clicks the first clickable asset (not `exclude`) once one is drawn; the frame that draws it selected. */
      clickAsset: (exclude: string | null) => Promise<ProbeResult>;
    };
  }
}

/** Runs in the page before its scripts: the first-node observer and the click probe (plain JS: it is sent as text). */
const GRAPH_PROBES = `(() => {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  let lastClick = null;
  // Which node (its id; "" for none) took the last click, so the probe knows a missed click at once.
  document.addEventListener("click", (e) => { lastClick = e.target?.closest?.(".react-flow__node")?.dataset.id ?? ""; }, true);

  // The drawn asset nearest the canvas centre whose centre point is not covered, or null while there is none.
  // Nearest first, hit-testing only then: a frame's check costs one layout pass and a few hit tests.
  const pick = (exclude) => {
    const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
    if (!pane) return null;
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    const candidates = [];
    for (const node of document.querySelectorAll(".react-flow__node-asset")) {
      const id = node.dataset.id;
      if (!id || id === exclude || node.classList.contains("selected") || node.style.visibility === "hidden") continue;
      const box = node.getBoundingClientRect();
      if (box.width < 4 || box.height < 2) continue; // too small to click reliably
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < pane.left || x > pane.right || y < pane.top || y > pane.bottom) continue;
      candidates.push({ node, id, x, y, distance: Math.hypot(x - cx, y - cy) });
    }
    candidates.sort((a, b) => a.distance - b.distance);
    for (const c of candidates.slice(0, 20)) {
      const hit = document.elementFromPoint(c.x, c.y);
      if (hit?.closest(".react-flow__node") === c.node) return { ...c, hit };
    }
    return null;
  };
  const isSelected = (id) => document.querySelector('.react-flow__node.selected[data-id="' + CSS.escape(id) + '"]') !== null;

  const mark = {
    firstNode: null,
    clickAsset: async (exclude) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        let target = null;
        while (!(target = pick(exclude))) await nextFrame();
        lastClick = null;
        const init = { bubbles: true, cancelable: true, view: window, clientX: target.x, clientY: target.y, button: 0 };
        target.hit.dispatchEvent(new PointerEvent("pointerdown", init));
        target.hit.dispatchEvent(new MouseEvent("mousedown", init));
        target.hit.dispatchEvent(new PointerEvent("pointerup", init));
        target.hit.dispatchEvent(new MouseEvent("mouseup", init));
        target.hit.dispatchEvent(new MouseEvent("click", init));
        while (!isSelected(target.id) && (lastClick === null || lastClick === target.id)) await nextFrame();
        if (!isSelected(target.id)) continue; // something else took the click
        await nextFrame();
        return { id: target.id, at: performance.now() };
      }
      throw new Error("No click on a drawn asset selected it in 50 attempts.");
    },
  };
  window.__graphBench = mark;

  const visibleNode = () => [...document.querySelectorAll(".react-flow__node")].some((n) => n.style.visibility !== "hidden");
  const observer = new MutationObserver(() => {
    if (!visibleNode()) return;
    observer.disconnect();
    requestAnimationFrame(() => { mark.firstNode = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["style"] });
})();`;

/** One page load: time to the first drawn nodes and to interactive (see the definitions at the top). */
async function loadGraph(
  page: Page,
  base: string,
): Promise<{ firstNodes: number; interactive: number; selected: string }> {
  await page.goto("about:blank");
  await page.goto(`${base}/lineage`, { waitUntil: "commit" });
  const { id, at } = await page.evaluate(() => window.__graphBench!.clickAsset(null));
  const firstNodes = await page.evaluate(() => window.__graphBench!.firstNode);
  if (firstNodes === null) throw new Error("An asset was clicked before any node was seen drawn.");
  return { firstNodes, interactive: at, selected: id };
}

/** On an interactive graph: from a click on another asset to the frame that draws it selected. */
async function clickToSelection(page: Page, previous: string): Promise<number> {
  return page.evaluate(async (exclude) => {
    // Let whatever the last click started settle, then time one click from the frame it is sent in.
    for (let i = 0; i < 10; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const started = performance.now();
    const { at } = await window.__graphBench!.clickAsset(exclude);
    return at - started;
  }, previous);
}

/** Frame-to-frame times while the canvas is dragged 600 px across in 30 mouse moves. */
async function panFrameTimes(page: Page): Promise<number[]> {
  const pane = await page.locator(".react-flow__pane").boundingBox();
  if (!pane) throw new Error("No React Flow pane on the page.");
  await page.evaluate(() => {
    const frames: number[] = [];
    (window as unknown as { __frames: number[] }).__frames = frames;
    const tick = (time: number) => {
      frames.push(time);
      if (frames.length < 10_000 && (window as unknown as { __frames?: number[] }).__frames === frames)
        requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Start on an empty spot of the pane: a drag that starts on a node does not pan (nodes are not draggable, but be safe).
  const startX = pane.x + 8;
  const startY = pane.y + pane.height / 2;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) await page.mouse.move(startX + i * 20, startY + i * 5);
  await page.mouse.up();
  const frames = await page.evaluate(async () => {
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const w = window as unknown as { __frames?: number[] };
    const times = w.__frames ?? [];
    delete w.__frames;
    return times;
  });
  return frames.slice(1).map((t, i) => t - frames[i]!);
}

/**
 * Counts the page's requests in flight from now on; `quiet()` resolves once none has been for `quietFor` ms. Each run
 * ends there, so the statuses the page asked for after drawing are served before the next run navigates: a request
 * the browser drops on navigation still keeps the single-threaded server busy, and would count against the next run.
 */
function trackRequests(page: Page, quietFor = 500): { quiet: () => Promise<void> } {
  let inFlight = 0;
  let lastChange = Date.now();
  page.on("request", () => ((inFlight += 1), (lastChange = Date.now())));
  const ended = () => ((inFlight = Math.max(0, inFlight - 1)), (lastChange = Date.now()));
  page.on("requestfinished", ended);
  page.on("requestfailed", ended);
  return {
    quiet: async () => {
      const deadline = Date.now() + STEP_TIMEOUT;
      while ((inFlight > 0 || Date.now() - lastChange < quietFor) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
}

/** The graph's own GraphQL request, sent from Node: server time and the size of the answer. */
async function fetchAssetNodes(base: string): Promise<number> {
  const response = await fetch(`${base}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: ASSET_NODES_QUERY, variables: { selection: null } }),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`assetNodes answered ${response.status}: ${body.slice(0, 200)}`);
  return body.length;
}

async function benchCase(ctx: BenchContext, graph: GraphCase): Promise<void> {
  const { report } = ctx;
  const { url, db } = await createBenchDatabase(ctx, graph.database);
  try {
    await storeSyntheticLocation(ctx, db, graph.database, { assets: graph.assets, chainDepth: graph.chainDepth });
  } finally {
    await db.$disconnect();
  }
  const console_ = await openConsoleInBrowser(url);
  const { base, browser, webPid } = console_;
  try {
    const bytes = await fetchAssetNodes(base);
    console.log(`  ${graph.name}: the assetNodes answer is ${(bytes / 1_048_576).toFixed(1)} MB`);
    await report.time(`${graph.name}: assetNodes request (server, from Node)`, 3, () => fetchAssetNodes(base));

    const page = await newBenchPage(browser);
    await page.addInitScript({ content: GRAPH_PROBES });
    const requests = trackRequests(page);
    const firstNodes: number[] = [];
    const interactive: number[] = [];
    const selectLatency: number[] = [];
    const panFrames: number[] = [];
    // The first load warms the server's and the browser's caches (compiled chunks); it is not counted.
    for (let run = 0; run <= graph.runs; run++) {
      const load = await loadGraph(page, base);
      if (run === 0) {
        await requests.quiet();
        continue;
      }
      firstNodes.push(load.firstNodes);
      interactive.push(load.interactive);
      selectLatency.push(await clickToSelection(page, load.selected));
      panFrames.push(...(await panFrameTimes(page)));
      await requests.quiet();
    }
    report.record(`${graph.name}: first rendered nodes`, "ms", firstNodes);
    report.record(
      `${graph.name}: interactive (nodes drawn, a click answered)`,
      "ms",
      interactive,
      graph.interactiveTarget ? { target: graph.interactiveTarget } : {},
    );
    report.record(`${graph.name}: click an asset to its drawn selection`, "ms", selectLatency);
    report.record(`${graph.name}: pan the canvas, frame time`, "ms", panFrames);
    await page.close();

    // First visits: a fresh browser profile each time.
    const firstVisitNodes: number[] = [];
    const firstVisitInteractive: number[] = [];
    for (let run = 0; run < graph.runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      try {
        const fresh = await context.newPage();
        await fresh.addInitScript({ content: "globalThis.__name = (fn) => fn;" });
        await fresh.addInitScript({ content: GRAPH_PROBES });
        const freshRequests = trackRequests(fresh);
        const load = await loadGraph(fresh, base);
        firstVisitNodes.push(load.firstNodes);
        firstVisitInteractive.push(load.interactive);
        await freshRequests.quiet();
      } finally {
        await context.close();
      }
    }
    report.record(`${graph.name}: first visit, first rendered nodes`, "ms", firstVisitNodes);
    report.record(`${graph.name}: first visit, interactive`, "ms", firstVisitInteractive);
    report.record(graph.memoryLabel, "MB", [processMemoryMb(webPid, "VmHWM")]);
  } finally {
    await console_.close();
  }
}

/** The section: every case, or only those named (e.g. `["10,000 assets"]`) when trying one change. */
export async function benchAssetGraphPage(ctx: BenchContext, only?: readonly string[]): Promise<void> {
  for (const graph of CASES) if (!only || only.includes(graph.name)) await benchCase(ctx, graph);
}
