"use client";
// A large graph's first picture: one card per group (its name, asset count and how its assets stand) and one edge per
// pair of linked groups, laid out like the asset graph (each group as a collapsed group: layoutAssetGraph) from the
// overview query alone, without any asset. A click on a card opens the group. Built to pan at 60 fps over 1,000
// groups: the nodes are made once per overview, React Flow draws those in view, and the cards read no store (the
// label scale is one CSS variable on the canvas, set per zoom step, not per frame or per card).
import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  getViewportForBounds,
  type Node,
  type NodeProps,
  type NodeTypes,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  useStoreApi,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { type MouseEvent, memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import { AssetEdges, nodeBoxes } from "./AssetEdges";
import { AssetGraphMiniMap } from "./AssetGraphMiniMap";
import type { AssetGraphOverview, AssetGroupSummary } from "./assetGraphGroups";
import { GraphSkeleton } from "./GraphSkeleton";
import type { LayoutInput } from "./layoutAssetGraph";
import { useAssetGraphLayout } from "./useAssetGraphLayout";
import { groupLabelScale, minZoomFor } from "./zoomLevel";

/** The first picture is no smaller than this: below it the cards' names no longer read, so it shows part instead. */
const FIRST_PICTURE_MIN_ZOOM = 0.5;
/** The most a card's text is scaled up: two lines of it still fit the card. */
const MAX_LABEL_SCALE = 1.6;
/**
 * Over this many edges between groups (15,000 at 100,000 assets) every edge at once is a grey wall that costs each pan
 * frame: only the hovered group's edges are drawn.
 */
export const MAX_GROUP_EDGES_DRAWN = 2_000;
const FIT_PADDING = { top: "36px", right: "8px", bottom: "8px", left: "24px" } as const;

export type GroupSummaryFlowNode = Node<{ group: AssetGroupSummary }, "groupOverview">;

function plural(count: number, word: string): string {
  return `${count.toLocaleString("en")} ${word}${count === 1 ? "" : "s"}`;
}

/** A group's card; its text is scaled by the canvas's --group-label-scale so it reads zoomed out. */
const GroupSummaryNode = memo(function GroupSummaryNode({ data }: NodeProps<GroupSummaryFlowNode>) {
  const { group } = data;
  const counts = group.statusCounts;
  return (
    <div
      data-testid="group-overview"
      className="flex h-full w-full cursor-zoom-in flex-col justify-center overflow-hidden rounded-lg border-2 border-neutral-300 bg-white px-3 shadow-sm hover:border-accent-400"
      title={`${group.name}: ${plural(group.assetCount, "asset")} (click to open)`}
    >
      <div
        className="truncate font-semibold text-neutral-900"
        style={{ fontSize: "calc(15px * var(--group-label-scale, 1))", lineHeight: 1.2 }}
        data-testid="group-overview-name"
      >
        {group.name}
      </div>
      <div
        className="flex items-center gap-2 truncate text-neutral-600"
        style={{ fontSize: "calc(12px * var(--group-label-scale, 1))", lineHeight: 1.3 }}
      >
        <span>{plural(group.assetCount, "asset")}</span>
        {counts.failed > 0 && <span className="text-red-700">{counts.failed} failed</span>}
        {counts.stale > 0 && <span className="text-amber-700">{counts.stale} stale</span>}
        {counts.neverMaterialized > 0 && counts.neverMaterialized < group.assetCount && (
          <span className="text-neutral-500">{counts.neverMaterialized} missing</span>
        )}
      </div>
    </div>
  );
});

const nodeTypes: NodeTypes = { groupOverview: GroupSummaryNode };
const NO_HANDLES: NonNullable<GroupSummaryFlowNode["handles"]> = [];

/** A group's stand-in asset in the layout: the layout draws each group collapsed, around this one id. */
const memberId = (groupName: string) => `overview/${groupName}`;

export interface GroupOverviewCanvasProps {
  overview: AssetGraphOverview;
  onOpenGroup: (groupName: string) => void;
}

export function GroupOverviewCanvas(props: GroupOverviewCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}

function Canvas({ overview, onOpenGroup }: GroupOverviewCanvasProps) {
  const layoutInput = useMemo<LayoutInput>(
    () => ({
      assets: overview.groups.map((g) => ({ id: memberId(g.name), groupName: g.name })),
      edges: overview.groupEdges.map((e) => ({ source: memberId(e.source), target: memberId(e.target) })),
      collapsedGroups: overview.groups.map((g) => g.name),
    }),
    [overview],
  );
  const { layout, error } = useAssetGraphLayout(layoutInput);
  const byName = useMemo(() => new Map(overview.groups.map((g) => [g.name, g])), [overview]);
  const nodes = useMemo<GroupSummaryFlowNode[]>(
    () =>
      (layout?.groups ?? []).flatMap((box) => {
        const group = byName.get(box.name);
        if (!group) return [];
        return [
          {
            id: box.id,
            type: "groupOverview" as const,
            position: { x: box.x, y: box.y },
            width: box.width,
            height: box.height,
            measured: { width: box.width, height: box.height },
            handles: NO_HANDLES,
            zIndex: 1,
            data: { group },
            ariaLabel: `Asset group ${group.name}, ${plural(group.assetCount, "asset")}`,
          },
        ];
      }),
    [layout, byName],
  );
  const boxes = useMemo(() => (layout ? nodeBoxes(layout) : null), [layout]);
  const minZoom = useStore((s) => (layout ? minZoomFor(layout.width, layout.height, s.width, s.height) : 0.1));
  // One value per zoom step (a power of 1.25): the cards' text grows as the canvas zooms out, without a render per card.
  const labelScale = useStore((s) => Math.min(groupLabelScale(s.transform[2]), MAX_LABEL_SCALE));
  const [hovered, setHovered] = useState<string | null>(null);
  const edgesOnHover = overview.groupEdges.length > MAX_GROUP_EDGES_DRAWN;
  const drawnLayout = useMemo(() => {
    if (!layout || !edgesOnHover) return layout;
    const edges = hovered ? layout.edges.filter((e) => e.source === hovered || e.target === hovered) : [];
    return { ...layout, edges };
  }, [layout, edgesOnHover, hovered]);
  const onNodeMouseEnter = useCallback((_event: MouseEvent, node: GroupSummaryFlowNode) => setHovered(node.id), []);
  const onNodeMouseLeave = useCallback(() => setHovered(null), []);
  const { setViewport } = useReactFlow();
  const store = useStoreApi();
  const paneSized = useStore((s) => s.width > 0 && s.height > 0);

  const fit = useCallback(
    (duration: number, least: number) => {
      if (!layout) return;
      const { width, height } = store.getState();
      if (!width || !height) return;
      const bounds = { x: 0, y: 0, width: layout.width, height: layout.height };
      const whole = getViewportForBounds(bounds, width, height, least, 1.1, FIT_PADDING);
      void setViewport(whole, { duration });
    },
    [layout, store, setViewport],
  );
  // The first picture before paint: the whole overview where its names read, else its top left corner at that zoom.
  const fitted = useRef<unknown>(null);
  useLayoutEffect(() => {
    if (!layout || !paneSized || fitted.current === layout) return;
    fitted.current = layout;
    const { width, height } = store.getState();
    const whole = getViewportForBounds(
      { x: 0, y: 0, width: layout.width, height: layout.height },
      width,
      height,
      minZoom,
      1.1,
      FIT_PADDING,
    );
    if (whole.zoom >= FIRST_PICTURE_MIN_ZOOM) void setViewport(whole);
    else void setViewport({ x: 24, y: 36, zoom: FIRST_PICTURE_MIN_ZOOM });
  }, [layout, paneSized, store, minZoom, setViewport]);

  const onNodeClick = useCallback(
    (_event: MouseEvent, node: GroupSummaryFlowNode) => onOpenGroup(node.data.group.name),
    [onOpenGroup],
  );

  if (error)
    return (
      <div className="flex h-full items-center justify-center text-sm text-red-700">
        Could not lay out the groups: {error}
      </div>
    );
  return (
    <div className="relative h-full w-full" style={{ ["--group-label-scale" as string]: String(labelScale) }}>
      {!layout && <GraphSkeleton label="Laying out the asset groups" className="absolute inset-0 z-10 bg-neutral-50" />}
      <ReactFlow<GroupSummaryFlowNode>
        nodes={nodes}
        nodeTypes={nodeTypes}
        onlyRenderVisibleElements
        onNodeClick={onNodeClick}
        onNodeMouseEnter={edgesOnHover ? onNodeMouseEnter : undefined}
        onNodeMouseLeave={edgesOnHover ? onNodeMouseLeave : undefined}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        multiSelectionKeyCode={null}
        selectionKeyCode={null}
        minZoom={minZoom}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
        aria-label="Asset group overview"
      >
        {drawnLayout && boxes && <AssetEdges layout={drawnLayout} boxes={boxes} highlightKey={null} />}
        <Background variant={BackgroundVariant.Dots} gap={18} size={1} color="#d4d4d8" />
        <Controls showInteractive={false} showFitView={false} position="bottom-left">
          <ControlButton
            onClick={() => fit(250, minZoom)}
            className="react-flow__controls-fitview"
            title="Fit View"
            aria-label="Fit View"
          >
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden>
              <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
            </svg>
          </ControlButton>
        </Controls>
        {layout && <AssetGraphMiniMap layout={layout} showGroups={false} />}
        {edgesOnHover && (
          <div className="pointer-events-none absolute top-3 left-3 z-10 rounded-md border border-neutral-200 bg-white/95 px-2.5 py-1 text-xs text-neutral-600 shadow-xs">
            {overview.groupEdges.length.toLocaleString("en")} links between groups: hover a group to draw its own
          </div>
        )}
      </ReactFlow>
    </div>
  );
}
