"use client";
// Layouts kept across visits in IndexedDB (as Dagster keeps its asset graph layouts), by a hash of what a layout
// depends on: returning to a 10,000-asset graph skips laying it out again. Anything that goes wrong (no IndexedDB, a
// full disk, a private window) is a cache miss, never an error.
import type { AssetGraphLayout } from "./layoutAssetGraph";

/** Bump when layoutAssetGraph's output changes, so layouts cached by an older console are not reused. */
const LAYOUT_VERSION = 1;
const DATABASE = "strata-asset-graph";
const STORE = "layouts";
/** The most recent layouts kept: a few graphs (the global one, selections, asset lineages) and their collapses. */
const KEEP = 12;

interface CachedLayout {
  key: string;
  layout: AssetGraphLayout;
  savedAt: number;
}

/** Two 32-bit FNV-1a hashes with different seeds, and the length: a collision between two layouts' inputs is not a worry. */
export function layoutCacheKey(signature: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < signature.length; i++) {
    const c = signature.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return `v${LAYOUT_VERSION}:${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}:${signature.length}`;
}

let database: Promise<IDBDatabase | null> | undefined;

function openDatabase(): Promise<IDBDatabase | null> {
  database ??= new Promise((resolve) => {
    if (typeof indexedDB === "undefined") return resolve(null);
    try {
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = () =>
        request.result.createObjectStore(STORE, { keyPath: "key" }).createIndex("savedAt", "savedAt");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return database;
}

export async function readCachedLayout(key: string): Promise<AssetGraphLayout | null> {
  const db = await openDatabase();
  if (!db) return null;
  return new Promise((resolve) => {
    try {
      const request = db.transaction(STORE, "readonly").objectStore(STORE).get(key);
      request.onsuccess = () => resolve((request.result as CachedLayout | undefined)?.layout ?? null);
      request.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

/**
 * Saves when the browser is next idle (writing copies the whole layout on the main thread, which must not delay the
 * first picture), then drops all but the KEEP most recent.
 */
export function cacheLayout(key: string, layout: AssetGraphLayout): void {
  if (typeof requestIdleCallback === "undefined") setTimeout(() => void saveLayout(key, layout), 2_000);
  else requestIdleCallback(() => void saveLayout(key, layout), { timeout: 10_000 });
}

async function saveLayout(key: string, layout: AssetGraphLayout): Promise<void> {
  const db = await openDatabase();
  if (!db) return;
  try {
    const transaction = db.transaction(STORE, "readwrite");
    const store = transaction.objectStore(STORE);
    store.put({ key, layout, savedAt: Date.now() } satisfies CachedLayout);
    const keys = store.index("savedAt").getAllKeys();
    keys.onsuccess = () => {
      const oldestFirst = keys.result;
      for (const old of oldestFirst.slice(0, Math.max(0, oldestFirst.length - KEEP))) store.delete(old);
    };
  } catch {
    // a cache that cannot be written is only a slower next visit
  }
}
