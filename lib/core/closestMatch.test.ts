import { describe, expect, it } from "vitest";
import { closestMatch, editDistance } from "./closestMatch";

describe("closestMatch", () => {
  it("measures edits", () => {
    expect(editDistance("grup", "group")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("suggests the nearest candidate within the limit, or nothing", () => {
    expect(closestMatch("raw_event", ["raw_events", "fact_events"])).toBe("raw_events");
    expect(closestMatch("zzz", ["raw_events", "fact_events"])).toBeNull();
    expect(closestMatch("ab", ["abcd"], 1)).toBeNull();
  });
});
