// The catalog's column layout: hidden columns leave the grid, and the minimum width grows with what is shown.
import { describe, expect, it } from "vitest";
import { CATALOG_COLUMNS, catalogGrid, parseHiddenColumns } from "./catalogColumns";

describe("catalog columns", () => {
  it("drops hidden columns from the grid and from its minimum width", () => {
    const all = catalogGrid(new Set());
    const fewer = catalogGrid(new Set(["owners", "kinds"]));
    expect(all.template.split(" ")).toHaveLength(CATALOG_COLUMNS.length + 2);
    expect(fewer.template.split(" ")).toHaveLength(CATALOG_COLUMNS.length);
    expect(fewer.shown.has("owners")).toBe(false);
    expect(all.minWidth - fewer.minWidth).toBe(100 + 100 + 2 * 12);
  });

  it("reads only known column ids from storage", () => {
    expect([...parseHiddenColumns('["owners","nope",3]')]).toEqual(["owners"]);
    expect(parseHiddenColumns("not json").size).toBe(0);
    expect(parseHiddenColumns('{"owners":true}').size).toBe(0);
    expect(parseHiddenColumns(null).size).toBe(0);
  });
});
