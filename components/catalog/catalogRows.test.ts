// The catalog's filters: search, groups and the overdue toggle for assets late or stale against their freshness policy.
import { describe, expect, it } from "vitest";
import type { AssetNodeListItem, FreshnessInfo } from "../assets/useAssetNodes";
import { type CatalogRow, derivedPerRows, filterCatalogRows, isSelectionSyntax, sortCatalogRows } from "./catalogRows";

function row(key: string, groupName: string, freshness: FreshnessInfo["status"] | null): CatalogRow {
  const asset: AssetNodeListItem = {
    id: key,
    assetKey: { path: key.split("/") },
    groupName,
    kinds: [],
    owners: [],
    tags: [],
    isSource: false,
    codeLocationName: "loc",
    dependencyKeys: [],
    columnNames: [],
    assetLatestInfo: {
      state: "NEVER_MATERIALIZED",
      lastMaterializationTimestamp: null,
      lastMaterializationRunId: null,
      lastFailureTimestamp: null,
      lastFailureRunId: null,
      lastFailureMessage: null,
    },
    freshnessInfo: freshness ? { status: freshness, minutesLate: freshness === "FRESH" ? 0 : 30, reason: "" } : null,
    staleStatus: "MISSING",
    staleCauses: [],
    unsyncedPartitionCount: null,
  };
  return { key, asset };
}

const rows = [
  row("a/fresh", "g1", "FRESH"),
  row("a/late", "g1", "WARN"),
  row("b/stale", "g2", "STALE"),
  row("b/no_policy", "g2", null),
];
const keys = (filtered: CatalogRow[]) => filtered.map((r) => r.key);

describe("filterCatalogRows", () => {
  it("keeps only late and stale assets when overdue only is on", () => {
    expect(
      keys(filterCatalogRows(rows, { search: "", groups: new Set(), selectedKeys: null, overdueOnly: true })),
    ).toEqual(["a/late", "b/stale"]);
    expect(keys(filterCatalogRows(rows, { search: "", groups: new Set(), selectedKeys: null }))).toHaveLength(4);
  });

  it("answers the rows themselves when nothing filters, so what is derived from them is kept across a cleared search", () => {
    expect(filterCatalogRows(rows, { search: "  ", groups: new Set(), selectedKeys: null })).toBe(rows);
    expect(filterCatalogRows(rows, { search: "a", groups: new Set(), selectedKeys: null })).not.toBe(rows);
    const cache = new WeakMap<readonly CatalogRow[], string[]>();
    const first = derivedPerRows(cache, rows, (list) => list.map((r) => r.key));
    expect(derivedPerRows(cache, rows, () => [])).toBe(first);
  });

  it("combines the overdue toggle with search and groups", () => {
    expect(
      keys(filterCatalogRows(rows, { search: "b/", groups: new Set(["g2"]), selectedKeys: null, overdueOnly: true })),
    ).toEqual(["b/stale"]);
  });
});

describe("one search box for words and selections", () => {
  it("reads attributes, traversals, patterns, parentheses, quotes and keywords as selection syntax", () => {
    for (const text of ["group:g1", "fact_events+", "+raw", "a/*", "(a)", '"a b"', "a or b", "not a", "a and b"])
      expect(isSelectionSyntax(text), text).toBe(true);
  });

  it("reads other words as plain search, each matching a key or group substring", () => {
    for (const text of ["", "late", "a/ late", "order notes", "android"])
      expect(isSelectionSyntax(text), text).toBe(false);
    const search = (text: string) =>
      keys(filterCatalogRows(rows, { search: text, groups: new Set(), selectedKeys: null }));
    expect(search("late")).toEqual(["a/late"]);
    expect(search("g2 stale")).toEqual(["b/stale"]);
    expect(search("  ")).toHaveLength(4);
  });
});

describe("searching sorted rows", () => {
  it("keeps the sort order, so the catalog sorts once and filters on each keystroke", () => {
    const sorted = sortCatalogRows(rows, { column: "key", direction: "desc" });
    const filtered = filterCatalogRows(sorted, { search: "a/", groups: new Set(), selectedKeys: null });
    expect(keys(filtered)).toEqual(["a/late", "a/fresh"]);
    // The same words again (the lower-cased text is kept per row) and in upper case match the same rows.
    expect(keys(filterCatalogRows(sorted, { search: "A/", groups: new Set(), selectedKeys: null }))).toEqual(
      keys(filtered),
    );
  });

  it("never matches a word across the end of the key and the start of the group", () => {
    const search = (text: string) =>
      keys(filterCatalogRows(rows, { search: text, groups: new Set(), selectedKeys: null }));
    expect(search("lateg1")).toEqual([]);
    expect(search("late g1")).toEqual(["a/late"]);
  });
});
