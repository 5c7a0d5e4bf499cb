// The asset catalog (/assets) in headless Chromium: the time from typing in its search box to the filtered rows drawn.
// The search is the client's own (plain words match key and group substrings over the asset list it holds), so the
// figure is the page's: filtering, sorting and drawing the rows. Times are the page's own performance.now(), taken in
// the page, so the test driver's round trips are not counted.
import type { Page } from "@playwright/test";

declare global {
  interface Window {
    __catalogBench?: {
      /** Types `text` into the search box at once (a paste) and returns ms to the frame after `rows` rows are drawn. */
      search: (text: string, rows: number) => Promise<number>;
    };
  }
}

/** Runs in the page before its scripts (plain JS: it is sent as text). */
const CATALOG_PROBES = `(() => {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  window.__catalogBench = {
    search: async (text, rows) => {
      const box = document.querySelector('input[aria-label="Search assets"]');
      if (!box) throw new Error("No search box on the page.");
      const table = () => document.querySelector('[role="table"][aria-label="Assets"]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
      const started = performance.now();
      setValue.call(box, text);
      box.dispatchEvent(new Event("input", { bubbles: true }));
      // The table says how many rows it holds (plus its header row); the rows themselves must be in the DOM too.
      const drawn = () => table()?.getAttribute("aria-rowcount") === String(rows + 1) &&
        (rows === 0 || table().querySelectorAll('[role="rowgroup"] + [role="rowgroup"] [role="row"]').length > 0);
      while (!drawn()) await nextFrame();
      await nextFrame();
      return performance.now() - started;
    },
  };
})();`;

export interface CatalogSearchFigures {
  /** From the navigation start to the first rows drawn. */
  firstRows: number;
  /** Typing a term that matches `matches` rows, to those rows drawn. */
  search: number[];
  /** Clearing the box, to every row drawn again. */
  clear: number[];
}

/** Opens the catalog, waits for its `total` rows, then types `term` (matching `matches` rows) and clears it, `runs` times. */
export async function measureCatalogSearch(
  page: Page,
  base: string,
  { term, matches, total, runs }: { term: string; matches: number; total: number; runs: number },
): Promise<CatalogSearchFigures> {
  await page.addInitScript({ content: CATALOG_PROBES });
  await page.goto(`${base}/assets`);
  const table = page.locator(`[role="table"][aria-label="Assets"][aria-rowcount="${total + 1}"]`);
  await table.waitFor({ timeout: 300_000 });
  const firstRows = await page.evaluate(() => performance.now());
  const search: number[] = [];
  const clear: number[] = [];
  // The first round warms the page's code paths; it is not counted.
  for (let run = 0; run <= runs; run++) {
    const typed = await page.evaluate(([text, rows]) => window.__catalogBench!.search(text, rows), [
      term,
      matches,
    ] as const);
    const cleared = await page.evaluate((rows) => window.__catalogBench!.search("", rows), total);
    if (run === 0) continue;
    search.push(typed);
    clear.push(cleared);
  }
  return { firstRows, search, clear };
}
