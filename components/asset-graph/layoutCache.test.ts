import { describe, expect, it } from "vitest";
import { layoutCacheKey } from "./layoutCache";

describe("layoutCacheKey", () => {
  it("gives the same key to the same layout input and different keys to inputs one character apart", () => {
    const signature = "analytics/daily\tanalytics\nraw\tevents\nraw>analytics/daily\n";
    expect(layoutCacheKey(signature)).toBe(layoutCacheKey(`${signature}`));
    expect(layoutCacheKey(signature)).not.toBe(layoutCacheKey(signature.replace("daily", "dailz")));
    expect(layoutCacheKey(signature)).not.toBe(layoutCacheKey(`${signature}group`));
  });
});
