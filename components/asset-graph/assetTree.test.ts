import { describe, expect, it } from "vitest";
import { parseSelection } from "../../lib/core/selection";
import { buildAssetTree } from "./assetTree";

const assets = [
  { key: "raw_events", groupName: "user_events" },
  { key: "analytics/daily_active_users", groupName: "analytics" },
  { key: "analytics/weekly_report", groupName: "analytics" },
  { key: "analytics/finance/revenue", groupName: "finance" },
];

describe("buildAssetTree", () => {
  it("lists groups with their assets and counts, and the selection that shows each", () => {
    const tree = buildAssetTree(assets);
    expect(tree.groups.map((g) => [g.label, g.count, g.selection])).toEqual([
      ["analytics", 2, "group:analytics"],
      ["finance", 1, "group:finance"],
      ["user_events", 1, "group:user_events"],
    ]);
    expect(tree.groups[0]!.assets).toEqual(["analytics/daily_active_users", "analytics/weekly_report"]);
    expect(tree.matchCount).toBe(4);
  });

  it("nests key prefixes, counting every asset below, with keys of one segment at the root", () => {
    const tree = buildAssetTree(assets);
    expect(tree.rootAssets).toEqual(["raw_events"]);
    const [analytics] = tree.prefixes;
    expect(analytics).toMatchObject({ label: "analytics", count: 3, selection: "key:analytics/*" });
    expect(analytics!.assets).toEqual(["analytics/daily_active_users", "analytics/weekly_report"]);
    expect(analytics!.branches[0]).toMatchObject({
      label: "finance",
      count: 1,
      selection: "key:analytics/finance/*",
      assets: ["analytics/finance/revenue"],
    });
  });

  it("narrows to assets whose key or group holds the filter, case aside", () => {
    const tree = buildAssetTree(assets, "WEEKLY");
    expect(tree.matchCount).toBe(1);
    expect(tree.groups.map((g) => g.label)).toEqual(["analytics"]);
    expect(tree.prefixes[0]!.count).toBe(1);
    expect(buildAssetTree(assets, "finance").groups.map((g) => g.label)).toEqual(["finance"]);
  });

  it("writes selections the selection grammar parses, quoting names it would not read as one word", () => {
    const tree = buildAssetTree([{ key: "a b/c", groupName: "my group" }]);
    expect(tree.groups[0]!.selection).toBe('group:"my group"');
    for (const selection of [tree.groups[0]!.selection, tree.prefixes[0]!.selection])
      expect(parseSelection(selection).ok).toBe(true);
  });
});
