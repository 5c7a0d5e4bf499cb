// Lays out the asset graph left to right: assets in layers inside group boxes, the groups themselves in layers, and
// collapsed groups as single nodes. A layered (Sugiyama-style) layout in linear time plus a few sorting sweeps, so
// 10,000 assets lay out in well under a second; ELK's layered algorithm took minutes at that size. Pure (no React,
// no DOM): it runs in layoutAssetGraph.worker.ts, off the main thread.

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
  /** An asset id, or a group id when that end sits in a collapsed group. */
  source: string;
  target: string;
}

export interface AssetGraphLayout {
  groups: GroupLayout[];
  assets: AssetLayout[];
  edges: EdgeLayout[];
  /** The extent of the whole picture, from (0, 0). */
  width: number;
  height: number;
}

export const ASSET_NODE_SIZE = { width: 272, height: 84 } as const;
export const COLLAPSED_GROUP_SIZE = { width: 272, height: 64 } as const;
/** Room at the top of an expanded group box for its label row. */
export const GROUP_HEADER_HEIGHT = 40;
const GROUP_PADDING = { top: GROUP_HEADER_HEIGHT + 8, left: 16, right: 16, bottom: 16 };
const ROOT_PADDING = 24;
/** Between the layers of assets in a group, and between the columns of groups. */
const LAYER_SPACING = 64;
const NODE_SPACING = 20;
const GROUP_SPACING = 48;
/** Unconnected parts are packed in rows about this many times wider than tall, to suit a wide screen. */
const PACKING_ASPECT = 2;
/**
 * The shape of the canvas the picture is fitted into (a laptop's graph pane, about 1.5 times wider than tall): of the
 * two ways to place the groups, the one nearer this shape is fitted larger, so its labels read at fit.
 */
const CANVAS_ASPECT = 1.5;

export function groupNodeId(groupName: string, collapsed = false): string {
  // A collapsed group gets its own id so React Flow never reuses the expanded box's measured size for it.
  return collapsed ? `group:${groupName}:collapsed` : `group:${groupName}`;
}

interface Size {
  width: number;
  height: number;
}

/** Weakly connected parts of a graph of `count` nodes, each a list of node indexes in ascending order. */
export function connectedParts(count: number, edges: readonly (readonly [number, number])[]): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const [a, b] of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const parts = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const root = find(i);
    const part = parts.get(root);
    if (part) part.push(i);
    else parts.set(root, [i]);
  }
  return [...parts.values()];
}

/**
 * Layers of a directed graph: longest path from the sources, then each node moved right up to its nearest consumer
 * (shorter edges, as network-simplex layering gives). Edges that close a cycle are ignored, so any input gets layers;
 * the edges kept are returned by node.
 */
export function assignLayers(
  count: number,
  edges: readonly (readonly [number, number])[],
): { layer: number[]; successors: number[][]; predecessors: number[][] } {
  const successors: number[][] = Array.from({ length: count }, () => []);
  const predecessors: number[][] = Array.from({ length: count }, () => []);
  const seen = new Set<number>();
  for (const [from, to] of edges) {
    const key = from * count + to;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    successors[from]!.push(to);
    predecessors[to]!.push(from);
  }
  // Topological order (Kahn, in index order); whatever a cycle holds back follows in index order.
  const inDegree = predecessors.map((p) => p.length);
  const topo: number[] = [];
  for (let i = 0; i < count; i++) if (inDegree[i] === 0) topo.push(i);
  for (let head = 0; head < topo.length; head++) {
    for (const next of successors[topo[head]!]!) if (--inDegree[next]! === 0) topo.push(next);
  }
  if (topo.length < count) {
    const placed = new Set(topo);
    for (let i = 0; i < count; i++) if (!placed.has(i)) topo.push(i);
  }
  const rank = new Array<number>(count);
  topo.forEach((node, i) => (rank[node] = i));
  const forwardSuccessors = successors.map((list, node) => list.filter((s) => rank[s]! > rank[node]!));
  const forwardPredecessors = predecessors.map((list, node) => list.filter((p) => rank[p]! < rank[node]!));

  const layer = new Array<number>(count).fill(0);
  for (const node of topo)
    for (const p of forwardPredecessors[node]!) layer[node] = Math.max(layer[node]!, layer[p]! + 1);
  for (let i = topo.length - 1; i >= 0; i--) {
    const node = topo[i]!;
    let nearest = Infinity;
    for (const s of forwardSuccessors[node]!) nearest = Math.min(nearest, layer[s]!);
    if (nearest !== Infinity) layer[node] = Math.max(layer[node]!, nearest - 1);
  }
  return { layer, successors: forwardSuccessors, predecessors: forwardPredecessors };
}

