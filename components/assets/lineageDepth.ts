// The Lineage tab's depths (pure, so it is tested on its own): how far upstream and downstream of the asset the
// graph reaches, read from and written to the URL (`?up=2&down=all`), and the selection that draws it (`2+key+`).

export type LineageDepth = 1 | 2 | 3 | "all";

export const LINEAGE_DEPTHS: readonly LineageDepth[] = [1, 2, 3, "all"];
export const DEFAULT_LINEAGE_DEPTH: LineageDepth = 1;

/** A depth from the URL; anything else (missing, 0, 7, "x") is the default. */
export function parseLineageDepth(value: string | null): LineageDepth {
  if (value === "all") return "all";
  const n = Number(value);
  return n === 1 || n === 2 || n === 3 ? n : DEFAULT_LINEAGE_DEPTH;
}

/** The selection of the asset and its neighbours to the depths: `1+key+1`, `+key+` for all of both. */
export function lineageSelection(key: string, upstream: LineageDepth, downstream: LineageDepth): string {
  const up = upstream === "all" ? "+" : `${upstream}+`;
  const down = downstream === "all" ? "+" : `+${downstream}`;
  return `${up}${key}${down}`;
}
