// The asset tree beside the graph (pure, so it is tested on its own): assets by group, and by key prefix, each branch
// with how many assets it holds and the selection that shows it in the graph (`group:x`, `key:a/b/*`), narrowed by
// a filter text.

export interface TreeAsset {
  /** The asset key string, e.g. "analytics/daily_active_users". */
  key: string;
  groupName: string;
}

export interface AssetTreeBranch {
  kind: "group" | "prefix";
  /** Unique among branches: "group:<name>" or "prefix:<a/b>". */
  id: string;
  label: string;
  /** The selection that shows this branch's assets in the graph. */
  selection: string;
  /** Assets under the branch, in its sub-branches too (after the filter). */
  count: number;
  branches: AssetTreeBranch[];
  /** Assets directly under the branch, as key strings, sorted. */
  assets: string[];
}

export interface AssetTree {
  groups: AssetTreeBranch[];
  /** Key prefixes; keys of one segment are in `rootAssets`. */
  prefixes: AssetTreeBranch[];
  rootAssets: string[];
  /** Assets that match the filter, in all. */
  matchCount: number;
}

/** Whether an asset matches the filter: its key or group holds the text, case aside. */
export function matchesFilter(asset: TreeAsset, filter: string): boolean {
  const text = filter.trim().toLowerCase();
  if (!text) return true;
  return asset.key.toLowerCase().includes(text) || asset.groupName.toLowerCase().includes(text);
}

function quoteIfNeeded(value: string): string {
  // Names the selection grammar reads as one word go bare; anything else is quoted.
  return /^[\w./*-]+$/.test(value) ? value : JSON.stringify(value);
}

export function buildAssetTree(assets: readonly TreeAsset[], filter = ""): AssetTree {
  const matching = assets.filter((a) => matchesFilter(a, filter));
  const byGroup = new Map<string, string[]>();
  for (const asset of matching) {
    const list = byGroup.get(asset.groupName);
    if (list) list.push(asset.key);
    else byGroup.set(asset.groupName, [asset.key]);
  }
  const groups = [...byGroup.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, keys]): AssetTreeBranch => ({
        kind: "group",
        id: `group:${name}`,
        label: name,
        selection: `group:${quoteIfNeeded(name)}`,
        count: keys.length,
        branches: [],
        assets: keys.sort(),
      }),
    );

  const root: AssetTreeBranch = {
    kind: "prefix",
    id: "prefix:",
    label: "",
    selection: "",
    count: 0,
    branches: [],
    assets: [],
  };
  const branchOf = new Map<string, AssetTreeBranch>([["", root]]);
  for (const { key } of matching) {
    const segments = key.split("/");
    let parent = root;
    parent.count++;
    for (let i = 0; i < segments.length - 1; i++) {
      const prefix = segments.slice(0, i + 1).join("/");
      let branch = branchOf.get(prefix);
      if (!branch) {
        branch = {
          kind: "prefix",
          id: `prefix:${prefix}`,
          label: segments[i]!,
          selection: `key:${quoteIfNeeded(`${prefix}/*`)}`,
          count: 0,
          branches: [],
          assets: [],
        };
        branchOf.set(prefix, branch);
        parent.branches.push(branch);
      }
      branch.count++;
      parent = branch;
    }
    parent.assets.push(key);
  }
  const sortBranch = (branch: AssetTreeBranch) => {
    branch.branches.sort((a, b) => a.label.localeCompare(b.label));
    branch.assets.sort();
    branch.branches.forEach(sortBranch);
  };
  sortBranch(root);
  return { groups, prefixes: root.branches, rootAssets: root.assets, matchCount: matching.length };
}