/**
 * Places the items of `order` top to bottom in that order, `gap` apart, each as near its desired top as the order
 * allows (least squares: the pool-adjacent-violators algorithm). `desired`, `sizes` and `y` are indexed by item.
 */
function placeInOrder(
  order: readonly number[],
  desired: readonly number[],
  sizes: readonly Size[],
  gap: number,
  y: number[],
): void {
  // With offset(i) the room the items before i need, z(i) = y(i) - offset(i) must not decrease along the order.
  const offsets: number[] = [];
  let offset = 0;
  for (const item of order) {
    offsets.push(offset);
    offset += sizes[item]!.height + gap;
  }
  const blockValue: number[] = [];
  const blockWeight: number[] = [];
  const blockEnd: number[] = [];
  order.forEach((item, i) => {
    blockValue.push(desired[item]! - offsets[i]!);
    blockWeight.push(1);
    blockEnd.push(i);
    while (blockValue.length > 1 && blockValue[blockValue.length - 2]! > blockValue[blockValue.length - 1]!) {
      const value = blockValue.pop()!;
      const weight = blockWeight.pop()!;
      const end = blockEnd.pop()!;
      const last = blockValue.length - 1;
      blockValue[last] = (blockValue[last]! * blockWeight[last]! + value * weight) / (blockWeight[last]! + weight);
      blockWeight[last] = blockWeight[last]! + weight;
      blockEnd[last] = end;
    }
  });
  let start = 0;
  blockValue.forEach((value, b) => {
    for (let i = start; i <= blockEnd[b]!; i++) y[order[i]!] = value + offsets[i]!;
    start = blockEnd[b]! + 1;
  });
}

interface Placement {
  /** Top-left corners, by node. */
  x: number[];
  y: number[];
  width: number;
  height: number;
}

/**
 * A layered layout of one connected graph, left to right: layers (see assignLayers), order within each layer by
 * barycentre sweeps, and each node as level with its neighbours as the order allows. A layer is as wide as its
 * widest node.
 */
