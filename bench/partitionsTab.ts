// The Partitions tab in headless Chromium against the built console: an asset of 50,000 hourly partitions, a
// date × region asset of 50,000 more and an hourly asset of 1,000,000 (since 1912), with mixed statuses. Prints the time to a drawn grid, to selecting every
// partition, to typing a range, to growing a selection from the keyboard, and the frame times while scrolling.
import type { Page } from "@playwright/test";
import type { AssetNodeSnapshot } from "../lib/core/definitionsSnapshot";
import {
  dailyPartitionsSnapshot,
  hourlyPartitionsSnapshot,
  type IndexRange,
  type MultiPartitionsSnapshot,
  type PartitionsDefinitionSnapshot,
  partitionKeySpace,
} from "../lib/core/partitions";
import { definitionOf } from "../lib/core/partitions/testing";
import { buildAssetNode } from "../lib/core/testing";
import { saveDefinitionsSnapshot, upsertCodeLocation } from "../lib/store/codeLocations";
import { connectDatabase, type Database } from "../lib/store/database";
import { applyPendingMigrations } from "../lib/store/migrations";
import { recordPartitionOutcome } from "../lib/store/partitionStatus";
import { openConsoleInBrowser } from "./consoleInBrowser";
import type { BenchContext } from "./context";

const PARTITIONS = 50_000;
const REGIONS = Array.from({ length: 10 }, (_, i) => `region_${String(i).padStart(2, "0")}`);

const MILLION = 1_000_000;

/** The hourly start that gives about `count` partitions today, as the definition spells it. */
function hourlyStart(now: Date, count = PARTITIONS): string {
  const start = new Date(now.getTime() - count * 3_600_000);
  return `${start.toISOString().slice(0, 10)}-${String(start.getUTCHours()).padStart(2, "0")}:00`;
}

function dailyStart(now: Date): string {
  return new Date(now.getTime() - (PARTITIONS / REGIONS.length) * 86_400_000).toISOString().slice(0, 10);
}

function locationAssets(now: Date): { node: AssetNodeSnapshot; definition: PartitionsDefinitionSnapshot }[] {
  const hourly = definitionOf(hourlyPartitionsSnapshot({ start: hourlyStart(now), timezone: "UTC" }));
  const daily = definitionOf(dailyPartitionsSnapshot({ start: dailyStart(now), timezone: "UTC" }));
  const byRegion: MultiPartitionsSnapshot = {
    type: "multi",
    dimensions: [
      { name: "date", definition: daily },
      { name: "region", definition: { type: "static", keys: REGIONS } },
    ],
  };
  const million = definitionOf(hourlyPartitionsSnapshot({ start: hourlyStart(now, MILLION), timezone: "UTC" }));
  return [
    { node: buildAssetNode("hourly_events", { partitionsDefinition: hourly }), definition: hourly },
    { node: buildAssetNode("hourly_million", { partitionsDefinition: million }), definition: million },
    { node: buildAssetNode("daily_by_region", { partitionsDefinition: byRegion }), definition: byRegion },
  ];
}

/**
 * Most partitions materialized, every 13th failed, every 101st in progress, the newest tenth missing; over a million
 * partitions failures are rarer (every 1,301st), as on an asset that has run for a century.
 */
async function seedStatuses(
  db: Database,
  assetKey: string,
  definition: PartitionsDefinitionSnapshot,
  now: Date,
): Promise<number> {
  const space = partitionKeySpace(definition, { now, dynamicKeys: () => [] });
  const every = (step: number): IndexRange[] =>
    Array.from({ length: Math.floor(space.size / step) }, (_, i) => [i * step, i * step] as IndexRange);
  await db.$transaction(
    async (tx) => {
      await recordPartitionOutcome(tx, assetKey, space, "materialized", [[0, Math.floor(space.size * 0.9)]]);
      const sparse = space.size > 100_000;
      await recordPartitionOutcome(tx, assetKey, space, "failed", every(sparse ? 1_301 : 13));
      await recordPartitionOutcome(tx, assetKey, space, "started", every(sparse ? 10_007 : 101));
    },
    { timeout: 120_000 },
  );
  return space.size;
}

