import { describe, expect, it } from "vitest";
import { columnMatches, columnTree } from "./columnTree";

const ref = (key: string, column: string) => ({ assetKey: { path: key.split("/") }, column });
const step = (key: string, column: string, depth: number, via: ReturnType<typeof ref>) => ({
  ...ref(key, column),
  depth,
  via,
});

describe("columnTree", () => {
  it("puts each column under the one it was reached from", () => {
    const start = ref("dau", "active_users");
    const userId = step("users", "user_id", 1, start);
    const id = step("raw/users", "id", 2, ref("users", "user_id"));
    const country = step("users", "country", 1, start);
    const tree = columnTree(start, [userId, country, id]);
    expect(tree.map((n) => [n.step.column, n.children.map((c) => c.step.column)])).toEqual([
      ["user_id", ["id"]],
      ["country", []],
    ]);
  });

  it("keeps a step whose column is unknown at the top", () => {
    expect(columnTree(ref("a", "x"), [step("b", "y", 2, ref("c", "z"))]).map((n) => n.step.column)).toEqual(["y"]);
  });
});

describe("columnMatches", () => {
  it("matches a substring, case-insensitively, or a glob", () => {
    expect(columnMatches("userId", "user")).toBe(true);
    expect(columnMatches("userId", "USERID")).toBe(true);
    expect(columnMatches("userId", "")).toBe(true);
    expect(columnMatches("userId", "plan")).toBe(false);
    expect(columnMatches("revenue_cents", "*_cents")).toBe(true);
    expect(columnMatches("revenue_cents_x", "*_cents")).toBe(false);
  });
});