export function layeredLayout(
  sizes: readonly Size[],
  edges: readonly (readonly [number, number])[],
  spacing: { layer: number; node: number },
): Placement {
  const count = sizes.length;
  const { layer, successors, predecessors } = assignLayers(count, edges);
  const layerCount = layer.reduce((max, l) => Math.max(max, l), 0) + 1;
  const columns: number[][] = Array.from({ length: layerCount }, () => []);
  for (let n = 0; n < count; n++) columns[layer[n]!]!.push(n);

  // Positions within a column for the sweeps, kept in `scratch`: down by predecessors, up by successors, ending down.
  const scratch = new Array<number>(count).fill(0);
  for (const nodes of columns) nodes.forEach((node, i) => (scratch[node] = i));
  const sortBy = (nodes: number[], neighbours: readonly (readonly number[])[]) => {
    const key = new Map<number, number>();
    for (const node of nodes) {
      const list = neighbours[node]!;
      key.set(node, list.length > 0 ? list.reduce((sum, n) => sum + scratch[n]!, 0) / list.length : scratch[node]!);
    }
    nodes.sort((a, b) => key.get(a)! - key.get(b)! || scratch[a]! - scratch[b]!);
    nodes.forEach((node, i) => (scratch[node] = i));
  };
  for (let sweep = 0; sweep < 4; sweep++) {
    if (sweep % 2 === 0) for (let l = 1; l < layerCount; l++) sortBy(columns[l]!, predecessors);
    else for (let l = layerCount - 2; l >= 0; l--) sortBy(columns[l]!, successors);
  }

  // Heights: stacked, then levelled with the neighbours' centres, alternating directions, `scratch` now the wish.
  const y = new Array<number>(count).fill(0);
  for (const nodes of columns) {
    let top = 0;
    for (const node of nodes) {
      y[node] = top;
      top += sizes[node]!.height + spacing.node;
    }
  }
  const centre = (n: number) => y[n]! + sizes[n]!.height / 2;
  const level = (nodes: readonly number[], neighbours: (node: number) => readonly number[]) => {
    for (const node of nodes) {
      const list = neighbours(node);
      scratch[node] =
        list.length > 0
          ? list.reduce((sum, n) => sum + centre(n), 0) / list.length - sizes[node]!.height / 2
          : y[node]!;
    }
    placeInOrder(nodes, scratch, sizes, spacing.node, y);
  };
  for (let pass = 0; pass < 4; pass++) {
    if (pass % 2 === 0) for (let l = 1; l < layerCount; l++) level(columns[l]!, (n) => predecessors[n]!);
    else for (let l = layerCount - 2; l >= 0; l--) level(columns[l]!, (n) => successors[n]!);
  }
  for (const nodes of columns) level(nodes, (n) => [...predecessors[n]!, ...successors[n]!]);

  const x = new Array<number>(count).fill(0);
  let left = 0;
  for (const nodes of columns) {
    let widest = 0;
    for (const node of nodes) {
      x[node] = left;
      widest = Math.max(widest, sizes[node]!.width);
    }
    left += widest + spacing.layer;
  }
  const top = y.reduce((min, value) => Math.min(min, value), Infinity);
  let height = 0;
  for (let n = 0; n < count; n++) {
    y[n] = y[n]! - top;
    height = Math.max(height, y[n]! + sizes[n]!.height);
  }
  return { x, y, width: Math.max(0, left - spacing.layer), height };
}

/** Shelf-packs boxes into rows (tallest first) about `aspect` times wider than tall; corners and the extent. */
export function packBoxes(boxes: readonly Size[], gap: number, aspect: number): Placement {
  const x = new Array<number>(boxes.length).fill(0);
  const y = new Array<number>(boxes.length).fill(0);
  if (boxes.length === 0) return { x, y, width: 0, height: 0 };
  const area = boxes.reduce((sum, b) => sum + (b.width + gap) * (b.height + gap), 0);
  const rowWidth = boxes.reduce((max, b) => Math.max(max, b.width), Math.sqrt(area * aspect));
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[b]!.height - boxes[a]!.height || a - b);
  let cursorX = 0;
  let cursorY = 0;
  let rowHeight = 0;
  let width = 0;
  for (const i of order) {
    const box = boxes[i]!;
    if (cursorX > 0 && cursorX + box.width > rowWidth) {
      cursorY += rowHeight + gap;
      cursorX = 0;
      rowHeight = 0;
    }
    x[i] = cursorX;
    y[i] = cursorY;
    cursorX += box.width + gap;
    rowHeight = Math.max(rowHeight, box.height);
    width = Math.max(width, cursorX - gap);
  }
  return { x, y, width, height: cursorY + rowHeight };
}

/** How far a picture's shape is from the canvas's, as a ratio (1: the same shape). */
export function aspectMisfit(size: Size): number {
  if (size.width <= 0 || size.height <= 0) return Infinity;
  const aspect = size.width / size.height;
  return Math.max(aspect / CANVAS_ASPECT, CANVAS_ASPECT / aspect);
}

/**
 * A graph's nodes in reading order, layer by layer (assignLayers), left to right and wrapped into rows about as wide
 * as the canvas's shape asks for: upstream still reads before downstream, and a long chain folds into lines.
 */
