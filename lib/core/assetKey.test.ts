import { describe, expect, it } from "vitest";
import { assetKeysEqual, compareAssetKeys, parseAssetKey, toAssetKeyString, tryParseAssetKey } from "./assetKey";

describe("asset keys", () => {
  it("prints a path with slashes", () => {
    expect(toAssetKeyString(["analytics", "fact_events"])).toBe("analytics/fact_events");
    expect(toAssetKeyString(["raw_events"])).toBe("raw_events");
  });

  it("parses the string and the path form to the same path", () => {
    expect(parseAssetKey("analytics/fact_events")).toEqual(["analytics", "fact_events"]);
    expect(parseAssetKey(["analytics", "fact_events"])).toEqual(["analytics", "fact_events"]);
    expect(parseAssetKey("raw-events.v2")).toEqual(["raw-events.v2"]);
  });

  it("returns a copy, so callers cannot change the given array", () => {
    const path = ["a", "b"];
    const parsed = parseAssetKey(path);
    parsed.push("c");
    expect(path).toEqual(["a", "b"]);
  });

  it("rejects empty segments, naming where they are", () => {
    expect(() => parseAssetKey("")).toThrow('Asset key "" has an empty segment at index 0');
    expect(() => parseAssetKey("a//b")).toThrow('Asset key "a//b" has an empty segment at index 1');
    expect(() => parseAssetKey("a/")).toThrow("empty segment at index 1");
    expect(() => parseAssetKey(["a", ""])).toThrow('Asset key ["a",""] has an empty segment at index 1');
    expect(() => parseAssetKey([])).toThrow("is empty");
  });

  it("rejects characters that the selection syntax reserves", () => {
    expect(() => parseAssetKey("fact events")).toThrow('invalid segment "fact events"');
    expect(() => parseAssetKey(["a/b"])).toThrow('invalid segment "a/b"');
    expect(() => parseAssetKey("a+b")).toThrow("invalid segment");
    expect(tryParseAssetKey("x:y")).toMatchObject({ ok: false });
    expect(tryParseAssetKey("x/y")).toEqual({ ok: true, path: ["x", "y"] });
  });

  it("compares keys in either form", () => {
    expect(assetKeysEqual("a/b", ["a", "b"])).toBe(true);
    expect(assetKeysEqual(["a", "b"], ["a", "b"])).toBe(true);
    expect(assetKeysEqual("a/b", "a/c")).toBe(false);
    expect(assetKeysEqual(["a/b"], "a/b")).toBe(false);
    expect(assetKeysEqual("a//b", "a//b")).toBe(false);
  });

  it("sorts by code unit regardless of locale", () => {
    expect(["b", "B", "a/b", "a"].sort(compareAssetKeys)).toEqual(["B", "a", "a/b", "b"]);
  });
});
