// The global asset graph (/lineage) in headless Chromium against the built console, for a synthetic warehouse of
// 1,000 and of 10,000 assets (each with a deep chain of 300 in it) and for that chain of 300 on its own (100,000 assets:
// bench/assets100k.ts, with the same probes). Prints the time to the first drawn nodes, to an interactive graph, to a
// drawn selection and the frame time while panning, the graph's GraphQL request, and the web server's peak memory.
//
// A graph of several groups opens on its overview (one box per group): under the overview threshold the whole graph
// zoomed out (zoomLevel.ts), where a click on a box zooms in on the group; over it (100,000 assets) the groups alone
// (GroupOverviewCanvas), where a click opens the group's assets. A user clicks a group's box, then an asset. The
// figures follow that path.
//
// Definitions (every time is from the navigation start of /lineage, the page's own performance.now()):
// - first rendered nodes: the animation frame after the first visible React Flow node (`.react-flow__node`, an asset
//   or a group) is in the DOM, seen by a MutationObserver installed before the page's own scripts run.
// - overview interactive (graphs of several groups): the animation frame in which a click on a drawn group box moved
//   the canvas (the zoom towards the group began). A probe in the page, run from animation frames (so only when the
//   main thread is free, as a user's click would be handled), clicks the drawn group box nearest the centre of the
//   canvas whose centre is not covered by anything else.
// - interactive: the animation frame that draws selected an asset node clicked as soon as one is drawn (for a graph
//   of several groups, after the click on a group box above). The probe clicks the drawn asset nearest the centre of
//   the canvas, then waits frame by frame for it to be drawn selected. A click that lands on something else (the
//   picture moved) is followed by another. In the page rather than from the test driver, so the driver's round trips
//   (a hundred milliseconds and more on this machine) are not counted.
// - pan frame time: frame to frame while the canvas is dragged, zoomed in on a group (assets drawn) and, for graphs of
//   several groups, fitted whole again (the group boxes drawn).
// - first visit: the same, in a fresh browser profile each time (no cached scripts, compiled code or data); the other
//   figures are for returning to the page, as a user does, after one load that warms the caches.
import type { Browser, Page } from "@playwright/test";
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
      /**
       * Once either is drawn: with group boxes, clicks the one nearest the centre and returns the frame the canvas
       * moved; with assets (a single group), null.
       */
      clickGroupIfOverview: () => Promise<ProbeResult | null>;
      /** The frame after group boxes are drawn (after a zoom out). */
      groupsDrawn: () => Promise<number>;
    };
  }
}