export function layerRows(
  sizes: readonly Size[],
  edges: readonly (readonly [number, number])[],
  gap: number,
): Placement {
  const { layer } = assignLayers(sizes.length, edges);
  const area = sizes.reduce((sum, b) => sum + (b.width + gap) * (b.height + gap), 0);
  const rowWidth = sizes.reduce((max, b) => Math.max(max, b.width), Math.sqrt(area * CANVAS_ASPECT));
  const order = sizes.map((_, i) => i).sort((a, b) => layer[a]! - layer[b]! || a - b);
  const x = new Array<number>(sizes.length).fill(0);
  const y = new Array<number>(sizes.length).fill(0);
  let cursorX = 0;
  let cursorY = 0;
  let rowHeight = 0;
  let width = 0;
  for (const n of order) {
    const box = sizes[n]!;
    if (cursorX > 0 && cursorX + box.width > rowWidth) {
      cursorY += rowHeight + gap;
      cursorX = 0;
      rowHeight = 0;
    }
    x[n] = cursorX;
    y[n] = cursorY;
    cursorX += box.width + gap;
    rowHeight = Math.max(rowHeight, box.height);
    width = Math.max(width, cursorX - gap);
  }
  return { x, y, width, height: cursorY + rowHeight };
}

/** Lays out each connected part of a graph on its own (layeredLayout) and packs the parts. */
function layoutParts(
  sizes: readonly Size[],
  edges: readonly (readonly [number, number])[],
  spacing: { layer: number; node: number; part: number; aspect: number },
): Placement {
  const parts = connectedParts(sizes.length, edges);
  if (parts.length === 1) return layeredLayout(sizes, edges, spacing);
  const partOf = new Array<number>(sizes.length);
  const localIndex = new Array<number>(sizes.length);
  parts.forEach((part, p) => part.forEach((node, i) => ((partOf[node] = p), (localIndex[node] = i))));
  const partEdges: [number, number][][] = parts.map(() => []);
  for (const [a, b] of edges) partEdges[partOf[a]!]!.push([localIndex[a]!, localIndex[b]!]);
  // Most parts of a warehouse's groups are single assets (their edges lead to other groups): no layers to compute.
  const placements = parts.map((part, p) => {
    if (part.length > 1)
      return layeredLayout(
        part.map((n) => sizes[n]!),
        partEdges[p]!,
        spacing,
      );
    const size = sizes[part[0]!]!;
    return { x: [0], y: [0], width: size.width, height: size.height };
  });
  const packed = packBoxes(placements, spacing.part, spacing.aspect);
  const x = new Array<number>(sizes.length).fill(0);
  const y = new Array<number>(sizes.length).fill(0);
  parts.forEach((part, p) =>
    part.forEach((node, i) => {
      x[node] = packed.x[p]! + placements[p]!.x[i]!;
      y[node] = packed.y[p]! + placements[p]!.y[i]!;
    }),
  );
  return { x, y, width: packed.width, height: packed.height };
}

/**
 * Two levels, as the picture reads: inside each expanded group its assets in layers, and the groups themselves (boxes
 * sized by their insides, or collapsed nodes) in layers by the edges between them. Unconnected parts at either level
 * are packed in rows: square-ish inside a group, wide across the page.
 */
