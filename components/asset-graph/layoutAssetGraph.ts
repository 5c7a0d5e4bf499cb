// Lays out the asset graph left to right with ELK: assets inside group boxes, collapsed groups as single nodes.
// Pure (no React, no DOM) so it can move into a *.worker.ts unchanged when graphs get large.
import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api";

export interface LayoutAssetInput {
  /** The asset key string, e.g. "analytics/daily_active_users". */
  id: string;
  groupName: string;
}

export interface LayoutEdgeInput {
  /** Upstream asset id. */
  source: string;
  /** Downstream asset id. */
  target: string;
}

export interface LayoutInput {
  assets: readonly LayoutAssetInput[];
  edges: readonly LayoutEdgeInput[];
  collapsedGroups: readonly string[];
}

export interface GroupLayout {
  /** The graph node id of the group ("group:<name>", or "group:<name>:collapsed"); asset keys never contain ":", so ids never clash. */
  id: string;
  name: string;
  collapsed: boolean;
  /** Visible assets in the group, whether drawn or folded into the collapsed node. */
  assetCount: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AssetLayout {
  id: string;
  groupId: string;
  /** Relative to the group box's top-left corner, as React Flow expects for child nodes. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EdgeLayout {
  id: string;
  /** An asset id, or a group id when that end sits in a collapsed group. */
  source: string;
  target: string;
}

export interface AssetGraphLayout {
  groups: GroupLayout[];
  assets: AssetLayout[];
  edges: EdgeLayout[];
}

export const ASSET_NODE_SIZE = { width: 272, height: 68 } as const;
export const COLLAPSED_GROUP_SIZE = { width: 272, height: 64 } as const;
/** Room at the top of an expanded group box for its label row. */
export const GROUP_HEADER_HEIGHT = 40;
const GROUP_PADDING = 16;

export function groupNodeId(groupName: string, collapsed = false): string {
  // A collapsed group gets its own id so React Flow never reuses the expanded box's measured size for it.
  return collapsed ? `group:${groupName}:collapsed` : `group:${groupName}`;
}

const elk = new ELK();

export async function layoutAssetGraph(input: LayoutInput): Promise<AssetGraphLayout> {
  const collapsed = new Set(input.collapsedGroups);
  const groupOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const asset of input.assets) {
    groupOf.set(asset.id, asset.groupName);
    const list = members.get(asset.groupName);
    if (list) list.push(asset.id);
    else members.set(asset.groupName, [asset.id]);
  }
  const groupNames = [...members.keys()].sort();

  // An edge end inside a collapsed group is redirected to the group node; duplicates and self-loops fold away.
  const endpoint = (assetId: string): string => {
    const group = groupOf.get(assetId);
    return group !== undefined && collapsed.has(group) ? groupNodeId(group, true) : assetId;
  };
  const edges: EdgeLayout[] = [];
  const seenEdges = new Set<string>();
  for (const edge of input.edges) {
    if (!groupOf.has(edge.source) || !groupOf.has(edge.target)) continue;
    const source = endpoint(edge.source);
    const target = endpoint(edge.target);
    if (source === target) continue;
    const id = `${source}->${target}`;
    if (seenEdges.has(id)) continue;
    seenEdges.add(id);
    edges.push({ id, source, target });
  }

  const children: ElkNode[] = groupNames.map((name) => {
    const ids = members.get(name) ?? [];
    if (collapsed.has(name)) return { id: groupNodeId(name, true), ...COLLAPSED_GROUP_SIZE };
    return {
      id: groupNodeId(name),
      layoutOptions: {
        "elk.padding": `[top=${GROUP_HEADER_HEIGHT + 8},left=${GROUP_PADDING},bottom=${GROUP_PADDING},right=${GROUP_PADDING}]`,
        // Keeps the label readable on a group with one narrow column.
        "elk.nodeSize.constraints": "MINIMUM_SIZE",
        "elk.nodeSize.minimum": `(${ASSET_NODE_SIZE.width + 2 * GROUP_PADDING}, ${GROUP_HEADER_HEIGHT + ASSET_NODE_SIZE.height})`,
      },
      children: ids.map((id) => ({ id, ...ASSET_NODE_SIZE })),
    };
  });

  const elkEdges: ElkExtendedEdge[] = edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  const root = await elk.layout({
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.hierarchyHandling": "INCLUDE_CHILDREN",
      "elk.layered.spacing.nodeNodeBetweenLayers": "64",
      "elk.spacing.nodeNode": "20",
      "elk.spacing.componentComponent": "48",
      "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
      "elk.layered.crossingMinimization.strategy": "LAYER_SWEEP",
      "elk.padding": "[top=24,left=24,bottom=24,right=24]",
    },
    children,
    edges: elkEdges,
  });

  const groups: GroupLayout[] = [];
  const assets: AssetLayout[] = [];
  const groupNameById = new Map(groupNames.map((name) => [groupNodeId(name, collapsed.has(name)), name]));
  for (const groupNode of root.children ?? []) {
    const name = groupNameById.get(groupNode.id) ?? groupNode.id;
    const isCollapsed = collapsed.has(name);
    groups.push({
      id: groupNode.id,
      name,
      collapsed: isCollapsed,
      assetCount: members.get(name)?.length ?? 0,
      x: groupNode.x ?? 0,
      y: groupNode.y ?? 0,
      width: groupNode.width ?? COLLAPSED_GROUP_SIZE.width,
      height: groupNode.height ?? COLLAPSED_GROUP_SIZE.height,
    });
    for (const child of groupNode.children ?? []) {
      assets.push({
        id: child.id,
        groupId: groupNode.id,
        x: child.x ?? 0,
        y: child.y ?? 0,
        width: child.width ?? ASSET_NODE_SIZE.width,
        height: child.height ?? ASSET_NODE_SIZE.height,
      });
    }
  }
  return { groups, assets, edges };
}
