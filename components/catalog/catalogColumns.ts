// The catalog's optional columns: their headers, their widths, and which ones the viewer hid (kept in localStorage).
import { useCallback, useSyncExternalStore } from "react";

export const CATALOG_COLUMNS = [
  { id: "group", label: "Group", width: "minmax(90px,0.8fr)", min: 90 },
  { id: "owners", label: "Owners", width: "minmax(100px,1fr)", min: 100 },
  { id: "kinds", label: "Kinds", width: "minmax(100px,0.9fr)", min: 100 },
  { id: "partitions", label: "Partitions", width: "100px", min: 100 },
  { id: "checks", label: "Checks", width: "130px", min: 130 },
  { id: "freshness", label: "Freshness", width: "132px", min: 132 },
  // Wide enough for its uppercase header and sort arrow, which used to spill into Status.
  { id: "lastMaterialized", label: "Last materialized", width: "168px", min: 168 },
  { id: "status", label: "Status", width: "150px", min: 150 },
] as const;

export type CatalogColumnId = (typeof CATALOG_COLUMNS)[number]["id"];

/** The check box and the asset key are always shown. */
const FIXED = { select: { width: "28px", min: 28 }, key: { width: "minmax(200px,2.4fr)", min: 200 } };
const GAP = 12;
const PADDING = 32;

/** The grid's columns and the width under which it scrolls rather than squeezing headers into each other. */
export function catalogGrid(hidden: ReadonlySet<CatalogColumnId>) {
  const shown = CATALOG_COLUMNS.filter((c) => !hidden.has(c.id));
  const widths = [FIXED.select, FIXED.key, ...shown];
  return {
    template: widths.map((c) => c.width).join(" "),
    minWidth: widths.reduce((sum, c) => sum + c.min, 0) + GAP * (widths.length - 1) + PADDING,
    shown: new Set<CatalogColumnId>(shown.map((c) => c.id)),
  };
}

const STORAGE_KEY = "strata.catalog.hiddenColumns";
const listeners = new Set<() => void>();
const NONE: ReadonlySet<CatalogColumnId> = new Set();
let cache: { raw: string | null; value: ReadonlySet<CatalogColumnId> } = { raw: null, value: NONE };

/** Unknown ids (columns since renamed or removed) are dropped rather than trusted. */
export function parseHiddenColumns(raw: string | null): ReadonlySet<CatalogColumnId> {
  if (!raw) return NONE;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return NONE;
    const known = new Set<string>(CATALOG_COLUMNS.map((c) => c.id));
    return new Set(parsed.filter((id): id is CatalogColumnId => typeof id === "string" && known.has(id)));
  } catch {
    return NONE;
  }
}

/** Where the choice lives when storage is blocked (private modes, policies): until the page reloads. */
let unstored: string | null = null;

function readHidden(): ReadonlySet<CatalogColumnId> {
  let raw = unstored;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY) ?? unstored;
  } catch {
    // Blocked storage: the in-memory choice, or every column.
  }
  if (raw !== cache.raw) cache = { raw, value: parseHiddenColumns(raw) };
  return cache.value;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

export function useHiddenCatalogColumns() {
  const hidden = useSyncExternalStore(subscribe, readHidden, () => NONE);
  const toggle = useCallback((id: CatalogColumnId) => {
    const next = new Set(readHidden());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    const raw = JSON.stringify([...next]);
    try {
      window.localStorage.setItem(STORAGE_KEY, raw);
    } catch {
      unstored = raw;
    }
    for (const listener of listeners) listener();
  }, []);
  return { hidden, toggle };
}
