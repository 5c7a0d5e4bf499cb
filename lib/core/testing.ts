// Test data builders for lib/core tests: asset nodes and graphs from a compact description.
import type { AssetNodeSnapshot } from "./definitionsSnapshot";

export function buildAssetNode(
  key: string,
  overrides: Partial<Omit<AssetNodeSnapshot, "key">> & { deps?: string[] } = {},
): AssetNodeSnapshot {
  const { deps = [], ...rest } = overrides;
  return {
    key: key.split("/"),
    groupName: "default",
    description: null,
    owners: [],
    tags: {},
    kinds: [],
    metadata: {},
    codeVersion: null,
    isSource: false,
    dependencyKeys: deps.map((d) => d.split("/")),
    ...rest,
  };
}

/** Nodes from `{ key: [upstream keys] }`, e.g. `{ a: [], b: ["a"] }`. */
export function buildAssetNodes(dependencies: Record<string, string[]>): AssetNodeSnapshot[] {
  return Object.entries(dependencies).map(([key, deps]) => buildAssetNode(key, { deps }));
}
