"use client";
// The graph's edges, drawn as SVG paths in React Flow's viewport rather than as one React Flow edge each: at 10,000
// assets (20,000+ edges) per-edge components cost seconds to mount and work on every pan frame. Edges are grouped by
// the group they lead into; a group's edges are one path, drawn only while its bounds are near the view, and built
// the first time they are drawn. Edges are not interactive here, so nothing is lost.
import { getBezierPath, Position, type ReactFlowState, useStore, ViewportPortal } from "@xyflow/react";
import { memo, useCallback, useMemo } from "react";
import type { AssetGraphLayout, EdgeLayout } from "./layoutAssetGraph";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The edges into one group (or collapsed group): their end points and the box around them. */
export interface EdgeChunk {
  key: string;
  /** `down`: from the right of the upstream node into the top of the downstream one, a row below (see layerRows). */
  lines: { sourceX: number; sourceY: number; targetX: number; targetY: number; down: boolean }[];
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const ARROW_LENGTH = 7;
const ARROW_HALF_WIDTH = 4.5;
/** Edges are drawn a little beyond the view so a pan rarely shows them appear. */
const VIEW_MARGIN = 0.25;

export type NodeBoxes = ReadonlyMap<string, Box & { groupId: string }>;

/** Absolute boxes of every drawn node (assets, and collapsed groups) by id, with the group each belongs to. */
export function nodeBoxes(layout: AssetGraphLayout): NodeBoxes {
  const boxes = new Map<string, Box & { groupId: string }>();
  const groups = new Map(layout.groups.map((g) => [g.id, g]));
  for (const group of layout.groups)
    if (group.collapsed)
      boxes.set(group.id, { x: group.x, y: group.y, width: group.width, height: group.height, groupId: group.id });
  for (const asset of layout.assets) {
    const group = groups.get(asset.groupId);
    boxes.set(asset.id, {
      x: (group?.x ?? 0) + asset.x,
      y: (group?.y ?? 0) + asset.y,
      width: asset.width,
      height: asset.height,
      groupId: asset.groupId,
    });
  }
  return boxes;
}

/** From the right middle of the upstream node to the left middle of the downstream one, chunked by the downstream group. */
export function edgeChunks(boxes: NodeBoxes, edges: readonly EdgeLayout[]): EdgeChunk[] {
  const chunks = new Map<string, EdgeChunk>();
  for (const edge of edges) {
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    if (!source || !target) continue;
    // A downstream group folded onto a later row sits below, often to the left: the edge leaves to the right and
    // comes down into the node's top, rather than looping back (or down through the nodes stacked under it).
    const down = target.x < source.x + source.width && target.y >= source.y + source.height;
    const line = down
      ? {
          sourceX: source.x + source.width,
          sourceY: source.y + source.height / 2,
          targetX: target.x + target.width / 2,
          targetY: target.y,
          down,
        }
      : {
          sourceX: source.x + source.width,
          sourceY: source.y + source.height / 2,
          targetX: target.x,
          targetY: target.y + target.height / 2,
          down,
        };
    let chunk = chunks.get(target.groupId);
    if (!chunk)
      chunks.set(
        target.groupId,
        (chunk = { key: target.groupId, lines: [], minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity }),
      );
    chunk.lines.push(line);
    chunk.minX = Math.min(chunk.minX, line.sourceX, line.targetX - ARROW_LENGTH);
    chunk.maxX = Math.max(chunk.maxX, line.sourceX, line.targetX + ARROW_HALF_WIDTH);
    chunk.minY = Math.min(chunk.minY, line.sourceY, line.targetY - ARROW_LENGTH) - ARROW_HALF_WIDTH;
    chunk.maxY = Math.max(chunk.maxY, line.sourceY, line.targetY) + ARROW_HALF_WIDTH;
  }
  return [...chunks.values()];
}

/**
 * Zoomed out to the group overview: one edge per pair of groups with lineage between them, box to box, chunked like
 * the assets' (a warehouse of 1,000 groups has some 200,000 asset edges but about 15,000 group pairs).
 */
export function groupEdgeChunks(layout: AssetGraphLayout, boxes: NodeBoxes): EdgeChunk[] {
  const groupBoxes = new Map<string, Box & { groupId: string }>();
  for (const group of layout.groups)
    groupBoxes.set(group.id, { x: group.x, y: group.y, width: group.width, height: group.height, groupId: group.id });
  const pairs = new Set<string>();
  const edges: EdgeLayout[] = [];
  for (const edge of layout.edges) {
    const source = boxes.get(edge.source)?.groupId;
    const target = boxes.get(edge.target)?.groupId;
    if (!source || !target || source === target) continue;
    const pair = `${source}\n${target}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    edges.push({ source, target });
  }
  return edgeChunks(groupBoxes, edges);
}

/** Bezier curves as React Flow draws its default edges, and a closed arrowhead at each downstream end. */
export function chunkPaths(chunk: EdgeChunk): { curves: string; arrows: string } {
  let curves = "";
  let arrows = "";
  for (const { sourceX, sourceY, targetX, targetY, down } of chunk.lines) {
    if (down) {
      const [curve] = getBezierPath({
        sourceX,
        sourceY,
        sourcePosition: Position.Right,
        targetX,
        targetY: targetY - ARROW_LENGTH + 1,
        targetPosition: Position.Top,
      });
      curves += curve;
      arrows += `M${targetX},${targetY}L${targetX - ARROW_HALF_WIDTH},${targetY - ARROW_LENGTH}L${targetX + ARROW_HALF_WIDTH},${targetY - ARROW_LENGTH}Z`;
      continue;
    }
    const [curve] = getBezierPath({
      sourceX,
      sourceY,
      sourcePosition: Position.Right,
      targetX: targetX - ARROW_LENGTH + 1,
      targetY,
      targetPosition: Position.Left,
    });
    curves += curve;
    arrows += `M${targetX},${targetY}L${targetX - ARROW_LENGTH},${targetY - ARROW_HALF_WIDTH}L${targetX - ARROW_LENGTH},${targetY + ARROW_HALF_WIDTH}Z`;
  }
  return { curves, arrows };
}

/** Keys of the chunks whose bounds meet the view (with a margin), joined, so the selector's result compares cheaply. */
function visibleChunkKeys(
  chunks: readonly EdgeChunk[],
  { transform: [tx, ty, zoom], width, height }: ReactFlowState,
): string {
  const marginX = (width / zoom) * VIEW_MARGIN;
  const marginY = (height / zoom) * VIEW_MARGIN;
  const left = -tx / zoom - marginX;
  const top = -ty / zoom - marginY;
  const right = left + width / zoom + 2 * marginX;
  const bottom = top + height / zoom + 2 * marginY;
  let keys = "";
  for (const chunk of chunks)
    if (chunk.maxX >= left && chunk.minX <= right && chunk.maxY >= top && chunk.minY <= bottom)
      keys += `${chunk.key}\n`;
  return keys;
}

const EdgeChunkPath = memo(function EdgeChunkPath({ chunk, highlighted }: { chunk: EdgeChunk; highlighted: boolean }) {
  const { curves, arrows } = useMemo(() => chunkPaths(chunk), [chunk]);
  return (
    <g>
      <path
        d={curves}
        className={highlighted ? "fill-none stroke-accent-500" : "fill-none stroke-neutral-400"}
        strokeWidth={highlighted ? 2 : 1.5}
      />
      <path d={arrows} className={highlighted ? "fill-accent-500" : "fill-neutral-400"} />
    </g>
  );
});

/** `boxes`: nodeBoxes(layout), which the canvas keeps too. */
export const AssetEdges = memo(function AssetEdges({
  layout,
  boxes,
  highlightKey,
  overview = false,
}: {
  layout: AssetGraphLayout;
  boxes: NodeBoxes;
  highlightKey: string | null;
  /** The group overview is drawn: edges between groups, not assets. */
  overview?: boolean;
}) {
  // Each kind built the first time it is drawn and kept for the layout, so zooming in and out does not rebuild them.
  const built = useMemo<{ layout: AssetGraphLayout; boxes: NodeBoxes; assets?: EdgeChunk[]; groups?: EdgeChunk[] }>(
    () => ({ layout, boxes }),
    [boxes, layout],
  );
  const chunks = overview
    ? (built.groups ??= groupEdgeChunks(built.layout, built.boxes))
    : (built.assets ??= edgeChunks(built.boxes, built.layout.edges));
  const visibleKeys = useStore(useCallback((s: ReactFlowState) => visibleChunkKeys(chunks, s), [chunks]));
  const visible = useMemo(() => {
    const keys = new Set(visibleKeys.split("\n"));
    return chunks.filter((c) => keys.has(c.key));
  }, [chunks, visibleKeys]);
  const highlighted = useMemo(
    () =>
      highlightKey && !overview
        ? edgeChunks(
            boxes,
            layout.edges.filter((e) => e.source === highlightKey || e.target === highlightKey),
          )
        : [],
    [boxes, layout, highlightKey, overview],
  );
  return (
    <ViewportPortal>
      {/* Above the group boxes (z -1) and below the nodes (z 1); the selected asset's edges above the nodes. */}
      <svg
        aria-hidden
        className="pointer-events-none absolute top-0 left-0 overflow-visible"
        width={1}
        height={1}
        style={{ zIndex: 0 }}
        data-testid="asset-graph-edges"
      >
        {visible.map((chunk) => (
          <EdgeChunkPath key={chunk.key} chunk={chunk} highlighted={false} />
        ))}
      </svg>
      {highlighted.length > 0 && (
        <svg
          aria-hidden
          className="pointer-events-none absolute top-0 left-0 overflow-visible"
          width={1}
          height={1}
          style={{ zIndex: 2 }}
        >
          {highlighted.map((chunk) => (
            <EdgeChunkPath key={chunk.key} chunk={chunk} highlighted />
          ))}
        </svg>
      )}
    </ViewportPortal>
  );
});