export function layoutAssetGraph(input: LayoutInput): AssetGraphLayout {
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
  const groupIndex = new Map(groupNames.map((name, i) => [name, i]));
  const memberIndex = new Map<string, number>();
  for (const ids of members.values()) ids.forEach((id, i) => memberIndex.set(id, i));

  // An edge end inside a collapsed group is redirected to the group node; duplicates and self-loops fold away. Ends
  // are numbered (assets by their place in the input, collapsed groups after them) so duplicates are found by number.
  const assetNumber = new Map<string, number>();
  input.assets.forEach((asset, i) => assetNumber.set(asset.id, i));
  const collapsedId = new Map(
    groupNames.filter((name) => collapsed.has(name)).map((name) => [name, groupNodeId(name, true)]),
  );
  const endCount = input.assets.length + groupNames.length;
  const edges: EdgeLayout[] = [];
  const seenEdges = new Set<number>();
  const innerEdges = new Map<string, [number, number][]>();
  const groupEdges: [number, number][] = [];
  for (const edge of input.edges) {
    const sourceGroup = groupOf.get(edge.source);
    const targetGroup = groupOf.get(edge.target);
    if (sourceGroup === undefined || targetGroup === undefined) continue;
    const sourceCollapsed = collapsedId.get(sourceGroup);
    const targetCollapsed = collapsedId.get(targetGroup);
    const sourceEnd = sourceCollapsed
      ? input.assets.length + groupIndex.get(sourceGroup)!
      : assetNumber.get(edge.source)!;
    const targetEnd = targetCollapsed
      ? input.assets.length + groupIndex.get(targetGroup)!
      : assetNumber.get(edge.target)!;
    if (sourceEnd === targetEnd) continue;
    const key = sourceEnd * endCount + targetEnd;
    if (seenEdges.has(key)) continue;
    seenEdges.add(key);
    edges.push({ source: sourceCollapsed ?? edge.source, target: targetCollapsed ?? edge.target });
    if (sourceGroup !== targetGroup) groupEdges.push([groupIndex.get(sourceGroup)!, groupIndex.get(targetGroup)!]);
    else {
      const list = innerEdges.get(sourceGroup);
      const pair: [number, number] = [memberIndex.get(edge.source)!, memberIndex.get(edge.target)!];
      if (list) list.push(pair);
      else innerEdges.set(sourceGroup, [pair]);
    }
  }

  const inner = new Map<string, Placement>();
  const groupSizes: Size[] = groupNames.map((name) => {
    if (collapsed.has(name)) return COLLAPSED_GROUP_SIZE;
    const ids = members.get(name)!;
    const placement = layoutParts(
      ids.map(() => ASSET_NODE_SIZE),
      innerEdges.get(name) ?? [],
      { layer: LAYER_SPACING, node: NODE_SPACING, part: NODE_SPACING * 2, aspect: 1 },
    );
    inner.set(name, placement);
    return {
      width: Math.max(placement.width, ASSET_NODE_SIZE.width) + GROUP_PADDING.left + GROUP_PADDING.right,
      height: placement.height + GROUP_PADDING.top + GROUP_PADDING.bottom,
    };
  });
  const columns = layoutParts(groupSizes, groupEdges, {
    layer: LAYER_SPACING,
    node: GROUP_SPACING,
    part: GROUP_SPACING,
    aspect: PACKING_ASPECT,
  });
  // Groups in layers left to right make a long strip of a chain of groups, fitted small: their layers as rows, top
  // to bottom, when that is nearer the canvas's shape.
  const rows = groupSizes.length > 1 ? layerRows(groupSizes, groupEdges, GROUP_SPACING) : null;
  const outer = rows && aspectMisfit(rows) < aspectMisfit(columns) ? rows : columns;

  const groups: GroupLayout[] = [];
  const assets: AssetLayout[] = [];
  groupNames.forEach((name, g) => {
    const isCollapsed = collapsed.has(name);
    const id = groupNodeId(name, isCollapsed);
    const ids = members.get(name)!;
    groups.push({
      id,
      name,
      collapsed: isCollapsed,
      assetCount: ids.length,
      x: ROOT_PADDING + outer.x[g]!,
      y: ROOT_PADDING + outer.y[g]!,
      ...groupSizes[g]!,
    });
    const placement = inner.get(name);
    if (!placement) return;
    ids.forEach((assetId, i) => {
      assets.push({
        id: assetId,
        groupId: id,
        x: GROUP_PADDING.left + placement.x[i]!,
        y: GROUP_PADDING.top + placement.y[i]!,
        ...ASSET_NODE_SIZE,
      });
    });
  });
  return { groups, assets, edges, width: outer.width + 2 * ROOT_PADDING, height: outer.height + 2 * ROOT_PADDING };
}
