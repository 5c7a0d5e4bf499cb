import { describe, expect, it } from "vitest";
import { yamlNewline } from "./yamlNewline";

describe("yamlNewline", () => {
  it("indents one level after a key that opens a block", () => {
    expect(yamlNewline("ops:")).toBe("\n  ");
    expect(yamlNewline("  raw_events:  ")).toBe("\n    ");
    expect(yamlNewline("ops: # the assets")).toBe("\n  ");
    expect(yamlNewline("    description: |")).toBe("\n      ");
  });

  it("keeps the indentation after a key with a value", () => {
    expect(yamlNewline("    eventCount: 800")).toBe("\n    ");
    expect(yamlNewline('  label: "a: b"')).toBe("\n  ");
    expect(yamlNewline("  url: 'http://x#y:'")).toBe("\n  ");
  });

  it("lines a list item's keys up after its dash", () => {
    expect(yamlNewline("  - name: a")).toBe("\n    ");
    expect(yamlNewline("  - settings:")).toBe("\n      ");
  });

  it("keeps no indentation at the top level", () => {
    expect(yamlNewline("")).toBe("\n");
    expect(yamlNewline("resources: {}")).toBe("\n");
  });
});