// The in-page measurements below run inside the browser (no test-driver round trips): an action, then the time until
// the count shows its effect and the next frame has been drawn.

async function selectAllInPage(): Promise<number> {
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const button = (text: string) => [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === text);
  const count = document.querySelector('[data-testid="partition-selection-count"]');
  if (!count) throw new Error("No selection count on the page");
  button("Clear")?.click();
  while (count.textContent !== "No partitions selected") await nextFrame();
  const started = performance.now();
  button("All")?.click();
  while (count.textContent === "No partitions selected") await nextFrame();
  await nextFrame();
  return performance.now() - started;
}

async function extendInPage(label: string): Promise<number> {
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const grid = document.querySelector<HTMLElement>(`[role="grid"][aria-label="${label}"]`);
  const count = document.querySelector('[data-testid="partition-selection-count"]');
  if (!grid || !count) throw new Error(`No grid labelled ${label}`);
  grid.focus();
  const before = count.textContent;
  const started = performance.now();
  grid.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", shiftKey: true, bubbles: true }));
  while (count.textContent === before) await nextFrame();
  await nextFrame();
  return performance.now() - started;
}

async function samples(runs: number, measure: () => Promise<number>): Promise<number[]> {
  await measure(); // warm-up
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await measure());
  return values;
}

/** Frame-to-frame times while the grid scrolls from top to bottom in 60 animation frames. */
async function scrollFrameTimes(page: Page, gridLabel: string): Promise<number[]> {
  return page.evaluate(async (label) => {
    const grid = document.querySelector<HTMLElement>(`[role="grid"][aria-label="${label}"]`);
    if (!grid) throw new Error(`No grid labelled ${label}`);
    const frames: number[] = [];
    let last = performance.now();
    for (let i = 1; i <= 60; i++) {
      grid.scrollTop = (grid.scrollHeight * i) / 60;
      grid.scrollLeft = (grid.scrollWidth * i) / 60;
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return frames;
  }, gridLabel);
}

export async function benchPartitionsTab({ server, report }: BenchContext): Promise<void> {
  const time = report.time;
  const url = await server.createDatabase("bench_partitions_tab");
  await applyPendingMigrations(url);
  const db = connectDatabase(url);
  const now = new Date();
  const assets = locationAssets(now);
  await upsertCodeLocation(db, "partitions-tab-bench", "/bench/partitionsTab.ts");
  await saveDefinitionsSnapshot(db, "partitions-tab-bench", { schemaVersion: 1, assets: assets.map((a) => a.node) });
  for (const { node, definition } of assets) {
    const size = await seedStatuses(db, node.key.join("/"), definition, now);
    console.log(`  ${node.key.join("/")}: ${size.toLocaleString("en")} partitions`);
  }
  await db.$disconnect();

  const { base, page, close } = await openConsoleInBrowser(url);
  try {
    for (const assetKey of ["hourly_events", "daily_by_region", "hourly_million"]) {
      const label = `Partitions of ${assetKey}`;
      // The million-partition asset is read against the 50,000-partition one, measured just before.
      const million = assetKey === "hourly_million";
      const against = (figure: string, target: string) =>
        million ? { baseline: `hourly_events: ${figure}`, target } : {};
      await time(
        `${assetKey}: Partitions tab open to a drawn grid`,
        5,
        async () => {
          await page.goto(`${base}/assets/${assetKey}?tab=partitions`);
          await page.getByRole("grid", { name: label }).getByRole("gridcell").first().waitFor();
        },
        against("Partitions tab open to a drawn grid", "< 1 s"),
      );
      report.record(
        `${assetKey}: select all (quick selection), to the next frame`,
        "ms",
        await samples(5, () => page.evaluate(selectAllInPage)),
        against("select all (quick selection), to the next frame", "< 50 ms"),
      );
      report.record(
        `${assetKey}: extend the selection one cell (shift+arrow), to the next frame`,
        "ms",
        await samples(20, () => page.evaluate(extendInPage, label)),
        against("extend the selection one cell (shift+arrow), to the next frame", "< 50 ms"),
      );
      report.record(
        `${assetKey}: scroll top to bottom in 60 frames: frame time`,
        "ms",
        await scrollFrameTimes(page, label),
      );
    }
  } finally {
    await close();
  }
}
