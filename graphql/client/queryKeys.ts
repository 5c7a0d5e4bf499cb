// TanStack Query cache keys, in one place so mutations invalidate exactly what they change.

export const queryKeys = {
  assetNodes: (selection: string | null) => ["assetNodes", selection ?? ""] as const,
  allAssetNodes: ["assetNodes"] as const,
  assetNode: (path: readonly string[]) => ["assetNode", ...path] as const,
  allAssetNode: ["assetNode"] as const,
  codeLocations: ["codeLocations"] as const,
};
