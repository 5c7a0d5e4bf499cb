// Checking catalog rows: single clicks, shift-click ranges and the header box over the filtered rows.
import { describe, expect, it } from "vitest";
import { emptyRowSelection, headerCheckState, toggleAllRows, toggleRow } from "./rowSelection";

const order = ["a", "b", "c", "d", "e"];
const sorted = (s: { checked: ReadonlySet<string> }) => [...s.checked].sort();

describe("row selection", () => {
  it("toggles one row per click", () => {
    const once = toggleRow(emptyRowSelection, order, "b", false);
    expect(sorted(once)).toEqual(["b"]);
    expect(sorted(toggleRow(once, order, "b", false))).toEqual([]);
  });

  it("checks the range between the last click and a shift-click, in either direction", () => {
    const start = toggleRow(emptyRowSelection, order, "d", false);
    expect(sorted(toggleRow(start, order, "b", true))).toEqual(["b", "c", "d"]);
    const down = toggleRow(toggleRow(emptyRowSelection, order, "a", false), order, "c", true);
    expect(sorted(down)).toEqual(["a", "b", "c"]);
    // Shift-clicking a checked row clears the range.
    expect(sorted(toggleRow(down, order, "b", true))).toEqual(["c"]);
  });

  it("treats a shift-click without an earlier click, or with the anchor filtered out, as a single click", () => {
    expect(sorted(toggleRow(emptyRowSelection, order, "c", true))).toEqual(["c"]);
    const anchored = toggleRow(emptyRowSelection, ["x", ...order], "x", false);
    expect(sorted(toggleRow(anchored, order, "c", true))).toEqual(["c", "x"]);
  });

  it("checks every filtered row from the header, then clears them, keeping rows filtered out", () => {
    const other = toggleRow(emptyRowSelection, ["z"], "z", false);
    const all = toggleAllRows(other, order);
    expect(sorted(all)).toEqual(["a", "b", "c", "d", "e", "z"]);
    expect(headerCheckState(all, order)).toBe("all");
    expect(sorted(toggleAllRows(all, order))).toEqual(["z"]);
    expect(headerCheckState(toggleRow(emptyRowSelection, order, "a", false), order)).toBe("some");
    expect(headerCheckState(emptyRowSelection, order)).toBe("none");
  });
});
