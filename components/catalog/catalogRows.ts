// Filtering and sorting the catalog's rows: pure functions over the asset list.
import type { AssetNodeListItem } from "../assets/useAssetNodes";

export type CatalogSortColumn = "key" | "group" | "lastMaterialized";
export interface CatalogSort {
  column: CatalogSortColumn;
  direction: "asc" | "desc";
}

export interface CatalogRow {
  key: string;
  asset: AssetNodeListItem;
}

/**
 * Whether the search box holds selection syntax rather than plain words: an attribute (`group:`), a traversal (`+`),
 * a pattern (`*`), parentheses, quotes or a keyword (and, or, not). Plain words match key and group substrings.
 */
export function isSelectionSyntax(text: string): boolean {
  if (/[:+*()"]/.test(text)) return true;
  return text
    .trim()
    .split(/\s+/)
    .some((word) => word === "and" || word === "or" || word === "not");
}

/**
 * A row's key and group in lower case, built once per row (the rows live as long as the asset list): at 100,000 assets
 * lower-casing every row on every keystroke cost more than the search itself. The newline never occurs in a search
 * word (words are split on white space), so a word matches the text exactly when it matches the key or the group.
 */
const searchTexts = new WeakMap<CatalogRow, string>();

function searchTextOf(row: CatalogRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    text = `${row.key.toLowerCase()}\n${row.asset.groupName.toLowerCase()}`;
    searchTexts.set(row, text);
  }
  return text;
}

export function filterCatalogRows(
  rows: readonly CatalogRow[],
  {
    search,
    groups,
    selectedKeys,
    overdueOnly = false,
  }: { search: string; groups: ReadonlySet<string>; selectedKeys: ReadonlySet<string> | null; overdueOnly?: boolean },
): CatalogRow[] {
  // Every plain word must appear in the key or the group.
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  // Nothing filters: the same array, so what the page derives from it (kept per array) is not derived again when a
  // search is cleared.
  if (!selectedKeys && !overdueOnly && groups.size === 0 && words.length === 0) return rows as CatalogRow[];
  return rows.filter((row) => {
    if (selectedKeys && !selectedKeys.has(row.key)) return false;
    // Overdue: late or stale against a freshness policy; assets without one are never overdue.
    if (overdueOnly && (row.asset.freshnessInfo === null || row.asset.freshnessInfo.status === "FRESH")) return false;
    if (groups.size > 0 && !groups.has(row.asset.groupName)) return false;
    if (words.length === 0) return true;
    const text = searchTextOf(row);
    return words.every((word) => text.includes(word));
  });
}

/** `derive(rows)` once per rows array (WeakMap-held): clearing a search returns to the unfiltered array, and to what was derived from it. */
export function derivedPerRows<T>(
  cache: WeakMap<readonly CatalogRow[], T>,
  rows: readonly CatalogRow[],
  derive: (rows: readonly CatalogRow[]) => T,
): T {
  let value = cache.get(rows);
  if (value === undefined) {
    value = derive(rows);
    cache.set(rows, value);
  }
  return value;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortCatalogRows(rows: readonly CatalogRow[], sort: CatalogSort): CatalogRow[] {
  const sign = sort.direction === "asc" ? 1 : -1;
  const sorted = [...rows];
  sorted.sort((a, b) => {
    if (sort.column === "lastMaterialized") {
      const ta = timeOf(a.asset);
      const tb = timeOf(b.asset);
      // Never-materialized assets sort after every materialized one, whichever the direction.
      if (ta === null && tb === null) return byString(a.key, b.key);
      if (ta === null) return 1;
      if (tb === null) return -1;
      return sign * (ta - tb) || byString(a.key, b.key);
    }
    if (sort.column === "group") return sign * byString(a.asset.groupName, b.asset.groupName) || byString(a.key, b.key);
    return sign * byString(a.key, b.key);
  });
  return sorted;
}

function timeOf(asset: AssetNodeListItem): number | null {
  const iso = asset.assetLatestInfo.lastMaterializationTimestamp;
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}