/** Runs in the page before its scripts: the first-node observer and the click probe (plain JS: it is sent as text). */
export const GRAPH_PROBES = `(() => {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  let lastClick = null;
  // Which node (its id; "" for none) took the last click, so the probe knows a missed click at once.
  document.addEventListener("click", (e) => { lastClick = e.target?.closest?.(".react-flow__node")?.dataset.id ?? ""; }, true);

  // The drawn asset nearest the canvas centre whose centre point is not covered, or null while there is none.
  // Nearest first, hit-testing only then: a frame's check costs one layout pass and a few hit tests.
  const pick = (exclude, selector = ".react-flow__node-asset") => {
    const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
    if (!pane) return null;
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    const candidates = [];
    for (const node of document.querySelectorAll(selector)) {
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
  const click = (target) => {
    const init = { bubbles: true, cancelable: true, view: window, clientX: target.x, clientY: target.y, button: 0 };
    target.hit.dispatchEvent(new PointerEvent("pointerdown", init));
    target.hit.dispatchEvent(new MouseEvent("mousedown", init));
    target.hit.dispatchEvent(new PointerEvent("pointerup", init));
    target.hit.dispatchEvent(new MouseEvent("mouseup", init));
    target.hit.dispatchEvent(new MouseEvent("click", init));
  };
  const viewportTransform = () => document.querySelector(".react-flow__viewport")?.style.transform ?? "";
  const isSelected = (id) => document.querySelector('.react-flow__node.selected[data-id="' + CSS.escape(id) + '"]') !== null;

  const mark = {
    firstNode: null,
    clickAsset: async (exclude) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        let target = null;
        while (!(target = pick(exclude))) await nextFrame();
        lastClick = null;
        click(target);
        while (!isSelected(target.id) && (lastClick === null || lastClick === target.id)) await nextFrame();
        if (!isSelected(target.id)) continue; // something else took the click
        await nextFrame();
        return { id: target.id, at: performance.now() };
      }
      throw new Error("No click on a drawn asset selected it in 50 attempts.");
    },
    clickGroupIfOverview: async () => {
      const GROUP = ".react-flow__node-groupOverview";
      while (!document.querySelector(GROUP) && !pick(null)) await nextFrame();
      if (!document.querySelector(GROUP)) return null;
      for (let attempt = 0; attempt < 50; attempt++) {
        let target = null;
        while (!(target = pick(null, GROUP))) await nextFrame();
        const before = viewportTransform();
        click(target);
        // A click answered moves the canvas within a few frames; one that did not is sent again.
        for (let frame = 0; frame < 30 && viewportTransform() === before; frame++) await nextFrame();
        if (viewportTransform() !== before) return { id: target.id, at: performance.now() };
      }
      throw new Error("No click on a drawn group box moved the canvas in 50 attempts.");
    },
    groupsDrawn: async () => {
      while (!pick(null, ".react-flow__node-groupOverview")) await nextFrame();
      await nextFrame();
      return performance.now();
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

/** A probe that never sees what it waits for (the page broke) fails the section rather than hanging it. */
async function withinStepTimeout<T>(what: string, step: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No ${what} within ${STEP_TIMEOUT / 1000} s.`)), STEP_TIMEOUT);
  });
  try {
    return await Promise.race([step, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface GraphLoad {
  firstNodes: number;
  /** When a click on a group box moved the canvas; null for a graph drawn without its overview. */
  overviewInteractive: number | null;
  interactive: number;
  selected: string;
}

/** One page load: time to the first drawn nodes and to interactive (see the definitions at the top). */
export async function loadGraph(page: Page, base: string): Promise<GraphLoad> {
  await page.goto("about:blank");
  await page.goto(`${base}/lineage`, { waitUntil: "commit" });
  const group = await withinStepTimeout(
    "a group box drawn and a click on it answered",
    page.evaluate(() => window.__graphBench!.clickGroupIfOverview()),
  );
  const { id, at } = await withinStepTimeout(
    group ? "an asset drawn after a click on a group box, and a click on it answered" : "an asset drawn and clicked",
    page.evaluate(() => window.__graphBench!.clickAsset(null)),
  );
  const firstNodes = await page.evaluate(() => window.__graphBench!.firstNode);
  if (firstNodes === null) throw new Error("A node was clicked before any node was seen drawn.");
  return { firstNodes, overviewInteractive: group?.at ?? null, interactive: at, selected: id };
}

/**
 * Back to the group boxes, to pan over: "All groups" where a large graph opened a group (GroupedAssetGraphPage), else
 * the Fit View button, which fits the whole graph again.
 */
export async function backToOverview(page: Page): Promise<void> {
  const allGroups = page
    .getByRole("navigation", { name: "Graph location" })
    .getByRole("button", { name: "All groups" });
  if ((await allGroups.count()) > 0) await allGroups.click();
  else await page.getByRole("button", { name: "Fit View" }).click();
  await page.evaluate(() => window.__graphBench!.groupsDrawn());
  // Let the fit's glide end before the pan starts.
  await page.waitForTimeout(400);
}

/** On an interactive graph: from a click on another asset to the frame that draws it selected. */
export async function clickToSelection(page: Page, previous: string): Promise<number> {
  return page.evaluate(async (exclude) => {
    // Let whatever the last click started settle, then time one click from the frame it is sent in.
    for (let i = 0; i < 10; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const started = performance.now();
    const { at } = await window.__graphBench!.clickAsset(exclude);
    return at - started;
  }, previous);
}

/** Frame-to-frame times while the canvas is dragged 600 px across in 30 mouse moves. */
export async function panFrameTimes(page: Page): Promise<number[]> {
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
export function trackRequests(page: Page, quietFor = 500): { quiet: () => Promise<void> } {
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
export async function fetchAssetNodes(base: string): Promise<number> {
  const response = await fetch(`${base}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: ASSET_NODES_QUERY, variables: { selection: null } }),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`assetNodes answered ${response.status}: ${body.slice(0, 200)}`);
  return body.length;
}

export interface GraphPageOptions {
  /** Prefix of every label. */
  name: string;
  runs: number;
  /** Targets of the interactive figures, when there are some. */
  overviewTarget?: string;
  interactiveTarget?: string;
  panTarget?: string;
  /** Fresh-profile loads (first visits) to time; 0 for none. */
  firstVisits: number;
  /** The graph opens on its groups alone (over the overview threshold): a click opens a group rather than zooming. */
  groupsOnly?: boolean;
}

/** The graph page's figures against a console already serving a loaded database (see the definitions at the top). */
export async function measureGraphPage(
  ctx: BenchContext,
  browser: Browser,
  base: string,
  options: GraphPageOptions,
): Promise<void> {
  const { report } = ctx;
  const { name } = options;
  const page = await newBenchPage(browser);
  await page.addInitScript({ content: GRAPH_PROBES });
  const requests = trackRequests(page);
  const firstNodes: number[] = [];
  const overview: number[] = [];
  const interactive: number[] = [];
  const selectLatency: number[] = [];
  const panNear: number[] = [];
  const panFar: number[] = [];
  // The first load warms the server's and the browser's caches (compiled chunks); it is not counted.
  for (let run = 0; run <= options.runs; run++) {
    const load = await loadGraph(page, base);
    if (run === 0) {
      await requests.quiet();
      continue;
    }
    firstNodes.push(load.firstNodes);
    if (load.overviewInteractive !== null) overview.push(load.overviewInteractive);
    interactive.push(load.interactive);
    selectLatency.push(await clickToSelection(page, load.selected));
    panNear.push(...(await panFrameTimes(page)));
    if (load.overviewInteractive !== null) {
      await backToOverview(page);
      panFar.push(...(await panFrameTimes(page)));
    }
    await requests.quiet();
  }
  report.record(`${name}: first rendered nodes`, "ms", firstNodes);
  if (overview.length > 0)
    report.record(
      `${name}: overview interactive (group boxes drawn, a click on one answered)`,
      "ms",
      overview,
      options.overviewTarget ? { target: options.overviewTarget } : {},
    );
  report.record(
    overview.length > 0
      ? options.groupsOnly
        ? `${name}: interactive (a group opened from the overview, an asset's click answered)`
        : `${name}: interactive (zoomed into a group, an asset's click answered)`
      : `${name}: interactive (nodes drawn, a click answered)`,
    "ms",
    interactive,
    options.interactiveTarget ? { target: options.interactiveTarget } : {},
  );
  report.record(`${name}: click an asset to its drawn selection`, "ms", selectLatency);
  report.record(
    overview.length > 0
      ? `${name}: pan the canvas ${options.groupsOnly ? "in an opened group" : "zoomed into a group"}, frame time`
      : `${name}: pan the canvas, frame time`,
    "ms",
    panNear,
    options.panTarget ? { target: options.panTarget } : {},
  );
  if (panFar.length > 0)
    report.record(
      `${name}: pan the group overview, frame time`,
      "ms",
      panFar,
      options.panTarget ? { target: options.panTarget } : {},
    );
  await page.close();

  if (options.firstVisits === 0) return;
  // First visits: a fresh browser profile each time.
  const firstVisitNodes: number[] = [];
  const firstVisitInteractive: number[] = [];
  for (let run = 0; run < options.firstVisits; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const fresh = await context.newPage();
      await fresh.addInitScript({ content: "globalThis.__name = (fn) => fn;" });
      await fresh.addInitScript({ content: GRAPH_PROBES });
      const freshRequests = trackRequests(fresh);
      const load = await loadGraph(fresh, base);
      firstVisitNodes.push(load.firstNodes);
      firstVisitInteractive.push(load.overviewInteractive ?? load.interactive);
      await freshRequests.quiet();
    } finally {
      await context.close();
    }
  }
  report.record(`${name}: first visit, first rendered nodes`, "ms", firstVisitNodes);
  report.record(`${name}: first visit, interactive`, "ms", firstVisitInteractive);
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
    await measureGraphPage(ctx, browser, base, {
      name: graph.name,
      runs: graph.runs,
      interactiveTarget: graph.interactiveTarget,
      firstVisits: graph.runs,
    });
    report.record(graph.memoryLabel, "MB", [processMemoryMb(webPid, "VmHWM")]);
  } finally {
    await console_.close();
  }
}

/** The section: every case, or only those named (e.g. `["10,000 assets"]`) when trying one change. */
export async function benchAssetGraphPage(ctx: BenchContext, only?: readonly string[]): Promise<void> {
  for (const graph of CASES) if (!only || only.includes(graph.name)) await benchCase(ctx, graph);
}
