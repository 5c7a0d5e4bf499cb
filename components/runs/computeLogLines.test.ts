import { describe, expect, it } from "vitest";
import { computeLogLines } from "./computeLogLines";

describe("computeLogLines", () => {
  it("joins the line a window boundary cuts in two and drops the empty line after a final newline", () => {
    expect(computeLogLines([{ text: "one\ntw" }, { text: "o\nthree\n" }])).toEqual(["one", "two", "three"]);
  });

  it("keeps a window without a newline inside the line it continues, and the last line without its newline", () => {
    expect(computeLogLines([{ text: "a\nb" }, { text: "cd" }, { text: "e\nf" }])).toEqual(["a", "bcde", "f"]);
  });

  it("keeps empty lines inside the text and reads no windows as no lines", () => {
    expect(computeLogLines([{ text: "a\n\n\nb\n" }])).toEqual(["a", "", "", "b"]);
    expect(computeLogLines([])).toEqual([]);
    expect(computeLogLines([{ text: "" }])).toEqual([]);
  });

  it("reads the same window object the same way every time it is joined with others", () => {
    const first = { text: "x\ny" };
    const second = { text: "z\n" };
    expect(computeLogLines([first, second])).toEqual(["x", "yz"]);
    expect(computeLogLines([{ text: "w\n" }, first, second])).toEqual(["w", "x", "yz"]);
  });
});
