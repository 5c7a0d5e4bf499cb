import { describe, expect, it } from "vitest";
import { configErrorRange, lineAndColumn } from "./configErrorPlace";

const text = "ops:\n  raw_events:\n    config:\n      eventCount: lots\n";

describe("configErrorRange", () => {
  it("places an error on its path's value", () => {
    const range = configErrorRange(text, {
      path: ["ops", "raw_events", "config", "eventCount"],
      message: "not a number",
    });
    expect(lineAndColumn(text, range.from).line).toBe(4);
  });

  it("keeps a parse error's own range, clamped to the text", () => {
    expect(configErrorRange(text, { path: [], message: "bad", range: { from: 5, to: 999 } })).toEqual({
      from: 5,
      to: text.length,
    });
  });

  it("puts an error with no place in the text on the first line", () => {
    expect(configErrorRange(text, { path: ["resources", "warehouse"], message: "missing" })).toEqual({
      from: 0,
      to: 4,
    });
  });
});

describe("lineAndColumn", () => {
  it("counts lines and columns from 1", () => {
    expect(lineAndColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(text, text.indexOf("raw_events"))).toEqual({ line: 2, column: 3 });
  });
});
