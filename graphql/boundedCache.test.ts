// The parse cache's bounds: entries and total key length, least recently used out first.
import { expect, it } from "vitest";
import { BoundedCache } from "./boundedCache";

it("drops the least recently used entry past its entry bound", () => {
  const cache = new BoundedCache<number>(2, 1000);
  cache.set("a", 1);
  cache.set("b", 2);
  expect(cache.get("a")).toBe(1);
  cache.set("c", 3);
  expect(cache.get("b")).toBeUndefined();
  expect([cache.get("a"), cache.get("c"), cache.size]).toEqual([1, 3, 2]);
});

it("drops entries until the keys fit its length bound, and never keeps a key longer than the bound", () => {
  const cache = new BoundedCache<number>(100, 10);
  cache.set("aaaa", 1);
  cache.set("bbbb", 2);
  cache.set("cccc", 3);
  expect([cache.get("aaaa"), cache.get("bbbb"), cache.get("cccc")]).toEqual([undefined, 2, 3]);
  cache.set("x".repeat(11), 4);
  expect(cache.get("x".repeat(11))).toBeUndefined();
  expect(cache.size).toBe(2);
});

it("replacing a key does not count it twice", () => {
  const cache = new BoundedCache<number>(100, 8);
  cache.set("aaaa", 1);
  cache.set("aaaa", 2);
  cache.set("bbbb", 3);
  expect([cache.get("aaaa"), cache.get("bbbb")]).toEqual([2, 3]);
});
